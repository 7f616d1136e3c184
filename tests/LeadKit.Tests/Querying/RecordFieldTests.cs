using LeadKit.Querying;
using NodaTime;

namespace LeadKit.Tests.Querying;

public sealed partial class RecordFieldTests
{
    [Fact]
    public void BuiltIn_HasTheDocumentedCatalogue()
    {
        Assert.Equal(
            [
                "id", "name", "first", "middle", "last", "fileAs", "fileAsFormat", "title", "company", "account", "assignedTo", "source", "rating", "initiatedBy",
                "areaOfInterest", "photo", "email", "phone", "address", "city", "state", "postalCode", "country", "webPage", "scoreType", "manualStars", "stars", "scorePoints", "checked",
                "comments", "created", "modified", "version", "converted",
                "department", "office", "profession", "manager", "assistant", "nickname", "phoneticFirst", "phoneticLast", "phoneticCompany", "spouse", "imAddress", "territory", "birthday", "anniversary", "doNotCall", "doNotEmail", "doNotFax", "doNotSendLetter", "preferredContactMethod", "active",
            ],
            RecordField.BuiltIn.Select(f => f.Name));
        Assert.Equal(
            ["name", "first", "last", "fileAs", "title", "company", "source", "rating", "scoreType", "manualStars", "stars", "scorePoints", "created", "modified",
                "department", "office", "profession", "manager", "nickname", "phoneticFirst", "phoneticLast", "phoneticCompany", "territory", "birthday", "anniversary", "preferredContactMethod"],
            RecordField.BuiltIn.Where(f => f.IsSortable).Select(f => f.Name));
        Assert.Equal(
            ["email", "phone", "address", "city", "state", "postalCode", "country", "checked"],
            RecordField.BuiltIn.Where(f => f.IsMultiValued).Select(f => f.Name));
        Assert.Equal(
            ["fileAsFormat", "photo", "address"],
            RecordField.BuiltIn.Where(f => !f.Supports(FieldCapabilities.Filter)).Select(f => f.Name));
        Assert.Equal(
            ["name", "fileAsFormat", "title", "company", "account", "assignedTo", "source", "rating", "initiatedBy", "areaOfInterest", "photo", "email", "phone", "address", "webPage", "scoreType", "manualStars", "checked", "comments",
                "department", "office", "profession", "manager", "assistant", "nickname", "phoneticFirst", "phoneticLast", "phoneticCompany", "spouse", "imAddress", "territory", "birthday", "anniversary", "doNotCall", "doNotEmail", "doNotFax", "doNotSendLetter", "preferredContactMethod", "active"],
            RecordField.BuiltIn.Where(f => f.IsEditable).Select(f => f.Name));
        Assert.All(RecordField.BuiltIn, f => Assert.False(string.IsNullOrWhiteSpace(f.Description)));
    }

