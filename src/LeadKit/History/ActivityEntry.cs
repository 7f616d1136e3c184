using System;
using System.Collections.Generic;
using System.Linq;
using LeadKit.Leads;
using LeadKit.Utility;
using NodaTime;

namespace LeadKit.History;

/// <summary>
/// A system activity in a record's history: something done to the record through LeadKit's
/// operations (an assignment, a bulk edit and its undo, a conversion, a deletion or a restore),
/// with who did it (<see cref="HistoryItem.CreatedBy"/>), when (<see cref="HistoryItem.CreatedAt"/>)
/// and which fields changed from what to what. Unlike notes, calls, appointments and tasks it is
/// not a communication with the person.
/// </summary>
public sealed record ActivityEntry : HistoryItem
{
    private readonly FieldChange[] _changes;

    /// <summary>Creates an activity entry.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="record">The record it is about.</param>
    /// <param name="activity">What was done.</param>
    /// <param name="subject">A one-line summary, e.g. <c>Assigned to Ann Lee (was Bob Roe)</c> (required).</param>
    /// <param name="createdAt">When it was done.</param>
    /// <param name="createdBy">Who did it, if known.</param>
    /// <param name="changes">The fields that changed, old → new, in order.</param>
    /// <param name="body">More detail, if any.</param>
    /// <param name="related">The other record involved: the contact a lead became, or the lead a contact came from.</param>
    /// <param name="snapshot">For <see cref="ActivityKind.Deleted"/>: the record as it was, in LeadKit's JSON format, so that it can be restored.</param>
    /// <exception cref="Validation.LeadKitValidationException">The subject is missing or too long, the activity is unknown, or a change is null.</exception>
    public ActivityEntry(
        HistoryItemId id,
        RecordReference record,
        ActivityKind activity,
        string subject,
        Instant createdAt,
        UserId? createdBy = null,
        IEnumerable<FieldChange>? changes = null,
        string? body = null,
        RecordReference? related = null,
        string? snapshot = null)
        : base(id, record, subject, body, createdAt, createdBy)
    {
        if (!Enum.IsDefined(activity))
        {
            throw Preconditions.Invalid(nameof(ActivityEntry), nameof(Activity), "LeadKit.ActivityEntry.Activity", $"Unknown activity {activity}.");
        }

        _changes = changes is null ? [] : [.. changes];
        if (Array.IndexOf(_changes, null) is var nullAt and >= 0)
        {
            throw Preconditions.Invalid(nameof(ActivityEntry), $"Changes[{nullAt}]", "LeadKit.ActivityEntry.ChangeRequired", "A field change cannot be null.");
        }

        Activity = activity;
        Related = related;
        Snapshot = string.IsNullOrWhiteSpace(snapshot) ? null : snapshot;
    }

    /// <summary>Gets what was done.</summary>
    public ActivityKind Activity { get; }

    /// <summary>Gets the fields that changed, old → new, in order (empty when none did, e.g. for a deletion).</summary>
    public IReadOnlyList<FieldChange> Changes => _changes;

    /// <summary>Gets the other record involved: the contact a lead became, or the lead a contact came from.</summary>
    public RecordReference? Related { get; }

    /// <summary>Gets, for a deletion, the record as it was in LeadKit's JSON format (what a restore rebuilds it from); otherwise <see langword="null"/>.</summary>
    public string? Snapshot { get; }

    /// <inheritdoc />
    public override Instant OccurredAt => CreatedAt;

    /// <inheritdoc />
    public override HistoryItem RelinkTo(RecordReference record) =>
        new ActivityEntry(Id, record, Activity, Subject, CreatedAt, CreatedBy, _changes, Body, Related, Snapshot);

    /// <summary>Compares every member, the changes in order.</summary>
    /// <param name="other">The other entry.</param>
    /// <returns>Whether both hold the same data.</returns>
    public bool Equals(ActivityEntry? other) =>
        other is not null
        && base.Equals(other)
        && Activity == other.Activity
        && Related == other.Related
        && string.Equals(Snapshot, other.Snapshot, StringComparison.Ordinal)
        && _changes.SequenceEqual(other._changes);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Activity, Related, _changes.Length);

    /// <inheritdoc />
    public override string ToString() => $"{Activity}: {Subject}";
}
