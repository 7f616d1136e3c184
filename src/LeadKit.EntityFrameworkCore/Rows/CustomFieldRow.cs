using System;

namespace LeadKit.EntityFrameworkCore.Rows;

/// <summary>A row of <c>custom_fields</c>: one user-defined field definition, as a JSON document.</summary>
internal sealed class CustomFieldRow
{
    public Guid WorkspaceId { get; set; }

    public int RecordKind { get; set; }

    public string NameKey { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string Document { get; set; } = string.Empty;
}
