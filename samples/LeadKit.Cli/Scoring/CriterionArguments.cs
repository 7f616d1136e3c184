using System;
using System.Linq;
using LeadKit.Cli.Hosting;
using LeadKit.Scoring;

namespace LeadKit.Cli.Scoring;

/// <summary>Parses the scoring commands' arguments: weights and criteria (by id or description).</summary>
internal static class CriterionArguments
{
    /// <summary>Parses <c>low</c>, <c>normal</c> or <c>high</c> (any case).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The weight.</returns>
    /// <exception cref="CliException">Not a weight (bad usage).</exception>
    public static Weight ParseWeight(string text) =>
        text?.Trim().ToUpperInvariant() switch
        {
            "LOW" => Weight.Low,
            "NORMAL" => Weight.Normal,
            "HIGH" => Weight.High,
            _ => throw new CliException($"--weight is low, normal or high, not '{text}'.", ExitCodes.Usage),
        };

    /// <summary>Finds a criterion of the profile by id, or else by description (ignoring case).</summary>
    /// <param name="profile">The profile.</param>
    /// <param name="text">The id or description.</param>
    /// <returns>The criterion.</returns>
    /// <exception cref="CliException">The profile has no such criterion.</exception>
    public static ScoringCriterion Resolve(ScoringProfile profile, string text)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var trimmed = text?.Trim() ?? string.Empty;
        var found = profile.Criteria.FirstOrDefault(c => string.Equals(c.Id.Value, trimmed, StringComparison.OrdinalIgnoreCase))
            ?? profile.Criteria.FirstOrDefault(c => string.Equals(c.Description, trimmed, StringComparison.OrdinalIgnoreCase));
        return found ?? throw new CliException(
            profile.Criteria.IsEmpty
                ? $"There is no criterion '{trimmed}': the profile has no criteria (add one with 'leadkit criteria add')."
                : $"There is no criterion '{trimmed}'. Criteria: {string.Join(", ", profile.Criteria.Select(c => c.Id.Value))}.");
    }

    /// <summary>Writes a weight as the command line takes it.</summary>
    /// <param name="weight">The weight.</param>
    /// <returns><c>low</c>, <c>normal</c> or <c>high</c>.</returns>
    public static string Format(Weight weight) => weight.ToString().ToLowerInvariant();
}
