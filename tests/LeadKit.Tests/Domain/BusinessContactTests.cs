using System.Reflection;
using LeadKit.Contacts;
using LeadKit.CustomFields;
using LeadKit.Leads;
using LeadKit.Scoring;
using LeadKit.Storage;
using NodaTime;
using NodaTime.Testing;

namespace LeadKit.Tests.Domain;

public sealed class BusinessContactTests
{
    private static readonly Instant LeadCreated = Instant.FromUtc(2026, 11, 2, 8, 0);
    private static readonly Instant Converted = Instant.FromUtc(2026, 11, 27, 9, 0);

    [Fact]
    public void Create_StartsWithNoDetailsActiveAndNoLead()
    {
        var contact = BusinessContact.Create(PersonName.Parse("Ann Lee"), new FakeClock(Converted));

        Assert.Null(contact.Department);
        Assert.Null(contact.Birthday);
        Assert.True(contact.IsActive);
        Assert.Null(contact.ConvertedFrom);
        Assert.Equal(RecordKind.BusinessContact, contact.Kind);
        Assert.Equal(Converted, contact.CreatedAt);
    }

    [Fact]
    public void Restore_KeepsIdentifierAndCreationInstant()
    {
        var id = ContactId.New();

        var contact = BusinessContact.Restore(id, PersonName.Parse("Ann Lee"), LeadCreated);

        Assert.Equal(id, contact.Id);
        Assert.Equal(LeadCreated, contact.CreatedAt);
    }

    [Fact]
    public void FromLead_CopiesEverySharedField()
    {
        var lead = FullLead();

        var contact = BusinessContact.FromLead(lead, ContactId.New(), Converted);

        Assert.Equal(lead.Name, contact.Name);
        Assert.Equal(lead.FileAsFormat, contact.FileAsFormat);
        Assert.Equal(lead.FileAs, contact.FileAs);
        Assert.Equal(lead.JobTitle, contact.JobTitle);
        Assert.Equal(lead.CompanyName, contact.CompanyName);
        Assert.Equal(lead.Account, contact.Account);
        Assert.Equal(lead.AssignedTo, contact.AssignedTo);
        Assert.Equal(lead.Photo, contact.Photo);
        Assert.Equal(lead.Emails, contact.Emails);
        Assert.Equal(lead.Phones, contact.Phones);
        Assert.Equal(lead.Addresses, contact.Addresses);
        Assert.Equal(lead.MailingAddress, contact.MailingAddress);
        Assert.Equal(lead.WebPage, contact.WebPage);
        Assert.Equal(lead.Source, contact.Source);
        Assert.Equal(lead.InitiatedBy, contact.InitiatedBy);
        Assert.Equal(lead.AreaOfInterest, contact.AreaOfInterest);
        Assert.Equal(lead.Rating, contact.Rating);
        Assert.Equal(lead.ScoreType, contact.ScoreType);
        Assert.Equal(lead.ManualStars, contact.ManualStars);
        Assert.Equal(lead.CriterionChecks, contact.CriterionChecks);
        Assert.Equal(lead.Comments, contact.Comments);
    }

