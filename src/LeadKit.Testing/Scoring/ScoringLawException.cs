using System;
using System.Collections.Generic;
using System.Linq;

namespace LeadKit.Testing;

/// <summary>
/// Thrown by <see cref="ScoringLaws.Check(LeadKit.Scoring.ILeadScorer)"/> when a
/// scorer breaks a law: the message lists each broken law with its shrunk counterexample, so any test
/// framework (or a console) shows it as the failure.
/// </summary>
public sealed class ScoringLawException : Exception
{
    /// <summary>Creates the exception for failed laws.</summary>
    /// <param name="failures">The failed laws, at least one.</param>
    public ScoringLawException(IReadOnlyList<ScoringLawResult> failures)
        : base(BuildMessage(failures))
    {
        Failures = failures;
    }

    /// <summary>Creates the exception with a message only.</summary>
    public ScoringLawException()
        : this("A scoring law is broken.")
    {
    }

    /// <summary>Creates the exception with a message only.</summary>
    /// <param name="message">The message.</param>
    public ScoringLawException(string message)
        : base(message)
    {
        Failures = [];
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ScoringLawException(string message, Exception innerException)
        : base(message, innerException)
    {
        Failures = [];
    }

    /// <summary>Gets the failed laws.</summary>
    public IReadOnlyList<ScoringLawResult> Failures { get; }

    private static string BuildMessage(IReadOnlyList<ScoringLawResult> failures)
    {
        ArgumentNullException.ThrowIfNull(failures);
        return failures.Count switch
        {
            0 => "No scoring law failed.",
            1 => failures[0].Message,
            _ => $"{failures.Count} scoring laws are broken ({string.Join(", ", failures.Select(f => (int)f.Law))}).\n\n" + string.Join("\n\n", failures.Select(f => f.Message)),
        };
    }
}
