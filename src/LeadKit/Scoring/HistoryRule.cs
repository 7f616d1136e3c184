using System;
using System.Collections.Generic;
using System.Text;
using LeadKit.Utility;
using NodaTime;

namespace LeadKit.Scoring;

/// <summary>
/// A history condition: <c>history.phoneLog within 30d</c> (an item of the kind occurred in the last
/// 30 days up to <c>asOf</c>), <c>history.appointment is not empty</c> (one occurred at or before
/// <c>asOf</c>) or <c>history.note is empty</c> (none did). Items that occur after <c>asOf</c> have not
/// happened yet and are ignored, so the result never depends on the future. The evidence is the most
/// recent item of the kind up to <c>asOf</c>. Items are read through <see cref="IHistoryEntry"/>
/// (<see cref="IHistoryEntry.Kind"/> and <see cref="IHistoryEntry.OccurredAt"/>), so a host's own
/// history entries work as LeadKit's <see cref="History.HistoryItem"/>s do.
/// </summary>
public sealed class HistoryRule : ScoringRule
{
    /// <summary>The longest window accepted (100 years of 365.25 days).</summary>
    public static readonly Duration MaxWindow = Duration.FromDays(36_525);

    internal HistoryRule(HistoryKind kind, Duration? window, bool isEmptyTest)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown history kind.");
        }

        if (window is { } length && (length < Duration.FromHours(1) || length > MaxWindow || length.SubsecondTicks != 0 || length.Seconds != 0 || length.Minutes != 0))
        {
            throw Preconditions.Invalid(nameof(HistoryRule), nameof(Window), "LeadKit.HistoryRule.Window", $"A history window is whole hours from 1 hour to {MaxWindow.Days} days, not {length}.");
        }

        Kind = kind;
        Window = window;
        IsEmptyTest = isEmptyTest;
    }

    /// <summary>Gets the kind of item the condition looks at.</summary>
    public HistoryKind Kind { get; }

    /// <summary>Gets how far back before <c>asOf</c> an item counts (<c>within</c>), or <see langword="null"/> for any time up to <c>asOf</c> (<c>is [not] empty</c>).</summary>
    public Duration? Window { get; }

    /// <summary>Gets a value indicating whether the condition is <c>is empty</c> (holds when there is no item).</summary>
    public bool IsEmptyTest { get; }

    /// <inheritdoc />
    public override bool Equals(ScoringRule? other) =>
        other is HistoryRule rule && Kind == rule.Kind && Window == rule.Window && IsEmptyTest == rule.IsEmptyTest;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(typeof(HistoryRule), Kind, Window, IsEmptyTest);

    /// <summary>Returns the grammar's name of a history kind: <c>phoneLog</c>.</summary>
    internal static string NameOf(HistoryKind kind) => kind switch
    {
        HistoryKind.Any => "any",
        HistoryKind.Note => "note",
        HistoryKind.PhoneLog => "phoneLog",
        HistoryKind.Appointment => "appointment",
        HistoryKind.Task => "task",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown history kind."),
    };

    internal override Func<ScoringContext, bool> Compile() => context =>
    {
        var latest = Latest(context);
        var found = latest is { } at && (Window is not { } window || context.AsOf - at <= window);
        return IsEmptyTest ? !found : found;
    };

    internal override void Describe(ScoringContext context, List<string> evidence) =>
        evidence.Add(Latest(context) is { } at
            ? $"last {NameOf(Kind)} at {at} ({DurationText.Format(context.AsOf - at)} before asOf)"
            : $"no {NameOf(Kind)} up to asOf");

    internal override void WriteTo(StringBuilder builder)
    {
        builder.Append("history.").Append(NameOf(Kind));
        builder.Append(Window is { } window ? " within " + DurationText.Format(window) : IsEmptyTest ? " is empty" : " is not empty");
    }

    private Instant? Latest(ScoringContext context)
    {
        Instant? latest = null;
        foreach (var entry in context.History)
        {
            if (entry is null)
            {
                throw new ScoringException("The history holds a null entry: pass the record's entries only.");
            }

            var at = entry.OccurredAt;
            if (at <= context.AsOf && Matches(entry.Kind) && (latest is null || at > latest))
            {
                latest = at;
            }
        }

        return latest;
    }

    // "any" means communication (every kind, and Any itself), not system activity (a null kind: assignments, edits, conversions).
    private bool Matches(HistoryKind? kind) => kind is not null && (Kind == HistoryKind.Any || kind == Kind);
}
