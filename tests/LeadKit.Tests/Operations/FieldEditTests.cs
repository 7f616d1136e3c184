using LeadKit.BulkEdit;
using LeadKit.CustomFields;
using LeadKit.Leads;
using LeadKit.Querying;
using LeadKit.Tests.Domain;

namespace LeadKit.Tests.Operations;

public sealed class FieldEditTests
{
    private static readonly CustomFieldDefinition Employees = new(RecordKind.Lead, "Employees", CustomFieldType.WholeNumber);
    private static readonly CustomFieldDefinition Industry = new(RecordKind.Lead, "Industry", CustomFieldType.Choice, choices: ["Software", "Retail"]);
    private static readonly CustomFieldDefinition Region = new(RecordKind.Lead, "Region", CustomFieldType.Choice, isRequired: true, choices: ["EMEA", "APAC"]);

    [Fact]
    public void Set_TextForATypedField_IsParsed_AndAWrongTypeIsAProgrammerError()
    {
        var edit = FieldEdit.Set(RecordField.Source, "Web");

        Assert.Equal(new LeadSource("Web"), edit.Value);
        Assert.False(edit.NamesUser);
        Assert.Equal("set source = \"Web\"", edit.ToString());
        Assert.Equal("clear rating", FieldEdit.Clear(RecordField.Rating).ToString());
        Assert.Throws<ArgumentException>(() => FieldEdit.Set(RecordField.ManualStars, 4L));
        Assert.Throws<ArgumentNullException>(() => FieldEdit.Set(RecordField.JobTitle, null!));
    }

