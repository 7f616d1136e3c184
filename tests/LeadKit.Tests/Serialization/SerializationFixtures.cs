using System.Text.Json;
using LeadKit.Contacts;
using LeadKit.CustomFields;
using LeadKit.History;
using LeadKit.Leads;
using LeadKit.Scoring;
using LeadKit.Serialization;
using LeadKit.Storage;
using NodaTime;

namespace LeadKit.Tests.Serialization;

/// <summary>Fully populated domain values, with the awkward details a lossless format must keep.</summary>
internal static class SerializationFixtures
{
    public static readonly Instant Created = Instant.FromUtc(2026, 11, 27, 9, 0);

    // Nanoseconds, to check instants survive to the last digit.
    public static readonly Instant Precise = Instant.FromUtc(2026, 11, 27, 9, 30, 15).PlusNanoseconds(123_456_789);

    public static readonly LeadId AnnLeadId = new(Guid.Parse("0193b6a1-0000-7000-8000-000000000001"));
    public static readonly ContactId AnnContactId = new(Guid.Parse("0193b6a1-0000-7000-8000-000000000002"));
    public static readonly UserId Owner = new(Guid.Parse("0193b6a1-0000-7000-8000-000000000003"));
    public static readonly UserId Editor = new(Guid.Parse("0193b6a1-0000-7000-8000-000000000004"));
    public static readonly AccountId ContosoId = new(Guid.Parse("0193b6a1-0000-7000-8000-000000000005"));

