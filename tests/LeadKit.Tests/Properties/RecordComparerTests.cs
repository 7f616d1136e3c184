using System.Reflection;
using FsCheck.Xunit;
using LeadKit.Contacts;
using LeadKit.CustomFields;
using LeadKit.Leads;
using LeadKit.Scoring;
using LeadKit.Storage;
using LeadKit.Testing;
using NodaTime;

namespace LeadKit.Tests.Properties;

[Properties(Arbitrary = new[] { typeof(LeadKitArbitraries) }, MaxTest = 500)]
public sealed class RecordComparerTests
{
    private static readonly CustomFieldSchema Schema = LeadKitGenerators.SampleSchema;

    private static readonly Instant Start = Instant.FromUtc(2026, 1, 5, 9, 30);

    /// <summary>Properties computed from others, which the comparer need not compare.</summary>
    private static readonly string[] Derived = ["Kind", "Reference", "FileAs", "MailingAddress", "IsConverted", "Stars"];

    /// <summary>One change to each field a record holds; the path is where the comparer must report it.</summary>
    private static readonly Mutation[] Mutations =
    [
        new("Name.FullName", r => Mutate(r, x => x.Rename(new PersonName(x.Name.FullName == "Zed" ? "Zoe" : "Zed")))),
        new("Name.First", r => Mutate(r, x => x.Rename(new PersonName(x.Name.FullName, x.Name.Prefix, x.Name.First == "Q" ? "R" : "Q", x.Name.Middle, x.Name.Last, x.Name.Suffix)))),
        new("FileAsFormat", r => Mutate(r, x => x.SetFileAs((FileAsFormat)(((int)x.FileAsFormat + 1) % Enum.GetValues<FileAsFormat>().Length)))),
        new("JobTitle", r => Mutate(r, x => x.SetJobTitle(x.JobTitle == "Mutant" ? "Other" : "Mutant"))),
        new("CompanyName", r => Mutate(r, x => x.SetCompanyName(x.CompanyName == "Mutant" ? "Other" : "Mutant"))),
        new("Account", r => Mutate(r, x => x.LinkAccount(x.Account is null ? new AccountReference(AccountId.New()) : null))),
        new("Account.Name", r => r.Account is null ? null : Mutate(r, x => x.LinkAccount(new AccountReference(x.Account!.Id, x.Account.Name == "M" ? "N" : "M")))),
        new("AssignedTo", r => Mutate(r, x => x.SetAssignedTo(x.AssignedTo is null ? UserId.New() : null))),
        new("Photo", r => Mutate(r, x => x.SetPhoto(x.Photo is null ? new Photo([0x42, 0x4D], "image/bmp") : null))),
        new("Photo.Content", r => r.Photo is null ? null : Mutate(r, x => x.SetPhoto(new Photo([.. x.Photo!.Content.ToArray(), 7], x.Photo.MediaType)))),
        new("Emails", r => Mutate(r, x => x.AddEmail(EmailEntry.Business("mutant@mutation.example")))),
        new("Emails", r => r.Emails.Count == 0 ? null : Mutate(r, x => x.RemoveEmail(x.Emails[^1].Address))),
        new("Emails[0].DisplayName", r => r.Emails.Count == 0 ? null : Mutate(r, x => ReplaceFirstEmail(x, e => new EmailEntry(e.Kind, e.Address, e.DisplayName == "M" ? "N" : "M")))),
        new("Emails[0].Address", r => r.Emails.Count == 0 || !HasCasedLetter(r.Emails[0].Address.Domain) ? null : Mutate(r, x => ReplaceFirstEmail(x, e => new EmailEntry(e.Kind, OtherDomainCase(e.Address), e.DisplayName)))),
        new("Phones", r => Mutate(r, x => x.AddPhone(new PhoneNumber(PhoneKind.Other, "555 0100")))),
        new("Phones[0].Kind", r => r.Phones.Count == 0 ? null : Mutate(r, x => ReplaceFirstPhone(x, p => new PhoneNumber(p.Kind == PhoneKind.Car ? PhoneKind.Pager : PhoneKind.Car, p.Number)))),
        new("Addresses", r => Mutate(r, x => x.AddAddress(new PostalAddress(AddressKind.Other, city: "Mutantville")))),
        new("Addresses[0].IsMailing", r => r.Addresses.Count == 0 ? null : Mutate(r, x => x.SetMailingAddress(x.Addresses[0].IsMailing ? null : 0))),
        new("Addresses[0].City", r => r.Addresses.Count == 0 ? null : Mutate(r, x => ReplaceFirstAddress(x, a => new PostalAddress(a.Kind, a.Street, a.PoBox, a.City == "M" ? "N" : "M", a.State, a.PostalCode, a.Country, a.IsMailing)))),
        new("WebPage", r => Mutate(r, x => x.SetWebPage(x.WebPage is null ? new Uri("https://mutation.example/") : null))),
        new("Source", r => Mutate(r, x => x.SetSource(new LeadSource(x.Source?.Name == "Mutant" ? "Other" : "Mutant")))),
        new("Source", r => r.Source is null || string.Equals(r.Source.Name, r.Source.Name.ToUpperInvariant(), StringComparison.Ordinal) ? null : Mutate(r, x => x.SetSource(new LeadSource(x.Source!.Name.ToUpperInvariant())))),
        new("InitiatedBy", r => Mutate(r, x => x.SetInitiatedBy(x.InitiatedBy is null ? InitiatedBy.FromUser(UserId.New()) : null))),
        new("InitiatedBy.DisplayName", r => r.InitiatedBy is null ? null : Mutate(r, x => x.SetInitiatedBy(InitiatedBy.FromUser(new UserId(x.InitiatedBy!.Id), x.InitiatedBy.DisplayName == "M" ? "N" : "M")))),
        new("AreaOfInterest", r => Mutate(r, x => x.SetAreaOfInterest(x.AreaOfInterest == "Mutant" ? "Other" : "Mutant"))),
        new("Rating", r => Mutate(r, x => x.SetRating(new Rating(x.Rating?.Name == "Mutant" ? "Other" : "Mutant")))),
        new("ScoreType", r => Mutate(r, x =>
        {
            if (x.ScoreType == ScoreType.Manual)
            {
                x.SetAutomaticScore();
            }
            else
            {
                x.SetManualScore(x.ManualStars ?? 3);
            }
        })),
        new("Score", r => Mutate(r, x => StoreRecords.SetStoredScore(x, x.Score is null ? new StoredScore(3, 0, 3, 6, 5) : null))),
        new("ManualStars", r => Mutate(r, x =>
        {
            var type = x.ScoreType;
            x.SetManualScore(((x.ManualStars ?? 0) + 1) % (ContactRecord.MaxManualStars + 1));
            if (type == ScoreType.Automatic)
            {
                x.SetAutomaticScore();
            }
        })),
        new("CriterionChecks[mutant-criterion]", r => r.CriterionChecks.ContainsKey(new CriterionId("mutant-criterion")) ? null : Mutate(r, x => x.CheckCriterion(new CriterionId("mutant-criterion"), Start))),
        new("CriterionChecks[", r => r.CriterionChecks.Count == 0 ? null : Mutate(r, x => x.CheckCriterion(x.CriterionChecks.Keys.First(), x.CriterionChecks.Values.First() + Duration.Epsilon))),
        new("Comments", r => Mutate(r, x => x.AppendComment("mutant"))),
        new("CustomFields[", r => Mutate(r, x =>
        {
            var field = Schema.Find(x.Kind, x.Kind == RecordKind.Lead ? "Newsletter" : "VIP")!;
            x.SetCustomField(field, CustomFieldValue.FromYesNo(!(x.CustomFields.TryGetValue(field.Name, out var v) && v.AsYesNo)));
        })),
        new("CustomFields[", r => Mutate(r, x =>
        {
            // 1.5 and 1.50 are equal decimals, but not the same data.
            var field = Schema.Find(x.Kind, x.Kind == RecordKind.Lead ? "Win probability" : "Discount")!;
            var value = x.CustomFields.TryGetValue(field.Name, out var v) ? v.AsDecimal : 1.5m;
            var rescaled = value * 1.0m;
            if (rescaled.ToString(System.Globalization.CultureInfo.InvariantCulture) == value.ToString(System.Globalization.CultureInfo.InvariantCulture))
            {
                rescaled = value == 0m ? 1m : 0m; // no room for another digit: change the value instead
            }

            x.SetCustomField(field, CustomFieldValue.FromDecimal(rescaled));
        })),
        new("CreatedAt", r => WithContent(r, c => c with { CreatedAt = c.CreatedAt + Duration.Epsilon })),
        new("CreatedBy", r => WithContent(r, c => c with { CreatedBy = c.CreatedBy is null ? UserId.New() : null })),
        new("ModifiedAt", r => Mutate(r, x => StoreRecords.MarkSaved(x, x.ModifiedAt + Duration.FromSeconds(1), x.ModifiedBy, x.Version))),
        new("ModifiedBy", r => Mutate(r, x => StoreRecords.MarkSaved(x, x.ModifiedAt, x.ModifiedBy is null ? UserId.New() : null, x.Version))),
        new("Version", r => WithContent(r, c => c with { Version = c.Version == long.MaxValue ? 0 : c.Version + 1 })),
        new("Id", r => r switch
        {
            Lead l => (LeadShape.Of(l) with { Id = LeadId.New() }).Build(Schema),
            BusinessContact c => (ContactShape.Of(c) with { Id = ContactId.New() }).Build(Schema),
            _ => null,
        }),
        new("ConvertedTo", r => r is Lead l ? (LeadShape.Of(l) with { ConvertedTo = l.ConvertedTo is null ? ContactId.New() : null }).Build(Schema) : null),
        new("ConvertedFrom", r => r is BusinessContact c ? (ContactShape.Of(c) with { ConvertedFrom = c.ConvertedFrom is null ? LeadId.New() : null }).Build(Schema) : null),
        new("Department", r => WithDetails(r, d => d with { Department = d.Department is null ? "Mutants" : null })),
        new("Office", r => WithDetails(r, d => d with { Office = d.Office is null ? "Room 1" : null })),
        new("Profession", r => WithDetails(r, d => d with { Profession = d.Profession is null ? "Welder" : null })),
        new("ManagerName", r => WithDetails(r, d => d with { ManagerName = d.ManagerName is null ? "Bo" : null })),
        new("AssistantName", r => WithDetails(r, d => d with { AssistantName = d.AssistantName is null ? "Cy" : null })),
        new("Nickname", r => WithDetails(r, d => d with { Nickname = d.Nickname is null ? "Annie" : null })),
        new("PhoneticName", r => WithDetails(r, d => d with { PhoneticName = d.PhoneticName is null ? new PhoneticName(last: "リー") : null })),
        new("PhoneticName.Last", r => r.PhoneticName is { } p ? WithDetails(r, d => d with { PhoneticName = new PhoneticName(p.First, (p.Last ?? string.Empty) + "ア", p.Company) }) : null),
        new("Spouse", r => WithDetails(r, d => d with { Spouse = d.Spouse is null ? "Sam" : null })),
        new("Birthday", r => WithDetails(r, d => d with { Birthday = d.Birthday is { } b ? b.PlusDays(1) : new LocalDate(1980, 5, 17) })),
        new("Anniversary", r => WithDetails(r, d => d with { Anniversary = d.Anniversary is null ? new LocalDate(2010, 6, 1) : null })),
        new("ImAddress", r => WithDetails(r, d => d with { ImAddress = d.ImAddress is null ? "ann@im.example.com" : null })),
        new("DoNotCall", r => WithDetails(r, d => d with { DoNotCall = !d.DoNotCall })),
        new("DoNotEmail", r => WithDetails(r, d => d with { DoNotEmail = !d.DoNotEmail })),
        new("DoNotFax", r => WithDetails(r, d => d with { DoNotFax = !d.DoNotFax })),
        new("DoNotSendLetter", r => WithDetails(r, d => d with { DoNotSendLetter = !d.DoNotSendLetter })),
        new("PreferredContactMethod", r => WithDetails(r, d => d with { PreferredContactMethod = d.PreferredContactMethod == PreferredContactMethod.Letter ? PreferredContactMethod.Any : d.PreferredContactMethod + 1 })),
        new("Territory", r => WithDetails(r, d => d with { Territory = d.Territory is null ? "EMEA" : null })),
        new("IsActive", r => WithDetails(r, d => d with { IsActive = !d.IsActive })),
    ];

