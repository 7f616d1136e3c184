using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using LeadKit.Scoring;
using Microsoft.FSharp.Core;

namespace LeadKit.Testing;

/// <summary>
/// The law kit: checks laws 1–11 of docs/scoring.md against any <see cref="ILeadScorer"/> — a
/// <see cref="LeadScorer"/> with your own aggregation or star mapping, LeadKit's engine with your own
/// rules (<see cref="ScoringLawOptions.Criteria"/>), or a scorer of your own — on generated
/// profiles, leads, histories and instants (or records of your own type, converted from the leads or
/// from your own arbitrary: <c>ScoringLawOptions.ScoreAs</c>, <c>ScoreFrom</c>), shrinking any failure to a small counterexample. It needs
/// no test framework: <see cref="Check(ILeadScorer)"/> throws a
/// <see cref="ScoringLawException"/> (any framework reports it), <see cref="Run(ILeadScorer)"/>
/// returns a report, and <see cref="Property"/> gives an FsCheck property for <c>[Property]</c> tests.
/// </summary>
/// <example>
/// <code>
/// // xunit, NUnit, MSTest or a console: throws with the shrunk counterexample when a law breaks.
/// ScoringLaws.Check(new LeadScorer(starMapping: new MyStarMapping()));
///
/// // Your own rule, mixed into every generated profile; one law only.
/// var options = new ScoringLawOptions { Criteria = [new ScoringCriterion(new CriterionId("big"), "Big company", Weight.High, myRule)] };
/// ScoringLaws.Check(ScoringLaw.Decay, LeadScorer.Default, options);
/// </code>
/// </example>
public static class ScoringLaws
{
    /// <summary>The largest <see cref="ScoringCase.Pick"/> generated.</summary>
    internal const int MaxPick = 1000;

    /// <summary>Gets every law, in order.</summary>
    public static IReadOnlyList<ScoringLaw> All { get; } = Enum.GetValues<ScoringLaw>();

    /// <summary>Returns the law's statement, as docs/scoring.md words it.</summary>
    /// <param name="law">The law.</param>
    /// <returns>The statement.</returns>
    public static string Describe(ScoringLaw law) => law switch
    {
        ScoringLaw.Bounds => "0 <= stars <= MaxStars, 0 <= percent <= 100, -W <= points <= W.",
        ScoringLaw.Extremes => "nothing met gives 0 stars; everything met gives MaxStars (when W > 0).",
        ScoringLaw.Monotonicity => "checking one more criterion never lowers the score; unchecking never raises it.",
        ScoringLaw.WeightMonotonicity => "raising the weight of a met criterion never lowers the score; raising the weight of an unmet one never raises it.",
        ScoringLaw.OrderIndependence => "the order of criteria in the profile does not matter.",
        ScoringLaw.ScaleIndependence => "multiplying every weight's points by the same k > 0 changes neither percent nor stars.",
        ScoringLaw.Determinism => "the same record, profile and asOf always give the same result.",
        ScoringLaw.ManualDominance => "with score type Manual the rating equals the manual stars.",
        ScoringLaw.ExplanationConsistency => "contributions sum to points; met points sum to M.",
        ScoringLaw.Decay => "moving asOf forward never raises the score of a record whose checks do not change.",
        ScoringLaw.RoundTrip => "profiles, criterion states and scores survive JSON serialization unchanged.",
        _ => throw new ArgumentOutOfRangeException(nameof(law), law, "Unknown law."),
    };

    /// <summary>Checks every law on 500 cases each; throws when any is broken (after checking them all).</summary>
    /// <param name="scorer">The scorer to check.</param>
    /// <exception cref="ScoringLawException">A law is broken; the message shows each broken law's shrunk counterexample.</exception>
    public static void Check(ILeadScorer scorer) => Check(scorer, ScoringLawOptions.Default);

    /// <summary>Checks every law; throws when any is broken (after checking them all).</summary>
    /// <param name="scorer">The scorer to check.</param>
    /// <param name="options">How to generate cases.</param>
    /// <exception cref="ScoringLawException">A law is broken; the message shows each broken law's shrunk counterexample.</exception>
    public static void Check(ILeadScorer scorer, ScoringLawOptions options) => Run(scorer, options).ThrowIfFailed();

    /// <summary>Checks one law on 500 cases; throws when it is broken.</summary>
    /// <param name="law">The law.</param>
    /// <param name="scorer">The scorer to check.</param>
    /// <exception cref="ScoringLawException">The law is broken; the message shows the shrunk counterexample.</exception>
    public static void Check(ScoringLaw law, ILeadScorer scorer) => Check(law, scorer, ScoringLawOptions.Default);

    /// <summary>Checks one law; throws when it is broken.</summary>
    /// <param name="law">The law.</param>
    /// <param name="scorer">The scorer to check.</param>
    /// <param name="options">How to generate cases.</param>
    /// <exception cref="ScoringLawException">The law is broken; the message shows the shrunk counterexample.</exception>
    public static void Check(ScoringLaw law, ILeadScorer scorer, ScoringLawOptions options) => Run(law, scorer, options).ThrowIfFailed();

    /// <summary>Checks every law on 500 cases each and reports, without throwing.</summary>
    /// <param name="scorer">The scorer to check.</param>
    /// <returns>One result per law.</returns>
    public static ScoringLawReport Run(ILeadScorer scorer) => Run(scorer, ScoringLawOptions.Default);

