using System.Globalization;
using LeadKit.CustomFields;
using LeadKit.Leads;
using LeadKit.Validation;
using NodaTime;

namespace LeadKit.Tests.Domain;

public sealed class CustomFieldDefinitionTests
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");
    private static readonly CultureInfo American = CultureInfo.GetCultureInfo("en-US");

    [Fact]
    public void Constructor_TextWithoutMaxLength_Defaults255()
    {
        var definition = new CustomFieldDefinition(RecordKind.Lead, "  Notes ", CustomFieldType.Text);

        Assert.Equal("Notes", definition.Name);
        Assert.Equal(255, definition.MaxLength);
        Assert.Null(definition.Choices);
        Assert.Null(definition.CurrencyCode);
        Assert.False(definition.IsRequired);
        Assert.Equal(RecordKind.Lead, definition.RecordKind);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4000)]
    public void Constructor_TextMaxLengthInRange_IsAccepted(int maxLength)
    {
        Assert.Equal(maxLength, new CustomFieldDefinition(RecordKind.Lead, "Notes", CustomFieldType.Text, maxLength: maxLength).MaxLength);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(4001)]
    public void Constructor_TextMaxLengthOutOfRange_IsRefusedWithMaxLength(int maxLength)
    {
        ValidationAssert.Single(() => new CustomFieldDefinition(RecordKind.Lead, "Notes", CustomFieldType.Text, maxLength: maxLength), "MaxLength", "LeadKit.CustomFieldDefinition.MaxLength");
    }

    [Theory]
    [InlineData(CustomFieldType.WholeNumber)]
    [InlineData(CustomFieldType.Decimal)]
    [InlineData(CustomFieldType.Date)]
    [InlineData(CustomFieldType.YesNo)]
    public void Constructor_MaxLengthOnANonTextField_IsRefusedWithMaxLengthNotText(CustomFieldType type)
    {
        ValidationAssert.Single(() => new CustomFieldDefinition(RecordKind.Lead, "Field", type, maxLength: 10), "MaxLength", "LeadKit.CustomFieldDefinition.MaxLengthNotText");
    }

    [Fact]
    public void Constructor_ChoiceWithChoices_IsAccepted()
    {
        var definition = new CustomFieldDefinition(RecordKind.Lead, "Tier", CustomFieldType.Choice, choices: ["Gold", "Silver"]);

        Assert.Equal(["Gold", "Silver"], definition.Choices!);
        Assert.Null(definition.MaxLength);
    }

    [Fact]
    public void Constructor_ChoiceWithoutChoices_IsRefusedWithChoicesRequired()
    {
        ValidationAssert.Single(() => new CustomFieldDefinition(RecordKind.Lead, "Tier", CustomFieldType.Choice), "Choices", "LeadKit.CustomFieldDefinition.ChoicesRequired");
    }

    [Fact]
    public void Constructor_ChoiceWithAnEmptyList_IsRefusedWithChoicesRequired()
    {
        ValidationAssert.Single(() => new CustomFieldDefinition(RecordKind.Lead, "Tier", CustomFieldType.Choice, choices: []), "Choices", "LeadKit.CustomFieldDefinition.ChoicesRequired");
    }

    [Theory]
    [InlineData(CustomFieldType.Text)]
    [InlineData(CustomFieldType.WholeNumber)]
    [InlineData(CustomFieldType.YesNo)]
    public void Constructor_ChoicesOnANonChoiceField_IsRefusedWithChoicesNotChoice(CustomFieldType type)
    {
        ValidationAssert.Single(() => new CustomFieldDefinition(RecordKind.Lead, "Field", type, choices: ["A"]), "Choices", "LeadKit.CustomFieldDefinition.ChoicesNotChoice");
    }

    [Fact]
    public void Constructor_ChoicesWithADuplicate_IsRefusedByThePicklist()
    {
        var ex = Assert.Throws<LeadKitValidationException>(() => new CustomFieldDefinition(RecordKind.Lead, "Tier", CustomFieldType.Choice, choices: ["Gold", "gold"]));

        Assert.Equal("LeadKit.Picklist.Duplicate", Assert.Single(ex.Errors).ErrorCode);
    }

    [Fact]
    public void Constructor_CurrencyCode_IsTrimmedAndUpperCased()
    {
        var definition = new CustomFieldDefinition(RecordKind.Lead, "Budget", CustomFieldType.Currency, currencyCode: " eur ");

        Assert.Equal("EUR", definition.CurrencyCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("EU")]
    [InlineData("EURO")]
    [InlineData("E1R")]
    [InlineData("€")]
    public void Constructor_CurrencyWithoutAValidCode_IsRefusedWithOneCurrencyCodeError(string? code)
    {
        ValidationAssert.Single(() => new CustomFieldDefinition(RecordKind.Lead, "Budget", CustomFieldType.Currency, currencyCode: code), "CurrencyCode", "LeadKit.CustomFieldDefinition.CurrencyCode");
    }

    [Theory]
    [InlineData(CustomFieldType.Text)]
    [InlineData(CustomFieldType.Decimal)]
    [InlineData(CustomFieldType.Date)]
    public void Constructor_CurrencyCodeOnANonCurrencyField_IsRefusedWithCurrencyNotCurrency(CustomFieldType type)
    {
        ValidationAssert.Single(() => new CustomFieldDefinition(RecordKind.Lead, "Field", type, currencyCode: "EUR"), "CurrencyCode", "LeadKit.CustomFieldDefinition.CurrencyNotCurrency");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Constructor_BlankName_IsRefusedWithNameRequired(string? name)
    {
        ValidationAssert.Single(() => new CustomFieldDefinition(RecordKind.Lead, name!, CustomFieldType.YesNo), "Name", "LeadKit.CustomFieldDefinition.NameRequired");
    }

    [Fact]
    public void Constructor_NameOf65_IsRefusedWithNameTooLong()
    {
        Assert.Equal(64, new CustomFieldDefinition(RecordKind.Lead, new string('a', 64), CustomFieldType.YesNo).Name.Length);
        ValidationAssert.Single(() => new CustomFieldDefinition(RecordKind.Lead, new string('a', 65), CustomFieldType.YesNo), "Name", "LeadKit.CustomFieldDefinition.NameTooLong");
    }

    [Theory]
    [InlineData("Budget (k€)")]
    [InlineData("Budget*")]
    [InlineData("a[b]")]
    [InlineData("a,b")]
    public void Constructor_NameWithForbiddenCharacters_IsRefusedWithNameSyntax(string name)
    {
        ValidationAssert.Single(() => new CustomFieldDefinition(RecordKind.Lead, name, CustomFieldType.YesNo), "Name", "LeadKit.CustomFieldDefinition.NameSyntax");
    }

    [Theory]
    [InlineData("Budget (k) 2026/27_v-1.0")]
    [InlineData("Größe")]
    public void Constructor_NameWithAllowedCharacters_IsAccepted(string name)
    {
        Assert.Equal(name, new CustomFieldDefinition(RecordKind.Lead, name, CustomFieldType.YesNo).Name);
    }

    [Fact]
    public void Constructor_UnknownRecordKind_IsRefusedWithRecordKind()
    {
        ValidationAssert.Single(() => new CustomFieldDefinition((RecordKind)9, "Field", CustomFieldType.YesNo), "RecordKind", "LeadKit.CustomFieldDefinition.RecordKind");
    }

    [Fact]
    public void Constructor_UnknownType_IsRefusedWithType()
    {
        ValidationAssert.Single(() => new CustomFieldDefinition(RecordKind.Lead, "Field", (CustomFieldType)99), "Type", "LeadKit.CustomFieldDefinition.Type");
    }

    [Fact]
    public void Check_NoValueForAnOptionalField_IsFine()
    {
        Assert.Empty(new CustomFieldDefinition(RecordKind.Lead, "Field", CustomFieldType.YesNo).Check(null));
    }

    [Fact]
    public void Check_NoValueForARequiredField_ReportsRequired()
    {
        var error = Assert.Single(new CustomFieldDefinition(RecordKind.Lead, "Field", CustomFieldType.YesNo, isRequired: true).Check(null));

        Assert.Equal(string.Empty, error.PropertyPath);
        Assert.Equal("LeadKit.CustomField.Required", error.ErrorCode);
    }

    [Fact]
    public void Check_ValueOfAnotherType_ReportsWrongType()
    {
        var error = Assert.Single(new CustomFieldDefinition(RecordKind.Lead, "Employees", CustomFieldType.WholeNumber).Check(CustomFieldValue.FromText("many")));

        Assert.Equal("LeadKit.CustomField.WrongType", error.ErrorCode);
        Assert.Equal("many", error.AttemptedValue);
    }

    [Fact]
    public void Check_TextLongerThanMaxLength_ReportsTooLong()
    {
        var definition = new CustomFieldDefinition(RecordKind.Lead, "Code", CustomFieldType.Text, maxLength: 3);

        Assert.Empty(definition.Check(CustomFieldValue.FromText("abc")));
        Assert.Equal("LeadKit.CustomField.TooLong", Assert.Single(definition.Check(CustomFieldValue.FromText("abcd"))).ErrorCode);
    }

    [Fact]
    public void Check_ChoiceNotInTheList_ReportsNotAChoice()
    {
        var definition = new CustomFieldDefinition(RecordKind.Lead, "Tier", CustomFieldType.Choice, choices: ["Gold", "Silver"]);

        Assert.Empty(definition.Check(CustomFieldValue.FromChoice("gold")));
        var error = Assert.Single(definition.Check(CustomFieldValue.FromChoice("Platinum")));
        Assert.Equal("LeadKit.CustomField.NotAChoice", error.ErrorCode);
        Assert.Equal("Platinum", error.AttemptedValue);
    }

    [Fact]
    public void Parse_Blank_ReturnsNoValueEvenWhenRequired()
    {
        var definition = new CustomFieldDefinition(RecordKind.Lead, "Field", CustomFieldType.WholeNumber, isRequired: true);

        Assert.Null(definition.Parse(null));
        Assert.Null(definition.Parse("   "));
    }

    [Fact]
    public void Parse_Text_TrimsTheText()
    {
        Assert.Equal(CustomFieldValue.FromText("hello world"), Text().Parse("  hello world "));
    }

    [Fact]
    public void Parse_TextLongerThanMaxLength_IsRefusedWithTooLongAtTheFieldName()
    {
        var definition = new CustomFieldDefinition(RecordKind.Lead, "Code", CustomFieldType.Text, maxLength: 3);

        ValidationAssert.Single(() => definition.Parse("abcd"), "Code", "LeadKit.CustomField.TooLong");
    }

    [Fact]
    public void Parse_Choice_UsesTheListsSpelling()
    {
        Assert.Equal(CustomFieldValue.FromChoice("Gold"), Choice().Parse(" gOLD "));
    }

    [Fact]
    public void Parse_ChoiceNotInTheList_IsRefusedWithNotAChoice()
    {
        ValidationAssert.Single(() => Choice().Parse("Platinum"), "Tier", "LeadKit.CustomField.NotAChoice");
    }

    [Theory]
    [InlineData("42", 42L)]
    [InlineData("-7", -7L)]
    [InlineData("1,234", 1234L)]
    [InlineData(" 9223372036854775807 ", long.MaxValue)]
    public void Parse_WholeNumberInvariant_ReadsTheNumber(string text, long expected)
    {
        Assert.Equal(expected, WholeNumber().Parse(text)!.AsWholeNumber);
    }

    [Fact]
    public void Parse_WholeNumberWithCultureGrouping_ReadsTheNumber()
    {
        Assert.Equal(1234L, WholeNumber().Parse("1.234", German)!.AsWholeNumber);
        Assert.Equal(1234567L, WholeNumber().Parse("1\u202F234\u202F567", French)!.AsWholeNumber);
    }

    [Theory]
    [InlineData("12.5")]
    [InlineData("many")]
    [InlineData("9223372036854775808")]
    public void Parse_WholeNumberUnparsable_IsRefusedWithUnparsable(string text)
    {
        var ex = Assert.Throws<LeadKitValidationException>(() => WholeNumber().Parse(text));

        var error = Assert.Single(ex.Errors);
        Assert.Equal("Employees", error.PropertyPath);
        Assert.Equal("LeadKit.CustomField.Unparsable", error.ErrorCode);
        Assert.Equal(text, error.AttemptedValue);
        Assert.Equal(nameof(CustomFieldValue), ex.TypeName);
    }

    [Theory]
    [InlineData("12.5", "12.5")]
    [InlineData("-0.001", "-0.001")]
    [InlineData("1,234.5", "1234.5")]
    [InlineData("7", "7")]
    public void Parse_DecimalInvariant_ReadsTheNumber(string text, string expected)
    {
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), Decimal().Parse(text)!.AsDecimal);
    }

    [Theory]
    [InlineData("de-DE", "1,5", "1.5")]
    [InlineData("de-DE", "1.234,56", "1234.56")]
    [InlineData("de-DE", "-0,25", "-0.25")]
    [InlineData("fr-FR", "12,75", "12.75")]
    [InlineData("fr-FR", "1\u202F234,5", "1234.5")]
    [InlineData("en-US", "1,234.5", "1234.5")]
    public void Parse_DecimalInTheGivenCulture_ReadsTheNumber(string culture, string text, string expected)
    {
        var value = Decimal().Parse(text, CultureInfo.GetCultureInfo(culture));

        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), value!.AsDecimal);
    }

    [Fact]
    public void Parse_DecimalMachineFormatWithACulture_StillReadsTheInvariantForm()
    {
        // Round-trips ToInvariantString whatever culture the caller passes.
        Assert.Equal(12.5m, Decimal().Parse("12.5", French)!.AsDecimal);
        Assert.Equal(12.5m, Decimal().Parse(CustomFieldValue.FromDecimal(12.5m).ToInvariantString(), German)!.AsDecimal);
    }

    [Fact]
    public void Parse_DecimalUnparsable_IsRefusedWithUnparsable()
    {
        ValidationAssert.Single(() => Decimal().Parse("twelve"), "Ratio", "LeadKit.CustomField.Unparsable");
    }

    [Fact]
    public void Parse_CurrencyWithCodeOrCultureSymbol_ReadsTheAmount()
    {
        var definition = new CustomFieldDefinition(RecordKind.Lead, "Budget", CustomFieldType.Currency, currencyCode: "EUR");

        Assert.Equal(CustomFieldValue.FromCurrency(1250.50m), definition.Parse("EUR 1250.50"));
        Assert.Equal(CustomFieldValue.FromCurrency(1250.50m), definition.Parse("1250.50 eur"));
        Assert.Equal(CustomFieldValue.FromCurrency(1234.5m), definition.Parse("1.234,50 €", German));
        Assert.Equal(CustomFieldValue.FromCurrency(99m), definition.Parse("$99", American));
    }

    [Fact]
    public void Parse_CurrencyUnparsable_IsRefusedWithUnparsable()
    {
        var definition = new CustomFieldDefinition(RecordKind.Lead, "Budget", CustomFieldType.Currency, currencyCode: "EUR");

        ValidationAssert.Single(() => definition.Parse("USD 12"), "Budget", "LeadKit.CustomField.Unparsable");
    }

    [Fact]
    public void Parse_DateIso_ReadsTheDateWhateverTheCulture()
    {
        Assert.Equal(new LocalDate(2026, 11, 27), Date().Parse("2026-11-27")!.AsDate);
        Assert.Equal(new LocalDate(2026, 11, 27), Date().Parse("2026-11-27", French)!.AsDate);
    }

    [Theory]
    [InlineData("fr-FR", "27/11/2026")]
    [InlineData("de-DE", "27.11.2026")]
    [InlineData("en-US", "11/27/2026")]
    public void Parse_DateInTheCulturesShortForm_ReadsTheDate(string culture, string text)
    {
        Assert.Equal(new LocalDate(2026, 11, 27), Date().Parse(text, CultureInfo.GetCultureInfo(culture))!.AsDate);
    }

    [Theory]
    [InlineData("27/11/2026", null)]
    [InlineData("11/27/2026", "fr-FR")]
    [InlineData("2026-02-30", null)]
    [InlineData("tomorrow", "en-US")]
    public void Parse_DateUnparsable_IsRefusedWithUnparsable(string text, string? culture)
    {
        var cultureInfo = culture is null ? null : CultureInfo.GetCultureInfo(culture);

        ValidationAssert.Single(() => Date().Parse(text, cultureInfo), "Since", "LeadKit.CustomField.Unparsable");
    }

    [Theory]
    [InlineData("yes", true)]
    [InlineData("Y", true)]
    [InlineData("TRUE", true)]
    [InlineData("1", true)]
    [InlineData("no", false)]
    [InlineData("n", false)]
    [InlineData("False", false)]
    [InlineData("0", false)]
    public void Parse_YesNo_ReadsTheAnswer(string text, bool expected)
    {
        Assert.Equal(expected, YesNo().Parse(text)!.AsYesNo);
    }

    [Theory]
    [InlineData("oui")]
    [InlineData("2")]
    [InlineData("maybe")]
    public void Parse_YesNoUnparsable_IsRefusedWithUnparsable(string text)
    {
        ValidationAssert.Single(() => YesNo().Parse(text, French), "Opted in", "LeadKit.CustomField.Unparsable");
    }

    [Fact]
    public void Parse_EveryTypeRoundTripsItsInvariantString()
    {
        var values = new (CustomFieldDefinition Definition, CustomFieldValue Value)[]
        {
            (Text(), CustomFieldValue.FromText("x")),
            (Choice(), CustomFieldValue.FromChoice("Silver")),
            (WholeNumber(), CustomFieldValue.FromWholeNumber(-12)),
            (Decimal(), CustomFieldValue.FromDecimal(3.14159m)),
            (new CustomFieldDefinition(RecordKind.Lead, "Budget", CustomFieldType.Currency, currencyCode: "USD"), CustomFieldValue.FromCurrency(10.01m)),
            (Date(), CustomFieldValue.FromDate(new LocalDate(2024, 2, 29))),
            (YesNo(), CustomFieldValue.FromYesNo(true)),
        };

        foreach (var (definition, value) in values)
        {
            Assert.Equal(value, definition.Parse(value.ToInvariantString(), German));
        }
    }

    private static CustomFieldDefinition Text() => new(RecordKind.Lead, "Notes", CustomFieldType.Text);

    private static CustomFieldDefinition Choice() => new(RecordKind.Lead, "Tier", CustomFieldType.Choice, choices: ["Gold", "Silver"]);

    private static CustomFieldDefinition WholeNumber() => new(RecordKind.Lead, "Employees", CustomFieldType.WholeNumber);

    private static CustomFieldDefinition Decimal() => new(RecordKind.Lead, "Ratio", CustomFieldType.Decimal);

    private static CustomFieldDefinition Date() => new(RecordKind.Lead, "Since", CustomFieldType.Date);

    private static CustomFieldDefinition YesNo() => new(RecordKind.Lead, "Opted in", CustomFieldType.YesNo);
}