    [Fact]
    public void FromLead_CopiesEveryPublicPropertyOfTheSharedRecordType()
    {
        // Guards CopySharedFrom: a property added to ContactRecord must be copied, or listed here with a reason.
        var notCopied = new HashSet<string>(StringComparer.Ordinal)
        {
            nameof(ContactRecord.Kind), nameof(ContactRecord.Reference), // the contact's own
            nameof(ContactRecord.CustomFields), // mapped by the conversion operation (documented)
            nameof(ContactRecord.CreatedAt), nameof(ContactRecord.CreatedBy), nameof(ContactRecord.ModifiedAt),
            nameof(ContactRecord.ModifiedBy), nameof(ContactRecord.Version), // a new record's audit
        };
        var lead = FullLead();
        var contact = BusinessContact.FromLead(lead, ContactId.New(), Converted);

        foreach (var property in typeof(ContactRecord).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => !notCopied.Contains(p.Name)))
        {
            var expected = property.GetValue(lead);
            var actual = property.GetValue(contact);
            Assert.NotNull(expected);
            if (expected is System.Collections.IEnumerable sequence and not string)
            {
                Assert.NotEmpty(sequence);
                Assert.Equal(sequence.Cast<object>(), ((System.Collections.IEnumerable)actual!).Cast<object>());
            }
            else
            {
                Assert.True(Equals(expected, actual), $"{property.Name} was not copied.");
            }
        }
    }

    [Fact]
    public void FromLead_CarriesTheDetailsFieldsAndLinksTheLead()
    {
        var lead = FullLead();
        lead.SetDepartment("Sales");
        lead.SetPhoneticName(new PhoneticName("アン", "リー"));
        lead.SetBirthday(new NodaTime.LocalDate(1980, 2, 29));
        lead.SetDoNotFax(true);
        lead.SetPreferredContactMethod(PreferredContactMethod.Letter);
        lead.SetTerritory("EMEA");
        lead.SetActive(false);
        var id = ContactId.New();
        var user = UserId.New();

        var contact = BusinessContact.FromLead(lead, id, Converted, user);

        Assert.Equal(("Sales", new PhoneticName("アン", "リー"), new NodaTime.LocalDate(1980, 2, 29)), (contact.Department, contact.PhoneticName, contact.Birthday));
        Assert.Equal((true, PreferredContactMethod.Letter, "EMEA", false), (contact.DoNotFax, contact.PreferredContactMethod, contact.Territory, contact.IsActive));
        Assert.Equal(lead.Id, contact.ConvertedFrom);
        Assert.Equal(id, contact.Id);
        Assert.Equal(Converted, contact.CreatedAt);
        Assert.Equal(Converted, contact.ModifiedAt);
        Assert.Equal(user, contact.CreatedBy);
        Assert.Equal(0, contact.Version);
        Assert.Equal(RecordKind.BusinessContact, contact.Kind);
    }

    [Fact]
    public void FromLead_DoesNotCopyCustomFields()
    {
        var lead = FullLead();

        var contact = BusinessContact.FromLead(lead, ContactId.New(), Converted);

        Assert.NotEmpty(lead.CustomFields);
        Assert.Empty(contact.CustomFields);
    }

    [Fact]
    public void FromLead_CopiesAreIndependentOfTheLead()
    {
        var lead = FullLead();
        var contact = BusinessContact.FromLead(lead, ContactId.New(), Converted);

        lead.ClearEmails();
        lead.UncheckCriterion(new CriterionId("budget"));
        lead.SetCompanyName("Other");

        Assert.Equal(2, contact.Emails.Count);
        Assert.Equal(2, contact.CriterionChecks.Count);
        Assert.Equal("Contoso", contact.CompanyName);
    }

    [Fact]
    public void FromLead_DoesNotMarkTheLeadConverted()
    {
        var lead = FullLead();

        BusinessContact.FromLead(lead, ContactId.New(), Converted);

        Assert.False(lead.IsConverted);
    }

    [Fact]
    public void FromLead_Null_ThrowsArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => BusinessContact.FromLead(null!, ContactId.New(), Converted));
    }

    [Fact]
    public void Validate_ContactFromLead_IsValid()
    {
        var contact = BusinessContact.FromLead(FullLead(), ContactId.New(), Converted);
        contact.SetNickname("Annie");

        Assert.True(new BusinessContactValidator().Validate(contact).IsValid);
    }

    [Fact]
    public void Validate_RequiredContactFieldMissing_ReportsRequired()
    {
        var schema = new CustomFieldSchema([new CustomFieldDefinition(RecordKind.BusinessContact, "Account manager", CustomFieldType.Text, isRequired: true)]);
        var contact = BusinessContact.FromLead(FullLead(), ContactId.New(), Converted);

        var error = Assert.Single(new BusinessContactValidator(schema).Validate(contact).Errors);

        Assert.Equal("CustomFields[Account manager]", error.PropertyName);
        Assert.Equal("LeadKit.CustomField.Required", error.ErrorCode);
    }

    private static Lead FullLead()
    {
        var lead = Lead.Restore(LeadId.New(), PersonName.Parse("Dr. Ann B. Lee"), LeadCreated, UserId.New());
        lead.SetFileAs(FileAsFormat.LastFirstCompany);
        lead.SetJobTitle("CTO");
        lead.SetCompanyName("Contoso");
        lead.LinkAccount(new AccountReference(AccountId.New(), "Contoso Ltd"));
        lead.SetAssignedTo(UserId.New());
        lead.SetPhoto(new Photo([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "image/png"));
        lead.AddEmail(EmailEntry.Business("ann@contoso.example", "Ann Lee (Business)"));
        lead.AddEmail(new EmailEntry(EmailKind.Personal, EmailAddress.Parse("ann@home.example")));
        lead.AddPhone(new PhoneNumber(PhoneKind.Business, "+33 1 23 45 67 89"));
        lead.AddAddress(new PostalAddress(AddressKind.Business, "1 rue de la Paix", city: "Paris", country: "France"));
        lead.AddAddress(new PostalAddress(AddressKind.Home, city: "Lyon", isMailing: true));
        lead.SetWebPage(new Uri("https://contoso.example/ann"));
        lead.SetSource(new LeadSource("Trade Show"));
        lead.SetInitiatedBy(InitiatedBy.FromContact(ContactId.New(), "Bob Stone"));
        lead.SetAreaOfInterest("Widgets");
        lead.SetRating(new Rating("Good"));
        lead.SetManualScore(4);
        StoreRecords.SetStoredScore(lead, new StoredScore(2, -2, 2, 6, 5));
        lead.CheckCriterion(new CriterionId("budget"), LeadCreated);
        lead.CheckCriterion(new CriterionId("need"), LeadCreated + Duration.FromDays(1));
        lead.SetComments("Met at the fair.");
        lead.SetDepartment("Research");
        lead.SetOffice("Building 4");
        lead.SetProfession("Engineer");
        lead.SetManagerName("Bo Chen");
        lead.SetAssistantName("Cy Diaz");
        lead.SetNickname("Annie");
        lead.SetPhoneticName(new PhoneticName("アン", "リー", "コントソ"));
        lead.SetSpouse("Sam");
        lead.SetBirthday(new LocalDate(1980, 2, 29));
        lead.SetAnniversary(new LocalDate(2010, 6, 12));
        lead.SetImAddress("ann@im.example.com");
        lead.SetDoNotCall(true);
        lead.SetDoNotEmail(true);
        lead.SetDoNotFax(true);
        lead.SetDoNotSendLetter(true);
        lead.SetPreferredContactMethod(PreferredContactMethod.Fax);
        lead.SetTerritory("North");
        lead.SetActive(false);
        lead.SetCustomField(new CustomFieldDefinition(RecordKind.Lead, "Budget", CustomFieldType.Currency, currencyCode: "EUR"), CustomFieldValue.FromCurrency(5000m));
        StoreRecords.MarkSaved(lead, LeadCreated + Duration.FromDays(2), UserId.New(), 3);
        return lead;
    }
}
