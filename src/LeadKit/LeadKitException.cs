using System;

namespace LeadKit;

/// <summary>
/// The root of every exception LeadKit throws for a domain error: invalid data, a missing record,
/// a concurrency conflict. Catch this type to handle every LeadKit failure in one place.
/// </summary>
public class LeadKitException : Exception
{
    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What went wrong, naming the record, field or row.</param>
    public LeadKitException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and the exception that caused it.</summary>
    /// <param name="message">What went wrong, naming the record, field or row.</param>
    /// <param name="innerException">The underlying cause.</param>
    public LeadKitException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception without a message; prefer the constructors that take one.</summary>
    public LeadKitException()
        : base("A LeadKit operation failed.")
    {
    }
}
