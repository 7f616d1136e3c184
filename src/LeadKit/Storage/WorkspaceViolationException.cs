namespace LeadKit.Storage;

/// <summary>
/// Thrown when a change would make a record of one workspace refer to something of another
/// workspace (or to something that does not exist in it), e.g. assigning a lead to a user who
/// does not share the database.
/// </summary>
public sealed class WorkspaceViolationException : LeadKitException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="field">The field holding the reference, e.g. <c>AssignedTo</c>.</param>
    /// <param name="message">What was refused.</param>
    public WorkspaceViolationException(string field, string message)
        : base(message)
    {
        Field = field;
    }

    /// <summary>Gets the field holding the refused reference.</summary>
    public string Field { get; }
}
