using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using LeadKit.History;
using LeadKit.Leads;
using LeadKit.Scoring;
using NodaTime;

namespace LeadKit.Testing;

/// <summary>
/// One generated input of the scoring laws: a profile, a lead (its score type, checks and the fields
/// rules test), the lead's history, the <see cref="AsOf"/> instant, and the few extra choices some
/// laws make (which criterion to check or re-weight, the scale factor, how far to move
/// <c>asOf</c>, how to reorder the criteria, which manual score to set). <see cref="ToString"/>
/// describes it readably, which is what a failing law prints as its counterexample.
/// </summary>
public sealed class ScoringCase
{
    internal ScoringCase(ScoringProfile profile, LeadSketch lead, ImmutableArray<HistoryItem> history, Instant asOf, int pick, int factor, Duration shift, int order, int manualStars, HostRecords? hosts = null, object? hostRecord = null)
    {
        Hosts = hosts;
        HostRecord = hostRecord;
        Profile = profile;
        Sketch = lead;
        History = history;
        AsOf = asOf;
        Pick = pick;
        Factor = factor;
        Shift = shift;
        Order = order;
        ManualStars = manualStars;
    }

    /// <summary>Gets the profile.</summary>
    public ScoringProfile Profile { get; }

    /// <summary>Gets the lead's history; every item occurs at or before <see cref="AsOf"/>.</summary>
    public IReadOnlyList<HistoryItem> History { get; }

    /// <summary>Gets the instant to score for.</summary>
    public Instant AsOf { get; }

    /// <summary>Gets which criterion laws 3 and 4 check or re-weight: the criterion at <c>Pick % Criteria.Length</c>.</summary>
    public int Pick { get; }

    /// <summary>Gets the factor law 6 multiplies the weight scale by (2 or more; capped so points stay within <see cref="WeightScale.MaxPoints"/>).</summary>
    public int Factor { get; }

    /// <summary>Gets how far law 10 moves <see cref="AsOf"/> forward (zero or more).</summary>
    public Duration Shift { get; }

    /// <summary>Gets how law 5 reorders the criteria: 0 reverses them, any other value shuffles them with that seed.</summary>
    public int Order { get; }

    /// <summary>Gets the manual star count law 8 sets (0 to <see cref="ContactRecord.MaxManualStars"/>).</summary>
    public int ManualStars { get; }

    /// <summary>Gets the picked criterion's index, or −1 when the profile has none.</summary>
    public int PickedIndex => Profile.Criteria.Length == 0 ? -1 : Pick % Profile.Criteria.Length;

    /// <summary>
    /// Gets the record of your own type that your arbitrary generated for this case (its fields; the laws
    /// give it the case's scoring state before scoring it), or <see langword="null"/> when the laws score
    /// leads. See <see cref="ScoringLawOptions.ScoreFrom{TRecord}"/>.
    /// </summary>
    public object? HostRecord { get; }

    internal LeadSketch Sketch { get; }

    /// <summary>Gets how to shrink <see cref="HostRecord"/> and give it a state, when there is one.</summary>
    internal HostRecords? Hosts { get; }

    /// <summary>Builds the lead, fresh on each call (so a law may change it).</summary>
    /// <returns>A new lead with the case's fields, score type and checks.</returns>
    public Lead CreateRecord() => Sketch.Build();

    /// <summary>Returns the criteria in the order law 5 uses.</summary>
    /// <returns>The reordered criteria.</returns>
    public IReadOnlyList<ScoringCriterion> Reordered()
    {
        var criteria = Profile.Criteria.ToList();
        if (Order == 0)
        {
            criteria.Reverse();
            return criteria;
        }

        // A seeded System.Random is deterministic, so a replayed case reorders the same way.
#pragma warning disable CA5394 // Not for security: a reproducible shuffle.
        var random = new Random(Order);
        for (var i = criteria.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (criteria[i], criteria[j]) = (criteria[j], criteria[i]);
        }
#pragma warning restore CA5394

        return criteria;
    }

    /// <summary>Describes the case: the profile line by line, the lead, its history, <c>asOf</c> and the laws' choices.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var builder = new StringBuilder();
        builder.Append(CultureInfo.InvariantCulture, $"profile v{Profile.Version}, {Profile.MaxStars} stars, {Profile.Scale}, W = {Profile.TotalPoints}:");
        if (Profile.Criteria.Length == 0)
        {
            builder.Append(" no criteria");
        }

        foreach (var criterion in Profile.Criteria)
        {
            builder.Append("\n    ").Append(criterion);
        }

        if (HostRecord is not null)
        {
            // The lead only carries the scoring state: the fields are the host record's.
            builder.Append("\n  record: ").Append(Describe(HostRecord));
            builder.Append("\n  state: ").Append(ScoringState.Of(CreateRecord()));
        }
        else
        {
            builder.Append("\n  lead: ").Append(Sketch);
        }

        builder.Append("\n  history: ").Append(History.Count == 0 ? "none" : string.Join(", ", History.Select(Describe)));
        builder.Append("\n  asOf: ").Append(AsOf);
        builder.Append(CultureInfo.InvariantCulture, $"\n  pick {Pick}, factor {Factor}, shift {Format(Shift)}, order {Order}, manual stars {ManualStars}");
        return builder.ToString();
    }

    internal ScoringCase With(ScoringProfile? profile = null, LeadSketch? lead = null, ImmutableArray<HistoryItem>? history = null, int? pick = null, int? factor = null, Duration? shift = null, int? order = null, int? manualStars = null, object? hostRecord = null) =>
        new(profile ?? Profile, lead ?? Sketch, history ?? [.. History], AsOf, pick ?? Pick, factor ?? Factor, shift ?? Shift, order ?? Order, manualStars ?? ManualStars, Hosts, hostRecord ?? HostRecord);

    /// <summary>Writes a duration as <c>39d</c> or <c>12h</c> when it is whole days or hours.</summary>
    internal static string Format(Duration duration) =>
        duration == Duration.Zero ? "0"
        : duration == Duration.FromDays(duration.Days) ? string.Create(CultureInfo.InvariantCulture, $"{duration.Days}d")
        : duration == Duration.FromHours((long)duration.TotalHours) ? string.Create(CultureInfo.InvariantCulture, $"{(long)duration.TotalHours}h")
        : duration.ToString();

    /// <summary>The host record's own text; a <c>ToString</c> that throws must not hide the counterexample.</summary>
    private static string Describe(object hostRecord)
    {
        try
        {
            return hostRecord.ToString() ?? hostRecord.GetType().Name;
        }
#pragma warning disable CA1031 // Host code may throw anything; the counterexample still prints.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return $"{hostRecord.GetType().Name} (its ToString threw {ex.GetType().Name}: {ex.Message})";
        }
    }

    private static string Describe(HistoryItem item) => $"{HistoryName(item)} at {item.OccurredAt}";

    private static string HistoryName(HistoryItem item) => item switch
    {
        PhoneLog => "phoneLog",
        Appointment => "appointment",
        BusinessNote => "note",
        TaskItem => "task",
        _ => item.GetType().Name,
    };
}
