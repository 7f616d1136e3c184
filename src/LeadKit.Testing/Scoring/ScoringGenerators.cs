using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using LeadKit.History;
using LeadKit.Leads;
using LeadKit.Querying;
using LeadKit.Scoring;
using NodaTime;

namespace LeadKit.Testing;

/// <summary>
/// FsCheck generators for the scoring types: weights, weight scales, text rules, criteria, profiles
/// (with and without rules and validity periods), criterion states, <c>asOf</c> instants and whole
/// <see cref="LeadKit.Testing.ScoringCase"/>s. For shrinking, use the matching <see cref="ScoringArbitraries"/> method.
/// </summary>
/// <remarks>
/// The types live in the <c>LeadKit.Testing</c> namespace, next to <see cref="LeadKitGenerators"/>
/// (a <c>LeadKit.Testing.Scoring</c> namespace would hide <c>LeadKit.Scoring</c> from code in
/// <c>LeadKit.Testing</c>). Generated rules are "time-monotone": they never get truer as <c>asOf</c>
/// moves forward (no <c>not</c> around a history condition), so LeadKit's own profiles satisfy law 10.
/// </remarks>
public static partial class ScoringGenerators
{
    private static readonly Instant FirstAsOf = Instant.FromUtc(2020, 1, 1, 0, 0);

    private static readonly string[] Descriptions =
    [
        "Budget confirmed", "Decision maker identified", "Need identified", "Timeline within 3 months", "Visited our booth",
        "Opened the newsletter", "Requested a demo", "Trial started", "Competitor in place", "Signed NDA", "Champion found",
        "Pain point: reporting", "Größe passt", "予算確認済み", "Бюджет подтверждён", "Follow-up \"promised\"", "ROI > 20 %", "a",
    ];

    private static readonly Filter[] FieldConditions =
    [
        .. new[]
        {
            "source = \"Trade Show\"", "source in (\"Web\", \"Referral\")", "source is empty", "company contains \"con\"",
            "company starts-with \"North\"", "company != \"Contoso\"", "email is not empty", "email ends-with \"@contoso.com\"",
            "phone is not empty", "phone contains \"555\"", "custom.Employees >= 50", "custom.Employees < 10",
            "custom.Industry = \"Software\"", "custom.Industry is empty",
        }.Select(Filter.Parse),
    ];

    /// <summary>Generates weights.</summary>
    /// <returns>The generator.</returns>
    public static Gen<Weight> Weight() => Gen.Elements(Scoring.Weight.Low, Scoring.Weight.Normal, Scoring.Weight.High);

    /// <summary>Generates weight scales: often the default 1/2/3, otherwise ordered points, sometimes equal, sometimes large.</summary>
    /// <returns>The generator.</returns>
    public static Gen<WeightScale> WeightScale()
    {
        var small =
            from low in Gen.Choose(1, 10)
            from normal in Gen.Choose(low, low + 10)
            from high in Gen.Choose(normal, normal + 10)
            select new WeightScale(low, normal, high);
        var large =
            from low in Gen.Choose(1, 1000)
            from normal in Gen.Choose(low, 100_000)
            from high in Gen.Choose(normal, Scoring.WeightScale.MaxPoints)
            select new WeightScale(low, normal, high);
        return Gen.Frequency((4, Gen.Constant(Scoring.WeightScale.Default)), (6, small), (1, large));
    }

    /// <summary>Generates criterion descriptions: realistic questions, Unicode, quotes, and now and then the 255-character maximum.</summary>
    /// <returns>The generator.</returns>
    public static Gen<string> Description() =>
        Gen.Frequency(
            (8, Gen.Elements(Descriptions)),
            (1, Gen.Choose(1, Scoring.ScoringCriterion.MaxDescriptionLength).Select(Shrinking.Exactly)));

    /// <summary>Generates validity periods: days from 1 to a year, or hours.</summary>
    /// <returns>The generator.</returns>
    public static Gen<Duration> Validity() =>
        Gen.Frequency(
            (4, Gen.Choose(1, 365).Select(d => Duration.FromDays(d))),
            (1, Gen.Choose(1, 72).Select(h => Duration.FromHours(h))));

