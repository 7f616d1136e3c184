using LeadKit.CustomFields;
using LeadKit.Leads;
using LeadKit.Scoring;
using NodaTime;
using NodaTime.Testing;

namespace LeadKit.Tests.Domain;

public sealed class LeadValidatorTests
{
    private static readonly FakeClock Clock = new(Instant.FromUtc(2026, 11, 27, 9, 0));
    private static readonly CustomFieldDefinition Budget = new(RecordKind.Lead, "Budget", CustomFieldType.Currency, isRequired: true, currencyCode: "EUR");
    private static readonly CustomFieldDefinition Tier = new(RecordKind.Lead, "Tier", CustomFieldType.Choice, choices: ["Gold", "Silver"]);

    [Fact]
    public void Validate_LeadWithOnlyAName_IsValid()
    {
        var result = new LeadValidator().Validate(NewLead());

        Assert.True(result.IsValid);
        Assert.Empty(result.Errors);
    }

    [Fact]
    public void Validate_FullyFilledLead_IsValid()
    {
        var lead = NewLead();
        lead.SetCompanyName("Contoso");
        lead.AddEmail(EmailEntry.Business("ann@example.com"));
        lead.AddEmail(EmailEntry.Business("ann@example.org"));
        lead.AddAddress(new PostalAddress(AddressKind.Business, city: "Lyon", isMailing: true));
        lead.AddAddress(new PostalAddress(AddressKind.Home, city: "Paris"));
        lead.SetManualScore(ContactRecord.MaxManualStars);
        lead.CheckCriterion(new CriterionId("budget"), Clock.GetCurrentInstant());

        Assert.True(new LeadValidator().Validate(lead).IsValid);
    }

    [Fact]
    public void Constructor_WithoutSchema_UsesTheEmptySchema()
    {
        Assert.Same(CustomFieldSchema.Empty, new LeadValidator().Schema);
        Assert.Same(CustomFieldSchema.Empty, new LeadValidator(null!).Schema);
    }

    [Fact]
    public void Validate_RequiredCustomFieldMissing_ReportsRequiredAtTheFieldPath()
    {
        var validator = new LeadValidator(new CustomFieldSchema([Budget, Tier]));

        var error = Assert.Single(validator.Validate(NewLead()).Errors);

        Assert.Equal("CustomFields[Budget]", error.PropertyName);
        Assert.Equal("LeadKit.CustomField.Required", error.ErrorCode);
    }

    [Fact]
    public void Validate_RequiredCustomFieldPresent_IsValid()
    {
        var lead = NewLead();
        lead.SetCustomField(Budget, CustomFieldValue.FromCurrency(5000m));

        Assert.True(new LeadValidator(new CustomFieldSchema([Budget, Tier])).Validate(lead).IsValid);
    }

    [Fact]
    public void Validate_RequiredFieldOfAnotherRecordKind_IsNotRequiredOfALead()
    {
        var contactOnly = new CustomFieldDefinition(RecordKind.BusinessContact, "Account manager", CustomFieldType.Text, isRequired: true);

        Assert.True(new LeadValidator(new CustomFieldSchema([contactOnly])).Validate(NewLead()).IsValid);
    }

    [Fact]
    public void Validate_UndefinedCustomField_ReportsUndefined()
    {
        var lead = NewLead();
        lead.SetCustomField(Budget, CustomFieldValue.FromCurrency(1m));
        lead.SetCustomField(new CustomFieldDefinition(RecordKind.Lead, "Legacy code", CustomFieldType.Text), CustomFieldValue.FromText("X1"));

        var error = Assert.Single(new LeadValidator(new CustomFieldSchema([Budget])).Validate(lead).Errors);

        Assert.Equal("CustomFields[Legacy code]", error.PropertyName);
        Assert.Equal("LeadKit.CustomField.Undefined", error.ErrorCode);
    }

