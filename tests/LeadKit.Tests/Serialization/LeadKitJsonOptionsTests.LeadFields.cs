using System.Text.Json;
using LeadKit.Contacts;
using LeadKit.Leads;
using NodaTime;
using static LeadKit.Tests.Serialization.SerializationFixtures;

namespace LeadKit.Tests.Serialization;

/// <summary>The field-reference members (department … active): optional, with defaults, and old contact documents still read.</summary>
public sealed partial class LeadKitJsonOptionsTests
{
    [Fact]
    public void Deserialize_DocumentWithoutTheNewMembers_ReadsTheDefaults()
    {
        var lead = Deserialize<Lead>(Json(LeadHead + LeadTail));

        Assert.True(lead.IsActive);
        Assert.Equal((false, false, false, false), (lead.DoNotCall, lead.DoNotEmail, lead.DoNotFax, lead.DoNotSendLetter));
        Assert.Equal(PreferredContactMethod.Any, lead.PreferredContactMethod);
        Assert.Null(lead.Department);
        Assert.Null(lead.PhoneticName);
        Assert.Null(lead.Birthday);
        Assert.Null(lead.Territory);
    }

    [Fact]
    public void Serialize_DefaultFields_WritesNoNewMember()
    {
        var json = Serialize(MinimalLeadWith(_ => { }));

        foreach (var member in new[] { "active", "doNot", "preferredContactMethod", "territory", "phoneticName", "department" })
        {
            Assert.DoesNotContain(member, json, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Serialize_InactiveAndFlagged_WritesOnlyWhatDiffersFromTheDefaults()
    {
        var json = Serialize(MinimalLeadWith(l =>
        {
            l.SetActive(false);
            l.SetDoNotEmail(true);
            l.SetPreferredContactMethod(PreferredContactMethod.Phone);
        }));

        Assert.Contains(Json("'doNotEmail':true,'preferredContactMethod':'phone','active':false"), json, StringComparison.Ordinal);
        Assert.DoesNotContain("doNotCall", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_ExplicitDefaults_ReadsThem()
    {
        var lead = Deserialize<Lead>(Json(LeadHead + "'doNotCall':false,'preferredContactMethod':'any','active':true," + LeadTail));

        Assert.True(lead.IsActive);
        Assert.False(lead.DoNotCall);
    }

    [Fact]
    public void Deserialize_OldContactWithADetailsMember_ReadsItIntoTheRecordFields()
    {
        var contact = Deserialize<BusinessContact>(Json(
            "{'schemaVersion':1,'id':'0193b6a1-0000-7000-8000-000000000002','name':{'fullName':'Bo'},"
            + "'details':{'department':'Sales','office':'Lyon','profession':'Engineer','managerName':'Cy','assistantName':'Di','nickname':'Bobby','spouse':'Sam','birthday':'1980-02-29','anniversary':'2010-06-12'},"
            + LeadTail));

        Assert.Equal(("Sales", "Lyon", "Engineer", "Cy", "Di", "Bobby", "Sam"), (contact.Department, contact.Office, contact.Profession, contact.ManagerName, contact.AssistantName, contact.Nickname, contact.Spouse));
        Assert.Equal((new LocalDate(1980, 2, 29), new LocalDate(2010, 6, 12)), (contact.Birthday!.Value, contact.Anniversary!.Value));
        Assert.DoesNotContain("details", Serialize(contact), StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_DetailsAndTopLevelMember_TopLevelWins()
    {
        var contact = Deserialize<BusinessContact>(Json(
            "{'schemaVersion':1,'id':'0193b6a1-0000-7000-8000-000000000002','name':{'fullName':'Bo'},"
            + "'department':'Research','details':{'department':'Sales','nickname':'Bobby'}," + LeadTail));

        Assert.Equal(("Research", "Bobby"), (contact.Department, contact.Nickname));
    }

    [Theory]
    [InlineData("'territory':'{0}',", "$.territory", "Territory")]
    [InlineData("'imAddress':'{0}',", "$.imAddress", "ImAddress")]
    [InlineData("'department':'{0}',", "$.department", "Department")]
    [InlineData("'spouse':'{0}',", "$.spouse", "Spouse")]
    public void Deserialize_FieldTooLong_FailsAtTheMember(string member, string path, string property)
    {
        var ex = LeadFails(string.Format(System.Globalization.CultureInfo.InvariantCulture, member, new string('x', 256)));

        Assert.Equal(path, ex.Path);
        Assert.Equal(property, DomainError(ex).PropertyPath);
    }

    [Fact]
    public void Deserialize_PhoneticPartTooLong_FailsAtThePhoneticName()
    {
        var ex = LeadFails($"'phoneticName':{{'first':'{new string('x', 101)}'}},");

        Assert.Equal("$.phoneticName", ex.Path);
        Assert.Equal("LeadKit.PhoneticName.PartTooLong", DomainError(ex).ErrorCode);
    }

    [Theory]
    [InlineData("'preferredContactMethod':'pigeon',")]
    [InlineData("'preferredContactMethod':2,")]
    [InlineData("'active':'yes',")]
    public void Deserialize_BadEnumOrFlag_Fails(string member) =>
        Assert.IsType<JsonException>(LeadFails(member));

    private static Lead MinimalLeadWith(Action<Lead> change)
    {
        var lead = MinimalLead();
        change(lead);
        return lead;
    }
}
