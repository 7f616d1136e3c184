using LeadKit.Contacts;
using LeadKit.CustomFields;
using LeadKit.History;
using LeadKit.Leads;
using LeadKit.Scoring;
using NodaTime;
using static LeadKit.Tests.Serialization.SerializationFixtures;

namespace LeadKit.Tests.Serialization;

/// <summary>The JSON each type is written as: the documented format, pinned text for text.</summary>
public sealed partial class LeadKitJsonOptionsTests
{
    [Fact]
    public void Serialize_SmallLead_WritesVersionFirstAndCamelCaseMembers()
    {
        var lead = MinimalLead();
        lead.AddEmail(EmailEntry.Business("ann@example.com"));
        lead.CheckCriterion(new CriterionId("budget-confirmed"), Created);
        lead.SetCustomField(Schema.Find(RecordKind.Lead, "Seats")!, CustomFieldValue.FromWholeNumber(12));

        var json = Serialize(lead);

        Assert.Equal(
            Json("{'schemaVersion':1,'id':'0193b6a1-0000-7000-8000-000000000001',"
                + "'name':{'fullName':'Ann Lee','first':'Ann','last':'Lee'},'fileAsFormat':'lastFirst',"
                + "'emails':[{'kind':'business','address':'ann@example.com'}],'scoreType':'automatic',"
                + "'criterionChecks':{'budget-confirmed':'2026-11-27T09:00:00Z'},"
                + "'customFields':{'Seats':{'type':'wholeNumber','value':12}},"
                + "'createdAt':'2026-11-27T09:00:00Z','modifiedAt':'2026-11-27T09:00:00Z','version':0}"),
            json);
    }

    [Fact]
    public void Serialize_MinimalBusinessContact_LeavesOutEmptyMembers()
    {
        var contact = BusinessContact.Restore(AnnContactId, new PersonName("Bo Chen"), Created, Owner);

        Assert.Equal(
            Json("{'schemaVersion':1,'id':'0193b6a1-0000-7000-8000-000000000002','name':{'fullName':'Bo Chen'},"
                + "'fileAsFormat':'lastFirst','scoreType':'automatic','createdAt':'2026-11-27T09:00:00Z',"
                + "'createdBy':'0193b6a1-0000-7000-8000-000000000003','modifiedAt':'2026-11-27T09:00:00Z',"
                + "'modifiedBy':'0193b6a1-0000-7000-8000-000000000003','version':0}"),
            Serialize(contact));
    }

