using System;
using System.Collections.Generic;
using System.Linq;
using LeadKit.CustomFields;
using LeadKit.Leads;
using LeadKit.Scoring;
using LeadKit.Storage;
using NodaTime;

namespace LeadKit.Testing;

/// <summary>
/// Everything a lead or business contact holds on the shared record type, as immutable data:
/// what the generators produce, what the shrinkers simplify, and what a record is rebuilt from
/// (records are mutable aggregates, so shrinking works on this snapshot, never on the record).
/// </summary>
internal sealed record RecordContent
{
    public required PersonName Name { get; init; }

    public FileAsFormat FileAsFormat { get; init; }

    public string? JobTitle { get; init; }

    public string? CompanyName { get; init; }

    public AccountReference? Account { get; init; }

    public UserId? AssignedTo { get; init; }

    public Photo? Photo { get; init; }

    public IReadOnlyList<EmailEntry> Emails { get; init; } = [];

    public IReadOnlyList<PhoneNumber> Phones { get; init; } = [];

    public IReadOnlyList<PostalAddress> Addresses { get; init; } = [];

    public Uri? WebPage { get; init; }

    public LeadSource? Source { get; init; }

    public InitiatedBy? InitiatedBy { get; init; }

    public string? AreaOfInterest { get; init; }

    public Rating? Rating { get; init; }

    public ScoreType ScoreType { get; init; }

    public int? ManualStars { get; init; }

    public IReadOnlyList<KeyValuePair<CriterionId, Instant>> CriterionChecks { get; init; } = [];

    public string? Comments { get; init; }

    public RecordDetails Details { get; init; } = RecordDetails.Default;

    public IReadOnlyList<KeyValuePair<string, CustomFieldValue>> CustomFields { get; init; } = [];

    public Instant CreatedAt { get; init; }

    public UserId? CreatedBy { get; init; }

    public Instant ModifiedAt { get; init; }

    public UserId? ModifiedBy { get; init; }

    public long Version { get; init; }

    /// <summary>Takes a snapshot of a record.</summary>
    public static RecordContent Of(ContactRecord record) => new()
    {
        Name = record.Name,
        FileAsFormat = record.FileAsFormat,
        JobTitle = record.JobTitle,
        CompanyName = record.CompanyName,
        Account = record.Account,
        AssignedTo = record.AssignedTo,
        Photo = record.Photo,
        Emails = [.. record.Emails],
        Phones = [.. record.Phones],
        Addresses = [.. record.Addresses],
        WebPage = record.WebPage,
        Source = record.Source,
        InitiatedBy = record.InitiatedBy,
        AreaOfInterest = record.AreaOfInterest,
        Rating = record.Rating,
        ScoreType = record.ScoreType,
        ManualStars = record.ManualStars,
        CriterionChecks = [.. record.CriterionChecks],
        Comments = record.Comments,
        Details = RecordDetails.Of(record),
        CustomFields = [.. record.CustomFields],
        CreatedAt = record.CreatedAt,
        CreatedBy = record.CreatedBy,
        ModifiedAt = record.ModifiedAt,
        ModifiedBy = record.ModifiedBy,
        Version = record.Version,
    };

    /// <summary>Sets every shared field except the name (given at creation), custom fields and audit fields.</summary>
    public void ApplyShared(ContactRecord record)
    {
        record.SetFileAs(FileAsFormat);
        record.SetJobTitle(JobTitle);
        record.SetCompanyName(CompanyName);
        record.LinkAccount(Account);
        record.SetAssignedTo(AssignedTo);
        record.SetPhoto(Photo);
        foreach (var email in Emails)
        {
            record.AddEmail(email);
        }

        foreach (var phone in Phones)
        {
            record.AddPhone(phone);
        }

        foreach (var address in Addresses)
        {
            record.AddAddress(address);
        }

        record.SetWebPage(WebPage);
        record.SetSource(Source);
        record.SetInitiatedBy(InitiatedBy);
        record.SetAreaOfInterest(AreaOfInterest);
        record.SetRating(Rating);
        if (ManualStars is { } stars)
        {
            record.SetManualScore(stars);
        }

        if (ScoreType == ScoreType.Automatic)
        {
            record.SetAutomaticScore();
        }

        foreach (var (criterion, at) in CriterionChecks)
        {
            record.CheckCriterion(criterion, at);
        }

        record.SetComments(Comments);
        Details.ApplyTo(record);
    }

    /// <summary>Sets the custom-field values, each through its definition in <paramref name="schema"/>.</summary>
    public void ApplyCustomFields(ContactRecord record, CustomFieldSchema schema)
    {
        foreach (var (name, value) in CustomFields)
        {
            var definition = schema.Find(record.Kind, name)
                ?? throw new InvalidOperationException($"The schema defines no custom field '{name}' for {record.Kind}.");
            record.SetCustomField(definition, value);
        }
    }

