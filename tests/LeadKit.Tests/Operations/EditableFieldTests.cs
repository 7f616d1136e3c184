using System.Globalization;
using LeadKit.BulkEdit;
using LeadKit.Contacts;
using LeadKit.CustomFields;
using LeadKit.Leads;
using LeadKit.Scoring;
using LeadKit.Tests.Domain;
using NodaTime;

namespace LeadKit.Tests.Operations;

public sealed class EditableFieldTests
{
    private static readonly CustomFieldDefinition Employees = new(RecordKind.Lead, "Employees", CustomFieldType.WholeNumber);
    private static readonly CustomFieldDefinition Industry = new(RecordKind.Lead, "Industry", CustomFieldType.Choice, choices: ["Software", "Retail"]);
    private static readonly CustomFieldDefinition Region = new(RecordKind.Lead, "Region", CustomFieldType.Choice, isRequired: true, choices: ["EMEA", "APAC"]);

    public static TheoryData<string, string> RoundTrips => new()
    {
        { "name", "Dr. Ann Lee" },
        { "fileAs", "CompanyLastFirst" },
        { "title", "Head of IT" },
        { "company", "Contoso" },
        { "account", "0193b6a1-0000-7000-8000-000000000005 Babbage & Co." },
        { "account", "0193b6a1-0000-7000-8000-000000000005" },
        { "assignedTo", "0193b6a1-0000-7000-8000-000000000003" },
        { "photo", "data:image/png;base64,iVBORw0KGgoA/xBC" },
        { "email", "business:ann@example.com" },
        { "email", "personal:Ann Lee <ann@home.example>" },
        { "phone", "mobile:+1 (555) 010-0100" },
        { "webPage", "https://example.com/a?b=1" },
        { "source", "Trade Show" },
        { "initiatedBy", "user:0193b6a1-0000-7000-8000-000000000003 Ann Lee" },
        { "initiatedBy", "contact:0193b6a1-0000-7000-8000-000000000002" },
        { "areaOfInterest", "Engines" },
        { "rating", "Good" },
        { "scoreType", "Manual" },
        { "manualStars", "4" },
        { "checked", "budget-confirmed" },
        { "comments", "Line one\nLine two" },
        { "custom.Employees", "1250" },
        { "custom.Industry", "Retail" },
    };

    public static TheoryData<string, string, string> Refusals => new()
    {
        { "name", "   ", "LeadKit.BulkEdit.ValueRequired" },
        { "fileAs", "Sideways", "LeadKit.BulkEdit.Unparsable" },
        { "fileAs", "7", "LeadKit.BulkEdit.Unparsable" },
        { "title", new string('x', 256), "LeadKit.BulkEdit.TooLong" },
        { "account", "not-a-guid Contoso", "LeadKit.BulkEdit.Unparsable" },
        { "assignedTo", "Ann Lee", "LeadKit.BulkEdit.Unparsable" },
        { "photo", "image.png", "LeadKit.BulkEdit.Unparsable" },
        { "photo", "data:image/png;base64,***", "LeadKit.BulkEdit.Unparsable" },
        { "address", "12 Main St, Springfield", "LeadKit.BulkEdit.NoTextForm" },
        { "webPage", "ftp://example.com", "LeadKit.BulkEdit.WebPage" },
        { "webPage", "example", "LeadKit.BulkEdit.Unparsable" },
        { "initiatedBy", "Ann Lee", "LeadKit.BulkEdit.Unparsable" },
        { "initiatedBy", "account:0193b6a1-0000-7000-8000-000000000003", "LeadKit.BulkEdit.Unparsable" },
        { "scoreType", "Sometimes", "LeadKit.BulkEdit.Unparsable" },
        { "manualStars", "eleven", "LeadKit.BulkEdit.Unparsable" },
        { "manualStars", "11", "LeadKit.BulkEdit.ManualStarsRange" },
        { "manualStars", "-1", "LeadKit.BulkEdit.ManualStarsRange" },
        { "checked", "Budget Confirmed", "LeadKit.BulkEdit.Unparsable" },
        { "custom.Employees", "many", "LeadKit.CustomField.Unparsable" },
        { "custom.Industry", "Mining", "LeadKit.CustomField.NotAChoice" },
    };

    [Theory]
    [MemberData(nameof(RoundTrips))]
    public void Parse_ThenFormat_GivesTheSameText(string name, string text)
    {
        var field = Catalog().Get(name);

        var value = field.Parse(text);

        Assert.IsAssignableFrom(field.ValueType, value);
        Assert.Equal(text, field.Format(value));
        Assert.Equal(text, field.Format(field.Parse(field.Format(value))));
    }

