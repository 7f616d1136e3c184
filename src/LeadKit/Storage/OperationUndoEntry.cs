using LeadKit.Leads;

namespace LeadKit.Storage;

/// <summary>
/// What it takes to undo an operation on one record, as it is persisted: the record, the version the
/// operation saved (an undo refuses a record at another version: it was changed since), and the
/// record's state before the operation.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Before"/> is a document in LeadKit's JSON format (<see cref="Serialization.LeadKitJsonOptions"/>)
/// of a record of the entry's kind that holds the previous values of the operation's fields
/// (<see cref="OperationSummary.Fields"/>); its other members are placeholders and mean nothing. It is
/// stored compact: only the members in which it differs from the document of a blank placeholder record
/// (<c>{"jobTitle":"Buyer"}</c>), which reading puts back onto that blank document; a whole record
/// document (it has a <c>schemaVersion</c> member) is read as it is. The blank record's document
/// (schema version 1) is thus part of the stored format. An
/// undo reads each field's previous value from it through the field, so every value round-trips
/// exactly (the JSON format's round-trip is tested on every domain type), and it is re-validated
/// against the workspace's current fields when the undo runs. A store keeps the text as it is given.
/// </para>
/// <para>
/// A <see langword="null"/> <see cref="Before"/> means the operation created the record, so undoing it
/// deletes the record (reserved for imports). A merge or import that replaces a whole record writes the
/// whole previous document with every field listed.
/// </para>
/// </remarks>
/// <param name="Record">The record.</param>
/// <param name="Version">The version the operation saved.</param>
/// <param name="Before">The previous state as a LeadKit JSON record document, or <see langword="null"/> when the operation created the record.</param>
public sealed record OperationUndoEntry(RecordReference Record, long Version, string? Before);