    [Property]
    public void Differences_OfARecordAndItself_AreNone(ContactRecord record) =>
        Assert.Empty(RecordComparer.Differences(record, record));

    [Property]
    public void Differences_OfARecordAndItsRebuiltCopy_AreNone(ContactRecord record)
    {
        var copy = Copy(record);

        Assert.NotSame(record, copy);
        Assert.Empty(RecordComparer.Differences(record, copy));
    }

    [Property(MaxTest = 300)]
    public void Differences_AfterAnySingleMutation_NameTheChangedField(ContactRecord record)
    {
        foreach (var mutation in Mutations)
        {
            var mutated = mutation.Apply(record);
            if (mutated is null)
            {
                continue;
            }

            var differences = RecordComparer.Differences(record, mutated);
            Assert.True(
                differences.Any(d => d.StartsWith(mutation.Path, StringComparison.Ordinal)),
                $"Changing {mutation.Path} gave: [{string.Join("; ", differences)}]");
        }
    }

    [Property]
    public void SharedDifferences_OfALeadAndTheContactItBecame_AreNone(Lead lead, ContactId contactId, Instant convertedAt)
    {
        var contact = BusinessContact.FromLead(lead, contactId, convertedAt);

        Assert.Empty(RecordComparer.SharedDifferences(lead, contact));
        Assert.Contains(RecordComparer.Differences(lead, contact), d => d.StartsWith("Kind:", StringComparison.Ordinal));
    }

