using System.Text.Json;
using LeadKit.Contacts;
using LeadKit.CustomFields;
using LeadKit.History;
using LeadKit.Leads;
using LeadKit.Serialization;
using LeadKit.Validation;
using static LeadKit.Tests.Serialization.SerializationFixtures;

namespace LeadKit.Tests.Serialization;

/// <summary>
/// Reading refuses what the domain would refuse: every failure is a <see cref="JsonException"/>
/// whose path names the member, relative to the LeadKit document, with the domain's refusal inside.
/// </summary>
public sealed partial class LeadKitJsonOptionsTests
{
    private const string LeadHead = "{'schemaVersion':1,'id':'0193b6a1-0000-7000-8000-000000000001','name':{'fullName':'Ann Lee'},";
    private const string LeadTail = "'createdAt':'2026-11-27T09:00:00Z','modifiedAt':'2026-11-27T09:00:00Z','version':0}";

    private static JsonException ReadFails<T>(string singleQuotedJson) =>
        Assert.Throws<JsonException>(() => Deserialize<T>(Json(singleQuotedJson)));

    private static JsonException LeadFails(string members) => ReadFails<Lead>(LeadHead + members + LeadTail);

    private static ValidationError DomainError(JsonException ex) =>
        Assert.Single(Assert.IsType<LeadKitValidationException>(ex.InnerException).Errors);

    [Fact]
    public void Deserialize_ValidLeadDocument_Reads()
    {
        var lead = Deserialize<Lead>(Json(LeadHead + LeadTail));

        Assert.Equal("Ann Lee", lead.Name.FullName);
    }

