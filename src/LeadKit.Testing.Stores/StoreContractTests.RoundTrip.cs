using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck.Fluent;
using LeadKit.Contacts;
using LeadKit.CustomFields;
using LeadKit.Leads;
using LeadKit.Querying;
using LeadKit.Scoring;
using LeadKit.Serialization;
using LeadKit.Storage;
using LeadKit.Testing;
using NodaTime;

namespace LeadKit.Testing.Stores;

/// <content>Full-fidelity round trips: what is stored is read back exactly.</content>
public abstract partial class StoreContractTests
{
    [StoreFact]
    public async Task RoundTrip_FullyPopulatedLead_ReadsBackExactly()
    {
        var (store, ws) = await NewWorkspaceAsync();
        var user = new WorkspaceUser(UserId.New(), "Assignee");
        var referrer = NewContact("Charles Babbage");
        var lead = FullyPopulatedLead(user.Id, referrer.Id);

        await InUnitAsync(store, ws, async u =>
        {
            await u.Users.AddAsync(user);
            await u.Contacts.AddAsync([referrer]);
            await u.Leads.AddAsync([lead]);
        });

        var stored = await FindLeadAsync(store, ws, lead.Id);
        Assert.NotNull(stored);
        Assert.Empty(RecordComparer.Differences(lead, stored));
        var page = await ReadAsync(store, ws, u => u.Leads.PageAsync(new RecordQuery(Filter.Parse("company = \"Analytical Engines Ltd\"")), 10));
        Assert.Empty(RecordComparer.Differences(lead, Assert.Single(page.Items)));
    }

    [StoreFact]
    public async Task RoundTrip_FullyPopulatedContact_ReadsBackExactly()
    {
        var (store, ws) = await NewWorkspaceAsync();
        var lead = FullyPopulatedLead(null, null);
        var contact = BusinessContact.FromLead(lead, ContactId.New(), Clock.GetCurrentInstant());
        contact.SetDepartment("Research");
        contact.SetOffice("Room 101");
        contact.SetProfession("Mathematician");
        contact.SetManagerName("Lord Byron");
        contact.SetAssistantName("Mary Somerville");
        contact.SetNickname("Ada");
        contact.SetSpouse("William King");
        contact.SetBirthday(new LocalDate(1815, 12, 10));
        contact.SetAnniversary(new LocalDate(1835, 7, 8));
        contact.SetPhoneticName(new PhoneticName("エイダ", "ラブレス", "アナリティカル エンジン"));
        contact.SetImAddress("ada@im.example.com");
        contact.SetDoNotCall(true);
        contact.SetDoNotSendLetter(true);
        contact.SetPreferredContactMethod(PreferredContactMethod.Letter);
        contact.SetTerritory("London");
        contact.SetActive(false);
        contact.SetCustomField(new CustomFieldDefinition(RecordKind.BusinessContact, "Segment", CustomFieldType.Choice, choices: ["Key account", "SMB"]), CustomFieldValue.FromChoice("Key account"));
        contact.SetCustomField(new CustomFieldDefinition(RecordKind.BusinessContact, "Discount", CustomFieldType.Decimal), CustomFieldValue.FromDecimal(12.500m));

        await InUnitAsync(store, ws, u => u.Contacts.AddAsync([contact]));

        var stored = await ReadAsync(store, ws, u => u.Contacts.GetAsync(contact.Id));
        Assert.Empty(RecordComparer.Differences(contact, stored));
    }

    [StoreFact]
    public async Task RoundTrip_LeadsAtTheLimits_ReadBackExactly()
    {
        var (store, ws) = await NewWorkspaceAsync();
        var leads = Gen.Sample(LeadKitGenerators.LeadAtLimits(), 3, 25).Select(AsNew).ToList();
        Assert.All(leads, l => Assert.Null(LeadKit.Tests.Properties.LimitCases.Missed(l)));
        var users = leads.SelectMany(r => new[] { r.AssignedTo, r.InitiatedBy?.User }).OfType<UserId>().Distinct()
            .Select(id => new WorkspaceUser(id, "User " + id)).ToList();
        var referrers = leads.Select(r => r.InitiatedBy?.Contact).OfType<ContactId>().Distinct()
            .Select(id => BusinessContact.Restore(id, PersonName.Parse("Referrer"), Start)).ToList();

        await InUnitAsync(store, ws, async u =>
        {
            foreach (var user in users)
            {
                await u.Users.AddAsync(user);
            }

            await u.Contacts.AddAsync(referrers);
            await u.Leads.AddAsync(leads);
        });

        foreach (var lead in leads)
        {
            var stored = await FindLeadAsync(store, ws, lead.Id);
            Assert.NotNull(stored);
            var differences = RecordComparer.Differences(lead, stored);
            Assert.True(differences.Count == 0, $"{lead}: {string.Join("; ", differences)}");
        }
    }

