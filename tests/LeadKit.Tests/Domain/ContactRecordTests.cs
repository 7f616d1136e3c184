using System.Globalization;
using LeadKit.Contacts;
using LeadKit.CustomFields;
using LeadKit.Leads;
using LeadKit.Scoring;
using LeadKit.Storage;
using LeadKit.Validation;
using NodaTime;
using NodaTime.Testing;

namespace LeadKit.Tests.Domain;

/// <summary>The behaviour leads and business contacts share through <see cref="ContactRecord"/>.</summary>
public sealed class ContactRecordTests
{
    private static readonly Instant Start = Instant.FromUtc(2026, 11, 27, 9, 0);

    private readonly FakeClock _clock = new(Start);

    public static TheoryData<RecordKind> Kinds => new() { RecordKind.Lead, RecordKind.BusinessContact };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Create_WithOnlyAName_IsValidAndStampedByTheClock(RecordKind kind)
    {
        var record = NewRecord(kind);

        Assert.Equal(kind, record.Kind);
        Assert.Equal("Ann Lee", record.Name.FullName);
        Assert.Equal(Start, record.CreatedAt);
        Assert.Equal(Start, record.ModifiedAt);
        Assert.Null(record.CreatedBy);
        Assert.Equal(0, record.Version);
        Assert.Empty(record.Emails);
        Assert.Empty(record.Phones);
        Assert.Empty(record.Addresses);
        Assert.Empty(record.CustomFields);
        Assert.Empty(record.CriterionChecks);
        Assert.Equal(ScoreType.Automatic, record.ScoreType);
        Assert.Null(record.ManualStars);
        Assert.Equal(FileAsFormat.LastFirst, record.FileAsFormat);
        Assert.Equal("Lee, Ann", record.FileAs);
        var valid = record switch
        {
            Lead lead => new LeadValidator().Validate(lead).IsValid,
            BusinessContact contact => new BusinessContactValidator().Validate(contact).IsValid,
            _ => false,
        };
        Assert.True(valid);
    }

    [Fact]
    public void Create_RecordsWhoCreatedIt()
    {
        var user = UserId.New();

        var lead = Lead.Create(PersonName.Parse("Ann Lee"), _clock, user);

        Assert.Equal(user, lead.CreatedBy);
        Assert.Equal(user, lead.ModifiedBy);
    }

    [Fact]
    public void Create_NullName_IsRefusedNamingTheField()
    {
        var ex = Assert.Throws<LeadKitValidationException>(() => Lead.Create(null!, _clock));

        var error = Assert.Single(ex.Errors);
        Assert.Equal("Name", error.PropertyPath);
        Assert.Equal("LeadKit.Record.NameRequired", error.ErrorCode);
        Assert.Equal("Lead", ex.TypeName);
    }

    [Fact]
    public void CreateContact_NullName_IsRefusedNamingTheField()
    {
        var ex = Assert.Throws<LeadKitValidationException>(() => BusinessContact.Create(null!, _clock));

        Assert.Equal("BusinessContact", ex.TypeName);
        Assert.Equal("Name", Assert.Single(ex.Errors).PropertyPath);
    }

    [Fact]
    public void Create_BlankName_IsRefusedByPersonNameNamingFullName()
    {
        ValidationAssert.Single(() => Lead.Create(PersonName.Parse("  "), _clock), "FullName", "LeadKit.PersonName.FullNameRequired");
    }

