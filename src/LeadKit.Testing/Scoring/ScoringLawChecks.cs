using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using LeadKit.Leads;
using LeadKit.Scoring;
using LeadKit.Serialization;

namespace LeadKit.Testing;

/// <summary>Each law as a check of one case: <see langword="null"/> when it holds, otherwise what went wrong, with the values seen.</summary>
internal static class ScoringLawChecks
{
    internal static string? Check(ScoringLaw law, ILeadScorer scorer, ScoringCase c, ScoringLawOptions options) => law switch
    {
        ScoringLaw.Bounds => Bounds(scorer, c, options),
        ScoringLaw.Extremes => Extremes(scorer, c, options),
        ScoringLaw.Monotonicity => Monotonicity(scorer, c, options),
        ScoringLaw.WeightMonotonicity => WeightMonotonicity(scorer, c, options),
        ScoringLaw.OrderIndependence => OrderIndependence(scorer, c, options),
        ScoringLaw.ScaleIndependence => ScaleIndependence(scorer, c, options),
        ScoringLaw.Determinism => Determinism(scorer, c, options),
        ScoringLaw.ManualDominance => ManualDominance(scorer, c, options),
        ScoringLaw.ExplanationConsistency => ExplanationConsistency(scorer, c, options),
        ScoringLaw.Decay => Decay(scorer, c, options),
        ScoringLaw.RoundTrip => RoundTrip(scorer, c, options),
        _ => throw new ArgumentOutOfRangeException(nameof(law), law, "Unknown law."),
    };

    private static LeadScore Score(ILeadScorer scorer, ScoringCase c, ScoringLawOptions o, Lead? record = null, ScoringProfile? profile = null, NodaTime.Instant? asOf = null) =>
        scorer.Score(o.RecordOf(c, record ?? c.CreateRecord()), profile ?? c.Profile, asOf ?? c.AsOf, o.HistoryOf(c.History));

    private static ScoreExplanation Explain(ILeadScorer scorer, ScoringCase c, ScoringLawOptions o, ScoringProfile? profile = null) =>
        scorer.Explain(o.RecordOf(c, c.CreateRecord()), profile ?? c.Profile, c.AsOf, o.HistoryOf(c.History));

    private static string? Bounds(ILeadScorer scorer, ScoringCase c, ScoringLawOptions o)
    {
        var s = Score(scorer, c, o);
        var problems = new List<string>();
        if (s.AutomaticStars < 0 || s.AutomaticStars > s.MaxStars)
        {
            problems.Add(Invariant($"automatic stars {s.AutomaticStars} are outside 0..{s.MaxStars}"));
        }

        if (s.Stars < 0 || s.Stars > s.MaxStars)
        {
            problems.Add(Invariant($"stars {s.Stars} are outside 0..{s.MaxStars}"));
        }

        if (s.Percent < Fraction.Zero || s.Percent > 100)
        {
            problems.Add(Invariant($"percent {s.Percent} is outside 0..100"));
        }

        if (s.Points < -s.Total || s.Points > s.Total)
        {
            problems.Add(Invariant($"points {s.Points} are outside -W..W = -{s.Total}..{s.Total}"));
        }

        return Join(problems, s);
    }

