namespace LeadKit.Scoring;

/// <summary>Weight learning declined: too few closed records, or no conversion (or no loss) among them to compare.</summary>
public sealed class NotEnoughEvidenceException : LeadKitException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What was missing.</param>
    /// <param name="closed">How many closed records there were.</param>
    /// <param name="converted">How many of them converted.</param>
    public NotEnoughEvidenceException(string message, int closed, int converted)
        : base(message)
    {
        Closed = closed;
        Converted = converted;
    }

    /// <summary>Gets how many closed records there were.</summary>
    public int Closed { get; }

    /// <summary>Gets how many of them converted.</summary>
    public int Converted { get; }
}