    /// <summary>Generates <c>asOf</c> instants from 2020 to 2030, at whole seconds or with fractions.</summary>
    /// <returns>The generator.</returns>
    public static Gen<Instant> AsOf() =>
        from day in Gen.Choose(0, 3652)
        from second in Gen.Choose(0, (24 * 3600) - 1)
        from ticks in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(0, (int)NodaConstants.TicksPerSecond - 1)))
        select FirstAsOf + Duration.FromDays(day) + Duration.FromSeconds(second) + Duration.FromTicks(ticks);

    /// <summary>Generates field conditions of the filter language over the fields <see cref="LeadKit.Testing.ScoringCase"/> leads vary (source, company, e-mail, phone, custom Employees and Industry).</summary>
    /// <returns>The generator.</returns>
    public static Gen<Filter> FieldCondition() => Gen.Elements(FieldConditions);

    /// <summary>Generates history conditions: <c>within</c> a window of days or hours, <c>is not empty</c>, <c>is empty</c>, for every kind.</summary>
    /// <returns>The generator.</returns>
    public static Gen<Scoring.ScoringRule> HistoryCondition() =>
        from kind in Gen.Elements(Enum.GetValues<HistoryKind>())
        from test in Gen.Frequency(
            (4, Gen.Choose(1, 120).Select(d => Scoring.ScoringRule.HistoryWithin(kind, Duration.FromDays(d)))),
            (1, Gen.Choose(1, 72).Select(h => Scoring.ScoringRule.HistoryWithin(kind, Duration.FromHours(h)))),
            (1, Gen.Constant(Scoring.ScoringRule.HistoryIsNotEmpty(kind))),
            (1, Gen.Constant(Scoring.ScoringRule.HistoryIsEmpty(kind))))
        select test;

    /// <summary>Generates text rules: field and history conditions combined with <c>and</c>, <c>or</c> and <c>not</c> (around field conditions only), two levels deep.</summary>
    /// <returns>The generator.</returns>
    public static Gen<Scoring.ScoringRule> ScoringRule() => Rule(2);

    /// <summary>Generates criteria: a check box, a rule, or a check box with a validity period.</summary>
    /// <returns>The generator.</returns>
    public static Gen<Scoring.ScoringCriterion> ScoringCriterion() =>
        from id in LeadKitGenerators.CriterionId()
        from criterion in Criterion(id, Description(), rules: true, validity: true)
        select criterion;

    /// <summary>Generates profiles with rules and validity periods; see <see cref="ScoringProfile(bool, bool)"/>.</summary>
    /// <returns>The generator.</returns>
    public static Gen<ScoringProfile> ScoringProfile() => ScoringProfile(rules: true, validity: true);

    /// <summary>Generates profiles: 0 to 12 criteria (now and then up to 50), unique ids and descriptions, any scale, 1 to 10 stars, any version.</summary>
    /// <param name="rules">Whether criteria may carry text rules.</param>
    /// <param name="validity">Whether check-box criteria may carry validity periods.</param>
    /// <returns>The generator.</returns>
    public static Gen<ScoringProfile> ScoringProfile(bool rules, bool validity) => Profile(ScoringLawOptions.Default with { GenerateRules = rules, GenerateValidity = validity });

    /// <summary>Generates the criterion states of a record for <paramref name="profile"/> at <paramref name="asOf"/>: each criterion checked or not, checks up to 200 days old (now and then a little after <paramref name="asOf"/>), and now and then a check of a criterion the profile does not have.</summary>
    /// <param name="profile">The profile.</param>
    /// <param name="asOf">The instant.</param>
    /// <returns>The generator.</returns>
    public static Gen<CriterionStates> CriterionStates(ScoringProfile profile, Instant asOf)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var check = Gen.Frequency(
            (6, Gen.Choose(0, 200 * 24).Select(h => asOf - Duration.FromHours(h))),
            (1, Gen.Constant(asOf)),
            (1, Gen.Choose(1, 48).Select(h => asOf + Duration.FromHours(h))));
        var states =
            from checks in Gen.CollectToList(profile.Criteria.Select(c =>
                Gen.Frequency((1, Gen.Constant<Instant?>(null)), (1, check.Select(at => (Instant?)at))).Select(at => (c.Id, at))))
            from stale in Gen.Frequency((6, Gen.Constant<Instant?>(null)), (1, check.Select(at => (Instant?)at)))
            let known = checks.Where(c => c.at is not null).Select(c => KeyValuePair.Create(c.Id, c.at!.Value))
            let removed = new CriterionId("removed-criterion")
            select Scoring.CriterionStates.From(
                stale is { } at && !profile.Contains(removed) ? known.Append(KeyValuePair.Create(removed, at)) : known);
        return states;
    }

    /// <summary>Generates criterion states for random profiles (see <see cref="CriterionStates(Scoring.ScoringProfile, Instant)"/>).</summary>
    /// <returns>The generator.</returns>
    public static Gen<CriterionStates> CriterionStates() =>
        from profile in ScoringProfile()
        from asOf in AsOf()
        from states in CriterionStates(profile, asOf)
        select states;

    /// <summary>Generates history items of every kind linked to <paramref name="record"/>, occurring up to 120 days before <paramref name="asOf"/> (never after).</summary>
    /// <param name="record">The record the items belong to.</param>
    /// <param name="asOf">The latest instant an item may occur at.</param>
    /// <returns>The generator.</returns>
    public static Gen<HistoryItem> HistoryItem(RecordReference record, Instant asOf) =>
        from id in LeadKitGenerators.HistoryItemId()
        from minutes in Gen.Choose(0, 120 * 24 * 60)
        let at = asOf - Duration.FromMinutes(minutes)
        from kind in Gen.Choose(0, 3)
        select kind switch
        {
            0 => (HistoryItem)new PhoneLog(id, record, "Call", null, at, CallDirection.Outgoing, "+1 555 0100", at, Duration.FromMinutes(5)),
            1 => new Appointment(id, record, "Meeting", null, at, at, at + Duration.FromMinutes(30)),
            2 => new BusinessNote(id, record, "Note", "Talked about pricing.", at),
            _ => new TaskItem(id, record, "Send the offer", null, at, null),
        };

    /// <summary>Generates scoring cases with the default options; see <see cref="ScoringCase(ScoringLawOptions)"/>.</summary>
    /// <returns>The generator.</returns>
    public static Gen<ScoringCase> ScoringCase() => ScoringCase(ScoringLawOptions.Default);

    /// <summary>
    /// Generates the cases the scoring laws run on: a profile (generated criteria plus
    /// <see cref="ScoringLawOptions.Criteria"/>), a lead with checks up to 200 days old, fields the
    /// generated rules test and an automatic or manual score, 0 to 4 history items up to 120 days
    /// before <c>asOf</c>, and the laws' extra choices.
    /// </summary>
    /// <param name="options">What to generate.</param>
    /// <returns>The generator.</returns>
    public static Gen<ScoringCase> ScoringCase(ScoringLawOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return
            from asOf in AsOf()
            from profile in Profile(options)
            from lead in Lead(profile, asOf)
            from history in Gen.Frequency((2, Gen.Constant(0)), (3, Gen.Choose(1, 4))).SelectMany(n => Gen.ListOf(HistoryItem(RecordReference.To(new LeadId(lead.Id)), asOf), n))
            from pick in Gen.Choose(0, ScoringLaws.MaxPick)
            from factor in Gen.Choose(2, 10)
            from shift in Gen.Frequency(
                (1, Gen.Constant(Duration.Zero)),
                (4, Gen.Choose(1, 400).Select(d => Duration.FromDays(d))),
                (2, Gen.Choose(1, 72).Select(h => Duration.FromHours(h))))
            from order in Gen.Frequency((1, Gen.Constant(0)), (4, Gen.Choose(1, 1_000_000)))
            from manualStars in Gen.Choose(0, ContactRecord.MaxManualStars)
            from host in options.Hosts is { } hosts ? hosts.Generator.Select(record => (object?)record) : Gen.Constant<object?>(null)
            select new ScoringCase(profile, lead, [.. history], asOf, pick, factor, shift, order, manualStars, options.Hosts, host);
    }

    internal static Gen<ScoringProfile> Profile(ScoringLawOptions options)
    {
        var own = options.Criteria;
        var room = Math.Min(options.MaxGeneratedCriteria, Scoring.ScoringProfile.MaxCriteria - own.Count);
        var count = room == 0
            ? Gen.Constant(0)
            : Gen.Frequency(
                (1, Gen.Constant(0)),
                (10, Gen.Choose(1, Math.Min(room, 8))),
                (3, Gen.Choose(1, room)),
                (1, Gen.Constant(room)));
        return
            from n in count
            from ids in Gen.ListOf(LeadKitGenerators.CriterionId(), n * 2)
            let usable = ids.Distinct().Where(id => own.All(c => c.Id != id)).ToList()
            let fallback = Enumerable.Range(1, n).Select(i => new CriterionId(FormattableString.Invariant($"c{i}"))).Where(id => own.All(c => c.Id != id) && !usable.Contains(id))
            let chosen = usable.Concat(fallback).Take(n).ToList()
            from generated in Gen.CollectToList(chosen.Select(id => Criterion(id, Description(), options.GenerateRules, options.GenerateValidity)))
            from positions in Gen.ListOf(Gen.Choose(0, n), own.Count)
            from scale in WeightScale()
            from maxStars in Gen.Frequency((5, Gen.Constant(Scoring.ScoringProfile.DefaultMaxStars)), (2, Gen.Choose(1, Scoring.ScoringProfile.MaxStarsLimit)))
            from version in Gen.Frequency((3, Gen.Constant(1L)), (2, Gen.Choose(0, 10_000).Select(v => (long)v)), (1, Gen.Constant(long.MaxValue - 1)))
            select new Scoring.ScoringProfile(Merge(UniqueDescriptions(generated, own), own, positions), scale, maxStars, version);
    }

    internal static Gen<LeadSketch> Lead(ScoringProfile profile, Instant asOf) =>
        from id in LeadKitGenerators.Guid()
        from createdDaysAgo in Gen.Frequency((4, Gen.Choose(0, 400)), (1, Gen.Choose(0, 10)))
        from source in Gen.Elements(null, "Trade Show", "Web", "Referral", "Advertisement")
        from company in Gen.Elements(null, "Contoso", "Fabrikam, Inc.", "Northwind Traders")
        from emails in Gen.SubListOf("ann@contoso.com", "bob@example.com", "info@fabrikam.com")
        from phone in Gen.Elements(null, "+1 555 0100", "(04) 72 00 00 00")
        from employees in Gen.Frequency((1, Gen.Constant<long?>(null)), (2, Gen.Choose(0, 1000).Select(e => (long?)e)))
        from industry in Gen.Elements(null, "Software", "Retail", "Manufacturing")
        from scoreType in Gen.Frequency((4, Gen.Constant(ScoreType.Automatic)), (1, Gen.Constant(ScoreType.Manual)))
        from manual in Gen.Choose(0, ContactRecord.MaxManualStars)
        from keepManual in Gen.Elements(false, true)
        from checks in CriterionStates(profile, asOf)
        select new LeadSketch(
            id,
            asOf - Duration.FromDays(createdDaysAgo),
            source,
            company,
            [.. emails],
            phone,
            employees,
            industry,
            scoreType,
            scoreType == ScoreType.Manual || keepManual ? manual : null,
            checks);

    private static Gen<Scoring.ScoringCriterion> Criterion(CriterionId id, Gen<string> descriptions, bool rules, bool validity) =>
        from description in descriptions
        from weight in Weight()
        from kind in Gen.Frequency((5, Gen.Constant(0)), (rules ? 3 : 0, Gen.Constant(1)), (validity ? 2 : 0, Gen.Constant(2)))
        from rule in kind == 1 ? Rule(2).Select(r => (IScoringRule?)r) : Gen.Constant<IScoringRule?>(null)
        from period in kind == 2 ? Validity().Select(v => (Duration?)v) : Gen.Constant<Duration?>(null)
        select new Scoring.ScoringCriterion(id, description, weight, rule, period);

    private static Gen<Scoring.ScoringRule> Rule(int depth)
    {
        var field = FieldCondition().Select(Scoring.ScoringRule.FromFilter);
        if (depth == 0)
        {
            return Gen.Frequency((3, field), (2, HistoryCondition()));
        }

        var smaller = Rule(depth - 1);
        return Gen.Frequency(
            (3, field),
            (2, HistoryCondition()),
            (1, Gen.Zip(smaller, smaller).Select(p => p.Item1 & p.Item2)),
            (1, Gen.Zip(smaller, smaller).Select(p => p.Item1 | p.Item2)),
            (1, field.Select(f => !f)));
    }

    private static List<Scoring.ScoringCriterion> UniqueDescriptions(IReadOnlyList<Scoring.ScoringCriterion> generated, IReadOnlyList<Scoring.ScoringCriterion> own)
    {
        var taken = new HashSet<string>(own.Select(c => c.Description), StringComparer.OrdinalIgnoreCase);
        var result = new List<Scoring.ScoringCriterion>();
        foreach (var criterion in generated)
        {
            var description = criterion.Description;
            for (var n = 2; !taken.Add(description); n++)
            {
                var suffix = FormattableString.Invariant($" ({n})");
                description = Shrinking.Truncate(criterion.Description, Scoring.ScoringCriterion.MaxDescriptionLength - suffix.Length).TrimEnd() + suffix;
            }

            result.Add(description == criterion.Description ? criterion : criterion.WithDescription(description));
        }

        return result;
    }

    private static List<Scoring.ScoringCriterion> Merge(List<Scoring.ScoringCriterion> generated, IReadOnlyList<Scoring.ScoringCriterion> own, List<int> positions)
    {
        var merged = new List<Scoring.ScoringCriterion>(generated);
        for (var i = 0; i < own.Count; i++)
        {
            merged.Insert(Math.Min(positions[i], merged.Count), own[i]);
        }

        return merged;
    }
}
