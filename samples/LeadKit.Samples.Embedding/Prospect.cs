using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using LeadKit.Querying;
using LeadKit.Scoring;
using NodaTime;

namespace LeadKit.Samples.Embedding;

/// <summary>
/// The CRM's own prospect: its own field names and types, no LeadKit <c>Lead</c> inside. It implements
/// the two interfaces LeadKit's engine reads — <see cref="IScorableRecord"/> (score type, manual stars,
/// checked criteria) and <see cref="IRecordFields"/> (what the field conditions of rules test) — so the
/// same profiles, rules and filters that score leads score it.
/// </summary>
/// <param name="Name">The person's name.</param>
/// <param name="Company">The company, if known.</param>
/// <param name="Channel">How the prospect found us ("Web", "Referral", "Trade Show"): LeadKit's <c>source</c>.</param>
/// <param name="Email">An e-mail address, if known.</param>
/// <param name="Phone">A phone number as the user typed it (the filter language compares digits).</param>
/// <param name="Employees">The company's head count, if known: the custom field <c>custom.Employees</c>.</param>
/// <param name="Region">The sales region: the custom field <c>custom.Region</c>.</param>
/// <param name="FirstSeen">When the prospect entered the CRM: LeadKit's <c>created</c>.</param>
internal sealed record Prospect(
    string Name,
    string? Company,
    string? Channel,
    string? Email,
    string? Phone,
    int? Employees,
    string? Region,
    Instant FirstSeen) : IScorableRecord, IRecordFields
{
    /// <summary>Gets the prospect's calls, meetings and e-mails: the history that history rules read.</summary>
    public ImmutableArray<Touchpoint> Touchpoints { get; init; } = [];

    /// <summary>Gets the criteria a salesperson ticked, and when.</summary>
    public CriterionStates Checks { get; init; } = CriterionStates.Empty;

    /// <summary>Gets whether the stars are computed or set by hand.</summary>
    public ScoreType ScoreType { get; init; } = ScoreType.Automatic;

    /// <summary>Gets the stars set by hand, for a manual score.</summary>
    public int? ManualStars { get; init; }

    IReadOnlyDictionary<CriterionId, Instant> IScorableRecord.CriterionChecks => Checks;

    IRecordFields? IScorableRecord.Fields => this;

    /// <summary>Ticks a criterion.</summary>
    /// <param name="criterion">The criterion.</param>
    /// <param name="at">When it was ticked.</param>
    /// <returns>The prospect with the criterion checked.</returns>
    public Prospect Check(CriterionId criterion, Instant at) => this with { Checks = Checks.Check(criterion, at) };

    /// <summary>
    /// The values the filter language sees: typed as it compares them (text as <see cref="string"/>,
    /// numbers as <see cref="decimal"/>, instants as <see cref="Instant"/>); a field the CRM does not
    /// have reads as empty.
    /// </summary>
    /// <param name="field">The field a condition tests.</param>
    /// <returns>Its values: none, or one.</returns>
    public IReadOnlyList<object> GetValues(RecordField field) => field switch
    {
        _ when field == RecordField.Company => Optional(Company),
        _ when field == RecordField.Source => Optional(Channel),
        _ when field == RecordField.Email => Optional(Email),
        _ when field == RecordField.Phone => Optional(Phone),
        _ when field == RecordField.Created => [FirstSeen],
        { IsCustom: true } when IsNamed(field, "Employees") => Employees is int count ? [(decimal)count] : [],
        { IsCustom: true } when IsNamed(field, "Region") => Optional(Region),
        _ => [],
    };

    private static bool IsNamed(RecordField field, string name) =>
        string.Equals(field.CustomFieldName, name, StringComparison.OrdinalIgnoreCase);

    private static IReadOnlyList<object> Optional(string? value) => value is null ? [] : [value];
}
