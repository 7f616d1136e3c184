using LeadKit.Leads;

namespace LeadKit.Operations;

/// <summary>
/// Thrown when leads are assigned to a user who cannot take them: not a member of the workspace
/// (unknown, or of another workspace only) or inactive. Nothing was changed.
/// </summary>
public sealed class AssignmentRefusedException : LeadKitException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="user">The user refused.</param>
    /// <param name="reason">Why.</param>
    /// <param name="message">The explanation.</param>
    public AssignmentRefusedException(UserId user, AssignmentRefusal reason, string message)
        : base(message)
    {
        User = user;
        Reason = reason;
    }

    /// <summary>Gets the user refused.</summary>
    public UserId User { get; }

    /// <summary>Gets why the user was refused.</summary>
    public AssignmentRefusal Reason { get; }

    /// <summary>Checks that a user found in the workspace (or not) can be given work.</summary>
    /// <param name="id">The user asked for.</param>
    /// <param name="user">What the workspace holds for that identifier.</param>
    /// <returns>The user.</returns>
    internal static WorkspaceUser Check(UserId id, WorkspaceUser? user) => user switch
    {
        null => throw new AssignmentRefusedException(id, AssignmentRefusal.NotInWorkspace, $"User {id} does not share this workspace: records can only be assigned to its members. Nothing was changed."),
        { IsActive: false } => throw new AssignmentRefusedException(id, AssignmentRefusal.Inactive, $"User '{user.DisplayName}' ({id}) is inactive: records can only be assigned to active members. Nothing was changed."),
        _ => user,
    };
}
