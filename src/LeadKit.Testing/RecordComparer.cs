using System;
using System.Collections.Generic;
using System.Linq;
using LeadKit.Contacts;
using LeadKit.Leads;

namespace LeadKit.Testing;

/// <summary>
/// Compares two records field by field and lists the differences with readable paths such as
/// <c>Emails[1].Address</c> or <c>CustomFields[Budget]</c>. Needs no test runner: assert that
/// the list is empty, e.g. <c>Assert.Empty(RecordComparer.Differences(expected, actual))</c>.
/// </summary>
/// <remarks>
/// <para>
/// The comparison is stricter than the domain's equality, because it checks that data survives
/// storage and serialization exactly: texts compare ordinally (so an e-mail domain, a source or
/// a rating that changed case is a difference), custom-field values compare by type and
/// invariant text (so <c>1.50</c> and <c>1.5</c> differ), web addresses by their original text,
/// photos byte by byte, instants to the nanosecond.
/// </para>
/// <para>
/// Every public data property is compared explicitly; values derived from others
/// (<see cref="ContactRecord.FileAs"/>, <see cref="ContactRecord.MailingAddress"/>,
/// <see cref="ContactRecord.Reference"/>, <see cref="ContactRecord.Kind"/>,
/// <see cref="Lead.IsConverted"/>) follow from the ones compared.
/// </para>
/// </remarks>
public static class RecordComparer
{
    /// <summary>
    /// Lists every difference between two records: the shared fields, custom-field values, audit
    /// fields and, when both are of the same type, the type's own fields
    /// (<see cref="Lead.Id"/> and <see cref="Lead.ConvertedTo"/>; <see cref="BusinessContact.Id"/>
    /// and <see cref="BusinessContact.ConvertedFrom"/>).
    /// </summary>
    /// <param name="expected">The expected record.</param>
    /// <param name="actual">The actual record.</param>
    /// <returns>One line per difference, <c>path: expected …, actual …</c>; empty when the records hold the same data.</returns>
    /// <exception cref="ArgumentNullException">A record is null.</exception>
    public static IReadOnlyList<string> Differences(ContactRecord expected, ContactRecord actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        var differences = new DifferenceList();
        differences.Value(nameof(ContactRecord.Kind), expected.Kind, actual.Kind);
        CompareShared(differences, expected, actual);
        CompareCustomFields(differences, expected, actual);
        CompareAudit(differences, expected, actual);
        switch (expected, actual)
        {
            case (Lead e, Lead a):
                differences.Value(nameof(Lead.Id), e.Id, a.Id);
                differences.Value(nameof(Lead.ConvertedTo), e.ConvertedTo, a.ConvertedTo);
                break;
            case (BusinessContact e, BusinessContact a):
                differences.Value(nameof(BusinessContact.Id), e.Id, a.Id);
                differences.Value(nameof(BusinessContact.ConvertedFrom), e.ConvertedFrom, a.ConvertedFrom);
                break;
        }

        return differences.Items;
    }

    /// <summary>
    /// Lists the differences in the fields of the shared record type that a conversion copies —
    /// everything except identifiers, audit fields (creation, modification, version) and
    /// custom-field values (each record type defines its own). Use it to compare a lead with the
    /// business contact it was converted into.
    /// </summary>
    /// <param name="expected">The expected record, e.g. the lead.</param>
    /// <param name="actual">The actual record, e.g. the contact created from it.</param>
    /// <returns>One line per difference; empty when the shared fields hold the same data.</returns>
    /// <exception cref="ArgumentNullException">A record is null.</exception>
    public static IReadOnlyList<string> SharedDifferences(ContactRecord expected, ContactRecord actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        var differences = new DifferenceList();
        CompareShared(differences, expected, actual);
        return differences.Items;
    }