    private static string? Extremes(ILeadScorer scorer, ScoringCase c, ScoringLawOptions o)
    {
        var problems = new List<string>();
        var s = Score(scorer, c, o);
        if (s.Met == 0 && s.AutomaticStars != 0)
        {
            problems.Add(Invariant($"nothing is met (M = 0) but the automatic stars are {s.AutomaticStars}"));
        }

        if (s.Total > 0 && s.Met == s.Total && s.AutomaticStars != s.MaxStars)
        {
            problems.Add(Invariant($"everything is met (M = W = {s.Total}) but the automatic stars are {s.AutomaticStars}, not {s.MaxStars}"));
        }

        // The same profile with check boxes only, so nothing and everything can be met on purpose.
        var plain = new ScoringProfile(c.Profile.Criteria.Select(k => k.Rule is null ? k : k.WithRule(null)), c.Profile.Scale, c.Profile.MaxStars, c.Profile.Version);
        var none = c.CreateRecord();
        foreach (var id in none.CriterionChecks.Keys.ToList())
        {
            none.UncheckCriterion(id);
        }

        var nothing = Score(scorer, c, o, none, plain);
        if (nothing.AutomaticStars != 0)
        {
            problems.Add(Invariant($"with every criterion unchecked (rules removed) the automatic stars are {nothing.AutomaticStars}, not 0 ({Describe(nothing)})"));
        }

        var all = c.CreateRecord();
        foreach (var criterion in plain.Criteria)
        {
            all.CheckCriterion(criterion.Id, c.AsOf);
        }

        var everything = Score(scorer, c, o, all, plain);
        if (plain.TotalPoints > 0 && everything.AutomaticStars != plain.MaxStars)
        {
            problems.Add(Invariant($"with every criterion checked at asOf (rules removed) the automatic stars are {everything.AutomaticStars}, not {plain.MaxStars} ({Describe(everything)})"));
        }

        return problems.Count == 0 ? null : string.Join("; ", problems) + ".";
    }

    private static string? Monotonicity(ILeadScorer scorer, ScoringCase c, ScoringLawOptions o)
    {
        if (c.PickedIndex < 0)
        {
            return null;
        }

        var id = c.Profile.Criteria[c.PickedIndex].Id;
        var withoutCheck = c.CreateRecord();
        withoutCheck.UncheckCriterion(id);
        var withCheck = c.CreateRecord();
        withCheck.CheckCriterion(id, c.AsOf);
        var before = Score(scorer, c, o, withoutCheck);
        var after = Score(scorer, c, o, withCheck);
        return Decrease(before, after) is { } lowered
            ? $"checking '{id}' at asOf lowered the score ({lowered}); unchecked: {Describe(before)}; checked: {Describe(after)}."
            : null;
    }

    private static string? WeightMonotonicity(ILeadScorer scorer, ScoringCase c, ScoringLawOptions o)
    {
        if (c.PickedIndex < 0)
        {
            return null;
        }

        var criteria = c.Profile.Criteria;
        var criterion = criteria[c.PickedIndex];
        var (lighter, heavier) = criterion.Weight switch
        {
            Weight.Low => (Weight.Low, Weight.Normal),
            Weight.Normal => (Weight.Normal, Weight.High),
            _ => (Weight.Normal, Weight.High),
        };
        var light = new ScoringProfile(criteria.SetItem(c.PickedIndex, criterion.WithWeight(lighter)), c.Profile.Scale, c.Profile.MaxStars, c.Profile.Version);
        var heavy = new ScoringProfile(criteria.SetItem(c.PickedIndex, criterion.WithWeight(heavier)), c.Profile.Scale, c.Profile.MaxStars, c.Profile.Version);
        var before = Explain(scorer, c, o, light);
        var after = Explain(scorer, c, o, heavy);
        var metBefore = before.Criteria.FirstOrDefault(l => l.Id == criterion.Id)?.Met;
        var metAfter = after.Criteria.FirstOrDefault(l => l.Id == criterion.Id)?.Met;
        if (metBefore is null || metAfter is null)
        {
            return $"the explanation has no line for '{criterion.Id}'.";
        }

        if (metBefore != metAfter)
        {
            return $"whether '{criterion.Id}' is met changed with its weight ({lighter}: {metBefore}, {heavier}: {metAfter}).";
        }

        var change = $"raising '{criterion.Id}' from {lighter} to {heavier}";
        if (metBefore.Value)
        {
            return Decrease(before.Score, after.Score) is { } lowered
                ? $"{change} (met) lowered the score ({lowered}); {lighter}: {Describe(before.Score)}; {heavier}: {Describe(after.Score)}."
                : null;
        }

        return Decrease(after.Score, before.Score) is { } raised
            ? $"{change} (not met) raised the score ({Reverse(raised)}); {lighter}: {Describe(before.Score)}; {heavier}: {Describe(after.Score)}."
            : null;
    }