    /// <summary>Checks every law and reports, without throwing.</summary>
    /// <param name="scorer">The scorer to check.</param>
    /// <param name="options">How to generate cases.</param>
    /// <returns>One result per law.</returns>
    public static ScoringLawReport Run(ILeadScorer scorer, ScoringLawOptions options) =>
        new(All.Select(law => Run(law, scorer, options)).ToList());

    /// <summary>Checks one law on 500 cases and reports, without throwing.</summary>
    /// <param name="law">The law.</param>
    /// <param name="scorer">The scorer to check.</param>
    /// <returns>The result, with the shrunk counterexample when the law is broken.</returns>
    public static ScoringLawResult Run(ScoringLaw law, ILeadScorer scorer) => Run(law, scorer, ScoringLawOptions.Default);

    /// <summary>Checks one law and reports, without throwing.</summary>
    /// <param name="law">The law.</param>
    /// <param name="scorer">The scorer to check.</param>
    /// <param name="options">How to generate cases.</param>
    /// <returns>The result, with the shrunk counterexample when the law is broken.</returns>
    public static ScoringLawResult Run(ScoringLaw law, ILeadScorer scorer, ScoringLawOptions options)
    {
        ArgumentNullException.ThrowIfNull(scorer);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var runner = new CapturingRunner();
        var config = Config.Quick
            .WithMaxTest(options.MaxTest)
            .WithQuietOnSuccess(true)
            .WithName(law.ToString())
            .WithRunner(runner);
        if (options.Replay is { } replay)
        {
            config = config.WithReplay(FSharpOption<FsCheck.Replay>.Some(new FsCheck.Replay(ParseReplay(replay), FSharpOption<int>.None)));
        }

        FsCheck.Check.One(config, Property(law, scorer, options));
        return ToResult(law, scorer, options, runner.Result ?? throw new InvalidOperationException("FsCheck finished without a result."));
    }

    /// <summary>
    /// Returns one law as an FsCheck property over generated <see cref="ScoringCase"/>s (with
    /// shrinking), labelled with what went wrong, for <c>[Property]</c> tests or <c>Check.QuickThrowOnFailure</c>.
    /// </summary>
    /// <param name="law">The law.</param>
    /// <param name="scorer">The scorer to check.</param>
    /// <param name="options">How to generate cases.</param>
    /// <returns>The property.</returns>
    public static Property Property(ScoringLaw law, ILeadScorer scorer, ScoringLawOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(scorer);
        options ??= ScoringLawOptions.Default;
        options.Validate();
        var checkedOptions = options;
        return Prop.ForAll(ScoringArbitraries.ScoringCase(options), c =>
        {
            var violation = ScoringLawChecks.Check(law, scorer, c, checkedOptions);
            return (violation is null).Label(violation ?? "holds");
        });
    }

    /// <summary>Checks one law on one case (a counterexample you kept, for instance).</summary>
    /// <param name="law">The law.</param>
    /// <param name="scorer">The scorer to check.</param>
    /// <param name="scoringCase">The case.</param>
    /// <param name="options">The options (for law 11's JSON options).</param>
    /// <returns><see langword="null"/> when the law holds, otherwise what went wrong.</returns>
    public static string? Verify(ScoringLaw law, ILeadScorer scorer, ScoringCase scoringCase, ScoringLawOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(scorer);
        ArgumentNullException.ThrowIfNull(scoringCase);
        return ScoringLawChecks.Check(law, scorer, scoringCase, options ?? ScoringLawOptions.Default);
    }

    private static ScoringLawResult ToResult(ScoringLaw law, ILeadScorer scorer, ScoringLawOptions options, TestResult result)
    {
        switch (result)
        {
            case TestResult.Passed passed:
                return new ScoringLawResult(law, true, passed.Item1.NumberOfTests, 0, null, null, null, null);
            case TestResult.Failed failed:
                var shrunk = failed.Item3.OfType<ScoringCase>().FirstOrDefault();
                var original = failed.Item2.OfType<ScoringCase>().FirstOrDefault();
                var seed = failed.Item5;
                var replay = string.Create(CultureInfo.InvariantCulture, $"({seed.Seed},{seed.Gamma})");
                return new ScoringLawResult(law, false, failed.Item1.NumberOfTests, failed.Item1.NumberOfShrinks, shrunk, original, Explain(law, scorer, shrunk, options), replay);
            default:
                return new ScoringLawResult(law, false, 0, 0, null, null, $"FsCheck gave up: {result}", null);
        }
    }

    private static string Explain(ScoringLaw law, ILeadScorer scorer, ScoringCase? counterexample, ScoringLawOptions options)
    {
        if (counterexample is null)
        {
            return "no counterexample was recorded.";
        }

        try
        {
            return ScoringLawChecks.Check(law, scorer, counterexample, options) ?? "the law failed on this case, but holds when checked again (is the scorer deterministic?).";
        }
#pragma warning disable CA1031 // The scorer under test may throw anything; the report says what.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return $"the scorer threw {ex.GetType().Name}: {ex.Message}";
        }
    }

    private static Rnd ParseReplay(string replay)
    {
        var parts = replay.Trim().TrimStart('(').TrimEnd(')').Split(',');
        if (parts.Length == 2
            && ulong.TryParse(parts[0].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var seed)
            && ulong.TryParse(parts[1].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var gamma))
        {
            return new Rnd(seed, gamma);
        }

        throw new FormatException($"'{replay}' is not a replay seed: copy it from a failure, e.g. \"(12345,67890)\".");
    }
}