    private static void CompareShared(DifferenceList d, ContactRecord e, ContactRecord a)
    {
        CompareName(d, nameof(ContactRecord.Name), e.Name, a.Name);
        d.Value(nameof(ContactRecord.FileAsFormat), e.FileAsFormat, a.FileAsFormat);
        d.Text(nameof(ContactRecord.JobTitle), e.JobTitle, a.JobTitle);
        d.Text(nameof(ContactRecord.CompanyName), e.CompanyName, a.CompanyName);
        if (d.BothPresent(nameof(ContactRecord.Account), e.Account, a.Account))
        {
            d.Value("Account.Id", e.Account!.Id, a.Account!.Id);
            d.Text("Account.Name", e.Account.Name, a.Account.Name);
        }

        d.Value(nameof(ContactRecord.AssignedTo), e.AssignedTo, a.AssignedTo);
        if (d.BothPresent(nameof(ContactRecord.Photo), e.Photo, a.Photo))
        {
            d.Text("Photo.MediaType", e.Photo!.MediaType, a.Photo!.MediaType);
            d.Bytes("Photo.Content", e.Photo.Content.Span, a.Photo.Content.Span);
        }

        CompareEmails(d, e.Emails, a.Emails);
        ComparePhones(d, e.Phones, a.Phones);
        CompareAddresses(d, e.Addresses, a.Addresses);
        d.Text(nameof(ContactRecord.WebPage), e.WebPage?.OriginalString, a.WebPage?.OriginalString);
        d.Text(nameof(ContactRecord.Source), e.Source?.Name, a.Source?.Name);
        if (d.BothPresent(nameof(ContactRecord.InitiatedBy), e.InitiatedBy, a.InitiatedBy))
        {
            d.Value("InitiatedBy.Kind", e.InitiatedBy!.Kind, a.InitiatedBy!.Kind);
            d.Value("InitiatedBy.Id", e.InitiatedBy.Id, a.InitiatedBy.Id);
            d.Text("InitiatedBy.DisplayName", e.InitiatedBy.DisplayName, a.InitiatedBy.DisplayName);
        }

        d.Text(nameof(ContactRecord.AreaOfInterest), e.AreaOfInterest, a.AreaOfInterest);
        d.Text(nameof(ContactRecord.Rating), e.Rating?.Name, a.Rating?.Name);
        d.Value(nameof(ContactRecord.ScoreType), e.ScoreType, a.ScoreType);
        d.Value(nameof(ContactRecord.ManualStars), e.ManualStars, a.ManualStars);
        d.Value(nameof(ContactRecord.Score), e.Score, a.Score);
        CompareCriterionChecks(d, e, a);
        d.Text(nameof(ContactRecord.Comments), e.Comments, a.Comments);
        CompareDetails(d, e, a);
    }

    private static void CompareDetails(DifferenceList d, ContactRecord e, ContactRecord a)
    {
        d.Text(nameof(ContactRecord.Department), e.Department, a.Department);
        d.Text(nameof(ContactRecord.Office), e.Office, a.Office);
        d.Text(nameof(ContactRecord.Profession), e.Profession, a.Profession);
        d.Text(nameof(ContactRecord.ManagerName), e.ManagerName, a.ManagerName);
        d.Text(nameof(ContactRecord.AssistantName), e.AssistantName, a.AssistantName);
        d.Text(nameof(ContactRecord.Nickname), e.Nickname, a.Nickname);
        if (d.BothPresent(nameof(ContactRecord.PhoneticName), e.PhoneticName, a.PhoneticName))
        {
            d.Text("PhoneticName.First", e.PhoneticName!.First, a.PhoneticName!.First);
            d.Text("PhoneticName.Last", e.PhoneticName.Last, a.PhoneticName.Last);
            d.Text("PhoneticName.Company", e.PhoneticName.Company, a.PhoneticName.Company);
        }

        d.Text(nameof(ContactRecord.Spouse), e.Spouse, a.Spouse);
        d.Value(nameof(ContactRecord.Birthday), e.Birthday, a.Birthday);
        d.Value(nameof(ContactRecord.Anniversary), e.Anniversary, a.Anniversary);
        d.Text(nameof(ContactRecord.ImAddress), e.ImAddress, a.ImAddress);
        d.Value(nameof(ContactRecord.DoNotCall), e.DoNotCall, a.DoNotCall);
        d.Value(nameof(ContactRecord.DoNotEmail), e.DoNotEmail, a.DoNotEmail);
        d.Value(nameof(ContactRecord.DoNotFax), e.DoNotFax, a.DoNotFax);
        d.Value(nameof(ContactRecord.DoNotSendLetter), e.DoNotSendLetter, a.DoNotSendLetter);
        d.Value(nameof(ContactRecord.PreferredContactMethod), e.PreferredContactMethod, a.PreferredContactMethod);
        d.Text(nameof(ContactRecord.Territory), e.Territory, a.Territory);
        d.Value(nameof(ContactRecord.IsActive), e.IsActive, a.IsActive);
    }

    private static void CompareName(DifferenceList d, string path, PersonName e, PersonName a)
    {
        d.Text(path + ".FullName", e.FullName, a.FullName);
        d.Text(path + ".Prefix", e.Prefix, a.Prefix);
        d.Text(path + ".First", e.First, a.First);
        d.Text(path + ".Middle", e.Middle, a.Middle);
        d.Text(path + ".Last", e.Last, a.Last);
        d.Text(path + ".Suffix", e.Suffix, a.Suffix);
    }

    private static void CompareEmails(DifferenceList d, IReadOnlyList<EmailEntry> e, IReadOnlyList<EmailEntry> a)
    {
        var common = d.Count(nameof(ContactRecord.Emails), e.Count, a.Count);
        for (var i = 0; i < common; i++)
        {
            var path = $"Emails[{i}]";
            d.Value(path + ".Kind", e[i].Kind, a[i].Kind);
            d.Text(path + ".Address", e[i].Address.Value, a[i].Address.Value);
            d.Text(path + ".DisplayName", e[i].DisplayName, a[i].DisplayName);
        }

        ReportExtra(d, "Emails", e, a, common, x => x.Address.Value);
    }