    [Theory]
    [MemberData(nameof(Refusals))]
    public void Parse_InvalidText_RefusedWithAStableCode(string name, string text, string code)
    {
        var field = Catalog().Get(name);

        var e = Assert.Throws<Validation.LeadKitValidationException>(() => field.Parse(text));

        Assert.Contains(e.Errors, x => x.ErrorCode == code);
    }

    [Fact]
    public void Parse_EmailAndPhone_DefaultToBusinessAndKeepTheDisplayName()
    {
        var email = (EmailEntry)EditableField.Emails.Parse("\"Ann Lee\" <ann@example.com>");
        var phone = (PhoneNumber)EditableField.Phones.Parse("+44 20 7946 0000");

        Assert.Equal((EmailKind.Business, "Ann Lee", "ann@example.com"), (email.Kind, email.DisplayName, email.Address.Value));
        Assert.Equal(PhoneKind.Business, phone.Kind);
    }

    [Fact]
    public void Parse_CustomNumbers_UseTheGivenCulture()
    {
        var field = EditableField.Custom(new CustomFieldDefinition(RecordKind.Lead, "Win probability", CustomFieldType.Decimal));

        Assert.Equal(0.75m, ((CustomFieldValue)field.Parse("0,75", CultureInfo.GetCultureInfo("fr-FR"))).AsDecimal);
        Assert.Equal(3, (int)EditableField.ManualStars.Parse(" 3 "));
    }

    [Fact]
    public void Fields_DescribeThemselves()
    {
        foreach (var field in Catalog())
        {
            Assert.False(string.IsNullOrWhiteSpace(field.Description), field.Name);
            Assert.False(string.IsNullOrWhiteSpace(field.TextForm), field.Name);
            Assert.Equal(field.Name, field.ToString());
        }

        Assert.Equal(
            ["name", "fileAs", "title", "company", "account", "assignedTo", "photo", "email", "phone", "address", "webPage", "source", "initiatedBy", "areaOfInterest", "rating", "scoreType", "manualStars", "checked", "comments"],
            EditableField.BuiltIn.Select(f => f.Name));
        Assert.Equal(["email", "phone", "address", "checked"], EditableField.BuiltIn.Where(f => f.IsMultiValued).Select(f => f.Name));
        Assert.Equal(["name", "fileAs", "scoreType"], EditableField.BuiltIn.Where(f => !f.CanClear).Select(f => f.Name));
        Assert.True(EditableField.Comments.Supports(EditOperation.Add));
        Assert.False(EditableField.CheckedCriteria.Supports(EditOperation.Set));
        Assert.Equal(EditOperations.Set, EditableField.Custom(Region).Operations);
        Assert.Same(Region, EditableField.Custom(Region).CustomField);
    }

    [Fact]
    public void Custom_ContactField_Refused()
    {
        Assert.Throws<ArgumentException>(() => EditableField.Custom(new CustomFieldDefinition(RecordKind.BusinessContact, "VIP", CustomFieldType.YesNo)));
    }

    [Fact]
    public void Catalog_FindsByFilterNameAliasAndBareCustomName()
    {
        var catalog = Catalog();
        var quoted = EditableFieldCatalog.For(new CustomFieldSchema([new CustomFieldDefinition(RecordKind.Lead, "Annual revenue", CustomFieldType.Decimal)]));

        Assert.Same(EditableField.Emails, catalog.Find("emails"));
        Assert.Same(EditableField.ManualStars, catalog.Find("manualScore"));
        Assert.Same(EditableField.CheckedCriteria, catalog.Find("CRITERIA"));
        Assert.Equal("custom.Employees", catalog.Find("employees")!.Name);
        Assert.Equal("custom.Employees", catalog.Find("custom.employees")!.Name);
        Assert.Equal("custom.\"Annual revenue\"", quoted.Find("custom.\"Annual revenue\"")!.Name);
        Assert.Null(catalog.Find("nothing"));
        Assert.Equal(EditableField.BuiltIn.Count, EditableFieldCatalog.BuiltIn.Count);
        Assert.Null(EditableFieldCatalog.BuiltIn.Find("Employees"));
        ValidationAssert.Single(() => catalog.Get("nothing"), "nothing", "LeadKit.BulkEdit.UnknownField");
    }