    private static string? OrderIndependence(ILeadScorer scorer, ScoringCase c, ScoringLawOptions o)
    {
        var reordered = new ScoringProfile(c.Reordered(), c.Profile.Scale, c.Profile.MaxStars, c.Profile.Version);
        var before = Explain(scorer, c, o);
        var after = Explain(scorer, c, o, reordered);
        if (!before.Score.Equals(after.Score))
        {
            return $"reordering the criteria ({string.Join(", ", reordered.Criteria.Select(k => k.Id))}) changed the score from {Describe(before.Score)} to {Describe(after.Score)}.";
        }

        var linesBefore = before.Criteria.OrderBy(l => l.Id).ToList();
        var linesAfter = after.Criteria.OrderBy(l => l.Id).ToList();
        return linesBefore.SequenceEqual(linesAfter)
            ? null
            : $"reordering the criteria ({string.Join(", ", reordered.Criteria.Select(k => k.Id))}) changed the explanation of {string.Join(", ", linesBefore.Zip(linesAfter).Where(p => p.First != p.Second).Select(p => $"'{p.First.Id}' ({p.First} → {p.Second})"))}.";
    }

    private static string? ScaleIndependence(ILeadScorer scorer, ScoringCase c, ScoringLawOptions o)
    {
        var scale = c.Profile.Scale;
        var maxFactor = Math.Min(10, WeightScale.MaxPoints / scale.High);
        if (maxFactor < 2)
        {
            return null;
        }

        var k = 2 + ((c.Factor - 2) % (maxFactor - 1));
        var scaled = new ScoringProfile(c.Profile.Criteria, scale.Multiply(k), c.Profile.MaxStars, c.Profile.Version);
        var before = Score(scorer, c, o);
        var after = Score(scorer, c, o, profile: scaled);
        var problems = new List<string>();
        if (before.Percent != after.Percent)
        {
            problems.Add(Invariant($"percent {before.Percent} → {after.Percent}"));
        }

        if (before.AutomaticStars != after.AutomaticStars)
        {
            problems.Add(Invariant($"automatic stars {before.AutomaticStars} → {after.AutomaticStars}"));
        }

        if (before.Stars != after.Stars)
        {
            problems.Add(Invariant($"stars {before.Stars} → {after.Stars}"));
        }

        return problems.Count == 0
            ? null
            : Invariant($"multiplying the scale {scale} by {k} changed {string.Join(", ", problems)}; before: {Describe(before)}; after: {Describe(after)}.");
    }

    private static string? Determinism(ILeadScorer scorer, ScoringCase c, ScoringLawOptions o)
    {
        var record = o.RecordOf(c, c.CreateRecord());
        var history = o.HistoryOf(c.History);
        var first = scorer.Score(record, c.Profile, c.AsOf, history);
        var again = scorer.Score(record, c.Profile, c.AsOf, history);
        var fresh = Score(scorer, c, o);
        var reversed = scorer.Score(o.RecordOf(c, c.CreateRecord()), c.Profile, c.AsOf, [.. history.Reverse()]);
        var explained = scorer.Explain(record, c.Profile, c.AsOf, history);
        var explainedAgain = Explain(scorer, c, o);
        var problems = new List<string>();
        if (!first.Equals(again))
        {
            problems.Add($"scoring the same record twice gave {Describe(first)}, then {Describe(again)}");
        }

        if (!first.Equals(fresh))
        {
            problems.Add($"an identical copy of the record scored {Describe(fresh)} instead of {Describe(first)}");
        }

        if (!first.Equals(reversed))
        {
            problems.Add($"the history in reverse order gave {Describe(reversed)} instead of {Describe(first)}");
        }

        if (!explained.Equals(explainedAgain))
        {
            problems.Add("explaining the same record twice gave different explanations");
        }

        if (!explained.Score.Equals(first))
        {
            problems.Add($"the explanation's score {Describe(explained.Score)} differs from the score {Describe(first)}");
        }

        if (scorer is LeadScorer engine && problems.Count == 0)
        {
            var compiled = engine.Compile(c.Profile);
            var mask = compiled.MaskOf(record, c.AsOf, history);
            var fast = compiled.Score(mask, record.ScoreType, record.ManualStars);
            if (!fast.Equals(first))
            {
                problems.Add($"the compiled fast path (mask {mask:X}) gave {Describe(fast)} instead of {Describe(first)}");
            }
        }

        return problems.Count == 0 ? null : string.Join("; ", problems) + ".";
    }