    private static void ComparePhones(DifferenceList d, IReadOnlyList<PhoneNumber> e, IReadOnlyList<PhoneNumber> a)
    {
        var common = d.Count(nameof(ContactRecord.Phones), e.Count, a.Count);
        for (var i = 0; i < common; i++)
        {
            var path = $"Phones[{i}]";
            d.Value(path + ".Kind", e[i].Kind, a[i].Kind);
            d.Text(path + ".Number", e[i].Number, a[i].Number);
        }

        ReportExtra(d, "Phones", e, a, common, x => x.Number);
    }

    private static void CompareAddresses(DifferenceList d, IReadOnlyList<PostalAddress> e, IReadOnlyList<PostalAddress> a)
    {
        var common = d.Count(nameof(ContactRecord.Addresses), e.Count, a.Count);
        for (var i = 0; i < common; i++)
        {
            var path = $"Addresses[{i}]";
            d.Value(path + ".Kind", e[i].Kind, a[i].Kind);
            d.Text(path + ".Street", e[i].Street, a[i].Street);
            d.Text(path + ".PoBox", e[i].PoBox, a[i].PoBox);
            d.Text(path + ".City", e[i].City, a[i].City);
            d.Text(path + ".State", e[i].State, a[i].State);
            d.Text(path + ".PostalCode", e[i].PostalCode, a[i].PostalCode);
            d.Text(path + ".Country", e[i].Country, a[i].Country);
            d.Value(path + ".IsMailing", e[i].IsMailing, a[i].IsMailing);
        }

        ReportExtra(d, "Addresses", e, a, common, x => x.ToString());
    }

    private static void CompareCriterionChecks(DifferenceList d, ContactRecord e, ContactRecord a)
    {
        foreach (var id in e.CriterionChecks.Keys.Union(a.CriterionChecks.Keys).Order())
        {
            var path = $"CriterionChecks[{id}]";
            var inExpected = e.CriterionChecks.TryGetValue(id, out var expectedAt);
            var inActual = a.CriterionChecks.TryGetValue(id, out var actualAt);
            if (inExpected && inActual)
            {
                d.Value(path, expectedAt, actualAt);
            }
            else
            {
                d.Add($"{path}: expected {(inExpected ? DifferenceList.Format(expectedAt) : "unchecked")}, actual {(inActual ? DifferenceList.Format(actualAt) : "unchecked")}");
            }
        }
    }

    private static void CompareCustomFields(DifferenceList d, ContactRecord e, ContactRecord a)
    {
        var names = e.CustomFields.Keys.Union(a.CustomFields.Keys, StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase);
        foreach (var name in names)
        {
            var path = $"CustomFields[{name}]";
            var expectedName = e.CustomFields.Keys.FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase));
            var actualName = a.CustomFields.Keys.FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase));
            if (expectedName is null || actualName is null)
            {
                d.Add($"{path}: expected {(expectedName is null ? "no value" : DifferenceList.Format(e.CustomFields[expectedName].ToString()))}, actual {(actualName is null ? "no value" : DifferenceList.Format(a.CustomFields[actualName].ToString()))}");
                continue;
            }

            d.Text(path + ".Name", expectedName, actualName);
            var expectedValue = e.CustomFields[expectedName];
            var actualValue = a.CustomFields[actualName];
            d.Value(path + ".Type", expectedValue.Type, actualValue.Type);
            d.Text(path, expectedValue.ToInvariantString(), actualValue.ToInvariantString());
        }
    }

    private static void CompareAudit(DifferenceList d, ContactRecord e, ContactRecord a)
    {
        d.Value(nameof(ContactRecord.CreatedAt), e.CreatedAt, a.CreatedAt);
        d.Value(nameof(ContactRecord.CreatedBy), e.CreatedBy, a.CreatedBy);
        d.Value(nameof(ContactRecord.ModifiedAt), e.ModifiedAt, a.ModifiedAt);
        d.Value(nameof(ContactRecord.ModifiedBy), e.ModifiedBy, a.ModifiedBy);
        d.Value(nameof(ContactRecord.Version), e.Version, a.Version);
    }

    private static void ReportExtra<T>(DifferenceList d, string path, IReadOnlyList<T> e, IReadOnlyList<T> a, int common, Func<T, string> describe)
    {
        for (var i = common; i < e.Count; i++)
        {
            d.Add($"{path}[{i}]: expected {DifferenceList.Format(describe(e[i]))}, actual missing");
        }

        for (var i = common; i < a.Count; i++)
        {
            d.Add($"{path}[{i}]: expected missing, actual {DifferenceList.Format(describe(a[i]))}");
        }
    }
}
