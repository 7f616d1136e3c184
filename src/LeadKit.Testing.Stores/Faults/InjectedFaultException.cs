namespace LeadKit.Testing.Stores.Faults;

/// <summary>
/// The failure a <see cref="FaultyStore"/> injects. Deliberately not a <c>LeadKitException</c>:
/// operations report those per record, while this one stands for the database going away and
/// must abort whatever is running.
/// </summary>
public sealed class InjectedFaultException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What failed.</param>
    public InjectedFaultException(string message)
        : base(message)
    {
    }
}