    private static string? ManualDominance(ILeadScorer scorer, ScoringCase c, ScoringLawOptions o)
    {
        var automatic = c.CreateRecord();
        automatic.SetAutomaticScore();
        var computed = Score(scorer, c, o, automatic);
        var manual = c.CreateRecord();
        manual.SetManualScore(c.ManualStars);
        var fixedScore = Score(scorer, c, o, manual);
        var expected = Math.Min(c.ManualStars, c.Profile.MaxStars);
        var problems = new List<string>();
        if (fixedScore.ScoreType != ScoreType.Manual || fixedScore.Stars != expected)
        {
            problems.Add(Invariant($"with a manual score of {c.ManualStars} stars (of {c.Profile.MaxStars}) the rating is {fixedScore.Stars} ({fixedScore.ScoreType}), not {expected}"));
        }

        if (fixedScore.AutomaticStars != computed.AutomaticStars || fixedScore.Met != computed.Met || fixedScore.Points != computed.Points || fixedScore.Total != computed.Total)
        {
            problems.Add($"the automatic result shown with the manual score ({Describe(fixedScore)}) differs from the automatic score ({Describe(computed)})");
        }

        manual.SetAutomaticScore();
        var back = Score(scorer, c, o, manual);
        if (back.Stars != computed.AutomaticStars)
        {
            problems.Add(Invariant($"switching back to Automatic shows {back.Stars} stars, not the computed {computed.AutomaticStars}"));
        }

        return problems.Count == 0 ? null : string.Join("; ", problems) + ".";
    }

    private static string? ExplanationConsistency(ILeadScorer scorer, ScoringCase c, ScoringLawOptions o)
    {
        var record = o.RecordOf(c, c.CreateRecord());
        var history = o.HistoryOf(c.History);
        var explanation = scorer.Explain(record, c.Profile, c.AsOf, history);
        var score = scorer.Score(record, c.Profile, c.AsOf, history);
        var lines = explanation.Criteria;
        var problems = new List<string>();
        var contributions = lines.Sum(l => (long)l.Contribution);
        if (contributions != explanation.Score.Points)
        {
            problems.Add(Invariant($"the contributions sum to {contributions}, not to the points {explanation.Score.Points}"));
        }

        var metPoints = lines.Where(l => l.Met).Sum(l => (long)l.Points);
        if (metPoints != explanation.Score.Met)
        {
            problems.Add(Invariant($"the met criteria's points sum to {metPoints}, not to M = {explanation.Score.Met}"));
        }

        var total = lines.Sum(l => (long)l.Points);
        if (total != explanation.Score.Total || total != c.Profile.TotalPoints)
        {
            problems.Add(Invariant($"the criteria's points sum to {total}; W is {explanation.Score.Total} and the profile's points sum to {c.Profile.TotalPoints}"));
        }

        if (!lines.Select(l => l.Id).SequenceEqual(c.Profile.Criteria.Select(k => k.Id)))
        {
            problems.Add($"the explanation lists {string.Join(", ", lines.Select(l => l.Id))} instead of the profile's {string.Join(", ", c.Profile.Criteria.Select(k => k.Id))}");
        }
        else
        {
            foreach (var (line, criterion) in lines.Zip(c.Profile.Criteria))
            {
                if (line.Points != c.Profile.Scale.PointsOf(criterion.Weight) || line.Weight != criterion.Weight || line.Description != criterion.Description)
                {
                    problems.Add($"the line of '{criterion.Id}' ({line}) does not match the criterion ({criterion}, {c.Profile.Scale.PointsOf(criterion.Weight)} points)");
                }

                var metReason = line.Reason is CriterionReason.Checked or CriterionReason.RuleMatched;
                var ruleReason = line.Reason is CriterionReason.RuleMatched or CriterionReason.RuleNotMatched;
                if (metReason != line.Met || ruleReason != (criterion.Rule is not null))
                {
                    problems.Add($"the line of '{criterion.Id}' says met = {line.Met} with reason {line.Reason}");
                }
            }
        }

        if (!explanation.Score.Equals(score))
        {
            problems.Add($"the explanation's score {Describe(explanation.Score)} differs from the score {Describe(score)}");
        }

        if (explanation.ProfileVersion != c.Profile.Version || explanation.AsOf != c.AsOf)
        {
            problems.Add(Invariant($"the explanation names profile v{explanation.ProfileVersion} as of {explanation.AsOf}, not v{c.Profile.Version} as of {c.AsOf}"));
        }

        return problems.Count == 0 ? null : string.Join("; ", problems) + ".";
    }

