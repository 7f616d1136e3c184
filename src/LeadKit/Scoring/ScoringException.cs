using System;

namespace LeadKit.Scoring;

/// <summary>
/// Thrown when a record cannot be scored against a profile: a rule failed (the C# rule's exception
/// is the inner exception), a field condition met a record without fields, a manual score has no
/// star count, or a profile with a C# rule was written to JSON.
/// </summary>
public sealed class ScoringException : LeadKitException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong, naming the criterion.</param>
    /// <param name="criterion">The criterion concerned, if any.</param>
    /// <param name="innerException">The underlying cause, if any.</param>
    public ScoringException(string message, CriterionId? criterion = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Criterion = criterion;
    }

    /// <summary>Gets the criterion concerned, or <see langword="null"/>.</summary>
    public CriterionId? Criterion { get; }
}