    [Theory]
    [InlineData("name", "name")]
    [InlineData("FILEAS", "fileAs")]
    [InlineData(" postalcode ", "postalCode")]
    [InlineData("custom.Employees", "custom.Employees")]
    [InlineData("custom.\"Annual revenue\"", "custom.\"Annual revenue\"")]
    [InlineData("custom.\"Größe\"", "custom.Größe")]
    public void Parse_KnownName_FindsTheField(string text, string name)
    {
        Assert.Equal(name, RecordField.Parse(text).Name);
        Assert.True(RecordField.TryParse(text, out var field));
        Assert.Equal(name, field.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("nope")]
    [InlineData("name name")]
    [InlineData("custom.")]
    [InlineData("\"name\"")]
    public void TryParse_NotAField_IsFalse(string text)
    {
        Assert.False(RecordField.TryParse(text, out _));
        Assert.Throws<FilterSyntaxException>(() => RecordField.Parse(text));
    }

    [Fact]
    public void Custom_IsDynamicSortableAndComparesByNameIgnoringCase()
    {
        var field = RecordField.Custom(" Annual revenue ");

        Assert.Equal("Annual revenue", field.CustomFieldName);
        Assert.Equal("custom.\"Annual revenue\"", field.Name);
        Assert.Equal(FieldValueType.Dynamic, field.ValueType);
        Assert.True(field.IsCustom && field.IsSortable && !field.IsMultiValued && !field.IsEditable);
        Assert.Null(field.CustomField);
        Assert.Equal(RecordField.Custom("annual REVENUE"), field);
        Assert.Equal(RecordField.Custom("annual REVENUE").GetHashCode(), field.GetHashCode());
        Assert.NotEqual(RecordField.Custom("name"), RecordField.FullName);
    }

    [Fact]
    public void GetValue_ReadsTypedValues()
    {
        var ann = SampleRecords.Ann();

        Assert.Equal("Ann Marie Lee", RecordField.FullName.GetValue(ann));
        Assert.Equal("Lee, Ann", RecordField.FileAs.GetValue(ann));
        Assert.Equal(4m, RecordField.ManualStars.GetValue(ann));
        Assert.Equal("Manual", RecordField.ScoreType.GetValue(ann));
        Assert.Equal(SampleRecords.Now, RecordField.Created.GetValue(ann));
        Assert.Equal(3m, RecordField.Version.GetValue(ann));
        Assert.Equal(false, RecordField.Converted.GetValue(ann));
        Assert.Equal(120m, RecordField.Custom("employees").GetValue(ann));
        Assert.Equal(new LocalDate(2026, 10, 1), RecordField.Custom("First met").GetValue(ann));
        Assert.Equal(true, RecordField.Custom("Newsletter").GetValue(ann));
        Assert.Equal("EU", RecordField.Custom("Region").GetValue(ann));
        Assert.Null(RecordField.Custom("Unknown").GetValue(ann));
        Assert.Null(RecordField.Company.GetValue(SampleRecords.Bob()));
    }

    [Fact]
    public void GetValues_ReadsEveryValueOfMultiValuedFields()
    {
        var ann = SampleRecords.Ann();

        Assert.Equal(["ann@contoso.com", "ann.lee@example.org"], RecordField.Email.GetValues(ann));
        Assert.Equal(["Lyon", "Paris"], RecordField.City.GetValues(ann));
        Assert.Equal(["69001"], RecordField.PostalCode.GetValues(ann));
        Assert.Equal(["budget", "timeline"], RecordField.Checked.GetValues(ann));
        Assert.Equal(["Ann"], RecordField.FirstName.GetValues(ann));
        Assert.Empty(RecordField.Email.GetValues(SampleRecords.Bob()));
        Assert.Throws<InvalidOperationException>(() => RecordField.Email.GetValue(ann));
    }

    [Fact]
    public void ToComparableText_ReducesLiteralsInTheFieldsTextFormToWhatIsCompared()
    {
        Assert.Equal("+15551234567", RecordField.Phone.ToComparableText("+1 (555) 123-4567 ext. 12"));
        Assert.Equal("+15551234567", RecordField.Phone.ToComparableText("businessFax:+1 (555) 123-4567"));
        Assert.Equal("ann@example.com", RecordField.Email.ToComparableText("personal:Ann Lee <ann@example.com>"));
        Assert.Equal("example.com", RecordField.Email.ToComparableText("example.com"));
        Assert.Equal("0193b6a1-0000-7000-8000-00000000000a", RecordField.Id.ToComparableText("0193B6A1-0000-7000-8000-00000000000A"));
        Assert.Equal("Ann", RecordField.FirstName.ToComparableText("Ann"));
    }

    [Fact]
    public void GetValue_EditOnlyField_IsAProgrammerError()
    {
        Assert.Throws<InvalidOperationException>(() => RecordField.Photo.GetValue(SampleRecords.Ann()));
        Assert.Throws<InvalidOperationException>(() => RecordField.FileAsFormat.GetValues(SampleRecords.Ann()));
    }
}