    [StoreFact]
    public async Task RoundTrip_GeneratedRecords_ReadBackExactly()
    {
        var (store, ws) = await NewWorkspaceAsync();
        var leads = Gen.Sample(LeadKitGenerators.Lead(), 30, 25).Select(AsNew).ToList();
        var contacts = Gen.Sample(LeadKitGenerators.BusinessContact(), 30, 25).Select(AsNew).ToList();
        var records = leads.Cast<ContactRecord>().Concat(contacts).ToList();
        var users = records.SelectMany(r => new[] { r.AssignedTo, r.InitiatedBy?.User }).OfType<UserId>().Distinct()
            .Select(id => new WorkspaceUser(id, "User " + id)).ToList();
        var referrers = records.Select(r => r.InitiatedBy?.Contact).OfType<ContactId>().Distinct()
            .Where(id => contacts.All(c => c.Id != id))
            .Select(id => BusinessContact.Restore(id, PersonName.Parse("Referrer"), Start)).ToList();

        await InUnitAsync(store, ws, async u =>
        {
            foreach (var user in users)
            {
                await u.Users.AddAsync(user);
            }

            await u.Contacts.AddAsync(referrers);
            await u.Contacts.AddAsync(contacts);
            await u.Leads.AddAsync(leads);
        });

        foreach (var lead in leads)
        {
            var stored = await FindLeadAsync(store, ws, lead.Id);
            Assert.NotNull(stored);
            var differences = RecordComparer.Differences(lead, stored);
            Assert.True(differences.Count == 0, $"{lead}: {string.Join("; ", differences)}\n{JsonSerializer.Serialize(lead, LeadKitJsonOptions.Default)}");
        }

        foreach (var contact in contacts)
        {
            var stored = await ReadAsync(store, ws, u => u.Contacts.GetAsync(contact.Id));
            var differences = RecordComparer.Differences(contact, stored);
            Assert.True(differences.Count == 0, $"{contact}: {string.Join("; ", differences)}\n{JsonSerializer.Serialize(contact, LeadKitJsonOptions.Default)}");
        }
    }

    /// <summary>Builds a lead with every field set, to check that storage keeps all of it.</summary>
    /// <param name="assignedTo">The user it is assigned to, if any.</param>
    /// <param name="referrer">The contact who referred it, if any.</param>
    /// <returns>The lead (version 0).</returns>
    protected Lead FullyPopulatedLead(UserId? assignedTo, ContactId? referrer)
    {
        var lead = Lead.Create(new PersonName("Dr. Augusta Ada King-Noel, Countess of Lovelace", "Dr.", "Augusta", "Ada", "King-Noel", "Countess of Lovelace"), Clock);
        lead.SetFileAs(FileAsFormat.CompanyLastFirst);
        lead.SetJobTitle("Analyst & Métaphysicienne");
        lead.SetCompanyName("Analytical Engines Ltd");
        lead.LinkAccount(new AccountReference(AccountId.New(), "Babbage & Co."));
        lead.SetAssignedTo(assignedTo);
        lead.SetPhoto(new Photo([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 1, 2, 3], "image/png"));
        lead.AddEmail(new EmailEntry(EmailKind.Business, EmailAddress.Parse("Ada.Lovelace@Example.COM"), "Ada (work)"));
        lead.AddEmail(new EmailEntry(EmailKind.Personal, EmailAddress.Parse("ada@lovelace.example"), null));
        lead.AddPhone(new PhoneNumber(PhoneKind.Business, "+44 (20) 7946-0000 x12"));
        lead.AddPhone(new PhoneNumber(PhoneKind.Mobile, "07700 900123"));
        lead.AddAddress(new PostalAddress(AddressKind.Business, "12 St James's Square\nSt James's", "PO Box 7", "London", "Greater London", "SW1Y 4JH", "United Kingdom", isMailing: true));
        lead.AddAddress(new PostalAddress(AddressKind.Home, city: "Ockham", country: "UK"));
        lead.SetWebPage(new Uri("https://example.com/ada?x=1#engine"));
        lead.SetSource(new LeadSource("Employee Referral"));
        lead.SetInitiatedBy(referrer is { } r ? InitiatedBy.FromContact(r, "Charles Babbage") : null);
        lead.SetAreaOfInterest("Difference and Analytical Engines");
        lead.SetRating(new Rating("Excellent"));
        lead.SetManualScore(4);
        lead.CheckCriterion(new CriterionId("budget"), Start + Duration.FromNanoseconds(123_456_789));
        lead.CheckCriterion(new CriterionId("need"), Start - Duration.FromDays(400));
        lead.SetComments("First line\r\nSecond line with \"quotes\", tabs\tand emoji 🚂");
        lead.SetCustomField(Employees, CustomFieldValue.FromWholeNumber(long.MaxValue));
        lead.SetCustomField(Budget, CustomFieldValue.FromCurrency(1234567.8900m));
        lead.SetCustomField(Industry, CustomFieldValue.FromChoice("Software"));
        lead.SetCustomField(NextCall, CustomFieldValue.FromDate(new LocalDate(2027, 2, 28)));
        lead.SetCustomField(Newsletter, CustomFieldValue.FromYesNo(true));
        lead.SetCustomField(new CustomFieldDefinition(RecordKind.Lead, "Notes (internal)", CustomFieldType.Text, maxLength: 500), CustomFieldValue.FromText("  spaced  "));
        lead.MarkConverted(ContactId.New());
        return lead;
    }

    /// <summary>Returns a copy of a generated record at version 0 (generated records carry arbitrary audit fields), through the JSON format.</summary>
    private static T AsNew<T>(T record)
        where T : ContactRecord
    {
        var node = JsonSerializer.SerializeToNode(record, LeadKitJsonOptions.Default)!.AsObject();
        node["version"] = 0;
        node.Remove("modifiedBy");
        node["modifiedAt"] = node["createdAt"]?.DeepClone();
        return node.Deserialize<T>(LeadKitJsonOptions.Default)!;
    }
}
