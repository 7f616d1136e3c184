namespace LeadKit.Tests.Properties;

/// <summary>A property checked by <see cref="PropertyRunner"/> failed; the message carries the replay seed.</summary>
#if LEADKIT_STORE_KIT
internal sealed class PropertyFailureException : Exception
#else
public sealed class PropertyFailureException : Exception
#endif
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">FsCheck's report and the replay seed.</param>
    /// <param name="innerException">FsCheck's exception.</param>
    public PropertyFailureException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
