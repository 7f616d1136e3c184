using System;

namespace LeadKit.EntityFrameworkCore.Rows;

/// <summary>A row of <c>contacts</c>.</summary>
internal sealed class ContactRow : RecordRow
{
    public Guid? ConvertedFrom { get; set; }
}