    /// <summary>Sets the audit fields a newly restored record lacks (its creation fields come from the factory).</summary>
    public void ApplyAudit(ContactRecord record) => StoreRecords.MarkSaved(record, ModifiedAt, ModifiedBy, Version);

    /// <summary>
    /// Simpler contents, biggest simplification first: only the name (and required custom
    /// fields); then each list emptied or one entry fewer; each optional field cleared; the
    /// name, comments and audit fields simplified. Required custom fields are never dropped.
    /// </summary>
    public IEnumerable<RecordContent> Shrink(CustomFieldSchema schema, RecordKind kind)
    {
        var required = CustomFields.Where(f => schema.Find(kind, f.Key)?.IsRequired == true).ToList();
        var bare = new RecordContent
        {
            Name = Name,
            CustomFields = required,
            CreatedAt = CreatedAt,
            ModifiedAt = CreatedAt,
        };
        if (!IsBare(required.Count))
        {
            yield return bare;
        }

        foreach (var emails in Lists(Emails))
        {
            yield return this with { Emails = emails };
        }

        foreach (var phones in Lists(Phones))
        {
            yield return this with { Phones = phones };
        }

        foreach (var addresses in Lists(Addresses))
        {
            yield return this with { Addresses = addresses };
        }

        foreach (var checks in Lists(CriterionChecks))
        {
            yield return this with { CriterionChecks = checks };
        }

        var optional = CustomFields.Where(f => !required.Contains(f)).ToList();
        if (optional.Count > 0)
        {
            yield return this with { CustomFields = required };
            if (optional.Count > 1)
            {
                foreach (var field in optional)
                {
                    yield return this with { CustomFields = [.. CustomFields.Where(f => !f.Equals(field))] };
                }
            }
        }

        if (Photo is not null)
        {
            yield return this with { Photo = null };
        }

        foreach (var details in Details.Shrink())
        {
            yield return this with { Details = details };
        }

        if (Comments is not null)
        {
            yield return this with { Comments = null };
            foreach (var shorter in Shrinking.Text(Comments))
            {
                yield return this with { Comments = shorter };
            }
        }

        if (JobTitle is not null)
        {
            yield return this with { JobTitle = null };
        }

        if (CompanyName is not null)
        {
            yield return this with { CompanyName = null };
        }

        if (Account is not null)
        {
            yield return this with { Account = null };
        }

        if (AssignedTo is not null)
        {
            yield return this with { AssignedTo = null };
        }

        if (WebPage is not null)
        {
            yield return this with { WebPage = null };
        }

        if (Source is not null)
        {
            yield return this with { Source = null };
        }

        if (InitiatedBy is not null)
        {
            yield return this with { InitiatedBy = null };
        }

        if (AreaOfInterest is not null)
        {
            yield return this with { AreaOfInterest = null };
        }

        if (Rating is not null)
        {
            yield return this with { Rating = null };
        }

        if (FileAsFormat != FileAsFormat.LastFirst)
        {
            yield return this with { FileAsFormat = FileAsFormat.LastFirst };
        }

        if (ScoreType != ScoreType.Automatic || ManualStars is not null)
        {
            yield return this with { ScoreType = ScoreType.Automatic, ManualStars = null };
        }

        foreach (var name in ValueShrinkers.PersonName(Name))
        {
            yield return this with { Name = name };
        }

        if (CreatedBy is not null || ModifiedBy is not null || Version != 0 || ModifiedAt != CreatedAt)
        {
            yield return this with { CreatedBy = null, ModifiedBy = null, Version = 0, ModifiedAt = CreatedAt };
        }

        foreach (var at in Shrinking.Instant(CreatedAt))
        {
            yield return this with { CreatedAt = at, ModifiedAt = at + (ModifiedAt - CreatedAt) };
        }
    }

    private bool IsBare(int requiredCount) =>
        Emails.Count == 0 && Phones.Count == 0 && Addresses.Count == 0 && CriterionChecks.Count == 0 && CustomFields.Count == requiredCount
        && Photo is null && Comments is null && JobTitle is null && CompanyName is null && Account is null && AssignedTo is null
        && Details == RecordDetails.Default && WebPage is null && Source is null && InitiatedBy is null && AreaOfInterest is null && Rating is null
        && FileAsFormat == FileAsFormat.LastFirst && ScoreType == ScoreType.Automatic && ManualStars is null
        && CreatedBy is null && ModifiedBy is null && Version == 0 && ModifiedAt == CreatedAt;

    /// <summary>The list emptied, then (when it has several entries) each entry left out in turn.</summary>
    private static IEnumerable<IReadOnlyList<T>> Lists<T>(IReadOnlyList<T> list)
    {
        if (list.Count == 0)
        {
            yield break;
        }

        yield return [];
        if (list.Count > 1)
        {
            for (var i = 0; i < list.Count; i++)
            {
                var index = i;
                yield return [.. list.Where((_, k) => k != index)];
            }
        }
    }
}
