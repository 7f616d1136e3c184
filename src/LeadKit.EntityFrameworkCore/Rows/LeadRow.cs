using System;

namespace LeadKit.EntityFrameworkCore.Rows;

/// <summary>A row of <c>leads</c>.</summary>
internal sealed class LeadRow : RecordRow
{
    public Guid? ConvertedTo { get; set; }
}