    [Fact]
    public void ApplyTo_ChangesOneRecordInMemory_AsABulkEditWould()
    {
        var lead = Lead.Create(PersonName.Parse("Ann Lee"), NodaTime.SystemClock.Instance);
        var at = NodaTime.Instant.FromUtc(2026, 12, 4, 9, 0);

        FieldEdit.Set(RecordField.Territory, "North").ApplyTo(lead, at);
        FieldEdit.Parse(RecordField.Custom(Employees), EditOperation.Set, "250", System.Globalization.CultureInfo.InvariantCulture).ApplyTo(lead, at);
        FieldEdit.Add(RecordField.Email, "ann@contoso.example").ApplyTo(lead, at);
        FieldEdit.Set(RecordField.DoNotCall, true).ApplyTo(lead, at);

        Assert.Equal("North", lead.Territory);
        Assert.Equal(CustomFieldValue.FromWholeNumber(250), lead.CustomFields["Employees"]);
        Assert.Equal("ann@contoso.example", Assert.Single(lead.Emails).Address.Value);
        Assert.True(lead.DoNotCall);
        Assert.Equal(0, lead.Version);   // nothing saved

        FieldEdit.Clear(RecordField.Territory).ApplyTo(lead, at);
        Assert.Null(lead.Territory);
        Assert.Throws<ArgumentNullException>(() => FieldEdit.Clear(RecordField.Territory).ApplyTo(null!, at));
        var byName = FieldEdit.Parse(RecordField.AssignedTo, EditOperation.Set, "Priya Raman");
        Assert.True(byName.NamesUser);
        Assert.Contains("resolve it to the user's id", Assert.Throws<InvalidOperationException>(() => byName.ApplyTo(lead, at)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnsupportedOperations_Refused()
    {
        ValidationAssert.Single(() => FieldEdit.Add(RecordField.JobTitle, "CEO"), "title", "LeadKit.BulkEdit.OperationNotSupported");
        ValidationAssert.Single(() => FieldEdit.Remove(RecordField.Rating, "Good"), "rating", "LeadKit.BulkEdit.OperationNotSupported");
        ValidationAssert.Single(() => FieldEdit.Set(RecordField.Checked, "budget"), "checked", "LeadKit.BulkEdit.OperationNotSupported");
        ValidationAssert.Single(() => FieldEdit.Clear(RecordField.FullName), "name", "LeadKit.BulkEdit.CannotClear");
        ValidationAssert.Single(() => FieldEdit.Clear(RecordField.FileAsFormat), "fileAsFormat", "LeadKit.BulkEdit.CannotClear");
        ValidationAssert.Single(() => FieldEdit.Clear(RecordField.ScoreType), "scoreType", "LeadKit.BulkEdit.CannotClear");
        var required = ValidationAssert.Single(() => FieldEdit.Clear(RecordField.Custom(Region)), "custom.Region", "LeadKit.BulkEdit.CannotClear");
        Assert.Contains("required", required.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => FieldEdit.Parse(RecordField.JobTitle, (EditOperation)9, "x"));
    }

    [Theory]
    [InlineData("fileAs")]
    [InlineData("created")]
    [InlineData("stars")]
    [InlineData("id")]
    [InlineData("city")]
    public void ReadOnlyFields_Refused(string name)
    {
        var field = RecordField.Parse(name);

        var error = ValidationAssert.Single(() => FieldEdit.Parse(field, EditOperation.Set, "x"), name, "LeadKit.BulkEdit.OperationNotSupported");
        ValidationAssert.Single(() => FieldEdit.Clear(field), name, "LeadKit.BulkEdit.OperationNotSupported");
        Assert.Contains("read-only", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CustomFieldKnownByNameOnly_Refused()
    {
        var error = ValidationAssert.Single(() => FieldEdit.Set(RecordField.Custom("Employees"), "12"), "custom.Employees", "LeadKit.BulkEdit.OperationNotSupported");

        Assert.Contains("FieldCatalog", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidTypedValues_Refused()
    {
        ValidationAssert.Single(() => FieldEdit.Set(RecordField.ManualStars, 11), "manualStars", "LeadKit.Field.ManualStarsRange");
        ValidationAssert.Single(() => FieldEdit.Set(RecordField.JobTitle, " "), "title", "LeadKit.Field.ValueRequired");
        ValidationAssert.Single(() => FieldEdit.Set(RecordField.WebPage, new Uri("mailto:ann@example.com")), "webPage", "LeadKit.Field.WebPage");
        ValidationAssert.Single(() => FieldEdit.Set(RecordField.Custom(Industry), CustomFieldValue.FromChoice("Mining")), "custom.Industry", "LeadKit.CustomField.NotAChoice");
        ValidationAssert.Single(() => FieldEdit.Set(RecordField.Custom(Employees), CustomFieldValue.FromText("12")), "custom.Employees", "LeadKit.CustomField.WrongType");
        ValidationAssert.Single(() => FieldEdit.Parse(RecordField.JobTitle, EditOperation.Set, null), "title", "LeadKit.Field.ValueRequired");
    }

    [Fact]
    public void UserFields_TakeADisplayName_ResolvedWhenTheEditRuns()
    {
        var assign = FieldEdit.Parse(RecordField.AssignedTo, EditOperation.Set, " Priya Raman ");
        var referrer = FieldEdit.Set(RecordField.InitiatedBy, "Priya Raman");
        var byId = FieldEdit.Set(RecordField.AssignedTo, "0193b6a1-0000-7000-8000-000000000003");

        Assert.True(assign.NamesUser);
        Assert.Equal("Priya Raman", assign.Value);
        Assert.Equal("set assignedTo = \"Priya Raman\"", assign.ToString());
        Assert.True(referrer.NamesUser);
        Assert.False(byId.NamesUser);
        Assert.IsType<UserId>(byId.Value);
        ValidationAssert.Single(() => FieldEdit.Set(RecordField.InitiatedBy, "account:0193b6a1-0000-7000-8000-000000000003"), "initiatedBy", "LeadKit.Field.Unparsable");
        ValidationAssert.Single(() => FieldEdit.Set(RecordField.Account, "Contoso"), "account", "LeadKit.Field.Unparsable");
    }

    [Fact]
    public void BindUsers_ResolvesOneUser_AndRefusesUnknownAndAmbiguousNames()
    {
        var priya = new WorkspaceUser(UserId.New(), "Priya Raman");
        var bo = new WorkspaceUser(UserId.New(), "Bo Chen");
        var otherBo = new WorkspaceUser(UserId.New(), "bo chen ");
        var users = new[] { priya, bo, otherBo };

        Assert.Equal(priya.Id, FieldEdit.Set(RecordField.AssignedTo, "priya raman").BindUsers(users).Value);
        Assert.Equal(InitiatedBy.FromUser(priya.Id, "Priya Raman"), FieldEdit.Set(RecordField.InitiatedBy, "Priya Raman").BindUsers(users).Value);
        var unknown = ValidationAssert.Single(() => FieldEdit.Set(RecordField.AssignedTo, "Nobody").BindUsers(users), "assignedTo", "LeadKit.BulkEdit.UnknownUser");
        Assert.Contains("No user is named \"Nobody\"", unknown.Message, StringComparison.Ordinal);
        var ambiguous = ValidationAssert.Single(() => FieldEdit.Set(RecordField.AssignedTo, "Bo Chen").BindUsers(users), "assignedTo", "LeadKit.BulkEdit.AmbiguousUser");
        Assert.Contains("Several users are named \"Bo Chen\"", ambiguous.Message, StringComparison.Ordinal);
    }
}
