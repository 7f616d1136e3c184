using System;
using FsCheck;
using FsCheck.Fluent;
using LeadKit.Scoring;
using NodaTime;

namespace LeadKit.Testing;

/// <summary>
/// FsCheck arbitraries (a <see cref="ScoringGenerators"/> generator plus a shrinker) for the scoring
/// types. Register the class with <c>[Property(Arbitrary = new[] { typeof(ScoringArbitraries) })]</c>
/// (alone or next to <see cref="LeadKitArbitraries"/>, whose <c>Instant</c> arbitrary is the same
/// type as <see cref="AsOf"/>: list <see cref="ScoringArbitraries"/> last to use this one), or call a
/// method with <c>Prop.ForAll</c>.
/// </summary>
/// <remarks>
/// Shrinking removes criteria, lightens weights towards Low, drops or simplifies rules and validity
/// periods, returns the scale to 1/2/3 and the stars to 5, drops checks, fields and history items,
/// and simplifies the laws' choices, so a counterexample ends up as small as the failure allows.
/// </remarks>
public static class ScoringArbitraries
{
    /// <summary>Weights; shrinks toward Low.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Weight> Weight() => Arb.From(ScoringGenerators.Weight(), ScoringShrinkers.Weight);

    /// <summary>Weight scales; shrinks toward 1/2/3 and 1/1/1.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<WeightScale> WeightScale() => Arb.From(ScoringGenerators.WeightScale(), ScoringShrinkers.WeightScale);

    /// <summary>Text rules (field and history conditions, combined); shrinks to their parts.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ScoringRule> ScoringRule() => Arb.From(ScoringGenerators.ScoringRule(), ScoringShrinkers.Rule);

    /// <summary>Criteria with or without a rule or a validity period; shrinks by dropping them and lightening the weight.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ScoringCriterion> ScoringCriterion() => Arb.From(ScoringGenerators.ScoringCriterion(), ScoringShrinkers.Criterion);

    /// <summary>Profiles with rules and validity periods; shrinks by removing and simplifying criteria.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ScoringProfile> ScoringProfile() => ScoringProfile(rules: true, validity: true);

    /// <summary>Profiles; shrinks by removing and simplifying criteria, the scale and the stars.</summary>
    /// <param name="rules">Whether criteria may carry text rules.</param>
    /// <param name="validity">Whether check-box criteria may carry validity periods.</param>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ScoringProfile> ScoringProfile(bool rules, bool validity) =>
        Arb.From(ScoringGenerators.ScoringProfile(rules, validity), ScoringShrinkers.Profile);

    /// <summary>Criterion states of random profiles; shrinks by unchecking.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CriterionStates> CriterionStates() => Arb.From(ScoringGenerators.CriterionStates(), ScoringShrinkers.States);

    /// <summary>Criterion states for one profile at one instant; shrinks by unchecking.</summary>
    /// <param name="profile">The profile.</param>
    /// <param name="asOf">The instant.</param>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CriterionStates> CriterionStates(Scoring.ScoringProfile profile, Instant asOf) =>
        Arb.From(ScoringGenerators.CriterionStates(profile, asOf), ScoringShrinkers.States);

    /// <summary><c>asOf</c> instants from 2020 to 2030; shrinks toward whole days.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Instant> AsOf() => Arb.From(ScoringGenerators.AsOf(), ShrinkAsOf);

    /// <summary>The cases the scoring laws run on, with the default options; shrinks every part.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ScoringCase> ScoringCase() => ScoringCase(ScoringLawOptions.Default);

    /// <summary>The cases the scoring laws run on; shrinks every part.</summary>
    /// <param name="options">What to generate (your own criteria among them).</param>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ScoringCase> ScoringCase(ScoringLawOptions options) => Arb.From(ScoringGenerators.ScoringCase(options), ScoringShrinkers.Case);

    private static System.Collections.Generic.IEnumerable<Instant> ShrinkAsOf(Instant value)
    {
        var ticks = value.ToUnixTimeTicks();
        var day = ticks - (ticks % NodaConstants.TicksPerDay);
        if (day != ticks)
        {
            yield return Instant.FromUnixTimeTicks(day);
        }
    }
}
