using LeadKit.Leads;
using LeadKit.Utility;
using NodaTime;

namespace LeadKit.History;

/// <summary>An appointment with a record: start, end and location.</summary>
public sealed record Appointment : HistoryItem
{
    /// <summary>Creates an appointment.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="record">The record it is with.</param>
    /// <param name="subject">The subject (required).</param>
    /// <param name="body">Details.</param>
    /// <param name="createdAt">When it was created.</param>
    /// <param name="start">When it starts.</param>
    /// <param name="end">When it ends (not before <paramref name="start"/>).</param>
    /// <param name="location">Where it takes place.</param>
    /// <param name="createdBy">Who created it.</param>
    public Appointment(HistoryItemId id, RecordReference record, string subject, string? body, Instant createdAt, Instant start, Instant end, string? location = null, UserId? createdBy = null)
        : base(id, record, subject, body, createdAt, createdBy)
    {
        if (end < start)
        {
            throw Preconditions.Invalid(nameof(Appointment), nameof(End), "LeadKit.Appointment.EndBeforeStart", $"The appointment ends ({end}) before it starts ({start}).");
        }

        Location = Preconditions.NullIfBlank(location);
        if (Location is { Length: > MaxSubjectLength })
        {
            throw Preconditions.Invalid(nameof(Appointment), nameof(Location), "LeadKit.Appointment.LocationTooLong", $"A location has at most {MaxSubjectLength} characters.");
        }

        Start = start;
        End = end;
    }

    /// <summary>Gets when the appointment starts.</summary>
    public Instant Start { get; }

    /// <summary>Gets when the appointment ends.</summary>
    public Instant End { get; }

    /// <summary>Gets where the appointment takes place.</summary>
    public string? Location { get; }

    /// <inheritdoc />
    public override Instant OccurredAt => Start;

    /// <inheritdoc />
    public override HistoryItem RelinkTo(RecordReference record) => new Appointment(Id, record, Subject, Body, CreatedAt, Start, End, Location, CreatedBy);
}