    [Fact]
    public void Mutations_CoverEveryPublicPropertyOfTheRecordTypes()
    {
        // Fails when a record type gains a property: compare it in RecordComparer, then add a mutation here.
        var properties = new[] { typeof(ContactRecord), typeof(Lead), typeof(BusinessContact) }
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Select(p => p.Name)
            .ToHashSet();
        var covered = Mutations.Select(m => m.Path.Split('.', '[')[0]).Concat(Derived).ToHashSet();

        Assert.Equal(properties.Order(), covered.Order());
    }

    [Theory]
    [InlineData(typeof(PersonName), new[] { "FullName", "Prefix", "First", "Middle", "Last", "Suffix" })]
    [InlineData(typeof(EmailEntry), new[] { "Kind", "Address", "DisplayName" })]
    [InlineData(typeof(EmailAddress), new[] { "LocalPart", "Domain", "Value" })]
    [InlineData(typeof(PhoneNumber), new[] { "Kind", "Number", "Digits" })]
    [InlineData(typeof(PostalAddress), new[] { "Kind", "Street", "PoBox", "City", "State", "PostalCode", "Country", "IsMailing" })]
    [InlineData(typeof(Photo), new[] { "Content", "Length", "MediaType" })]
    [InlineData(typeof(AccountReference), new[] { "Id", "Name" })]
    [InlineData(typeof(InitiatedBy), new[] { "Kind", "Id", "DisplayName", "Contact", "User" })]
    [InlineData(typeof(LeadSource), new[] { "Name" })]
    [InlineData(typeof(Rating), new[] { "Name" })]
    [InlineData(typeof(PhoneticName), new[] { "First", "Last", "Company", "IsEmpty" })]
    [InlineData(typeof(CustomFieldValue), new[] { "Type", "AsText", "AsWholeNumber", "AsDecimal", "AsDate", "AsYesNo" })]
    public void ComparedParts_HaveNoPropertyTheComparerIgnores(Type type, string[] known)
    {
        // Fails when a part of a record gains a property: compare it in RecordComparer, then list it here.
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name).Where(n => n != "EqualityContract");

