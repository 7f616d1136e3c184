using System.Globalization;
using LeadKit.Contacts;
using LeadKit.CustomFields;
using LeadKit.Leads;
using LeadKit.Querying;
using LeadKit.Scoring;
using LeadKit.Validation;
using NodaTime;

namespace LeadKit.Tests.Querying;

/// <content>The text form of field values (<see cref="RecordField.ParseValue"/>, <see cref="RecordField.FormatValue"/>) and the internal edit behaviour.</content>
public sealed partial class RecordFieldTests
{
    private static readonly CustomFieldDefinition Employees = new(RecordKind.Lead, "Employees", CustomFieldType.WholeNumber);
    private static readonly CustomFieldDefinition Industry = new(RecordKind.Lead, "Industry", CustomFieldType.Choice, choices: ["Software", "Retail"]);
    private static readonly CustomFieldDefinition Region = new(RecordKind.Lead, "Region", CustomFieldType.Choice, isRequired: true, choices: ["EMEA", "APAC"]);

    public static TheoryData<string, string> RoundTrips => new()
    {
        { "id", "0193b6a1-0000-7000-8000-000000000001" },
        { "name", "Dr. Ann Lee" },
        { "first", "Ann" },
        { "fileAs", "Lee, Ann" },
        { "fileAsFormat", "CompanyLastFirst" },
        { "title", "Head of IT" },
        { "company", "Contoso" },
        { "account", "0193b6a1-0000-7000-8000-000000000005 Babbage & Co." },
        { "account", "0193b6a1-0000-7000-8000-000000000005" },
        { "assignedTo", "0193b6a1-0000-7000-8000-000000000003" },
        { "photo", "data:image/png;base64,iVBORw0KGgoA/xBC" },
        { "email", "business:ann@example.com" },
        { "email", "personal:Ann Lee <ann@home.example>" },
        { "email", "business:\"\\\"quoted\\\" <and> a \\\\\" <ann@example.com>" },
        { "phone", "mobile:+1 (555) 010-0100" },
        { "webPage", "https://example.com/a?b=1" },
        { "source", "Trade Show" },
        { "initiatedBy", "user:0193b6a1-0000-7000-8000-000000000003 Ann Lee" },
        { "initiatedBy", "contact:0193b6a1-0000-7000-8000-000000000002" },
        { "areaOfInterest", "Engines" },
        { "rating", "Good" },
        { "scoreType", "Manual" },
        { "manualStars", "4" },
        { "stars", "3.5" },
        { "checked", "budget-confirmed" },
        { "comments", "Line one\nLine two" },
        { "created", "2026-11-27T09:00:00Z" },
        { "converted", "true" },
        { "custom.Employees", "1250" },
        { "custom.Industry", "Retail" },
        { "territory", "North-East" },
        { "phoneticLast", "Luv-lace" },
        { "imAddress", "sip:ann@example.com" },
        { "birthday", "1815-12-10" },
        { "anniversary", "2026-02-28" },
        { "doNotCall", "true" },
        { "active", "false" },
        { "preferredContactMethod", "Letter" },
    };

