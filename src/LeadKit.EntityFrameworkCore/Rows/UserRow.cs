using System;

namespace LeadKit.EntityFrameworkCore.Rows;

/// <summary>A row of <c>users</c>: a user who shares a workspace.</summary>
internal sealed class UserRow
{
    public Guid Id { get; set; }

    public Guid WorkspaceId { get; set; }

    public string DisplayName { get; set; } = string.Empty;

    /// <summary>The display name folded to upper case, for the by-name order.</summary>
    public string DisplayKey { get; set; } = string.Empty;

    public bool IsActive { get; set; }
}
