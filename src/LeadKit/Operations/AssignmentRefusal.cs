namespace LeadKit.Operations;

/// <summary>Why an assignment was refused.</summary>
public enum AssignmentRefusal
{
    /// <summary>The user does not share the workspace: unknown, or a member of another workspace only.</summary>
    NotInWorkspace = 0,

    /// <summary>The user shares the workspace but is inactive: no new work can be given to them.</summary>
    Inactive = 1,
}
