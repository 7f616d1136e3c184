using System;
using NodaTime;

namespace LeadKit.EntityFrameworkCore.Rows;

/// <summary>A row of <c>workspaces</c>.</summary>
internal sealed class WorkspaceRow
{
    public Guid Id { get; set; }

    public string Name { get; set; } = string.Empty;

    public Instant CreatedAt { get; set; }
}
