using System.Globalization;
using System.Text;

namespace LeadKit.Testing;

/// <summary>
/// The outcome of checking one law: passed, or failed with the shrunk counterexample, what went
/// wrong on it, and the seed that replays the run (<see cref="ScoringLawOptions.Replay"/>).
/// </summary>
public sealed class ScoringLawResult
{
    internal ScoringLawResult(ScoringLaw law, bool passed, int tests, int shrinks, ScoringCase? counterexample, ScoringCase? original, string? violation, string? replay)
    {
        Law = law;
        Passed = passed;
        Tests = tests;
        Shrinks = shrinks;
        Counterexample = counterexample;
        Original = original;
        Violation = violation;
        Replay = replay;
    }

    /// <summary>Gets the law.</summary>
    public ScoringLaw Law { get; }

    /// <summary>Gets a value indicating whether the law held on every case.</summary>
    public bool Passed { get; }

    /// <summary>Gets the number of cases run (up to the failing one).</summary>
    public int Tests { get; }

    /// <summary>Gets the number of successful shrinks from <see cref="Original"/> to <see cref="Counterexample"/>.</summary>
    public int Shrinks { get; }

    /// <summary>Gets the smallest failing case FsCheck found by shrinking, or <see langword="null"/> when the law held.</summary>
    public ScoringCase? Counterexample { get; }

    /// <summary>Gets the failing case as first generated, or <see langword="null"/> when the law held.</summary>
    public ScoringCase? Original { get; }

    /// <summary>Gets what went wrong on <see cref="Counterexample"/> (values included), or <see langword="null"/> when the law held.</summary>
    public string? Violation { get; }

    /// <summary>Gets the seed that replays the run, e.g. <c>(12345,67890)</c>, for <see cref="ScoringLawOptions.Replay"/>.</summary>
    public string? Replay { get; }

    /// <summary>Gets the report: the law, and for a failure the violation, the shrunk counterexample and the replay seed.</summary>
    public string Message
    {
        get
        {
            var name = ScoringLaws.Describe(Law);
            if (Passed)
            {
                return string.Create(CultureInfo.InvariantCulture, $"Law {(int)Law} ({Law}) holds on {Tests} cases: {name}");
            }

            var builder = new StringBuilder()
                .Append(CultureInfo.InvariantCulture, $"Law {(int)Law} ({Law}) is broken: {name}\n")
                .Append(CultureInfo.InvariantCulture, $"Falsified after {Tests} test{(Tests == 1 ? string.Empty : "s")} and {Shrinks} shrink{(Shrinks == 1 ? string.Empty : "s")}.\n")
                .Append("Violation: ").Append(Violation).Append('\n')
                .Append("Shrunk counterexample:\n  ").Append(Counterexample);
            if (Replay is not null)
            {
                builder.Append("\nReplay with: new ScoringLawOptions { Replay = \"").Append(Replay).Append("\" }");
            }

            return builder.ToString();
        }
    }

    /// <summary>Throws a <see cref="ScoringLawException"/> when the law failed.</summary>
    /// <exception cref="ScoringLawException">The law failed.</exception>
    public void ThrowIfFailed()
    {
        if (!Passed)
        {
            throw new ScoringLawException([this]);
        }
    }

    /// <summary>Returns <see cref="Message"/>.</summary>
    /// <returns>The report.</returns>
    public override string ToString() => Message;
}