    public static TheoryData<string, string, string> Refusals => new()
    {
        { "id", "not-a-guid", "LeadKit.Field.Unparsable" },
        { "name", "   ", "LeadKit.Field.ValueRequired" },
        { "fileAsFormat", "Sideways", "LeadKit.Field.Unparsable" },
        { "fileAsFormat", "7", "LeadKit.Field.Unparsable" },
        { "title", new string('x', 256), "LeadKit.Field.TooLong" },
        { "account", "not-a-guid Contoso", "LeadKit.Field.Unparsable" },
        { "assignedTo", "Ann Lee", "LeadKit.Field.Unparsable" },
        { "photo", "image.png", "LeadKit.Field.Unparsable" },
        { "photo", "data:image/png;base64,***", "LeadKit.Field.Unparsable" },
        { "address", "12 Main St, Springfield", "LeadKit.Field.NoTextForm" },
        { "webPage", "ftp://example.com", "LeadKit.Field.WebPage" },
        { "webPage", "example", "LeadKit.Field.Unparsable" },
        { "initiatedBy", "Ann Lee", "LeadKit.Field.Unparsable" },
        { "initiatedBy", "account:0193b6a1-0000-7000-8000-000000000003", "LeadKit.Field.Unparsable" },
        { "scoreType", "Sometimes", "LeadKit.Field.Unparsable" },
        { "manualStars", "eleven", "LeadKit.Field.Unparsable" },
        { "manualStars", "11", "LeadKit.Field.ManualStarsRange" },
        { "manualStars", "-1", "LeadKit.Field.ManualStarsRange" },
        { "stars", "many", "LeadKit.Field.Unparsable" },
        { "created", "yesterday", "LeadKit.Field.Unparsable" },
        { "converted", "maybe", "LeadKit.Field.Unparsable" },
        { "checked", "Budget Confirmed", "LeadKit.Field.Unparsable" },
        { "custom.Employees", "many", "LeadKit.CustomField.Unparsable" },
        { "custom.Industry", "Mining", "LeadKit.CustomField.NotAChoice" },
        { "territory", new string('x', 256), "LeadKit.Field.TooLong" },
        { "phoneticFirst", new string('x', 101), "LeadKit.Field.TooLong" },
        { "birthday", "2026-02-30", "LeadKit.Field.Unparsable" },
        { "birthday", "10/12/1815", "LeadKit.Field.Unparsable" },
        { "doNotCall", "maybe", "LeadKit.Field.Unparsable" },
        { "active", "1", "LeadKit.Field.Unparsable" },
        { "preferredContactMethod", "Pigeon", "LeadKit.Field.Unparsable" },
        { "preferredContactMethod", "2", "LeadKit.Field.Unparsable" },
    };

    [Fact]
    public void DetailFields_EditAndFilter_AsTheCatalogueSays()
    {
        var lead = Lead.Create(PersonName.Parse("Ann Lee"), new NodaTime.Testing.FakeClock(Instant.FromUtc(2026, 11, 27, 9, 0)));
        lead.SetPhoneticName(new PhoneticName("An", "Rii", "Kontoso"));
        lead.SetDoNotCall(true);
        lead.SetActive(false);
        lead.SetPreferredContactMethod(PreferredContactMethod.Email);
        var now = Instant.FromUtc(2026, 11, 27, 9, 0);

        RecordField.PhoneticLast.Editor!.Apply(lead, FieldCapabilities.Set, "Lee", now);
        RecordField.PhoneticFirst.Editor!.Apply(lead, FieldCapabilities.Clear, null, now);
        RecordField.DoNotCall.Editor!.Apply(lead, FieldCapabilities.Clear, null, now);
        RecordField.Active.Editor!.Apply(lead, FieldCapabilities.Clear, null, now);
        RecordField.PreferredContactMethod.Editor!.Apply(lead, FieldCapabilities.Clear, null, now);
        RecordField.Birthday.Editor!.Apply(lead, FieldCapabilities.Set, RecordField.Birthday.ParseValue("1990-05-01"), now);

        Assert.Equal(new PhoneticName(null, "Lee", "Kontoso"), lead.PhoneticName);
        Assert.False(lead.DoNotCall);
        Assert.True(lead.IsActive);
        Assert.Equal(PreferredContactMethod.Any, lead.PreferredContactMethod);
        Assert.Equal(new LocalDate(1990, 5, 1), lead.Birthday);
        Assert.True(Filter.Parse("phoneticLast = \"lee\" and phoneticFirst is empty and doNotCall = false and active = true").Matches(lead));
        Assert.True(Filter.Parse("birthday >= 1990-05-01 and birthday < 1990-05-02 and preferredContactMethod = \"any\"").Matches(lead));
        Assert.False(Filter.Parse("doNotCall is empty or active is empty or preferredContactMethod is empty").Matches(lead));
        Assert.Throws<FilterSyntaxException>(() => Filter.Parse("preferredContactMethod = \"Pigeon\""));
        Assert.Throws<FilterSyntaxException>(() => Filter.Parse("birthday > 2026-01-01T00:00:00Z"));
        Assert.Throws<FilterSyntaxException>(() => Filter.Parse("active > true"));
        Assert.Throws<FilterSyntaxException>(() => SortSpec.Parse("doNotCall"));
    }

