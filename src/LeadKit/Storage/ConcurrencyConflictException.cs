using System;
using System.Globalization;

namespace LeadKit.Storage;

/// <summary>
/// Thrown when a change was made to a stale copy of a record: someone saved it since it was read.
/// Nothing is overwritten; re-read the record and apply the change again.
/// </summary>
public sealed class ConcurrencyConflictException : LeadKitException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="recordType">The kind of record, e.g. <c>Lead</c>.</param>
    /// <param name="id">The record's identifier.</param>
    /// <param name="expectedVersion">The version the change was based on.</param>
    /// <param name="actualVersion">The version stored now, or <see langword="null"/> if the record was deleted.</param>
    public ConcurrencyConflictException(string recordType, string id, long expectedVersion, long? actualVersion)
        : base(BuildMessage(recordType, id, expectedVersion, actualVersion))
    {
        RecordType = recordType ?? throw new ArgumentNullException(nameof(recordType));
        RecordId = id ?? throw new ArgumentNullException(nameof(id));
        ExpectedVersion = expectedVersion;
        ActualVersion = actualVersion;
    }

    /// <summary>Gets the kind of record, e.g. <c>Lead</c>.</summary>
    public string RecordType { get; }

    /// <summary>Gets the record's identifier.</summary>
    public string RecordId { get; }

    /// <summary>Gets the version the change was based on.</summary>
    public long ExpectedVersion { get; }

    /// <summary>Gets the version stored now, or <see langword="null"/> when the record was deleted meanwhile.</summary>
    public long? ActualVersion { get; }

    private static string BuildMessage(string recordType, string id, long expected, long? actual) =>
        actual is { } a
            ? string.Create(CultureInfo.InvariantCulture, $"{recordType} {id} was changed by someone else: the change was based on version {expected}, but version {a} is stored. Nothing was overwritten.")
            : string.Create(CultureInfo.InvariantCulture, $"{recordType} {id} was deleted by someone else after version {expected} was read. Nothing was written.");
}