    private static string? Decay(ILeadScorer scorer, ScoringCase c, ScoringLawOptions o)
    {
        var later = c.AsOf + c.Shift;
        var before = Score(scorer, c, o);
        var after = Score(scorer, c, o, asOf: later);
        return Decrease(after, before) is { } raised
            ? $"moving asOf forward by {ScoringCase.Format(c.Shift)} (to {later}) raised the score ({Reverse(raised)}); at asOf: {Describe(before)}; later: {Describe(after)}."
            : null;
    }

    private static string? RoundTrip(ILeadScorer scorer, ScoringCase c, ScoringLawOptions options)
    {
        var json = options.JsonOptions ?? LeadKitJsonOptions.Default;
        var problems = new List<string>();
        var profile = new ScoringProfile(c.Profile.Criteria.Where(k => k.IsSerializable), c.Profile.Scale, c.Profile.MaxStars, c.Profile.Version);
        Same(profile, "the profile");
        var record = options.RecordOf(c, c.CreateRecord());
        var history = options.HistoryOf(c.History);
        Same(CriterionStates.From(record.CriterionChecks), "the criterion states");
        Same(scorer.Score(record, c.Profile, c.AsOf, history), "the score");
        Same(scorer.Explain(record, c.Profile, c.AsOf, history), "the explanation");
        return problems.Count == 0 ? null : string.Join("; ", problems) + ".";

        void Same<T>(T value, string what)
        {
            var text = JsonSerializer.Serialize(value, json);
            var back = JsonSerializer.Deserialize<T>(text, json);
            if (!EqualityComparer<T>.Default.Equals(value, back))
            {
                problems.Add($"{what} came back different from JSON {text}: {back}");
            }
        }
    }

    /// <summary>Which parts of the score went down from <paramref name="from"/> to <paramref name="to"/>, or <see langword="null"/>.</summary>
    private static string? Decrease(LeadScore from, LeadScore to)
    {
        var parts = new List<string>();
        if (to.AutomaticStars < from.AutomaticStars)
        {
            parts.Add(Invariant($"stars {from.AutomaticStars} → {to.AutomaticStars}"));
        }

        if (to.Percent < from.Percent)
        {
            parts.Add(Invariant($"percent {from.Percent.Round(2)} → {to.Percent.Round(2)}"));
        }

        if (to.Points < from.Points)
        {
            parts.Add(Invariant($"points {from.Points} → {to.Points}"));
        }

        return parts.Count == 0 ? null : string.Join(", ", parts);
    }

    private static string Reverse(string decrease) =>
        string.Join(", ", decrease.Split(", ").Select(part =>
        {
            var arrow = part.IndexOf(" → ", StringComparison.Ordinal);
            var space = part.LastIndexOf(' ', arrow - 1);
            return part[..space] + " " + part[(arrow + 3)..] + " → " + part[(space + 1)..arrow];
        }));

    private static string Describe(LeadScore s) =>
        Invariant($"{s.Stars} stars ({s.ScoreType}; automatic {s.AutomaticStars}), {s.Percent.Round(2)} %, {s.Points} points, M {s.Met}, W {s.Total}");

    private static string? Join(List<string> problems, LeadScore s) =>
        problems.Count == 0 ? null : string.Join("; ", problems) + $" (score: {Describe(s)}).";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