    [Theory]
    [MemberData(nameof(RoundTrips))]
    public void ParseValue_ThenFormatValue_GivesTheSameText(string name, string text)
    {
        var field = Catalog().Get(name);

        var value = field.ParseValue(text);

        Assert.IsAssignableFrom(field.ClrType, value);
        Assert.Equal(text, field.FormatValue(value));
        Assert.Equal(text, field.FormatValue(field.ParseValue(field.FormatValue(value))));
    }

    [Theory]
    [MemberData(nameof(Refusals))]
    public void ParseValue_InvalidText_RefusedWithAStableCode(string name, string text, string code)
    {
        var field = Catalog().Get(name);

        var e = Assert.Throws<LeadKitValidationException>(() => field.ParseValue(text));

        Assert.Contains(e.Errors, x => x.ErrorCode == code);
    }

    [Fact]
    public void ParseValue_CustomFieldKnownByNameOnly_Refused()
    {
        var e = Assert.Throws<LeadKitValidationException>(() => RecordField.Custom("Employees").ParseValue("12"));

        Assert.Contains(e.Errors, x => x.ErrorCode == "LeadKit.Field.NotDefined");
        Assert.Equal("12", RecordField.Custom("Employees").FormatValue(CustomFieldValue.FromWholeNumber(12)));
    }

    [Fact]
    public void FormatValue_WrongType_IsAProgrammerError()
    {
        Assert.Throws<ArgumentException>(() => RecordField.ManualStars.FormatValue(4L));
        Assert.Throws<ArgumentException>(() => RecordField.Id.FormatValue("0193b6a1-0000-7000-8000-000000000001"));
        Assert.Throws<ArgumentNullException>(() => RecordField.JobTitle.FormatValue(null!));
    }

    [Fact]
    public void ParseValue_EmailAndPhone_DefaultToBusinessAndKeepTheDisplayName()
    {
        var email = (EmailEntry)RecordField.Email.ParseValue("\"Ann Lee\" <ann@example.com>");
        var phone = (PhoneNumber)RecordField.Phone.ParseValue("+44 20 7946 0000");

        Assert.Equal((EmailKind.Business, "Ann Lee", "ann@example.com"), (email.Kind, email.DisplayName, email.Address.Value));
        Assert.Equal(PhoneKind.Business, phone.Kind);
    }

    [Fact]
    public void ParseValue_Numbers_UseTheGivenCulture()
    {
        var field = RecordField.Custom(new CustomFieldDefinition(RecordKind.Lead, "Win probability", CustomFieldType.Decimal));

        Assert.Equal(0.75m, ((CustomFieldValue)field.ParseValue("0,75", CultureInfo.GetCultureInfo("fr-FR"))).AsDecimal);
        Assert.Equal(3, (int)RecordField.ManualStars.ParseValue(" 3 "));
        Assert.Equal(2.5m, RecordField.Stars.ParseValue("2,5", CultureInfo.GetCultureInfo("fr-FR")));
    }