    [Fact]
    public void Validate_FieldDefinedOnlyForContacts_IsUndefinedOnALead()
    {
        var lead = NewLead();
        lead.SetCustomField(new CustomFieldDefinition(RecordKind.Lead, "Since", CustomFieldType.Date), CustomFieldValue.FromDate(new LocalDate(2020, 1, 1)));
        var schema = new CustomFieldSchema([new CustomFieldDefinition(RecordKind.BusinessContact, "Since", CustomFieldType.Date)]);

        var error = Assert.Single(new LeadValidator(schema).Validate(lead).Errors);

        Assert.Equal("LeadKit.CustomField.Undefined", error.ErrorCode);
    }

    [Fact]
    public void Validate_EmptySchema_SkipsCustomFieldChecks()
    {
        var lead = NewLead();
        lead.SetCustomField(new CustomFieldDefinition(RecordKind.Lead, "Anything", CustomFieldType.YesNo), CustomFieldValue.FromYesNo(true));

        Assert.True(new LeadValidator(CustomFieldSchema.Empty).Validate(lead).IsValid);
    }

    [Fact]
    public void Validate_FieldNameInOtherCase_MatchesTheDefinition()
    {
        var lead = NewLead();
        lead.SetCustomField(new CustomFieldDefinition(RecordKind.Lead, "BUDGET", CustomFieldType.Currency, currencyCode: "EUR"), CustomFieldValue.FromCurrency(1m));

        Assert.True(new LeadValidator(new CustomFieldSchema([Budget])).Validate(lead).IsValid);
    }

    [Fact]
    public void Validate_StoredValueOfAnotherTypeThanTheSchema_ReportsWrongType()
    {
        var lead = NewLead();
        lead.SetCustomField(Budget, CustomFieldValue.FromCurrency(1m));
        lead.SetCustomField(new CustomFieldDefinition(RecordKind.Lead, "Tier", CustomFieldType.Text), CustomFieldValue.FromText("Gold"));

        var error = Assert.Single(new LeadValidator(new CustomFieldSchema([Budget, Tier])).Validate(lead).Errors);

        Assert.Equal("CustomFields[Tier]", error.PropertyName);
        Assert.Equal("LeadKit.CustomField.WrongType", error.ErrorCode);
    }

    [Fact]
    public void Validate_StoredChoiceNoLongerInTheList_ReportsNotAChoice()
    {
        var lead = NewLead();
        lead.SetCustomField(Budget, CustomFieldValue.FromCurrency(1m));
        lead.SetCustomField(Tier, CustomFieldValue.FromChoice("Silver"));
        var narrowed = new CustomFieldDefinition(RecordKind.Lead, "Tier", CustomFieldType.Choice, choices: ["Gold"]);

        var error = Assert.Single(new LeadValidator(new CustomFieldSchema([Budget, narrowed])).Validate(lead).Errors);

        Assert.Equal("CustomFields[Tier]", error.PropertyName);
        Assert.Equal("LeadKit.CustomField.NotAChoice", error.ErrorCode);
        Assert.Equal("Silver", error.AttemptedValue);
    }

    [Fact]
    public void Validate_StoredTextLongerThanTheSchemaAllows_ReportsTooLong()
    {
        var lead = NewLead();
        lead.SetCustomField(new CustomFieldDefinition(RecordKind.Lead, "Code", CustomFieldType.Text), CustomFieldValue.FromText("ABCDEF"));
        var schema = new CustomFieldSchema([new CustomFieldDefinition(RecordKind.Lead, "Code", CustomFieldType.Text, maxLength: 3)]);

        var error = Assert.Single(new LeadValidator(schema).Validate(lead).Errors);

        Assert.Equal("CustomFields[Code]", error.PropertyName);
        Assert.Equal("LeadKit.CustomField.TooLong", error.ErrorCode);
    }

