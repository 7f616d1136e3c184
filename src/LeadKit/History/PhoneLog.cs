using System;
using LeadKit.Leads;
using LeadKit.Utility;
using NodaTime;

namespace LeadKit.History;

/// <summary>A logged phone call: direction, number, start and duration.</summary>
public sealed record PhoneLog : HistoryItem
{
    /// <summary>Creates a phone log.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="record">The record it is about.</param>
    /// <param name="subject">The subject (required).</param>
    /// <param name="body">Notes taken during the call.</param>
    /// <param name="createdAt">When it was logged.</param>
    /// <param name="direction">Incoming or outgoing.</param>
    /// <param name="number">The number called or calling (a valid phone number text).</param>
    /// <param name="startedAt">When the call started.</param>
    /// <param name="duration">How long it lasted (zero or more, under a day).</param>
    /// <param name="createdBy">Who logged it.</param>
    public PhoneLog(HistoryItemId id, RecordReference record, string subject, string? body, Instant createdAt, CallDirection direction, string number, Instant startedAt, Duration duration, UserId? createdBy = null)
        : base(id, record, subject, body, createdAt, createdBy)
    {
        if (!Enum.IsDefined(direction))
        {
            throw Preconditions.Invalid(nameof(PhoneLog), nameof(Direction), "LeadKit.PhoneLog.Direction", $"Unknown call direction {direction}.");
        }

        if (duration < Duration.Zero || duration >= Duration.FromDays(1))
        {
            throw Preconditions.Invalid(nameof(PhoneLog), nameof(Duration), "LeadKit.PhoneLog.Duration", $"A call lasts from zero to under a day, not {duration}.");
        }

        Direction = direction;
        Number = new PhoneNumber(PhoneKind.Other, number).Number;
        StartedAt = startedAt;
        Duration = duration;
    }

    /// <summary>Gets the direction of the call.</summary>
    public CallDirection Direction { get; }

    /// <summary>Gets the number.</summary>
    public string Number { get; }

    /// <summary>Gets when the call started.</summary>
    public Instant StartedAt { get; }

    /// <summary>Gets how long the call lasted.</summary>
    public Duration Duration { get; }

    /// <inheritdoc />
    public override Instant OccurredAt => StartedAt;

    /// <inheritdoc />
    public override HistoryItem RelinkTo(RecordReference record) => new PhoneLog(Id, record, Subject, Body, CreatedAt, Direction, Number, StartedAt, Duration, CreatedBy);
}
