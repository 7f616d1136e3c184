using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using FsCheck;
using LeadKit.History;
using LeadKit.Leads;
using LeadKit.Scoring;
using LeadKit.Serialization;

namespace LeadKit.Testing;

/// <summary>
/// How <see cref="ScoringLaws"/> generates its cases: how many, from which seed, which of your
/// own criteria (with your own rules) every generated profile includes, and — with
/// <see cref="ScoreAs{TRecord}"/> or <see cref="ScoreFrom{TRecord}"/> — which record type of yours the laws score instead of LeadKit's
/// <see cref="Lead"/>, generated from leads or by your own arbitrary.
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

    /// <summary>
    /// Gets how a generated lead becomes the record the laws score, or <see langword="null"/> to score
    /// the <see cref="Lead"/> itself (or, after <see cref="ScoreFrom{TRecord}"/>,
    /// records of your own generator). Set it with <see cref="ScoreAs{TRecord}"/>. The laws change the
    /// lead (check a criterion, set a manual score) before converting it, so the conversion must carry
    /// its score type, manual stars and checks, and the fields your rules read.
    /// </summary>
    public Func<Lead, IScorableRecord>? Record { get; init; }

    /// <summary>
    /// Gets how a generated history item becomes the entry passed to the scorer, or
    /// <see langword="null"/> to pass LeadKit's <see cref="HistoryItem"/>s. Set it with
    /// <see cref="ScoreAs{TRecord}"/> or <see cref="ScoreFrom{TRecord}"/>; the entry must keep the item's kind and instant.
    /// </summary>
    public Func<HistoryItem, IHistoryEntry>? HistoryEntry { get; init; }

    /// <summary>
    /// Runs the laws on your own record type (and, optionally, your own history entries): every generated
    /// lead is converted with <paramref name="toRecord"/> right before it is scored, every history item
    /// with <paramref name="toHistoryEntry"/>. The generated rules read <c>source</c>, <c>company</c>,
    /// <c>email</c>, <c>phone</c>, <c>custom.Employees</c> and <c>custom.Industry</c> through
    /// <see cref="IScorableRecord.Fields"/>; a field your type does not have reads as empty, which
    /// keeps every law, so carry the fields you have.
    /// </summary>
    /// <typeparam name="TRecord">Your record type.</typeparam>
    /// <param name="toRecord">Builds your record from a generated lead: its score type, manual stars, checks and fields.</param>
    /// <param name="toHistoryEntry">Builds your history entry from a generated item (its kind and instant), or <see langword="null"/> to pass LeadKit's items.</param>
    /// <returns>These options, scoring your type.</returns>
    /// <remarks>Only the fields a lead has are varied this way; to vary your type's own fields, give the kit your own arbitrary instead (<see cref="ScoreFrom{TRecord}"/>).</remarks>
    /// <example>
    /// <code>
    /// ScoringLaws.Check(LeadScorer.Default, ScoringLawOptions.Default.ScoreAs(Customer.FromLead, Interaction.FromHistoryItem));
    /// </code>
    /// </example>
    public ScoringLawOptions ScoreAs<TRecord>(Func<Lead, TRecord> toRecord, Func<HistoryItem, IHistoryEntry>? toHistoryEntry = null)
        where TRecord : IScorableRecord
    {
        ArgumentNullException.ThrowIfNull(toRecord);
        return this with
        {
            Record = lead => toRecord(lead) ?? throw new InvalidOperationException($"The conversion to {typeof(TRecord).Name} given to ScoringLawOptions.ScoreAs returned null."),
            HistoryEntry = toHistoryEntry,
            Hosts = null,
        };
    }

    /// <summary>
    /// Runs the laws on records of your own type from <b>your own arbitrary</b>, so your rules are checked
    /// on the field values your records really have, fields LeadKit's leads do not have included. The
    /// kit generates the rest of each case — the profile, the scoring state, the history, <c>asOf</c> —
    /// and a law that changes the state (checks a criterion, unchecks them all, sets a manual score)
    /// gives your record the new state through <paramref name="withState"/> right before scoring it.
    /// Failures shrink with your arbitrary's shrinker too, and the counterexample shows your record
    /// (<see cref="ScoringCase.HostRecord"/>).
    /// </summary>
    /// <typeparam name="TRecord">Your record type.</typeparam>
    /// <param name="records">Your arbitrary: a generator of your records, with a shrinker (<c>Arb.From(gen, shrink)</c>), or <c>gen.ToArbitrary()</c> for none.</param>
    /// <param name="withState">Returns your record with the given score type, manual stars and checks, and nothing else changed.</param>
    /// <param name="toHistoryEntry">Builds your history entry from a generated item (its kind and instant), or <see langword="null"/> to pass LeadKit's items.</param>
    /// <returns>These options, scoring your records.</returns>
    /// <example>
    /// <code>
    /// var options = ScoringLawOptions.Default.ScoreFrom(
    ///     CustomerArbitraries.Customer(),
    ///     (customer, state) => customer with { ScoreType = state.ScoreType, ManualStars = state.ManualStars, Checks = state.Checks },
    ///     Interaction.FromHistoryItem);
    /// ScoringLaws.Check(LeadScorer.Default, options);
    /// </code>
    /// </example>
    public ScoringLawOptions ScoreFrom<TRecord>(Arbitrary<TRecord> records, Func<TRecord, ScoringState, TRecord> withState, Func<HistoryItem, IHistoryEntry>? toHistoryEntry = null)
        where TRecord : IScorableRecord
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(withState);
        return this with
        {
            Record = null,
            HistoryEntry = toHistoryEntry,
            Hosts = HostRecords.Create(records, withState),
        };
    }

    /// <summary>Gets the host's own records and how to give them a state, or <see langword="null"/> when the laws score leads (converted or not).</summary>
    internal HostRecords? Hosts { get; init; }

    /// <summary>The record the laws score for a (possibly changed) generated lead of a case: the host's record with the lead's state, the lead converted, or the lead itself.</summary>
    internal IScorableRecord RecordOf(ScoringCase scoringCase, Lead lead) =>
        scoringCase.HostRecord is { } host && scoringCase.Hosts is { } hosts ? hosts.WithState(host, ScoringState.Of(lead))
        : Record is { } convert ? convert(lead) ?? throw new InvalidOperationException("ScoringLawOptions.Record returned null for a generated lead.")
        : lead;

    /// <summary>The history the laws pass for the generated items.</summary>
    internal IReadOnlyList<IHistoryEntry> HistoryOf(IReadOnlyList<HistoryItem> items) =>
        HistoryEntry is { } convert
            ? [.. items.Select(item => convert(item) ?? throw new InvalidOperationException("ScoringLawOptions.HistoryEntry returned null for a generated history item."))]
            : items;

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