    [Fact]
    public void Validate_SeveralProblems_ReportsEachOfThem()
    {
        var lead = NewLead();
        lead.SetCustomField(new CustomFieldDefinition(RecordKind.Lead, "Legacy", CustomFieldType.Text), CustomFieldValue.FromText("x"));
        lead.SetCustomField(new CustomFieldDefinition(RecordKind.Lead, "Tier", CustomFieldType.Choice, choices: ["Bronze"]), CustomFieldValue.FromChoice("Bronze"));

        var errors = new LeadValidator(new CustomFieldSchema([Budget, Tier])).Validate(lead).Errors;

        Assert.Equal(
            [("CustomFields[Legacy]", "LeadKit.CustomField.Undefined"), ("CustomFields[Tier]", "LeadKit.CustomField.NotAChoice"), ("CustomFields[Budget]", "LeadKit.CustomField.Required")],
            errors.Select(e => (e.PropertyName, e.ErrorCode)));
    }

    [Fact]
    public void RestoreScore_ManualWithoutStars_IsRefusedAndLeavesTheScoreAsItWas()
    {
        // The validator's ManualStarsRequired rule cannot fire on a record built through the API:
        // RestoreScore, the only way to set a score type without stars, refuses it first.
        var lead = NewLead();

        ValidationAssert.Single(() => lead.RestoreScore(ScoreType.Manual, null), "ManualStars", "LeadKit.Record.ManualStarsRequired");
        Assert.Equal(ScoreType.Automatic, lead.ScoreType);
        Assert.True(new LeadValidator().Validate(lead).IsValid);
    }

    [Fact]
    public void RestoreScore_UnknownScoreType_IsRefused()
    {
        var lead = NewLead();

        ValidationAssert.Single(() => lead.RestoreScore((ScoreType)5, null), "ScoreType", "LeadKit.Record.ScoreType");
        Assert.Equal(ScoreType.Automatic, lead.ScoreType);
    }

    [Fact]
    public void RestoreScore_UnknownScoreTypeWithStars_ChangesNothing()
    {
        var lead = NewLead();

        ValidationAssert.Single(() => lead.RestoreScore((ScoreType)5, 3), "ScoreType", "LeadKit.Record.ScoreType");
        Assert.Null(lead.ManualStars);
        Assert.Equal(ScoreType.Automatic, lead.ScoreType);
    }

    [Fact]
    public void RestoreScore_StarsOutOfRange_IsRefusedWithManualStarsRange()
    {
        var lead = NewLead();

        ValidationAssert.Single(() => lead.RestoreScore(ScoreType.Manual, 11), "ManualStars", "LeadKit.Record.ManualStarsRange");
        Assert.Null(lead.ManualStars);
        Assert.Equal(ScoreType.Automatic, lead.ScoreType);
    }

    [Fact]
    public void RestoreScore_ManualWithoutNewStars_KeepsTheStoredStars()
    {
        var lead = NewLead();
        lead.SetManualScore(2);
        lead.SetAutomaticScore();

        lead.RestoreScore(ScoreType.Manual, null);

        Assert.Equal(ScoreType.Manual, lead.ScoreType);
        Assert.Equal(2, lead.ManualStars);
    }

    [Fact]
    public void RestoreScore_AutomaticWithStars_KeepsBoth()
    {
        var lead = NewLead();

        lead.RestoreScore(ScoreType.Automatic, 7);

        Assert.Equal(ScoreType.Automatic, lead.ScoreType);
        Assert.Equal(7, lead.ManualStars);
        Assert.True(new LeadValidator().Validate(lead).IsValid);
    }

    [Fact]
    public void RestoreCustomField_WithoutDefinition_IsReportedOnceASchemaIsAtHand()
    {
        var lead = NewLead();
        lead.RestoreCustomField(" Legacy ", CustomFieldValue.FromText("x"));

        Assert.True(lead.CustomFields.ContainsKey("Legacy"));
        var error = Assert.Single(new LeadValidator(new CustomFieldSchema([Tier])).Validate(lead).Errors);
        Assert.Equal("LeadKit.CustomField.Undefined", error.ErrorCode);
    }

    private static Lead NewLead() => Lead.Create(PersonName.Parse("Ann Lee"), Clock);
}
