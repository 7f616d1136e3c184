using System;

namespace LeadKit.Storage;

/// <summary>Thrown when a record that must exist is not in the workspace (or belongs to another workspace).</summary>
public sealed class RecordNotFoundException : LeadKitException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="recordType">The kind of record, e.g. <c>Lead</c>.</param>
    /// <param name="id">The identifier looked for.</param>
    public RecordNotFoundException(string recordType, string id)
        : base($"{recordType} {id} was not found in this workspace.")
    {
        RecordType = recordType ?? throw new ArgumentNullException(nameof(recordType));
        RecordId = id ?? throw new ArgumentNullException(nameof(id));
    }

    /// <summary>Gets the kind of record, e.g. <c>Lead</c>.</summary>
    public string RecordType { get; }

    /// <summary>Gets the identifier looked for.</summary>
    public string RecordId { get; }
}