    public static readonly byte[] PngBytes = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0xFF, 0x10, 0x42];

    public static readonly CustomFieldSchema Schema = new(
    [
        new CustomFieldDefinition(RecordKind.Lead, "Region", CustomFieldType.Text, maxLength: 40),
        new CustomFieldDefinition(RecordKind.Lead, "Seats", CustomFieldType.WholeNumber),
        new CustomFieldDefinition(RecordKind.Lead, "Discount", CustomFieldType.Decimal),
        new CustomFieldDefinition(RecordKind.Lead, "Budget", CustomFieldType.Currency, currencyCode: "EUR"),
        new CustomFieldDefinition(RecordKind.Lead, "Next call", CustomFieldType.Date),
        new CustomFieldDefinition(RecordKind.Lead, "Newsletter", CustomFieldType.YesNo),
        new CustomFieldDefinition(RecordKind.Lead, "Tier", CustomFieldType.Choice, choices: ["Gold", "Silver"]),
        new CustomFieldDefinition(RecordKind.BusinessContact, "Region", CustomFieldType.Text),
    ]);

    /// <summary>The smallest lead: a name and a creation instant.</summary>
    public static Lead MinimalLead() => Lead.Restore(AnnLeadId, PersonName.Parse("Ann Lee"), Created);

    /// <summary>A lead with every field set.</summary>
    public static Lead FullLead()
    {
        var lead = Lead.Restore(AnnLeadId, new PersonName("Dr. Ann Marie Lee Jr.", "Dr.", "Ann", "Marie", "Lee", "Jr."), Created, Owner);
        Populate(lead, RecordKind.Lead);
        lead.MarkConverted(AnnContactId);
        StoreRecords.MarkSaved(lead, Precise, Editor, 7);
        return lead;
    }

    /// <summary>A business contact with every field set.</summary>
    public static BusinessContact FullContact()
    {
        var contact = BusinessContact.FromLead(FullLead(), AnnContactId, Created.Plus(Duration.FromDays(3)), Owner);
        contact.SetOffice("Lyon 2 (contact)");
        contact.SetSpouse("Sam");
        contact.SetCustomField(Schema.Find(RecordKind.BusinessContact, "Region")!, CustomFieldValue.FromText("EMEA"));
        StoreRecords.MarkSaved(contact, Created.Plus(Duration.FromDays(4)), Editor, 2);
        return contact;
    }

    public static RecordReference LeadReference => RecordReference.To(AnnLeadId);

    public static BusinessNote Note() =>
        new(new HistoryItemId(Guid.Parse("0193b6a1-0000-7000-8000-0000000000a1")), LeadReference, "Met at the fair", "Line one\nLine two", Precise, Owner);

    public static PhoneLog Call() =>
        new(new HistoryItemId(Guid.Parse("0193b6a1-0000-7000-8000-0000000000a2")), LeadReference, "Follow-up", null, Created, CallDirection.Outgoing, "+33 6 12 34 56 78 ext. 12", Precise, Duration.FromSeconds(754).Plus(Duration.FromNanoseconds(5)), Editor);

    public static Appointment Meeting() =>
        new(new HistoryItemId(Guid.Parse("0193b6a1-0000-7000-8000-0000000000a3")), RecordReference.To(AnnContactId), "Demo", "Bring the tablet", Created, Precise, Precise.Plus(Duration.FromHours(1)), "Lyon office");

    public static TaskItem Task() =>
        new(new HistoryItemId(Guid.Parse("0193b6a1-0000-7000-8000-0000000000a4")), LeadReference, "Send the quote", null, Created, new LocalDate(2026, 12, 1), TaskItemStatus.InProgress, TaskPriority.High, Owner);

    public static Opportunity Deal() =>
        new(
            new OpportunityId(Guid.Parse("0193b6a1-0000-7000-8000-0000000000b1")),
            LeadReference,
            "Fleet renewal",
            "eur",
            [new ProductLine("Tablet", 2.50m, 1200.00m), new ProductLine("Support plan", 1m, 0.000m)],
            OpportunityStage.Proposal,
            60,
            new LocalDate(2027, 1, 15),
            Precise);

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, LeadKitJsonOptions.Default);

    public static T Deserialize<T>(string json) => JsonSerializer.Deserialize<T>(json, LeadKitJsonOptions.Default)!;

    public static T RoundTrip<T>(T value) => Deserialize<T>(Serialize(value));

    /// <summary>Parses JSON text written with single quotes (easier to read in a test) into real JSON.</summary>
    public static string Json(string singleQuoted) => singleQuoted.Replace('\'', '"');

    private static void Populate(ContactRecord record, RecordKind kind)
    {
        record.SetFileAs(FileAsFormat.CompanyLastFirst);
        record.SetJobTitle("Head of Purchasing");
        record.SetCompanyName("Contoso SA");
        record.LinkAccount(new AccountReference(ContosoId, "Contoso"));
        record.SetAssignedTo(Owner);
        record.SetPhoto(new Photo(PngBytes, "image/png"));
        record.AddEmail(new EmailEntry(EmailKind.Business, EmailAddress.Parse("Ann.Lee@Example.COM"), "Ann Lee (Business)"));
        record.AddEmail(new EmailEntry(EmailKind.Personal, EmailAddress.Parse("ann@example.org")));
        record.AddPhone(new PhoneNumber(PhoneKind.Mobile, "+33 6 12 34 56 78"));
        record.AddPhone(new PhoneNumber(PhoneKind.BusinessFax, "(04) 72 00 00 00 x12"));
        record.AddAddress(new PostalAddress(AddressKind.Business, "1 rue de la République\nBâtiment B", "BP 12", "Lyon", "Rhône", "69002", "France"));
        record.AddAddress(new PostalAddress(AddressKind.Home, city: "Villeurbanne", country: "France", isMailing: true));
        record.SetWebPage(new Uri("https://example.com/ann?ref=fair#top"));
        record.SetSource(new LeadSource("Trade Show"));
        record.SetInitiatedBy(InitiatedBy.FromUser(Editor, "Bo Chen"));
        record.SetAreaOfInterest("Tablets, support");
        record.SetRating(new Rating("Good"));
        record.SetManualScore(4);
        record.SetAutomaticScore();
        record.CheckCriterion(new CriterionId("budget-confirmed"), Precise);
        record.CheckCriterion(new CriterionId("1st-contact"), Created);
        record.SetComments("Prefers e-mail.\r\nCall after 10:00 — \"urgent\".");
        record.SetDepartment("Sales");
        record.SetOffice("Lyon 2");
        record.SetProfession("Engineer");
        record.SetManagerName("Bo Chen");
        record.SetAssistantName("Cy Diaz");
        record.SetNickname("Annie");
        record.SetPhoneticName(new PhoneticName("アン", "リー", "コントソ"));
        record.SetBirthday(new LocalDate(1980, 2, 29));
        record.SetAnniversary(new LocalDate(2010, 6, 12));
        record.SetImAddress("ann@im.example.com");
        record.SetDoNotCall(true);
        record.SetDoNotFax(true);
        record.SetPreferredContactMethod(PreferredContactMethod.Email);
        record.SetTerritory("Rhône-Alpes");
        record.SetActive(false);
        if (kind == RecordKind.Lead)
        {
            record.SetCustomField(Schema.Find(kind, "Region")!, CustomFieldValue.FromText("  EMEA (west) "));
            record.SetCustomField(Schema.Find(kind, "Seats")!, CustomFieldValue.FromWholeNumber(long.MaxValue));
            record.SetCustomField(Schema.Find(kind, "Discount")!, CustomFieldValue.FromDecimal(-0.0750m));
            record.SetCustomField(Schema.Find(kind, "Budget")!, CustomFieldValue.FromCurrency(12_500.50m));
            record.SetCustomField(Schema.Find(kind, "Next call")!, CustomFieldValue.FromDate(new LocalDate(2026, 12, 3)));
            record.SetCustomField(Schema.Find(kind, "Newsletter")!, CustomFieldValue.FromYesNo(false));
            record.SetCustomField(Schema.Find(kind, "Tier")!, CustomFieldValue.FromChoice("Gold"));
        }
    }
}