    [Fact]
    public void Deserialize_MissingSchemaVersion_FailsNamingIt()
    {
        var ex = ReadFails<Lead>("{'id':'0193b6a1-0000-7000-8000-000000000001','name':{'fullName':'Ann Lee'}," + LeadTail);

        Assert.Equal("$.schemaVersion", ex.Path);
        Assert.Contains("no schema version", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(0)]
    public void Deserialize_UnsupportedSchemaVersion_FailsNamingTheVersion(int version)
    {
        // A later version may change any member's shape: the version is checked before anything else.
        var ex = ReadFails<Lead>($"{{'name':'not an object','schemaVersion':{version}}}");

        Assert.Equal("$.schemaVersion", ex.Path);
        Assert.Contains($"version {version}", ex.Message, StringComparison.Ordinal);
        Assert.Contains("version 1 only", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("'1'")]
    [InlineData("1.5")]
    [InlineData("null")]
    public void Deserialize_SchemaVersionNotAWholeNumber_Fails(string version) =>
        Assert.Equal("$.schemaVersion", ReadFails<BusinessContact>($"{{'schemaVersion':{version}}}").Path);

    [Fact]
    public void Deserialize_VersionedDocumentsOtherThanLeads_CheckTheirVersion()
    {
        Assert.Equal("$.schemaVersion", ReadFails<HistoryItem>("{'kind':'note'}").Path);
        Assert.Equal("$.schemaVersion", ReadFails<Opportunity>("{'schemaVersion':3}").Path);
    }

    [Fact]
    public void Deserialize_MissingName_FailsAtName()
    {
        var ex = ReadFails<Lead>("{'schemaVersion':1,'id':'0193b6a1-0000-7000-8000-000000000001'," + LeadTail);

        Assert.Equal("$.name", ex.Path);
        Assert.Contains("required", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_BlankFullName_FailsAtNameWithTheDomainError()
    {
        var ex = ReadFails<Lead>("{'schemaVersion':1,'id':'0193b6a1-0000-7000-8000-000000000001','name':{'first':'  '}," + LeadTail);

        Assert.Equal("$.name", ex.Path);
        var error = DomainError(ex);
        Assert.Equal(("FullName", "LeadKit.PersonName.FullNameRequired"), (error.PropertyPath, error.ErrorCode));
    }

    [Fact]
    public void Deserialize_MalformedEmail_FailsAtTheAddress()
    {
        var ex = LeadFails("'emails':[{'kind':'business','address':'ann@example.com'},{'kind':'home','address':'nobody'}],");

        Assert.Equal("$.emails[1].kind", ex.Path); // 'home' is not an e-mail kind: the enum is checked first.
        ex = LeadFails("'emails':[{'kind':'business','address':'ann@example.com'},{'kind':'personal','address':'nobody'}],");
        Assert.Equal("$.emails[1].address", ex.Path);
        Assert.Equal("LeadKit.EmailAddress.MissingAt", DomainError(ex).ErrorCode);
        Assert.StartsWith("$.emails[1].address: ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_DuplicateEmail_FailsAtTheSecondEntry()
    {
        var ex = LeadFails("'emails':[{'kind':'business','address':'ann@example.com'},{'kind':'other','address':'ann@EXAMPLE.com'}],");

        Assert.Equal("$.emails[1]", ex.Path);
        Assert.Equal("LeadKit.Record.DuplicateEmail", DomainError(ex).ErrorCode);
    }

    [Fact]
    public void Deserialize_SecondMailingAddress_FailsAtIt()
    {
        var ex = LeadFails("'addresses':[{'kind':'home','city':'Lyon','isMailing':true},{'kind':'business','city':'Paris','isMailing':true}],");

        Assert.Equal("$.addresses[1]", ex.Path);
        Assert.Equal("LeadKit.Record.SecondMailingAddress", DomainError(ex).ErrorCode);
    }

    [Fact]
    public void Deserialize_EmptyAddressOrEntry_Fails()
    {
        Assert.Equal("LeadKit.PostalAddress.Empty", DomainError(LeadFails("'addresses':[{'kind':'home'}],")).ErrorCode);
        Assert.Equal("$.phones[0]", LeadFails("'phones':[null],").Path);
        Assert.Equal("$.phones[0].number", LeadFails("'phones':[{'kind':'mobile'}],").Path);
        Assert.Equal("$.phones[0]", LeadFails("'phones':[{'kind':'mobile','number':'12'}],").Path);
    }

    [Theory]
    [InlineData("'colour'")]
    [InlineData("3")]
    public void Deserialize_UnknownCustomFieldTypeTag_FailsAtTheTag(string tag)
    {
        var ex = LeadFails($"'customFields':{{'Region':{{'type':{tag},'value':'EMEA'}}}},");

        Assert.Equal("$.customFields.Region.type", ex.Path);
    }

    [Theory]
    [InlineData("text", "12")]
    [InlineData("wholeNumber", "1.5")]
    [InlineData("wholeNumber", "'12'")]
    [InlineData("decimal", "'1.5'")]
    [InlineData("date", "'27/11/2026'")]
    [InlineData("date", "20261127")]
    [InlineData("yesNo", "'yes'")]
    [InlineData("choice", "null")]
    public void Deserialize_CustomFieldValueOfAnotherKind_FailsAtTheValue(string type, string value)
    {
        var ex = LeadFails($"'customFields':{{'Next call':{{'type':'{type}','value':{value}}}}},");

        Assert.Equal("$.customFields['Next call'].value", ex.Path);
    }

    [Fact]
    public void Deserialize_CustomFieldNamesDifferingOnlyInCase_Fail()
    {
        var ex = LeadFails("'customFields':{'Region':{'type':'text','value':'a'},'REGION':{'type':'text','value':'b'}},");

        Assert.Equal("$.customFields.REGION", ex.Path);
        Assert.Contains("twice", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_InvalidCustomFieldName_FailsAtIt()
    {
        var ex = LeadFails($"'customFields':{{'{new string('x', 65)}':{{'type':'text','value':'a'}}}},");

        Assert.Equal("LeadKit.CustomField.Name", DomainError(ex).ErrorCode);
    }

    [Fact]
    public void Deserialize_BadBase64Photo_FailsAtTheContent()
    {
        var ex = LeadFails("'photo':{'mediaType':'image/png','content':'not base64!'},");

        Assert.Equal("$.photo.content", ex.Path);
    }

    [Fact]
    public void Deserialize_PhotoBytesOfAnotherType_FailsWithTheDomainError()
    {
        var ex = LeadFails("'photo':{'mediaType':'image/png','content':'R0lGODlh'},");

        Assert.Equal("$.photo", ex.Path);
        Assert.Equal("LeadKit.Photo.Signature", DomainError(ex).ErrorCode);
    }

    [Fact]
    public void Deserialize_BadCriterionSlug_FailsAtItsKey()
    {
        var ex = LeadFails("'criterionChecks':{'Budget OK':'2026-11-27T09:00:00Z'},");

        Assert.Equal("$.criterionChecks['Budget OK']", ex.Path);
        Assert.Equal("LeadKit.CriterionId.Syntax", DomainError(ex).ErrorCode);
    }

    [Fact]
    public void Deserialize_CriterionStatesWithANullCheck_FailsAtItsKey()
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Scoring.CriterionStates>(Json("{'budget':null}"), LeadKitJsonOptions.Default));

        Assert.Equal("$.budget", ex.Path);
        Assert.Contains("not null", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_MalformedInstant_FailsAtIt()
    {
        Assert.Equal("$.criterionChecks.budget", LeadFails("'criterionChecks':{'budget':'yesterday'},").Path);
        Assert.Equal("$.createdAt", ReadFails<Lead>(LeadHead + "'createdAt':'2026-11-27 09:00','modifiedAt':'2026-11-27T09:00:00Z','version':0}").Path);
    }

    [Theory]
    [InlineData("'phones':[{'kind':'fax','number':'123'}],", "$.phones[0].kind")]
    [InlineData("'phones':[{'kind':4,'number':'123'}],", "$.phones[0].kind")]
    [InlineData("'scoreType':'manual',", "$.manualStars")]
    [InlineData("'manualStars':11,", "$.manualStars")]
    [InlineData("'webPage':'ftp://example.com',", "$.webPage")]
    [InlineData("'webPage':'example.com',", "$.webPage")]
    [InlineData("'assignedTo':'00000000-0000-0000-0000-000000000000',", "$.assignedTo")]
    [InlineData("'account':{'name':'Contoso'},", "$.account.id")]
    [InlineData("'initiatedBy':{'kind':'user','id':'nope'},", "$.initiatedBy.id")]
    [InlineData("'source':'  ',", "$.source")]
    [InlineData("'rating':'',", "$.rating")]
    [InlineData("'convertedTo':'not a guid',", "$.convertedTo")]
    [InlineData("'fileAsFormat':'company','fileAsFormat':'company',", "$.fileAsFormat")]
    [InlineData("'criterionChecks':{'a':'2026-11-27T09:00:00Z','a':'2026-11-28T09:00:00Z'},", "$.criterionChecks.a")]
    [InlineData("'customFields':{'A':null},", "$.customFields.A")]
    [InlineData("'criterionChecks':{'budget':null},", "$.criterionChecks.budget")]
    public void Deserialize_InvalidMember_FailsAtIt(string members, string path) =>
        Assert.Equal(path, LeadFails(members).Path);

    [Fact]
    public void Deserialize_TooLongJobTitle_FailsAtIt()
    {
        var ex = LeadFails($"'jobTitle':'{new string('x', ContactRecord.MaxTextLength + 1)}',");

        Assert.Equal("$.jobTitle", ex.Path);
        Assert.Equal("LeadKit.Record.JobTitleTooLong", DomainError(ex).ErrorCode);
    }

    [Theory]
    [InlineData("'id':'0193b6a1-0000-7000-8000-000000000001','name':{'fullName':'A'},'createdAt':'2026-11-27T09:00:00Z','version':0}", "$.modifiedAt")]
    [InlineData("'id':'0193b6a1-0000-7000-8000-000000000001','name':{'fullName':'A'},'createdAt':'2026-11-27T09:00:00Z','modifiedAt':'2026-11-27T09:00:00Z'}", "$.version")]
    [InlineData("'id':'0193b6a1-0000-7000-8000-000000000001','name':{'fullName':'A'},'modifiedAt':'2026-11-27T09:00:00Z','version':0}", "$.createdAt")]
    [InlineData("'name':{'fullName':'A'},'createdAt':'2026-11-27T09:00:00Z','modifiedAt':'2026-11-27T09:00:00Z','version':0}", "$.id")]
    [InlineData("'id':'00000000-0000-0000-0000-000000000000','name':{'fullName':'A'},'createdAt':'2026-11-27T09:00:00Z','modifiedAt':'2026-11-27T09:00:00Z','version':0}", "$.id")]
    [InlineData("'id':'0193b6a1-0000-7000-8000-000000000001','name':{'fullName':'A'},'createdAt':'2026-11-27T09:00:00Z','modifiedAt':'2026-11-27T09:00:00Z','version':-1}", "$.version")]
    public void Deserialize_MissingOrInvalidAuditMember_FailsAtIt(string members, string path) =>
        Assert.Equal(path, ReadFails<Lead>("{'schemaVersion':1," + members).Path);

    [Theory]
    [InlineData("[]")]
    [InlineData("'lead'")]
    [InlineData("42")]
    public void Deserialize_NotAnObject_Fails(string json) =>
        Assert.Contains("is written as a JSON object", ReadFails<Lead>(json).Message, StringComparison.Ordinal);

    [Fact]
    public void Deserialize_LegacyDetailsTooLong_FailsAtTheDetailsMember()
    {
        var ex = ReadFails<BusinessContact>(
            "{'schemaVersion':1,'id':'0193b6a1-0000-7000-8000-000000000002','name':{'fullName':'Bo'},"
            + $"'details':{{'office':'{new string('o', 256)}'}},'createdAt':'2026-11-27T09:00:00Z','modifiedAt':'2026-11-27T09:00:00Z','version':0}}");

        Assert.Equal("$.details.office", ex.Path);
        Assert.Equal("Office", DomainError(ex).PropertyPath);
    }

    private const string NoteHead = "{'schemaVersion':1,'id':'0193b6a1-0000-7000-8000-0000000000a1','record':{'kind':'lead','id':'0193b6a1-0000-7000-8000-000000000001'},'subject':'Hi','createdAt':'2026-11-27T09:00:00Z',";

    [Theory]
    [InlineData("'kind':'email'}", "$.kind")]
    [InlineData("'body':'x'}", "$.kind")]
    [InlineData("'kind':'note','duration':'0:01:00'}", "$.duration")]
    [InlineData("'kind':'task','location':'Lyon'}", "$.location")]
    [InlineData("'kind':'phoneLog','direction':'incoming','number':'+33 1 23 45 67 89','startedAt':'2026-11-27T09:00:00Z'}", "$.duration")]
    [InlineData("'kind':'phoneLog','direction':'incoming','number':'+33 1 23 45 67 89','startedAt':'2026-11-27T09:00:00Z','duration':'25:00:00'}", "$")]
    [InlineData("'kind':'appointment','start':'2026-11-27T10:00:00Z'}", "$.end")]
    [InlineData("'kind':'appointment','start':'2026-11-27T10:00:00Z','end':'2026-11-27T09:00:00Z'}", "$")]
    [InlineData("'kind':'task','status':'done'}", "$.status")]
    public void Deserialize_InvalidHistoryItem_FailsAtTheMember(string members, string path) =>
        Assert.Equal(path, ReadFails<HistoryItem>(NoteHead + members).Path);

    [Fact]
    public void Deserialize_AppointmentEndingBeforeItStarts_KeepsTheDomainError()
    {
        var ex = ReadFails<HistoryItem>(NoteHead + "'kind':'appointment','start':'2026-11-27T10:00:00Z','end':'2026-11-27T09:00:00Z'}");

        Assert.Equal("LeadKit.Appointment.EndBeforeStart", DomainError(ex).ErrorCode);
    }

    [Fact]
    public void Deserialize_HistoryItemAsAnotherSubclass_Fails()
    {
        var ex = Assert.Throws<JsonException>(() => Deserialize<PhoneLog>(Serialize(Note())));

        Assert.Contains("expected a PhoneLog", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("'title':' ','currencyCode':'EUR','stage':'proposal','probability':10,'createdAt':'2026-11-27T09:00:00Z'}", "$", "LeadKit.Opportunity.TitleRequired")]
    [InlineData("'title':'T','currencyCode':'EURO','stage':'proposal','probability':10,'createdAt':'2026-11-27T09:00:00Z'}", "$", "LeadKit.Opportunity.CurrencyCode")]
    [InlineData("'title':'T','currencyCode':'EUR','stage':'proposal','probability':101,'createdAt':'2026-11-27T09:00:00Z'}", "$", "LeadKit.Opportunity.Probability")]
    [InlineData("'title':'T','currencyCode':'EUR','lines':[{'name':'A','quantity':0,'unitPrice':1}],'stage':'proposal','probability':1,'createdAt':'2026-11-27T09:00:00Z'}", "$.lines[0]", "LeadKit.ProductLine.Quantity")]
    public void Deserialize_InvalidOpportunity_FailsWithTheDomainError(string members, string path, string code)
    {
        var ex = ReadFails<Opportunity>("{'schemaVersion':1,'id':'0193b6a1-0000-7000-8000-0000000000b1','record':{'kind':'lead','id':'0193b6a1-0000-7000-8000-000000000001'}," + members);

        Assert.Equal(path, ex.Path);
        Assert.Equal(code, DomainError(ex).ErrorCode);
    }

    [Fact]
    public void Deserialize_InvalidValuesOnTheirOwn_Fail()
    {
        Assert.Equal("LeadKit.Picklist.Duplicate", DomainError(ReadFails<Picklist>("['A','a']")).ErrorCode);
        Assert.Equal("LeadKit.CustomFieldSchema.Duplicate", DomainError(ReadFails<CustomFieldSchema>(
            "[{'recordKind':'lead','name':'A','type':'yesNo'},{'recordKind':'lead','name':'a','type':'date'}]")).ErrorCode);
        Assert.Equal("$[0].recordKind", ReadFails<CustomFieldSchema>("[{'name':'A','type':'yesNo'}]").Path);
        Assert.Equal("LeadKit.CustomFieldDefinition.ChoicesRequired", DomainError(ReadFails<CustomFieldDefinition>("{'recordKind':'lead','name':'A','type':'choice'}")).ErrorCode);
        Assert.Equal("DisplayName", DomainError(ReadFails<WorkspaceUser>("{'id':'0193b6a1-0000-7000-8000-000000000003','displayName':''}")).PropertyPath);
        Assert.Contains("is written as a JSON array", ReadFails<Picklist>("{}").Message, StringComparison.Ordinal);
    }

    private sealed class Holder
    {
        public EmailAddress? Email { get; set; }

        public LeadId Lead { get; set; }
    }

    [Fact]
    public void Deserialize_InvalidScalarInsideCallersObject_FailsWithTheCallersPath()
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Holder>(Json("{'Email':'nobody'}"), LeadKitJsonOptions.Default));

        Assert.Equal("$.Email", ex.Path);
        Assert.IsType<LeadKitValidationException>(ex.InnerException);
        Assert.Equal("$.Lead", Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Holder>(Json("{'Lead':42}"), LeadKitJsonOptions.Default)).Path);
    }
}
