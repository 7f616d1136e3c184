using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace LeadKit.Testing;

/// <summary>The outcome of checking several laws: one <see cref="ScoringLawResult"/> each.</summary>
public sealed class ScoringLawReport
{
    internal ScoringLawReport(IEnumerable<ScoringLawResult> results)
    {
        Results = [.. results];
    }

    /// <summary>Gets the result of each law, in law order.</summary>
    public ImmutableArray<ScoringLawResult> Results { get; }

    /// <summary>Gets a value indicating whether every law held.</summary>
    public bool Passed => Results.All(r => r.Passed);

    /// <summary>Gets the laws that failed.</summary>
    public IEnumerable<ScoringLawResult> Failures => Results.Where(r => !r.Passed);

    /// <summary>Throws a <see cref="ScoringLawException"/> listing every failed law.</summary>
    /// <exception cref="ScoringLawException">Some law failed.</exception>
    public void ThrowIfFailed()
    {
        if (!Passed)
        {
            throw new ScoringLawException([.. Failures]);
        }
    }

    /// <summary>Returns one report per law, separated by blank lines.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Join("\n\n", Results.Select(r => r.Message));
}
