using LeadKit.Contacts;
using LeadKit.CustomFields;
using LeadKit.Leads;
using LeadKit.Storage;
using NodaTime;
using NodaTime.Testing;

namespace LeadKit.Tests.Querying;

/// <summary>Records for the example tests: Ann (every field set) and Bob (only a name).</summary>
internal static class SampleRecords
{
    public static readonly Instant Now = Instant.FromUtc(2026, 11, 27, 9, 0);

    public static readonly UserId Owner = new(Guid.Parse("0196a000-0000-7000-8000-000000000001"));

    public static readonly CustomFieldDefinition Employees = new(RecordKind.Lead, "Employees", CustomFieldType.WholeNumber);
    public static readonly CustomFieldDefinition AnnualRevenue = new(RecordKind.Lead, "Annual revenue", CustomFieldType.Decimal);
    public static readonly CustomFieldDefinition Budget = new(RecordKind.Lead, "Budget", CustomFieldType.Currency, currencyCode: "EUR");
    public static readonly CustomFieldDefinition FirstMet = new(RecordKind.Lead, "First met", CustomFieldType.Date);
    public static readonly CustomFieldDefinition Newsletter = new(RecordKind.Lead, "Newsletter", CustomFieldType.YesNo);
    public static readonly CustomFieldDefinition Region = new(RecordKind.Lead, "Region", CustomFieldType.Choice, choices: ["EU", "US"]);
    public static readonly CustomFieldDefinition Nickname = new(RecordKind.Lead, "Nickname", CustomFieldType.Text);

    public static FakeClock Clock() => new(Now);

    /// <summary>A lead with every field the filter language reads set.</summary>
    public static Lead Ann()
    {
        var lead = Lead.Create(PersonName.Parse("Ann Marie Lee"), Clock(), Owner);
        lead.SetFileAs(FileAsFormat.LastFirst);
        lead.SetJobTitle("Purchasing Manager");
        lead.SetCompanyName("Contoso Ltd");
        lead.LinkAccount(new AccountReference(AccountId.New(), "Contoso"));
        lead.SetAssignedTo(Owner);
        lead.SetSource(new LeadSource("Trade Show"));
        lead.SetRating(new Rating("Good"));
        lead.SetInitiatedBy(InitiatedBy.FromUser(Owner, "Bob Smith"));
        lead.SetAreaOfInterest("Widgets and gadgets");
        lead.AddEmail(EmailEntry.Business("ann@contoso.com"));
        lead.AddEmail(new EmailEntry(EmailKind.Personal, EmailAddress.Parse("ann.lee@example.org")));
        lead.AddPhone(new PhoneNumber(PhoneKind.Business, "+1 (555) 123-4567 x89"));
        lead.AddPhone(new PhoneNumber(PhoneKind.Mobile, "020 7946 0000"));
        lead.AddAddress(new PostalAddress(AddressKind.Business, city: "Lyon", state: "ARA", postalCode: "69001", country: "France", isMailing: true));
        lead.AddAddress(new PostalAddress(AddressKind.Home, city: "Paris", country: "France"));
        lead.SetWebPage(new Uri("https://contoso.com/ann"));
        lead.SetManualScore(4);
        lead.CheckCriterion(new Scoring.CriterionId("budget"), Now);
        lead.CheckCriterion(new Scoring.CriterionId("timeline"), Now);
        lead.SetComments("Met at the fair.");
        lead.SetCustomField(Employees, CustomFieldValue.FromWholeNumber(120));
        lead.SetCustomField(AnnualRevenue, CustomFieldValue.FromDecimal(2_500_000.50m));
        lead.SetCustomField(Budget, CustomFieldValue.FromCurrency(10_000m));
        lead.SetCustomField(FirstMet, CustomFieldValue.FromDate(new LocalDate(2026, 10, 1)));
        lead.SetCustomField(Newsletter, CustomFieldValue.FromYesNo(true));
        lead.SetCustomField(Region, CustomFieldValue.FromChoice("EU"));
        lead.SetCustomField(Nickname, CustomFieldValue.FromText("Annie"));
        StoreRecords.MarkSaved(lead, Now + Duration.FromHours(1), Owner, 3);
        return lead;
    }

    /// <summary>A lead with only a name: every other field is missing.</summary>
    public static Lead Bob() => Lead.Create(new PersonName("Bob"), Clock());

    /// <summary>A business contact converted from Ann.</summary>
    public static BusinessContact AnnAsContact()
    {
        var ann = Ann();
        var contact = BusinessContact.FromLead(ann, ContactId.New(), Now + Duration.FromDays(1));
        ann.MarkConverted(contact.Id);
        return contact;
    }
}
