using System.Collections.Immutable;
using LeadKit.History;
using LeadKit.Leads;
using LeadKit.Querying;
using LeadKit.Scoring;
using NodaTime;

namespace LeadKit.Tests.LeadScoring;

/// <summary>
/// A host's own customer type, as a CRM embedding LeadKit would have it: no <see cref="ContactRecord"/>
/// inside, its own field names, phone numbers as typed. It gives the filter language the fields it has
/// (source, company, e-mail, phone, created, custom Employees and Industry); every other field reads as empty.
/// </summary>
internal sealed record HostCustomer(
    Instant Joined,
    string? Channel,
    string? Organisation,
    ImmutableArray<string> Mailboxes,
    ImmutableArray<string> PhonesAsTyped,
    decimal? Headcount,
    string? Sector,
    ScoreType ScoreType,
    int? ManualStars,
    CriterionStates Checks) : IScorableRecord, IRecordFields
{
    public IReadOnlyDictionary<CriterionId, Instant> CriterionChecks => Checks;

    // Explicit: a record prints its public properties, and a public Fields => this would print itself forever.
    IRecordFields? IScorableRecord.Fields => this;

    /// <summary>The same data as a lead: what a host's import from LeadKit would do.</summary>
    public static HostCustomer FromLead(Lead lead) => new(
        lead.CreatedAt,
        lead.Source?.Name,
        lead.CompanyName,
        [.. lead.Emails.Select(e => e.Address.Value)],
        [.. lead.Phones.Select(p => p.Number)],
        lead.CustomFields.TryGetValue("Employees", out var employees) ? employees.AsDecimal : null,
        lead.CustomFields.TryGetValue("Industry", out var industry) ? industry.AsText : null,
        lead.ScoreType,
        lead.ManualStars,
        CriterionStates.From(lead.CriterionChecks));

    public IReadOnlyList<object> GetValues(RecordField field)
    {
        if (field.IsCustom)
        {
            return field.CustomFieldName!.ToUpperInvariant() switch
            {
                "EMPLOYEES" => Headcount is { } headcount ? [headcount] : [],
                "INDUSTRY" => Sector is { } sector ? [sector] : [],
                _ => [],
            };
        }

        return field == RecordField.Source ? One(Channel)
            : field == RecordField.Company ? One(Organisation)
            : field == RecordField.Email ? [.. Mailboxes]
            : field == RecordField.Phone ? [.. PhonesAsTyped]
            : field == RecordField.Created ? [Joined]
            : [];
    }

    private static IReadOnlyList<object> One(string? value) => value is null ? [] : [value];
}

/// <summary>A host's own history entry: a kind and an instant, nothing else.</summary>
internal sealed record HostInteraction(HistoryKind? Kind, Instant OccurredAt) : IHistoryEntry
{
    public static HostInteraction FromHistoryItem(HistoryItem item) => new(
        item switch
        {
            PhoneLog => HistoryKind.PhoneLog,
            Appointment => HistoryKind.Appointment,
            BusinessNote => HistoryKind.Note,
            TaskItem => HistoryKind.Task,
            _ => null,
        },
        item.OccurredAt);
}

/// <summary>A host record whose field reader is given, to check how LeadKit treats a reader that breaks the contract.</summary>
internal sealed class ReaderHost(Func<RecordField, IReadOnlyList<object>?> read) : IScorableRecord, IRecordFields
{
    public ScoreType ScoreType => ScoreType.Automatic;

    public int? ManualStars => null;

    public IReadOnlyDictionary<CriterionId, Instant> CriterionChecks => CriterionStates.Empty;

    public IRecordFields? Fields => this;

    public IReadOnlyList<object> GetValues(RecordField field) => read(field)!;
}
