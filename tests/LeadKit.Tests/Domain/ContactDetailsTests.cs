using LeadKit.Contacts;
using NodaTime;

namespace LeadKit.Tests.Domain;

public sealed class ContactDetailsTests
{
    [Fact]
    public void Empty_HasNoFieldSet()
    {
        var empty = ContactDetails.Empty;

        Assert.True(empty.IsEmpty);
        Assert.Null(empty.Department);
        Assert.Null(empty.Birthday);
        Assert.True(new ContactDetails().IsEmpty);
    }

    [Fact]
    public void Constructor_TrimsTextsAndBlankOnesBecomeNull()
    {
        var details = new ContactDetails(department: " Sales ", office: " ", profession: "Engineer", managerName: "Bob", assistantName: "Cy", nickname: "Annie", spouse: "\t");

        Assert.Equal("Sales", details.Department);
        Assert.Null(details.Office);
        Assert.Equal("Engineer", details.Profession);
        Assert.Equal("Bob", details.ManagerName);
        Assert.Equal("Cy", details.AssistantName);
        Assert.Equal("Annie", details.Nickname);
        Assert.Null(details.Spouse);
        Assert.False(details.IsEmpty);
    }

    [Fact]
    public void Constructor_OnlyBlankTexts_IsEmpty()
    {
        Assert.True(new ContactDetails(department: "  ", nickname: "").IsEmpty);
    }

    [Fact]
    public void Constructor_Dates_AreKept()
    {
        var details = new ContactDetails(birthday: new LocalDate(1980, 2, 29), anniversary: new LocalDate(2010, 6, 1));

        Assert.Equal(new LocalDate(1980, 2, 29), details.Birthday);
        Assert.Equal(new LocalDate(2010, 6, 1), details.Anniversary);
        Assert.False(details.IsEmpty);
    }

    [Theory]
    [InlineData("Department")]
    [InlineData("Office")]
    [InlineData("Profession")]
    [InlineData("ManagerName")]
    [InlineData("AssistantName")]
    [InlineData("Nickname")]
    [InlineData("Spouse")]
    public void Constructor_TextOf256_IsRefusedNamingTheField(string field)
    {
        var text = new string('a', 256);
        Func<object?> create = field switch
        {
            "Department" => () => new ContactDetails(department: text),
            "Office" => () => new ContactDetails(office: text),
            "Profession" => () => new ContactDetails(profession: text),
            "ManagerName" => () => new ContactDetails(managerName: text),
            "AssistantName" => () => new ContactDetails(assistantName: text),
            "Nickname" => () => new ContactDetails(nickname: text),
            _ => () => new ContactDetails(spouse: text),
        };

        ValidationAssert.Single(create, field, "LeadKit.ContactDetails.TooLong");
    }

    [Fact]
    public void Constructor_TextOf255_IsAccepted()
    {
        Assert.Equal(255, new ContactDetails(office: new string('a', 255)).Office!.Length);
    }

    [Fact]
    public void Equals_SameFields_IsEqual()
    {
        Assert.Equal(new ContactDetails(department: "Sales"), new ContactDetails(department: " Sales"));
        Assert.NotEqual(new ContactDetails(department: "Sales"), new ContactDetails(office: "Sales"));
    }
}