    [Fact]
    public void FieldEdit_TextForATypedField_IsParsed_AndAWrongTypeIsAProgrammerError()
    {
        var edit = FieldEdit.Set(EditableField.Source, "Web");

        Assert.Equal(new LeadSource("Web"), edit.Value);
        Assert.Equal("set source = \"Web\"", edit.ToString());
        Assert.Equal("clear rating", FieldEdit.Clear(EditableField.Rating).ToString());
        Assert.Throws<ArgumentException>(() => FieldEdit.Set(EditableField.ManualStars, 4L));
        Assert.Throws<ArgumentNullException>(() => FieldEdit.Set(EditableField.JobTitle, null!));
    }

    [Fact]
    public void FieldEdit_UnsupportedOperations_Refused()
    {
        ValidationAssert.Single(() => FieldEdit.Add(EditableField.JobTitle, "CEO"), "title", "LeadKit.BulkEdit.OperationNotSupported");
        ValidationAssert.Single(() => FieldEdit.Remove(EditableField.Rating, "Good"), "rating", "LeadKit.BulkEdit.OperationNotSupported");
        ValidationAssert.Single(() => FieldEdit.Set(EditableField.CheckedCriteria, "budget"), "checked", "LeadKit.BulkEdit.OperationNotSupported");
        ValidationAssert.Single(() => FieldEdit.Clear(EditableField.FullName), "name", "LeadKit.BulkEdit.CannotClear");
        ValidationAssert.Single(() => FieldEdit.Clear(EditableField.FileAs), "fileAs", "LeadKit.BulkEdit.CannotClear");
        ValidationAssert.Single(() => FieldEdit.Clear(EditableField.ScoreType), "scoreType", "LeadKit.BulkEdit.CannotClear");
        var required = ValidationAssert.Single(() => FieldEdit.Clear(EditableField.Custom(Region)), "custom.Region", "LeadKit.BulkEdit.CannotClear");
        Assert.Contains("required", required.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => FieldEdit.Parse(EditableField.JobTitle, (EditOperation)9, "x"));
    }

    [Fact]
    public void FieldEdit_InvalidTypedValues_Refused()
    {
        ValidationAssert.Single(() => FieldEdit.Set(EditableField.ManualStars, 11), "manualStars", "LeadKit.BulkEdit.ManualStarsRange");
        ValidationAssert.Single(() => FieldEdit.Set(EditableField.JobTitle, " "), "title", "LeadKit.BulkEdit.ValueRequired");
        ValidationAssert.Single(() => FieldEdit.Set(EditableField.WebPage, new Uri("mailto:ann@example.com")), "webPage", "LeadKit.BulkEdit.WebPage");
        ValidationAssert.Single(() => FieldEdit.Set(EditableField.Custom(Industry), CustomFieldValue.FromChoice("Mining")), "custom.Industry", "LeadKit.CustomField.NotAChoice");
        ValidationAssert.Single(() => FieldEdit.Set(EditableField.Custom(Employees), CustomFieldValue.FromText("12")), "custom.Employees", "LeadKit.CustomField.WrongType");
        ValidationAssert.Single(() => FieldEdit.Parse(EditableField.JobTitle, EditOperation.Set, null), "title", "LeadKit.BulkEdit.ValueRequired");
    }

    [Fact]
    public void Apply_OnARecord_ChangesOnlyTheField_AndRestorePutsTheStateBack()
    {
        var lead = Lead.Create(PersonName.Parse("Ann Lee"), new NodaTime.Testing.FakeClock(Instant.FromUtc(2026, 1, 1, 0, 0)));
        lead.AddPhone(new PhoneNumber(PhoneKind.Home, "+1 555 0100"));
        lead.AddPhone(new PhoneNumber(PhoneKind.Mobile, "1 555 0100"));
        lead.SetManualScore(2);
        lead.SetAutomaticScore();
        var phones = EditableField.Phones.Capture(lead);
        var score = EditableField.ScoreType.Capture(lead);

        EditableField.Phones.Apply(lead, EditOperation.Remove, EditableField.Phones.Parse("+15550100"), Instant.MinValue);
        EditableField.ScoreType.Apply(lead, EditOperation.Set, ScoreType.Manual, Instant.MinValue);

        Assert.Empty(lead.Phones);
        Assert.Equal((ScoreType.Manual, (int?)2), (lead.ScoreType, lead.ManualStars));
        EditableField.Phones.Restore(lead, phones);
        EditableField.ScoreType.Restore(lead, score);
        Assert.Equal(["+1 555 0100", "1 555 0100"], lead.Phones.Select(p => p.Number));
        Assert.Equal((ScoreType.Automatic, (int?)2), (lead.ScoreType, lead.ManualStars));
    }

    private static EditableFieldCatalog Catalog() => EditableFieldCatalog.For(new CustomFieldSchema([Employees, Industry, Region]));
}