        Assert.Equal(known.Order(), properties.Order());
    }

    [Fact]
    public void Differences_SecondAddressInAnotherDomainCase_NamesThePathAndBothValues()
    {
        var expected = NewLead("ann@example.com", "ann.lee@example.com");
        var actual = NewLead("ann@example.com", "ann.lee@Example.COM");

        var differences = RecordComparer.Differences(expected, actual);

        Assert.Equal(["Emails[1].Address: expected \"ann.lee@example.com\", actual \"ann.lee@Example.COM\""], differences);
    }

    [Fact]
    public void Differences_ExtraPhoneAndMissingCriterion_AreEachReported()
    {
        var expected = NewLead();
        expected.CheckCriterion(new CriterionId("budget-confirmed"), Start);
        var actual = NewLead();
        actual.AddPhone(new PhoneNumber(PhoneKind.Mobile, "+33 6 12 34 56 78"));

        var differences = RecordComparer.Differences(expected, actual);

        Assert.Equal(
            [
                "Phones.Count: expected 0, actual 1",
                "Phones[0]: expected missing, actual \"+33 6 12 34 56 78\"",
                "CriterionChecks[budget-confirmed]: expected 2026-01-05T09:30:00Z, actual unchecked",
            ],
            differences);
    }

    [Fact]
    public void Differences_LongComments_SayWhereTheyDiffer()
    {
        var expected = NewLead();
        expected.SetComments(new string('a', 500) + "b" + new string('a', 100));
        var actual = NewLead();
        actual.SetComments(new string('a', 601));

        var difference = Assert.Single(RecordComparer.Differences(expected, actual));

        Assert.StartsWith("Comments: differs at index 500 (expected length 601, actual length 601)", difference, StringComparison.Ordinal);
    }

    private static Lead NewLead(params string[] emails)
    {
        var lead = Lead.Restore(new LeadId(new Guid("0190a1b2-0000-7000-8000-000000000001")), PersonName.Parse("Ann Lee"), Start);
        foreach (var email in emails)
        {
            lead.AddEmail(EmailEntry.Business(email));
        }

        return lead;
    }

    private static ContactRecord Copy(ContactRecord record) => record switch
    {
        Lead lead => LeadShape.Of(lead).Build(Schema),
        BusinessContact contact => ContactShape.Of(contact).Build(Schema),
        _ => throw new ArgumentOutOfRangeException(nameof(record)),
    };

    private static ContactRecord Mutate(ContactRecord record, Action<ContactRecord> change)
    {
        var copy = Copy(record);
        change(copy);
        return copy;
    }

    private static ContactRecord WithContent(ContactRecord record, Func<RecordContent, RecordContent> change) => record switch
    {
        Lead lead => (LeadShape.Of(lead) with { Content = change(RecordContent.Of(lead)) }).Build(Schema),
        BusinessContact contact => (ContactShape.Of(contact) with { Content = change(RecordContent.Of(contact)) }).Build(Schema),
        _ => throw new ArgumentOutOfRangeException(nameof(record)),
    };

    private static ContactRecord WithDetails(ContactRecord record, Func<RecordDetails, RecordDetails> change) =>
        WithContent(record, c => c with { Details = change(c.Details) });

    private static void ReplaceFirstEmail(ContactRecord record, Func<EmailEntry, EmailEntry> change)
    {
        var emails = record.Emails.ToList();
        record.ClearEmails();
        record.AddEmail(change(emails[0]));
        emails.Skip(1).ToList().ForEach(record.AddEmail);
    }

    private static void ReplaceFirstPhone(ContactRecord record, Func<PhoneNumber, PhoneNumber> change)
    {
        var phones = record.Phones.ToList();
        record.ClearPhones();
        record.AddPhone(change(phones[0]));
        phones.Skip(1).ToList().ForEach(record.AddPhone);
    }

    private static void ReplaceFirstAddress(ContactRecord record, Func<PostalAddress, PostalAddress> change)
    {
        var addresses = record.Addresses.ToList();
        record.ClearAddresses();
        record.AddAddress(change(addresses[0]));
        addresses.Skip(1).ToList().ForEach(record.AddAddress);
    }

    private static bool HasCasedLetter(string text) => !string.Equals(text.ToUpperInvariant(), text.ToLowerInvariant(), StringComparison.Ordinal);

    private static EmailAddress OtherDomainCase(EmailAddress address)
    {
        var upper = address.Domain.ToUpperInvariant();
        return EmailAddress.Parse(address.LocalPart + "@" + (string.Equals(upper, address.Domain, StringComparison.Ordinal) ? address.Domain.ToLowerInvariant() : upper));
    }

    private sealed record Mutation(string Path, Func<ContactRecord, ContactRecord?> Apply);
}