    [Fact]
    public void Serialize_ConvertedLeadAndItsContact_WritesBothLinks()
    {
        var lead = FullLead();
        var contact = FullContact();

        Assert.Contains(Json("'convertedTo':'0193b6a1-0000-7000-8000-000000000002'"), Serialize(lead), StringComparison.Ordinal);
        Assert.Contains(Json("'convertedFrom':'0193b6a1-0000-7000-8000-000000000001'"), Serialize(contact), StringComparison.Ordinal);
        Assert.DoesNotContain("details", Serialize(contact), StringComparison.Ordinal);
        Assert.Contains(Json("'department':'Sales','office':'Lyon 2 (contact)',"), Serialize(contact), StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_FullLead_WritesEveryMemberInItsDocumentedForm()
    {
        var json = Serialize(FullLead());

        Assert.StartsWith(Json("{'schemaVersion':1,'id':"), json, StringComparison.Ordinal);
        Assert.Contains(Json("'photo':{'mediaType':'image/png','content':'iVBORw0KGgoA/xBC'}"), json, StringComparison.Ordinal);
        Assert.Contains(Json("{'kind':'business','address':'Ann.Lee@Example.COM','displayName':'Ann Lee (Business)'}"), json, StringComparison.Ordinal);
        Assert.Contains(Json("{'kind':'businessFax','number':'(04) 72 00 00 00 x12'}"), json, StringComparison.Ordinal);
        Assert.Contains(Json("{'kind':'home','city':'Villeurbanne','country':'France','isMailing':true}"), json, StringComparison.Ordinal);
        Assert.Contains(Json("'street':'1 rue de la République\\nBâtiment B'"), json, StringComparison.Ordinal);
        Assert.Contains(Json("'webPage':'https://example.com/ann?ref=fair#top','source':'Trade Show'"), json, StringComparison.Ordinal);
        Assert.Contains(Json("'initiatedBy':{'kind':'user','id':'0193b6a1-0000-7000-8000-000000000004','displayName':'Bo Chen'}"), json, StringComparison.Ordinal);
        Assert.Contains(Json("'rating':'Good','scoreType':'automatic','manualStars':4"), json, StringComparison.Ordinal);
        Assert.Contains(Json("'criterionChecks':{'1st-contact':'2026-11-27T09:00:00Z','budget-confirmed':'2026-11-27T09:30:15.123456789Z'}"), json, StringComparison.Ordinal);
        Assert.Contains(Json("'account':{'id':'0193b6a1-0000-7000-8000-000000000005','name':'Contoso'}"), json, StringComparison.Ordinal);
        Assert.Contains(
            Json("'department':'Sales','office':'Lyon 2','profession':'Engineer','managerName':'Bo Chen','assistantName':'Cy Diaz','nickname':'Annie',"
                + "'phoneticName':{'first':'アン','last':'リー','company':'コントソ'},'birthday':'1980-02-29','anniversary':'2010-06-12',"
                + "'imAddress':'ann@im.example.com','doNotCall':true,'doNotFax':true,'preferredContactMethod':'email','territory':'Rhône-Alpes','active':false"),
            json,
            StringComparison.Ordinal);
        Assert.Contains(Json("'modifiedAt':'2026-11-27T09:30:15.123456789Z','modifiedBy':'0193b6a1-0000-7000-8000-000000000004','version':7}"), json, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> CustomFieldValueShapes => new()
    {
        { "text", Json("{'type':'text','value':' EMEA '}") },
        { "wholeNumber", Json("{'type':'wholeNumber','value':-9223372036854775808}") },
        { "decimal", Json("{'type':'decimal','value':1.50}") },
        { "currency", Json("{'type':'currency','value':1200.00}") },
        { "date", Json("{'type':'date','value':'2026-12-03'}") },
        { "yesNo", Json("{'type':'yesNo','value':true}") },
        { "choice", Json("{'type':'choice','value':'Gold'}") },
    };

    [Theory]
    [MemberData(nameof(CustomFieldValueShapes))]
    public void Serialize_CustomFieldValue_WritesTypeTagAndTypedValue(string type, string expected)
    {
        var value = type switch
        {
            "text" => CustomFieldValue.FromText(" EMEA "),
            "wholeNumber" => CustomFieldValue.FromWholeNumber(long.MinValue),
            "decimal" => CustomFieldValue.FromDecimal(1.50m),
            "currency" => CustomFieldValue.FromCurrency(1200.00m),
            "date" => CustomFieldValue.FromDate(new LocalDate(2026, 12, 3)),
            "yesNo" => CustomFieldValue.FromYesNo(true),
            _ => CustomFieldValue.FromChoice("Gold"),
        };

        Assert.Equal(expected, Serialize(value));
    }

    [Fact]
    public void Serialize_Identifiers_WritesGuidOrSlugStrings()
    {
        Assert.Equal("\"0193b6a1-0000-7000-8000-000000000001\"", Serialize(AnnLeadId));
        Assert.Equal("\"0193b6a1-0000-7000-8000-000000000002\"", Serialize(AnnContactId));
        Assert.Equal("\"0193b6a1-0000-7000-8000-000000000003\"", Serialize(Owner));
        Assert.Equal("\"0193b6a1-0000-7000-8000-000000000005\"", Serialize(ContosoId));
        Assert.Equal("\"0193b6a1-0000-7000-8000-0000000000a1\"", Serialize(Note().Id));
        Assert.Equal("\"0193b6a1-0000-7000-8000-0000000000b1\"", Serialize(Deal().Id));
        Assert.Equal("\"budget-confirmed\"", Serialize(new CriterionId("budget-confirmed")));
    }

    [Fact]
    public void Serialize_StringValuedTypes_WritesPlainStrings()
    {
        Assert.Equal("\"ann@Example.com\"", Serialize(EmailAddress.Parse(" ann@Example.com ")));
        Assert.Equal("\"Trade Show\"", Serialize(new LeadSource("Trade Show")));
        Assert.Equal("\"Good\"", Serialize(new Rating("Good")));
        Assert.Equal("\"businessFax\"", Serialize(PhoneKind.BusinessFax));
        Assert.Equal("\"closedWon\"", Serialize(OpportunityStage.ClosedWon));
    }

    [Fact]
    public void Serialize_SmallValues_WritesTheirDocuments()
    {
        Assert.Equal(Json("{'fullName':'Dr. Ann Lee','prefix':'Dr.','first':'Ann','last':'Lee'}"), Serialize(PersonName.Parse("Dr. Ann Lee")));
        Assert.Equal(Json("{'kind':'mobile','number':'+33 6 12 34 56 78'}"), Serialize(new PhoneNumber(PhoneKind.Mobile, "+33 6 12 34 56 78")));
        Assert.Equal(Json("{'kind':'other','poBox':'BP 7','isMailing':false}"), Serialize(new PostalAddress(AddressKind.Other, poBox: "BP 7")));
        Assert.Equal(Json("{'mediaType':'image/gif','content':'R0lGODlh'}"), Serialize(new Photo("GIF89a"u8, "IMAGE/GIF")));
        Assert.Equal(Json("{'id':'0193b6a1-0000-7000-8000-000000000005'}"), Serialize(new AccountReference(ContosoId)));
        Assert.Equal(Json("{'kind':'businessContact','id':'0193b6a1-0000-7000-8000-000000000002'}"), Serialize(InitiatedBy.FromContact(AnnContactId)));
        Assert.Equal(Json("{'id':'0193b6a1-0000-7000-8000-000000000003','displayName':'Bo Chen','isActive':false}"), Serialize(new WorkspaceUser(Owner, "Bo Chen", isActive: false)));
        Assert.Equal(Json("{'kind':'lead','id':'0193b6a1-0000-7000-8000-000000000001'}"), Serialize(LeadReference));
        Assert.Equal(Json("{'name':'Tablet','quantity':2.50,'unitPrice':1200.00}"), Serialize(new ProductLine("Tablet", 2.50m, 1200.00m)));
        Assert.Equal(Json("{'first':'アン','company':'コントソ'}"), Serialize(new PhoneticName(first: "アン", company: "コントソ")));
        Assert.Equal(Json("{}"), Serialize(new PhoneticName()));
        Assert.Equal("\"letter\"", Serialize(PreferredContactMethod.Letter));
    }

    [Fact]
    public void Serialize_PicklistAndSchema_WritesArrays()
    {
        Assert.Equal(Json("['Excellent','Good','Average','Fair','Poor']"), Serialize(Picklist.DefaultRatings));
        var schema = new CustomFieldSchema(
        [
            new CustomFieldDefinition(RecordKind.Lead, "Tier", CustomFieldType.Choice, isRequired: true, choices: ["Gold", "Silver"]),
            new CustomFieldDefinition(RecordKind.BusinessContact, "Budget", CustomFieldType.Currency, currencyCode: "eur"),
        ]);

        Assert.Equal(
            Json("[{'recordKind':'lead','name':'Tier','type':'choice','isRequired':true,'choices':['Gold','Silver']},"
                + "{'recordKind':'businessContact','name':'Budget','type':'currency','isRequired':false,'currencyCode':'EUR'}]"),
            Serialize(schema));
    }

    [Fact]
    public void Serialize_HistoryItems_WritesKindDiscriminatorAndOwnMembers()
    {
        Assert.Equal(
            Json("{'schemaVersion':1,'kind':'note','id':'0193b6a1-0000-7000-8000-0000000000a1',"
                + "'record':{'kind':'lead','id':'0193b6a1-0000-7000-8000-000000000001'},'subject':'Met at the fair',"
                + "'body':'Line one\\nLine two','createdAt':'2026-11-27T09:30:15.123456789Z','createdBy':'0193b6a1-0000-7000-8000-000000000003'}"),
            Serialize(Note()));
        Assert.EndsWith(
            Json("'direction':'outgoing','number':'+33 6 12 34 56 78 ext. 12','startedAt':'2026-11-27T09:30:15.123456789Z','duration':'0:12:34.000000005'}"),
            Serialize(Call()),
            StringComparison.Ordinal);
        Assert.EndsWith(
            Json("'start':'2026-11-27T09:30:15.123456789Z','end':'2026-11-27T10:30:15.123456789Z','location':'Lyon office'}"),
            Serialize(Meeting()),
            StringComparison.Ordinal);
        Assert.EndsWith(Json("'dueDate':'2026-12-01','status':'inProgress','priority':'high'}"), Serialize(Task()), StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_HistoryItemAsBaseOrSubclass_WritesTheSameDocument() =>
        Assert.Equal(Serialize<HistoryItem>(Call()), Serialize(Call()));

    [Fact]
    public void Serialize_Opportunity_WritesVersionLinesAndExactDecimals()
    {
        Assert.Equal(
            Json("{'schemaVersion':1,'id':'0193b6a1-0000-7000-8000-0000000000b1','record':{'kind':'lead','id':'0193b6a1-0000-7000-8000-000000000001'},"
                + "'title':'Fleet renewal','currencyCode':'EUR','lines':[{'name':'Tablet','quantity':2.50,'unitPrice':1200.00},"
                + "{'name':'Support plan','quantity':1,'unitPrice':0.000}],'stage':'proposal','probability':60,"
                + "'expectedCloseDate':'2027-01-15','createdAt':'2026-11-27T09:30:15.123456789Z'}"),
            Serialize(Deal()));
    }
}
