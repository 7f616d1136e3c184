using System;

namespace LeadKit.EntityFrameworkCore;

/// <summary>
/// Thrown when the database stayed locked by other writers for longer than
/// <see cref="LeadKitStoreOptions.BusyTimeout"/>. Nothing of the statement was written; the unit
/// of work should be disposed and the operation retried later.
/// </summary>
public sealed class DatabaseBusyException : LeadKitException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What was refused.</param>
    /// <param name="innerException">The provider's exception.</param>
    public DatabaseBusyException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