    [Fact]
    public void Create_NullClock_ThrowsArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => Lead.Create(PersonName.Parse("Ann"), null!));
        Assert.Throws<ArgumentNullException>(() => BusinessContact.Create(PersonName.Parse("Ann"), null!));
    }

    [Fact]
    public void Restore_KeepsIdentifierAndCreationInstant()
    {
        var id = LeadId.New();
        var user = UserId.New();

        var lead = Lead.Restore(id, PersonName.Parse("Ann Lee"), Start, user);

        Assert.Equal(id, lead.Id);
        Assert.Equal(Start, lead.CreatedAt);
        Assert.Equal(user, lead.CreatedBy);
        Assert.Equal(RecordReference.To(id), lead.Reference);
    }

    [Fact]
    public void Rename_ReplacesTheName()
    {
        var lead = NewLead();

        lead.Rename(PersonName.Parse("Bob Stone"));

        Assert.Equal("Bob Stone", lead.Name.FullName);
    }

    [Fact]
    public void Rename_Null_IsRefusedAndKeepsTheName()
    {
        var lead = NewLead();

        ValidationAssert.Single(() => lead.Rename(null!), "Name", "LeadKit.Record.NameRequired");
        Assert.Equal("Ann Lee", lead.Name.FullName);
    }

    [Fact]
    public void SetFileAs_ChangesTheFilingText()
    {
        var lead = NewLead();
        lead.SetCompanyName("Contoso");

        lead.SetFileAs(FileAsFormat.CompanyLastFirst);

        Assert.Equal(FileAsFormat.CompanyLastFirst, lead.FileAsFormat);
        Assert.Equal("Contoso (Lee, Ann)", lead.FileAs);
    }

    [Fact]
    public void SetFileAs_UnknownFormat_IsRefused()
    {
        var lead = NewLead();

        ValidationAssert.Single(() => lead.SetFileAs((FileAsFormat)42), "FileAsFormat", "LeadKit.Record.FileAsFormat");
        Assert.Equal(FileAsFormat.LastFirst, lead.FileAsFormat);
    }

    [Fact]
    public void SetTextFields_TrimAndBlankClears()
    {
        var lead = NewLead();

        lead.SetJobTitle("  CTO ");
        lead.SetCompanyName(" Contoso ");
        lead.SetAreaOfInterest(" Widgets ");

        Assert.Equal("CTO", lead.JobTitle);
        Assert.Equal("Contoso", lead.CompanyName);
        Assert.Equal("Widgets", lead.AreaOfInterest);

        lead.SetJobTitle("  ");
        lead.SetCompanyName(null);
        lead.SetAreaOfInterest(string.Empty);

        Assert.Null(lead.JobTitle);
        Assert.Null(lead.CompanyName);
        Assert.Null(lead.AreaOfInterest);
    }

    [Fact]
    public void SetTextFields_Of255_AreAccepted()
    {
        var lead = NewLead();
        var text = new string('a', ContactRecord.MaxTextLength);

        lead.SetJobTitle(text);

        Assert.Equal(text, lead.JobTitle);
    }

    [Theory]
    [InlineData("JobTitle")]
    [InlineData("CompanyName")]
    [InlineData("AreaOfInterest")]
    public void SetTextFields_Of256_AreRefusedNamingTheField(string field)
    {
        var lead = NewLead();
        var text = new string('a', ContactRecord.MaxTextLength + 1);
        Action set = field switch
        {
            "JobTitle" => () => lead.SetJobTitle(text),
            "CompanyName" => () => lead.SetCompanyName(text),
            _ => () => lead.SetAreaOfInterest(text),
        };

        ValidationAssert.Single(set, field, $"LeadKit.Record.{field}TooLong");
    }

    [Fact]
    public void ReferenceSetters_StoreAndClear()
    {
        var lead = NewLead();
        var account = new AccountReference(AccountId.New(), "Contoso");
        var user = UserId.New();
        var photo = new Photo([0xFF, 0xD8, 0xFF, 0xE0], "image/jpeg");
        var source = new LeadSource("Web");
        var referrer = InitiatedBy.FromUser(user, "Bob");
        var rating = new Rating("Good");

        lead.LinkAccount(account);
        lead.SetAssignedTo(user);
        lead.SetPhoto(photo);
        lead.SetSource(source);
        lead.SetInitiatedBy(referrer);
        lead.SetRating(rating);

        Assert.Equal(account, lead.Account);
        Assert.Equal(user, lead.AssignedTo);
        Assert.Equal(photo, lead.Photo);
        Assert.Equal(source, lead.Source);
        Assert.Equal(referrer, lead.InitiatedBy);
        Assert.Equal(rating, lead.Rating);

        lead.LinkAccount(null);
        lead.SetAssignedTo(null);
        lead.SetPhoto(null);
        lead.SetSource(null);
        lead.SetInitiatedBy(null);
        lead.SetRating(null);

        Assert.Null(lead.Account);
        Assert.Null(lead.AssignedTo);
        Assert.Null(lead.Photo);
        Assert.Null(lead.Source);
        Assert.Null(lead.InitiatedBy);
        Assert.Null(lead.Rating);
    }

    [Theory]
    [InlineData("https://example.com/ann")]
    [InlineData("http://example.com")]
    public void SetWebPage_AbsoluteHttpAddress_IsAccepted(string address)
    {
        var lead = NewLead();

        lead.SetWebPage(new Uri(address));

        Assert.Equal(new Uri(address), lead.WebPage);
        lead.SetWebPage(null);
        Assert.Null(lead.WebPage);
    }

    [Theory]
    [InlineData("ftp://example.com/file")]
    [InlineData("mailto:ann@example.com")]
    [InlineData("file:///c:/temp")]
    public void SetWebPage_OtherScheme_IsRefused(string address)
    {
        var lead = NewLead();

        ValidationAssert.Single(() => lead.SetWebPage(new Uri(address)), "WebPage", "LeadKit.Record.WebPage");
        Assert.Null(lead.WebPage);
    }

    [Fact]
    public void SetWebPage_RelativeAddress_IsRefused()
    {
        var lead = NewLead();

        ValidationAssert.Single(() => lead.SetWebPage(new Uri("/about", UriKind.Relative)), "WebPage", "LeadKit.Record.WebPage");
    }

    [Fact]
    public void SetWebPage_LongerThan255_IsRefused()
    {
        var lead = NewLead();
        var address = new Uri("https://example.com/" + new string('a', 236));

        Assert.Equal(256, address.OriginalString.Length);
        ValidationAssert.Single(() => lead.SetWebPage(address), "WebPage", "LeadKit.Record.WebPage");
    }

    [Fact]
    public void AddEmail_KeepsOrder()
    {
        var lead = NewLead();

        lead.AddEmail(EmailEntry.Business("ann@example.com"));
        lead.AddEmail(new EmailEntry(EmailKind.Personal, EmailAddress.Parse("ann@home.example")));

        Assert.Equal(["ann@example.com", "ann@home.example"], lead.Emails.Select(e => e.Address.Value));
    }

    [Fact]
    public void AddEmail_SameAddressWithDomainInOtherCase_IsRefusedAsDuplicate()
    {
        var lead = NewLead();
        lead.AddEmail(EmailEntry.Business("ann@example.com"));

        var error = ValidationAssert.Single(
            () => lead.AddEmail(new EmailEntry(EmailKind.Other, EmailAddress.Parse("ann@EXAMPLE.com"))),
            "Emails[1].Address",
            "LeadKit.Record.DuplicateEmail");

        Assert.Equal("ann@EXAMPLE.com", error.AttemptedValue);
        Assert.Single(lead.Emails);
    }

    [Fact]
    public void AddEmail_LocalPartInOtherCase_IsADifferentAddress()
    {
        var lead = NewLead();
        lead.AddEmail(EmailEntry.Business("ann@example.com"));

        lead.AddEmail(EmailEntry.Business("Ann@example.com"));

        Assert.Equal(2, lead.Emails.Count);
    }

    [Fact]
    public void AddEmail_Null_ThrowsArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => NewLead().AddEmail(null!));
    }

    [Fact]
    public void RemoveEmail_MatchesTheDomainIgnoringCase()
    {
        var lead = NewLead();
        lead.AddEmail(EmailEntry.Business("ann@example.com"));

        Assert.False(lead.RemoveEmail(EmailAddress.Parse("ANN@example.com")));
        Assert.True(lead.RemoveEmail(EmailAddress.Parse("ann@Example.COM")));
        Assert.Empty(lead.Emails);
    }

    [Fact]
    public void ClearEmails_RemovesEveryAddress()
    {
        var lead = NewLead();
        lead.AddEmail(EmailEntry.Business("ann@example.com"));
        lead.AddEmail(EmailEntry.Business("lee@example.com"));

        lead.ClearEmails();

        Assert.Empty(lead.Emails);
    }

    [Fact]
    public void AddEmail_FiftyFirst_IsRefusedWithTooManyEntries()
    {
        var lead = NewLead();
        for (var i = 0; i < ContactRecord.MaxEntries; i++)
        {
            lead.AddEmail(EmailEntry.Business(string.Create(CultureInfo.InvariantCulture, $"ann{i}@example.com")));
        }

        ValidationAssert.Single(() => lead.AddEmail(EmailEntry.Business("last@example.com")), "Emails[50]", "LeadKit.Record.TooManyEntries");
        Assert.Equal(50, lead.Emails.Count);
    }

    [Fact]
    public void AddPhone_KeepsOrderAndAllowsTheSameNumberTwice()
    {
        var lead = NewLead();
        var business = new PhoneNumber(PhoneKind.Business, "555 1234");
        var mobile = new PhoneNumber(PhoneKind.Mobile, "555 1234");

        lead.AddPhone(business);
        lead.AddPhone(mobile);

        Assert.Equal([business, mobile], lead.Phones);
    }

    [Fact]
    public void RemovePhone_MatchesKindAndNumber()
    {
        var lead = NewLead();
        lead.AddPhone(new PhoneNumber(PhoneKind.Business, "555 1234"));

        Assert.False(lead.RemovePhone(new PhoneNumber(PhoneKind.Home, "555 1234")));
        Assert.True(lead.RemovePhone(new PhoneNumber(PhoneKind.Business, "555 1234")));
        Assert.Empty(lead.Phones);
    }

    [Fact]
    public void ClearPhones_RemovesEveryNumber()
    {
        var lead = NewLead();
        lead.AddPhone(new PhoneNumber(PhoneKind.Business, "555 1234"));

        lead.ClearPhones();

        Assert.Empty(lead.Phones);
    }

    [Fact]
    public void AddPhone_FiftyFirst_IsRefusedWithTooManyEntries()
    {
        var lead = NewLead();
        for (var i = 0; i < ContactRecord.MaxEntries; i++)
        {
            lead.AddPhone(new PhoneNumber(PhoneKind.Other, "555 1234"));
        }

        ValidationAssert.Single(() => lead.AddPhone(new PhoneNumber(PhoneKind.Other, "555 1234")), "Phones[50]", "LeadKit.Record.TooManyEntries");
    }

    [Fact]
    public void AddAddress_SecondMailingAddress_IsRefusedNamingTheNewEntry()
    {
        var lead = NewLead();
        lead.AddAddress(new PostalAddress(AddressKind.Business, city: "Lyon", isMailing: true));

        ValidationAssert.Single(
            () => lead.AddAddress(new PostalAddress(AddressKind.Home, city: "Paris", isMailing: true)),
            "Addresses[1].IsMailing",
            "LeadKit.Record.SecondMailingAddress");
        Assert.Single(lead.Addresses);
    }

    [Fact]
    public void AddAddress_SeveralNonMailingAddresses_AreAccepted()
    {
        var lead = NewLead();

        lead.AddAddress(new PostalAddress(AddressKind.Business, city: "Lyon", isMailing: true));
        lead.AddAddress(new PostalAddress(AddressKind.Home, city: "Paris"));
        lead.AddAddress(new PostalAddress(AddressKind.Other, city: "Nice"));

        Assert.Equal(3, lead.Addresses.Count);
        Assert.Equal("Lyon", lead.MailingAddress!.City);
    }

    [Fact]
    public void SetMailingAddress_MovesTheFlag()
    {
        var lead = NewLead();
        lead.AddAddress(new PostalAddress(AddressKind.Business, city: "Lyon", isMailing: true));
        lead.AddAddress(new PostalAddress(AddressKind.Home, city: "Paris"));

        lead.SetMailingAddress(1);

        Assert.False(lead.Addresses[0].IsMailing);
        Assert.True(lead.Addresses[1].IsMailing);
        Assert.Equal("Paris", lead.MailingAddress!.City);
        Assert.Equal(["Lyon", "Paris"], lead.Addresses.Select(a => a.City));
    }

    [Fact]
    public void SetMailingAddress_Null_UnflagsEveryAddress()
    {
        var lead = NewLead();
        lead.AddAddress(new PostalAddress(AddressKind.Business, city: "Lyon", isMailing: true));

        lead.SetMailingAddress(null);

        Assert.Null(lead.MailingAddress);
        Assert.False(lead.Addresses[0].IsMailing);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(1)]
    public void SetMailingAddress_IndexOutOfRange_ThrowsAndChangesNothing(int index)
    {
        var lead = NewLead();
        lead.AddAddress(new PostalAddress(AddressKind.Business, city: "Lyon", isMailing: true));

        Assert.Throws<ArgumentOutOfRangeException>(() => lead.SetMailingAddress(index));
        Assert.True(lead.Addresses[0].IsMailing);
    }

    [Fact]
    public void RemoveAddressAndClearAddresses_RemoveEntries()
    {
        var lead = NewLead();
        var lyon = new PostalAddress(AddressKind.Business, city: "Lyon");
        lead.AddAddress(lyon);
        lead.AddAddress(new PostalAddress(AddressKind.Home, city: "Paris"));

        Assert.True(lead.RemoveAddress(lyon));
        Assert.False(lead.RemoveAddress(lyon));
        Assert.Single(lead.Addresses);

        lead.ClearAddresses();

        Assert.Empty(lead.Addresses);
    }

    [Fact]
    public void AddAddress_FiftyFirst_IsRefusedWithTooManyEntries()
    {
        var lead = NewLead();
        for (var i = 0; i < ContactRecord.MaxEntries; i++)
        {
            lead.AddAddress(new PostalAddress(AddressKind.Other, city: "Lyon"));
        }

        ValidationAssert.Single(() => lead.AddAddress(new PostalAddress(AddressKind.Other, city: "Lyon")), "Addresses[50]", "LeadKit.Record.TooManyEntries");
    }

    [Fact]
    public void Lists_AreReadOnlyViews()
    {
        var lead = NewLead();
        lead.AddEmail(EmailEntry.Business("ann@example.com"));

        var emails = Assert.IsAssignableFrom<IList<EmailEntry>>(lead.Emails);
        Assert.True(emails.IsReadOnly);
        Assert.Throws<NotSupportedException>(() => emails.Add(EmailEntry.Business("x@example.com")));
        Assert.True(Assert.IsAssignableFrom<IList<PhoneNumber>>(lead.Phones).IsReadOnly);
        Assert.True(Assert.IsAssignableFrom<IList<PostalAddress>>(lead.Addresses).IsReadOnly);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(ContactRecord.MaxManualStars)]
    public void SetManualScore_InRange_SwitchesToManual(int stars)
    {
        var lead = NewLead();

        lead.SetManualScore(stars);

        Assert.Equal(ScoreType.Manual, lead.ScoreType);
        Assert.Equal(stars, lead.ManualStars);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(11)]
    [InlineData(int.MaxValue)]
    public void SetManualScore_OutOfRange_IsRefusedAndChangesNothing(int stars)
    {
        var lead = NewLead();

        var error = ValidationAssert.Single(() => lead.SetManualScore(stars), "ManualStars", "LeadKit.Record.ManualStarsRange");

        Assert.Equal(stars.ToString(CultureInfo.InvariantCulture), error.AttemptedValue);
        Assert.Equal(ScoreType.Automatic, lead.ScoreType);
        Assert.Null(lead.ManualStars);
    }

    [Fact]
    public void SetAutomaticScore_KeepsTheManualStars()
    {
        var lead = NewLead();
        lead.SetManualScore(4);

        lead.SetAutomaticScore();

        Assert.Equal(ScoreType.Automatic, lead.ScoreType);
        Assert.Equal(4, lead.ManualStars);
        Assert.True(new LeadValidator().Validate(lead).IsValid);
    }

    [Fact]
    public void CheckCriterion_RecordsTheInstant_AndCheckingAgainMovesIt()
    {
        var lead = NewLead();
        var budget = new CriterionId("budget-confirmed");

        lead.CheckCriterion(budget, Start);
        lead.CheckCriterion(budget, Start + Duration.FromHours(1));

        var check = Assert.Single(lead.CriterionChecks);
        Assert.Equal(budget, check.Key);
        Assert.Equal(Start + Duration.FromHours(1), check.Value);
    }

    [Fact]
    public void UncheckCriterion_ReportsWhetherItWasChecked()
    {
        var lead = NewLead();
        var budget = new CriterionId("budget-confirmed");
        var need = new CriterionId("need");
        lead.CheckCriterion(budget, Start);
        lead.CheckCriterion(need, Start);

        Assert.True(lead.UncheckCriterion(budget));
        Assert.False(lead.UncheckCriterion(budget));
        Assert.Equal([need], lead.CriterionChecks.Keys);
    }

    [Fact]
    public void CriterionChecks_AreSortedById()
    {
        var lead = NewLead();
        lead.CheckCriterion(new CriterionId("timeline"), Start);
        lead.CheckCriterion(new CriterionId("authority"), Start);
        lead.CheckCriterion(new CriterionId("budget"), Start);

        Assert.Equal(["authority", "budget", "timeline"], lead.CriterionChecks.Keys.Select(k => k.Value));
    }

    [Fact]
    public void CheckOrUncheckCriterion_DefaultId_ThrowsArgument()
    {
        var lead = NewLead();

        Assert.Throws<ArgumentException>(() => lead.CheckCriterion(default, Start));
        Assert.Throws<ArgumentException>(() => lead.UncheckCriterion(default));
    }

    [Fact]
    public void SetComments_KeepsTheTextAsTyped_AndBlankClears()
    {
        var lead = NewLead();

        lead.SetComments("  Called twice.\nInterested. ");

        Assert.Equal("  Called twice.\nInterested. ", lead.Comments);

        lead.SetComments(" \n ");

        Assert.Null(lead.Comments);
    }

    [Fact]
    public void SetComments_AtTheLimit_IsAccepted()
    {
        var lead = NewLead();

        lead.SetComments(new string('a', ContactRecord.MaxCommentsLength));

        Assert.Equal(ContactRecord.MaxCommentsLength, lead.Comments!.Length);
    }

    [Fact]
    public void SetComments_TooLong_IsRefusedAndKeepsTheComments()
    {
        var lead = NewLead();
        lead.SetComments("keep");

        ValidationAssert.Single(() => lead.SetComments(new string('a', ContactRecord.MaxCommentsLength + 1)), "Comments", "LeadKit.Record.CommentsTooLong");
        Assert.Equal("keep", lead.Comments);
    }

    [Fact]
    public void AppendComment_AddsANewLine()
    {
        var lead = NewLead();

        lead.AppendComment("First.");
        lead.AppendComment("Second.");

        Assert.Equal("First." + Environment.NewLine + "Second.", lead.Comments);
    }

    [Fact]
    public void AppendComment_BeyondTheLimit_IsRefusedAndKeepsTheComments()
    {
        var lead = NewLead();
        var full = new string('a', ContactRecord.MaxCommentsLength - 1);
        lead.SetComments(full);

        ValidationAssert.Single(() => lead.AppendComment("b"), "Comments", "LeadKit.Record.CommentsTooLong");
        Assert.Equal(full, lead.Comments);
    }

    [Fact]
    public void AppendComment_Null_ThrowsArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => NewLead().AppendComment(null!));
    }

    [Fact]
    public void AddTimestamp_ParisInFrench_AppendsTheLocalShortDateAndTime()
    {
        var lead = NewLead();

        var stamp = lead.AddTimestamp(_clock, DateTimeZoneProviders.Tzdb["Europe/Paris"], CultureInfo.GetCultureInfo("fr-FR"));

        // 09:00 UTC on 27 November 2026 is 10:00 in Paris (CET, UTC+1).
        Assert.Equal("27/11/2026 10:00", stamp);
        Assert.Equal("27/11/2026 10:00", lead.Comments);
    }

    [Fact]
    public void AddTimestamp_NewYorkInAmericanEnglish_AppendsTheLocalShortDateAndTime()
    {
        var lead = NewLead();

        var stamp = lead.AddTimestamp(_clock, DateTimeZoneProviders.Tzdb["America/New_York"], CultureInfo.GetCultureInfo("en-US"));

        // 09:00 UTC is 04:00 in New York (EST, UTC-5). ICU separates "AM" with a narrow no-break space.
        Assert.Equal("11/27/2026 4:00 AM", stamp.Replace('\u202F', ' ').Replace('\u00A0', ' '));
        Assert.Equal(stamp, lead.Comments);
    }

    [Fact]
    public void AddTimestamp_SummerTime_UsesTheZonesOffsetAtThatInstant()
    {
        var lead = NewLead();
        _clock.Reset(Instant.FromUtc(2026, 7, 1, 8, 30));

        var stamp = lead.AddTimestamp(_clock, DateTimeZoneProviders.Tzdb["Europe/Paris"], CultureInfo.GetCultureInfo("fr-FR"));

        // CEST is UTC+2.
        Assert.Equal("01/07/2026 10:30", stamp);
    }

    [Fact]
    public void AddTimestamp_AfterExistingComments_GoesOnANewLine()
    {
        var lead = NewLead();
        lead.SetComments("Met at the fair.");
        _clock.AdvanceMinutes(5);

        lead.AddTimestamp(_clock, DateTimeZoneProviders.Tzdb["Europe/Paris"], CultureInfo.GetCultureInfo("fr-FR"));

        Assert.Equal("Met at the fair." + Environment.NewLine + "27/11/2026 10:05", lead.Comments);
    }

    [Fact]
    public void AddTimestamp_NullArgument_ThrowsArgumentNull()
    {
        var lead = NewLead();
        var zone = DateTimeZoneProviders.Tzdb["Europe/Paris"];
        var culture = CultureInfo.InvariantCulture;

        Assert.Throws<ArgumentNullException>(() => lead.AddTimestamp(null!, zone, culture));
        Assert.Throws<ArgumentNullException>(() => lead.AddTimestamp(_clock, null!, culture));
        Assert.Throws<ArgumentNullException>(() => lead.AddTimestamp(_clock, zone, null!));
        Assert.Null(lead.Comments);
    }

    [Fact]
    public void SetCustomField_MatchingValue_IsStoredUnderTheFieldName()
    {
        var lead = NewLead();
        var size = new CustomFieldDefinition(RecordKind.Lead, "Size", CustomFieldType.WholeNumber);

        lead.SetCustomField(size, CustomFieldValue.FromWholeNumber(250));

        Assert.Equal(CustomFieldValue.FromWholeNumber(250), lead.CustomFields["Size"]);
        Assert.Equal(CustomFieldValue.FromWholeNumber(250), lead.CustomFields["SIZE"]);
    }

    [Fact]
    public void SetCustomField_ValueOfAnotherType_IsRefusedWithWrongType()
    {
        var lead = NewLead();
        var size = new CustomFieldDefinition(RecordKind.Lead, "Size", CustomFieldType.WholeNumber);

        var error = ValidationAssert.Single(() => lead.SetCustomField(size, CustomFieldValue.FromText("big")), "CustomFields[Size]", "LeadKit.CustomField.WrongType");

        Assert.Equal("big", error.AttemptedValue);
        Assert.Empty(lead.CustomFields);
    }

    [Fact]
    public void SetCustomField_DefinitionOfAnotherTypeThanTheValue_IsRefusedAndKeepsTheStoredValue()
    {
        var lead = NewLead();
        lead.SetCustomField(new CustomFieldDefinition(RecordKind.Lead, "Size", CustomFieldType.Text), CustomFieldValue.FromText("big"));
        var asNumber = new CustomFieldDefinition(RecordKind.Lead, "Size", CustomFieldType.WholeNumber);

        ValidationAssert.Single(() => lead.SetCustomField(asNumber, CustomFieldValue.FromDecimal(2.5m)), "CustomFields[Size]", "LeadKit.CustomField.WrongType");
        Assert.Equal(CustomFieldValue.FromText("big"), lead.CustomFields["Size"]);
    }

    [Fact]
    public void SetCustomField_ChoiceNotInTheList_IsRefusedWithNotAChoice()
    {
        var lead = NewLead();
        var tier = new CustomFieldDefinition(RecordKind.Lead, "Tier", CustomFieldType.Choice, choices: ["Gold", "Silver"]);

        ValidationAssert.Single(() => lead.SetCustomField(tier, CustomFieldValue.FromChoice("Platinum")), "CustomFields[Tier]", "LeadKit.CustomField.NotAChoice");
        lead.SetCustomField(tier, CustomFieldValue.FromChoice("Gold"));
        Assert.Equal("Gold", lead.CustomFields["Tier"].AsText);
    }

    [Fact]
    public void SetCustomField_TextTooLong_IsRefusedWithTooLong()
    {
        var lead = NewLead();
        var code = new CustomFieldDefinition(RecordKind.Lead, "Code", CustomFieldType.Text, maxLength: 5);

        ValidationAssert.Single(() => lead.SetCustomField(code, CustomFieldValue.FromText("123456")), "CustomFields[Code]", "LeadKit.CustomField.TooLong");
    }

    [Fact]
    public void SetCustomField_NoValueForARequiredField_IsRefusedWithRequired()
    {
        var lead = NewLead();
        var budget = new CustomFieldDefinition(RecordKind.Lead, "Budget", CustomFieldType.Currency, isRequired: true, currencyCode: "EUR");
        lead.SetCustomField(budget, CustomFieldValue.FromCurrency(10m));

        ValidationAssert.Single(() => lead.SetCustomField(budget, null), "CustomFields[Budget]", "LeadKit.CustomField.Required");
        Assert.True(lead.CustomFields.ContainsKey("Budget"));
    }

    [Fact]
    public void SetCustomField_NoValueForAnOptionalField_ClearsIt()
    {
        var lead = NewLead();
        var size = new CustomFieldDefinition(RecordKind.Lead, "Size", CustomFieldType.WholeNumber);
        lead.SetCustomField(size, CustomFieldValue.FromWholeNumber(3));

        lead.SetCustomField(size, null);

        Assert.Empty(lead.CustomFields);
    }

    [Fact]
    public void SetCustomField_DefinitionForAnotherRecordKind_IsRefusedWithWrongRecordType()
    {
        var lead = NewLead();
        var contact = BusinessContact.Create(PersonName.Parse("Ann Lee"), _clock);
        var contactField = new CustomFieldDefinition(RecordKind.BusinessContact, "Since", CustomFieldType.Date);
        var leadField = new CustomFieldDefinition(RecordKind.Lead, "Since", CustomFieldType.Date);
        var value = CustomFieldValue.FromDate(new LocalDate(2020, 1, 1));

        ValidationAssert.Single(() => lead.SetCustomField(contactField, value), "CustomFields[Since]", "LeadKit.CustomField.WrongRecordType");
        ValidationAssert.Single(() => contact.SetCustomField(leadField, value), "CustomFields[Since]", "LeadKit.CustomField.WrongRecordType");
        contact.SetCustomField(contactField, value);
        Assert.Equal(value, contact.CustomFields["Since"]);
    }

    [Fact]
    public void SetCustomField_NullDefinition_ThrowsArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => NewLead().SetCustomField(null!, null));
    }

    [Fact]
    public void MarkSaved_UpdatesTheAuditFields()
    {
        var lead = NewLead();
        var user = UserId.New();
        var later = Start + Duration.FromMinutes(3);

        StoreRecords.MarkSaved(lead, later, user, 1);
        StoreRecords.MarkSaved(lead, later, user, 1);

        Assert.Equal(later, lead.ModifiedAt);
        Assert.Equal(user, lead.ModifiedBy);
        Assert.Equal(1, lead.Version);
        Assert.Equal(Start, lead.CreatedAt);
    }

    [Fact]
    public void MarkSaved_OlderVersion_ThrowsAndChangesNothing()
    {
        var lead = NewLead();
        StoreRecords.MarkSaved(lead, Start, null, 5);

        Assert.Throws<ArgumentOutOfRangeException>(() => StoreRecords.MarkSaved(lead, Start + Duration.FromHours(1), UserId.New(), 4));
        Assert.Equal(5, lead.Version);
        Assert.Equal(Start, lead.ModifiedAt);
        Assert.Null(lead.ModifiedBy);
    }

    [Fact]
    public void StoreRecords_NullRecord_IsRefusedNamingTheParameter()
    {
        Assert.Equal("record", Assert.Throws<ArgumentNullException>(() => StoreRecords.MarkSaved(null!, Start, null, 1)).ParamName);
        Assert.Equal("record", Assert.Throws<ArgumentNullException>(() => StoreRecords.SetStoredScore(null!, null)).ParamName);
    }

    [Fact]
    public void MarkConverted_RecordsTheContact()
    {
        var lead = NewLead();
        var contact = ContactId.New();

        Assert.False(lead.IsConverted);
        lead.MarkConverted(contact);

        Assert.True(lead.IsConverted);
        Assert.Equal(contact, lead.ConvertedTo);
    }

    [Fact]
    public void MarkConverted_Twice_ThrowsAndKeepsTheFirstContact()
    {
        var lead = NewLead();
        var first = ContactId.New();
        lead.MarkConverted(first);

        var ex = Assert.Throws<LeadKitException>(() => lead.MarkConverted(ContactId.New()));

        Assert.Contains(first.ToString(), ex.Message, StringComparison.Ordinal);
        Assert.Equal(first, lead.ConvertedTo);
    }

    [Fact]
    public void ToString_NamesTheRecord()
    {
        var lead = NewLead();
        var contact = BusinessContact.Create(PersonName.Parse("Bob Stone"), _clock);

        Assert.Equal($"Lead {lead.Id}: Ann Lee", lead.ToString());
        Assert.Equal($"BusinessContact {contact.Id}: Bob Stone", contact.ToString());
    }

    [Fact]
    public void Reference_PointsAtTheRecord()
    {
        var lead = NewLead();
        var contact = BusinessContact.Create(PersonName.Parse("Bob Stone"), _clock);

        Assert.Equal(new RecordReference(RecordKind.Lead, lead.Id.Value), lead.Reference);
        Assert.Equal(new RecordReference(RecordKind.BusinessContact, contact.Id.Value), contact.Reference);
    }

    private Lead NewLead() => Lead.Create(PersonName.Parse("Ann Lee"), _clock);

    private ContactRecord NewRecord(RecordKind kind) => kind == RecordKind.Lead
        ? Lead.Create(PersonName.Parse("Ann Lee"), _clock)
        : BusinessContact.Create(PersonName.Parse("Ann Lee"), _clock);
}
