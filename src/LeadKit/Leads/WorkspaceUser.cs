using LeadKit.Utility;

namespace LeadKit.Leads;

/// <summary>A user who shares the database (a member of the workspace): someone records can be assigned to.</summary>
public sealed record WorkspaceUser
{
    /// <summary>Creates a user.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="displayName">The name shown (required, at most 255 characters).</param>
    /// <param name="isActive">Whether the user can still be given work.</param>
    public WorkspaceUser(UserId id, string displayName, bool isActive = true)
    {
        Id = id;
        DisplayName = displayName?.Trim() ?? string.Empty;
        if (DisplayName.Length is 0 or > PersonNameValidator.MaxFullNameLength)
        {
            throw Preconditions.Invalid(nameof(WorkspaceUser), nameof(DisplayName), "LeadKit.WorkspaceUser.DisplayName", "A user needs a display name of 1 to 255 characters.");
        }

        IsActive = isActive;
    }

    /// <summary>Gets the identifier.</summary>
    public UserId Id { get; }

    /// <summary>Gets the name shown.</summary>
    public string DisplayName { get; }

    /// <summary>Gets a value indicating whether the user can still be given work.</summary>
    public bool IsActive { get; }
}
