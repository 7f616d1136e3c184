using System;
using System.Collections.Generic;
using System.Text.Json;
using LeadKit.Scoring;
using LeadKit.Serialization;

namespace LeadKit.Testing;

/// <summary>
/// How <see cref="ScoringLaws"/> generates its cases: how many, from which seed, and which of your
/// own criteria (with your own rules) every generated profile includes.
/// </summary>
public sealed record ScoringLawOptions
{
    /// <summary>Gets the default options: 500 cases per law, LeadKit's own generated criteria, rules and validity periods.</summary>
    public static ScoringLawOptions Default { get; } = new();

    /// <summary>Gets the number of cases per law (500 by default).</summary>
    public int MaxTest { get; init; } = 500;

    /// <summary>
    /// Gets the seed to replay, as printed by a failure (<see cref="ScoringLawResult.Replay"/>), e.g.
    /// <c>"(12345,67890)"</c>; <see langword="null"/> for a fresh random run.
    /// </summary>
    public string? Replay { get; init; }

    /// <summary>
    /// Gets your own criteria (typically with your own rules), added to every generated profile next
    /// to generated ones. Their ids and descriptions must differ from each other's; the generated
    /// criteria avoid them. Law 11 (JSON) leaves out criteria whose rule is C# code, which JSON cannot hold.
    /// </summary>
    public IReadOnlyList<ScoringCriterion> Criteria { get; init; } = [];

    /// <summary>Gets the most criteria the kit generates per profile besides yours (12 by default; at most 50 minus yours).</summary>
    public int MaxGeneratedCriteria { get; init; } = 12;

    /// <summary>Gets a value indicating whether generated criteria may carry LeadKit text rules (field and history conditions); true by default.</summary>
    public bool GenerateRules { get; init; } = true;

    /// <summary>Gets a value indicating whether generated check-box criteria may carry validity periods; true by default.</summary>
    public bool GenerateValidity { get; init; } = true;

    /// <summary>Gets the JSON options law 11 uses; <see cref="LeadKitJsonOptions.Default"/> when <see langword="null"/>.</summary>
    public JsonSerializerOptions? JsonOptions { get; init; }

    /// <summary>Checks the options before a run.</summary>
    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxTest, 1, nameof(MaxTest));
        ArgumentOutOfRangeException.ThrowIfNegative(MaxGeneratedCriteria, nameof(MaxGeneratedCriteria));
        ArgumentNullException.ThrowIfNull(Criteria, nameof(Criteria));
        if (Criteria.Count > ScoringProfile.MaxCriteria)
        {
            throw new ArgumentException($"At most {ScoringProfile.MaxCriteria} criteria fit a profile.", nameof(Criteria));
        }

        // The constructor checks that ids and descriptions are unique.
        _ = new ScoringProfile(Criteria);
    }
}
