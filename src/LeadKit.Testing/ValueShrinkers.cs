using System;
using System.Collections.Generic;
using System.Linq;
using LeadKit.Contacts;
using LeadKit.CustomFields;
using LeadKit.History;
using LeadKit.Leads;
using LeadKit.Scoring;

namespace LeadKit.Testing;

/// <summary>
/// Shrinkers of the small values: each yields simpler values, biggest simplification first,
/// never the value itself, and only values the domain accepts.
/// </summary>
internal static class ValueShrinkers
{
    private static readonly Guid SimplestGuid = new(1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    internal static IEnumerable<PersonName> PersonName(PersonName name)
    {
        var candidates = new List<Func<PersonName>>();
        if (name.Prefix is not null || name.First is not null || name.Middle is not null || name.Last is not null || name.Suffix is not null)
        {
            candidates.Add(() => new PersonName(name.FullName));
        }

        foreach (var full in Shrinking.Text(name.FullName))
        {
            candidates.Add(() => new PersonName(full, name.Prefix, name.First, name.Middle, name.Last, name.Suffix));
        }

        if (name.Prefix is not null)
        {
            candidates.Add(() => new PersonName(name.FullName, null, name.First, name.Middle, name.Last, name.Suffix));
        }

        if (name.Middle is not null)
        {
            candidates.Add(() => new PersonName(name.FullName, name.Prefix, name.First, null, name.Last, name.Suffix));
        }

        if (name.Suffix is not null)
        {
            candidates.Add(() => new PersonName(name.FullName, name.Prefix, name.First, name.Middle, name.Last, null));
        }

        return Distinct(name, Shrinking.Valid(candidates));
    }

    internal static IEnumerable<EmailAddress> EmailAddress(EmailAddress address)
    {
        var candidates = new List<Func<EmailAddress>>
        {
            () => Leads.EmailAddress.Parse("a@example.com"),
            () => Leads.EmailAddress.Parse("a@" + address.Domain),
            () => Leads.EmailAddress.Parse(address.LocalPart + "@example.com"),
            () => Leads.EmailAddress.Parse(address.LocalPart + "@" + address.Domain.ToLowerInvariant()),
        };
        foreach (var local in Shrinking.Text(address.LocalPart))
        {
            candidates.Add(() => Leads.EmailAddress.Parse(local.TrimEnd('.') + "@" + address.Domain));
        }

        // Equality ignores the domain's case, so compare the text to tell a lower-cased domain apart.
        return Shrinking.Valid(candidates).Where(a => !string.Equals(a.Value, address.Value, StringComparison.Ordinal)).DistinctBy(a => a.Value);
    }

    internal static IEnumerable<EmailEntry> EmailEntry(EmailEntry entry)
    {
        if (entry.DisplayName is not null)
        {
            yield return new EmailEntry(entry.Kind, entry.Address);
        }

        if (entry.Kind != EmailKind.Business)
        {
            yield return new EmailEntry(EmailKind.Business, entry.Address, entry.DisplayName);
        }

        foreach (var address in EmailAddress(entry.Address))
        {
            yield return new EmailEntry(entry.Kind, address, entry.DisplayName);
        }
    }

    internal static IEnumerable<PhoneNumber> PhoneNumber(PhoneNumber phone)
    {
        var candidates = new List<Func<PhoneNumber>>
        {
            () => new PhoneNumber(PhoneKind.Business, "555"),
            () => new PhoneNumber(phone.Kind, phone.Digits),
            () => new PhoneNumber(PhoneKind.Business, phone.Number),
        };
        foreach (var shorter in Shrinking.Text(phone.Number))
        {
            candidates.Add(() => new PhoneNumber(phone.Kind, shorter));
        }

        return Distinct(phone, Shrinking.Valid(candidates));
    }

    internal static IEnumerable<PostalAddress> PostalAddress(PostalAddress address)
    {
        var a = address;
        var candidates = new List<Func<PostalAddress>>
        {
            () => new PostalAddress(AddressKind.Business, city: "Lyon", isMailing: a.IsMailing),
            () => new PostalAddress(a.Kind, null, a.PoBox, a.City, a.State, a.PostalCode, a.Country, a.IsMailing),
            () => new PostalAddress(a.Kind, a.Street, null, a.City, a.State, a.PostalCode, a.Country, a.IsMailing),
            () => new PostalAddress(a.Kind, a.Street, a.PoBox, null, a.State, a.PostalCode, a.Country, a.IsMailing),
            () => new PostalAddress(a.Kind, a.Street, a.PoBox, a.City, null, a.PostalCode, a.Country, a.IsMailing),
            () => new PostalAddress(a.Kind, a.Street, a.PoBox, a.City, a.State, null, a.Country, a.IsMailing),
            () => new PostalAddress(a.Kind, a.Street, a.PoBox, a.City, a.State, a.PostalCode, null, a.IsMailing),
            () => new PostalAddress(AddressKind.Business, a.Street, a.PoBox, a.City, a.State, a.PostalCode, a.Country, a.IsMailing),
        };
        return Distinct(address, Shrinking.Valid(candidates));
    }

    internal static IEnumerable<Photo> Photo(Photo photo)
    {
        var bytes = photo.Content.ToArray();
        var signatureLength = photo.MediaType switch
        {
            "image/png" => 8,
            "image/jpeg" => 3,
            "image/gif" => 4,
            _ => 2,
        };
        var candidates = new List<Func<Photo>>
        {
            () => new Photo(bytes.AsSpan(0, signatureLength), photo.MediaType),
            () => new Photo(bytes.AsSpan(0, signatureLength + ((bytes.Length - signatureLength) / 2)), photo.MediaType),
            () => new Photo(bytes.AsSpan(0, bytes.Length - 1), photo.MediaType),
        };
        return Distinct(photo, Shrinking.Valid(candidates));
    }

    internal static IEnumerable<LeadSource> LeadSource(LeadSource source) =>
        Distinct(source, Shrinking.Valid<LeadSource>([() => new LeadSource(Picklist.DefaultLeadSources[0]), .. Shrinking.Text(source.Name).Select(n => (Func<LeadSource>)(() => new LeadSource(n)))]))
            .Where(s => !string.Equals(s.Name, source.Name, StringComparison.Ordinal));

    internal static IEnumerable<Rating> Rating(Rating rating) =>
        Distinct(rating, Shrinking.Valid<Rating>([() => new Rating(Picklist.DefaultRatings[0]), .. Shrinking.Text(rating.Name).Select(n => (Func<Rating>)(() => new Rating(n)))]))
            .Where(r => !string.Equals(r.Name, rating.Name, StringComparison.Ordinal));

    internal static IEnumerable<InitiatedBy> InitiatedBy(InitiatedBy referrer)
    {
        if (referrer.DisplayName is not null)
        {
            yield return referrer.Contact is { } contact ? Leads.InitiatedBy.FromContact(contact) : Leads.InitiatedBy.FromUser(referrer.User!.Value);
        }

        if (referrer.Id != SimplestGuid)
        {
            yield return referrer.Contact is not null
                ? Leads.InitiatedBy.FromContact(new ContactId(SimplestGuid), referrer.DisplayName)
                : Leads.InitiatedBy.FromUser(new UserId(SimplestGuid), referrer.DisplayName);
        }
    }

    internal static IEnumerable<AccountReference> AccountReference(AccountReference account)
    {
        if (account.Name is not null)
        {
            yield return new AccountReference(account.Id);
        }

        if (account.Id.Value != SimplestGuid)
        {
            yield return new AccountReference(new AccountId(SimplestGuid), account.Name);
        }
    }

    internal static IEnumerable<Guid> Guid(Guid value) => value == SimplestGuid ? [] : [SimplestGuid];

    internal static IEnumerable<CriterionId> CriterionId(CriterionId id)
    {
        if (id.Value != "a")
        {
            yield return new CriterionId("a");
        }

        foreach (var shorter in Shrinking.Text(id.Value))
        {
            if (shorter != "a" && Scoring.CriterionId.TryParse(shorter, out var candidate))
            {
                yield return candidate;
            }
        }
    }

    internal static IEnumerable<WorkspaceUser> WorkspaceUser(WorkspaceUser user)
    {
        var candidates = new List<Func<WorkspaceUser>>();
        if (!user.IsActive)
        {
            candidates.Add(() => new WorkspaceUser(user.Id, user.DisplayName));
        }

        foreach (var shorter in Shrinking.Text(user.DisplayName))
        {
            candidates.Add(() => new WorkspaceUser(user.Id, shorter, user.IsActive));
        }

        if (user.Id.Value != SimplestGuid)
        {
            candidates.Add(() => new WorkspaceUser(new UserId(SimplestGuid), user.DisplayName, user.IsActive));
        }

        return Distinct(user, Shrinking.Valid(candidates));
    }

    internal static IEnumerable<PhoneticName> PhoneticName(PhoneticName name)
    {
        var candidates = new List<Func<PhoneticName>>
        {
            () => new PhoneticName(null, name.Last, name.Company),
            () => new PhoneticName(name.First, null, name.Company),
            () => new PhoneticName(name.First, name.Last, null),
        };
        return Distinct(name, Shrinking.Valid(candidates).Where(n => !n.IsEmpty));
    }

    internal static IEnumerable<CustomFieldValue> CustomFieldValue(CustomFieldValue value, CustomFieldDefinition? definition)
    {
        IEnumerable<CustomFieldValue> candidates = value.Type switch
        {
            CustomFieldType.Text => Shrinking.Text(value.AsText).Prepend(string.Empty).Select(t => CustomFields.CustomFieldValue.FromText(t)),
            CustomFieldType.Choice => definition?.Choices is { Count: > 0 } choices ? [CustomFields.CustomFieldValue.FromChoice(choices[0])] : [],
            CustomFieldType.WholeNumber => new[] { 0L, value.AsWholeNumber / 2 }.Select(CustomFields.CustomFieldValue.FromWholeNumber),
            CustomFieldType.Decimal => new[] { 0m, decimal.Truncate(value.AsDecimal) }.Select(CustomFields.CustomFieldValue.FromDecimal),
            CustomFieldType.Currency => new[] { 0m, decimal.Truncate(value.AsDecimal) }.Select(CustomFields.CustomFieldValue.FromCurrency),
            CustomFieldType.Date => Shrinking.Date(value.AsDate).Select(CustomFields.CustomFieldValue.FromDate),
            CustomFieldType.YesNo => value.AsYesNo ? [CustomFields.CustomFieldValue.FromYesNo(false)] : [],
            _ => [],
        };
        return candidates
            .Where(c => definition is null || definition.Check(c).Count == 0)
            .Where(c => !string.Equals(c.ToInvariantString(), value.ToInvariantString(), StringComparison.Ordinal))
            .DistinctBy(c => c.ToInvariantString());
    }

    internal static IEnumerable<CustomFieldDefinition> CustomFieldDefinition(CustomFieldDefinition d)
    {
        var candidates = new List<Func<CustomFieldDefinition>>();
        if (d.IsRequired)
        {
            candidates.Add(() => new CustomFieldDefinition(d.RecordKind, d.Name, d.Type, false, d.MaxLength, d.Choices, d.CurrencyCode));
        }

        if (d.Choices is { Count: > 1 })
        {
            candidates.Add(() => new CustomFieldDefinition(d.RecordKind, d.Name, d.Type, d.IsRequired, d.MaxLength, d.Choices.Take(1), d.CurrencyCode));
        }

        if (d.MaxLength is not null and not 255)
        {
            candidates.Add(() => new CustomFieldDefinition(d.RecordKind, d.Name, d.Type, d.IsRequired, null, d.Choices, d.CurrencyCode));
        }

        foreach (var name in Shrinking.Text(d.Name))
        {
            candidates.Add(() => new CustomFieldDefinition(d.RecordKind, name, d.Type, d.IsRequired, d.MaxLength, d.Choices, d.CurrencyCode));
        }

        return Shrinking.Valid(candidates);
    }

    internal static IEnumerable<HistoryItem> HistoryItem(HistoryItem item)
    {
        var candidates = new List<Func<HistoryItem>>();
        if (item is not BusinessNote)
        {
            candidates.Add(() => new BusinessNote(item.Id, item.Record, item.Subject, item.Body, item.CreatedAt, item.CreatedBy));
        }

        if (item.Body is not null)
        {
            candidates.Add(() => Rebuild(item, item.Subject, null, item.CreatedBy));
        }

        if (item.CreatedBy is not null)
        {
            candidates.Add(() => Rebuild(item, item.Subject, item.Body, null));
        }

        foreach (var subject in Shrinking.Text(item.Subject))
        {
            candidates.Add(() => Rebuild(item, subject, item.Body, item.CreatedBy));
        }

        switch (item)
        {
            case Appointment { Location: not null } appointment:
                candidates.Add(() => new Appointment(item.Id, item.Record, item.Subject, item.Body, item.CreatedAt, appointment.Start, appointment.End, null, item.CreatedBy));
                break;
            case Appointment appointment when appointment.End != appointment.Start:
                candidates.Add(() => new Appointment(item.Id, item.Record, item.Subject, item.Body, item.CreatedAt, appointment.Start, appointment.Start, appointment.Location, item.CreatedBy));
                break;
            case TaskItem { DueDate: not null } task:
                candidates.Add(() => new TaskItem(item.Id, item.Record, item.Subject, item.Body, item.CreatedAt, null, task.Status, task.Priority, item.CreatedBy));
                break;
            case PhoneLog log when log.Number != "555":
                candidates.Add(() => new PhoneLog(item.Id, item.Record, item.Subject, item.Body, item.CreatedAt, log.Direction, "555", log.StartedAt, log.Duration, item.CreatedBy));
                break;
        }

        return Distinct(item, Shrinking.Valid(candidates));
    }

    internal static IEnumerable<Opportunity> Opportunity(Opportunity o)
    {
        var candidates = new List<Func<Opportunity>>();
        if (o.Lines.Count > 0)
        {
            candidates.Add(() => new Opportunity(o.Id, o.Record, o.Title, o.CurrencyCode, [], o.Stage, o.Probability, o.ExpectedCloseDate, o.CreatedAt));
            if (o.Lines.Count > 1)
            {
                for (var i = 0; i < o.Lines.Count; i++)
                {
                    var index = i;
                    candidates.Add(() => new Opportunity(o.Id, o.Record, o.Title, o.CurrencyCode, o.Lines.Where((_, k) => k != index), o.Stage, o.Probability, o.ExpectedCloseDate, o.CreatedAt));
                }
            }
        }

        if (o.ExpectedCloseDate is not null)
        {
            candidates.Add(() => new Opportunity(o.Id, o.Record, o.Title, o.CurrencyCode, o.Lines, o.Stage, o.Probability, null, o.CreatedAt));
        }

        if (o.Stage != OpportunityStage.Prospecting || o.Probability != 0)
        {
            candidates.Add(() => o.WithStage(OpportunityStage.Prospecting, 0));
        }

        foreach (var title in Shrinking.Text(o.Title))
        {
            candidates.Add(() => new Opportunity(o.Id, o.Record, title, o.CurrencyCode, o.Lines, o.Stage, o.Probability, o.ExpectedCloseDate, o.CreatedAt));
        }

        return Distinct(o, Shrinking.Valid(candidates));
    }

    /// <summary>Drops candidates equal to the original and repeated candidates (a shrinker that yields its input never ends).</summary>
    private static IEnumerable<T> Distinct<T>(T original, IEnumerable<T> candidates)
        where T : class, IEquatable<T> =>
        candidates.Where(c => !c.Equals(original)).Distinct();

    private static HistoryItem Rebuild(HistoryItem item, string subject, string? body, UserId? createdBy) => item switch
    {
        BusinessNote => new BusinessNote(item.Id, item.Record, subject, body, item.CreatedAt, createdBy),
        PhoneLog p => new PhoneLog(item.Id, item.Record, subject, body, item.CreatedAt, p.Direction, p.Number, p.StartedAt, p.Duration, createdBy),
        Appointment a => new Appointment(item.Id, item.Record, subject, body, item.CreatedAt, a.Start, a.End, a.Location, createdBy),
        TaskItem t => new TaskItem(item.Id, item.Record, subject, body, item.CreatedAt, t.DueDate, t.Status, t.Priority, createdBy),
        ActivityEntry e => new ActivityEntry(item.Id, item.Record, e.Activity, subject, item.CreatedAt, createdBy, e.Changes, body, e.Related, e.Snapshot),
        _ => throw new ArgumentOutOfRangeException(nameof(item), item.GetType(), "Unknown history item type."),
    };
}