    [Fact]
    public void Fields_DescribeThemselves()
    {
        foreach (var field in Catalog())
        {
            Assert.False(string.IsNullOrWhiteSpace(field.Description), field.Name);
            Assert.False(string.IsNullOrWhiteSpace(field.TextForm), field.Name);
            Assert.Equal(field.Name, field.ToString());
            Assert.Equal(field.IsEditable, field.Editor is not null);
            Assert.Equal(field.Supports(FieldCapabilities.Set) || field.Supports(FieldCapabilities.Add), field.Supports(FieldCapabilities.Import));
        }

        Assert.Equal(["name", "fileAsFormat", "scoreType"], RecordField.BuiltIn.Where(f => f.Supports(FieldCapabilities.Set) && !f.Supports(FieldCapabilities.Clear)).Select(f => f.Name));
        Assert.Equal(["address"], RecordField.BuiltIn.Where(f => !f.Supports(FieldCapabilities.Export)).Select(f => f.Name));
        Assert.True(RecordField.Comments.Supports(FieldCapabilities.Add));
        Assert.False(RecordField.Checked.Supports(FieldCapabilities.Set));
        Assert.True(RecordField.Email.Supports(FieldCapabilities.Filter | FieldCapabilities.Add | FieldCapabilities.Remove));
        Assert.False(RecordField.Created.Supports(FieldCapabilities.None));
        Assert.Equal(FieldCapabilities.Set, RecordField.Custom(Region).Capabilities & FieldCapabilities.Edit);
        Assert.Same(Region, RecordField.Custom(Region).CustomField);
        Assert.Equal(RecordField.Custom("region"), RecordField.Custom(Region));
        Assert.Equal(typeof(FileAsFormat), RecordField.FileAsFormat.ClrType);
        Assert.Equal(typeof(string), RecordField.FileAs.ClrType);
        Assert.Equal(typeof(Guid), RecordField.Id.ClrType);
    }

    [Fact]
    public void Editor_OnARecord_ChangesOnlyTheField_AndRestorePutsTheStateBack()
    {
        var lead = Lead.Create(PersonName.Parse("Ann Lee"), new NodaTime.Testing.FakeClock(Instant.FromUtc(2026, 1, 1, 0, 0)));
        lead.AddPhone(new PhoneNumber(PhoneKind.Home, "+1 555 0100"));
        lead.AddPhone(new PhoneNumber(PhoneKind.Mobile, "1 555 0100"));
        lead.SetManualScore(2);
        lead.SetAutomaticScore();
        var phones = RecordField.Phone.Editor!.Capture(lead);
        var score = RecordField.ScoreType.Editor!.Capture(lead);

        RecordField.Phone.Editor.Apply(lead, FieldCapabilities.Remove, RecordField.Phone.ParseValue("+15550100"), Instant.MinValue);
        RecordField.ScoreType.Editor.Apply(lead, FieldCapabilities.Set, ScoreType.Manual, Instant.MinValue);

        Assert.Empty(lead.Phones);
        Assert.Equal((ScoreType.Manual, (int?)2), (lead.ScoreType, lead.ManualStars));
        RecordField.Phone.Editor.Restore(lead, phones);
        RecordField.ScoreType.Editor.Restore(lead, score);
        Assert.Equal(["+1 555 0100", "1 555 0100"], lead.Phones.Select(p => p.Number));
        Assert.Equal((ScoreType.Automatic, (int?)2), (lead.ScoreType, lead.ManualStars));
        Assert.Throws<InvalidOperationException>(() => RecordField.JobTitle.Editor!.Apply(lead, FieldCapabilities.Remove, "x", Instant.MinValue));
    }

    [Fact]
    public void FileAsAndFileAsFormat_AreTheFiledUnderTextAndItsFormat()
    {
        var lead = Lead.Create(PersonName.Parse("Ann Lee"), new NodaTime.Testing.FakeClock(Instant.FromUtc(2026, 1, 1, 0, 0)));

        RecordField.FileAsFormat.Editor!.Apply(lead, FieldCapabilities.Set, RecordField.FileAsFormat.ParseValue("FirstLast"), Instant.MinValue);

        Assert.Equal("Ann Lee", RecordField.FileAs.GetValue(lead));
        Assert.True(Filter.Parse("fileAs = \"Ann Lee\"").Matches(lead));
        Assert.False(RecordField.FileAs.IsEditable);
        var e = Assert.Throws<FilterSyntaxException>(() => Filter.Parse("fileAsFormat = \"FirstLast\""));
        Assert.Contains("edit-only", e.Message, StringComparison.Ordinal);
        Assert.Equal("fileAsFormat", e.Field);
    }

    private static FieldCatalog Catalog() => FieldCatalog.For(new CustomFieldSchema([Employees, Industry, Region]));
}
