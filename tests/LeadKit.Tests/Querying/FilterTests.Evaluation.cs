using LeadKit.Contacts;
using LeadKit.Leads;
using LeadKit.Querying;
using NodaTime;

namespace LeadKit.Tests.Querying;

public sealed partial class FilterTests
{
    private static readonly Lead AnnLead = SampleRecords.Ann();
    private static readonly Lead BobLead = SampleRecords.Bob();

    [Theory]
    // name, first, middle, last, fileAs: text, case-insensitive.
    [InlineData("name = \"ann marie lee\"", true, false)]
    [InlineData("name != \"Ann Marie Lee\"", false, true)]
    [InlineData("first = \"Ann\"", true, false)]
    [InlineData("first != \"Ann\"", false, true)]
    [InlineData("middle starts-with \"mar\"", true, false)]
    [InlineData("last ends-with \"EE\"", true, false)]
    [InlineData("fileAs = \"Lee, Ann\"", true, false)]
    [InlineData("fileAs = \"Bob\"", false, true)]
    // title, company, account, assignedTo.
    [InlineData("title contains \"manager\"", true, false)]
    [InlineData("company = \"Contoso Ltd\"", true, false)]
    [InlineData("company is empty", false, true)]
    [InlineData("company is not empty", true, false)]
    [InlineData("account = \"contoso\"", true, false)]
    [InlineData("assignedTo = \"0196A000-0000-7000-8000-000000000001\"", true, false)]
    [InlineData("assignedTo is empty", false, true)]
    // source, rating, initiatedBy, areaOfInterest.
    [InlineData("source = \"Trade Show\"", true, false)]
    [InlineData("source in (\"Web\", \"trade show\")", true, false)]
    [InlineData("rating in (\"Poor\", \"Fair\")", false, false)]
    [InlineData("not (rating in (\"Poor\", \"Fair\"))", true, true)]
    [InlineData("initiatedBy = \"Bob Smith\"", true, false)]
    [InlineData("areaOfInterest contains \"GADGET\"", true, false)]
    // email: any address matches.
    [InlineData("email ends-with \"@contoso.com\"", true, false)]
    [InlineData("email = \"ANN.LEE@example.org\"", true, false)]
    [InlineData("email != \"ann@contoso.com\"", false, true)]
    [InlineData("email is empty", false, true)]
    // phone: digits only, extension ignored.
    [InlineData("phone = \"+1 555 123 4567\"", true, false)]
    [InlineData("phone = \"+15551234567\"", true, false)]
    [InlineData("phone = \"5551234567\"", false, false)]
    [InlineData("phone contains \"(555) 123\"", true, false)]
    [InlineData("phone starts-with \"020-7946\"", true, false)]
    [InlineData("phone ends-with \"89\"", false, false)]
    // city, state, postalCode, country: any address.
    [InlineData("city = \"paris\"", true, false)]
    [InlineData("city in (\"Berlin\", \"Lyon\")", true, false)]
    [InlineData("state = \"ARA\"", true, false)]
    [InlineData("postalCode starts-with \"69\"", true, false)]
    [InlineData("country = \"France\"", true, false)]
    [InlineData("country is not empty", true, false)]
    // webPage, comments.
    [InlineData("webPage starts-with \"https://contoso.com\"", true, false)]
    [InlineData("comments contains \"fair\"", true, false)]
    // scoreType, manualStars, checked.
    [InlineData("scoreType = \"Manual\"", true, false)]
    [InlineData("scoreType = \"automatic\"", false, true)]
    [InlineData("manualStars >= 3", true, false)]
    [InlineData("manualStars < 3", false, false)]
    [InlineData("manualStars = 4", true, false)]
    [InlineData("manualStars != 4", false, true)]
    [InlineData("manualStars <= 4.0", true, false)]
    [InlineData("manualStars > 3.99", true, false)]
    [InlineData("manualStars is empty", false, true)]
    [InlineData("checked = \"budget\"", true, false)]
    [InlineData("checked = \"authority\"", false, false)]
    [InlineData("checked != \"budget\"", false, true)]
    [InlineData("checked in (\"authority\", \"timeline\")", true, false)]
    [InlineData("checked is empty", false, true)]
    // created, modified, version, converted.
    [InlineData("created = 2026-11-27T09:00:00Z", true, true)]
    [InlineData("created < 2026-11-27T09:00:00.000000001Z", true, true)]
    [InlineData("created > 2026-11-27T09:00:00Z", false, false)]
    [InlineData("modified > 2026-11-27T09:30:00Z", true, false)]
    [InlineData("version = 3", true, false)]
    [InlineData("version = 0", false, true)]
    [InlineData("converted = false", true, true)]
    [InlineData("converted != true", true, true)]
    [InlineData("converted is empty", false, false)]
    public void Compile_BuiltInField_MatchesAsDocumented(string text, bool ann, bool bob)
    {
        var predicate = Filter.Parse(text).Compile();

        Assert.Equal(ann, predicate(AnnLead));
        Assert.Equal(bob, predicate(BobLead));
    }

    [Theory]
    [InlineData("manualStars < 3")]
    [InlineData("manualStars >= 3")]
    [InlineData("company = \"x\"")]
    [InlineData("company contains \"\"")]
    [InlineData("company in (\"x\")")]
    [InlineData("email starts-with \"\"")]
    [InlineData("custom.Employees > 0")]
    public void Compile_MissingValue_EveryConditionButNotEqualIsFalse(string text)
    {
        Assert.False(Filter.Parse(text).Matches(BobLead));
    }

    [Theory]
    [InlineData("manualStars != 3")]
    [InlineData("company != \"x\"")]
    [InlineData("email != \"a@b.c\"")]
    [InlineData("custom.Employees != 5")]
    [InlineData("company is empty")]
    public void Compile_MissingValue_NotEqualAndIsEmptyAreTrue(string text)
    {
        Assert.True(Filter.Parse(text).Matches(BobLead));
    }

    [Theory]
    [InlineData("custom.Employees >= 50", true)]
    [InlineData("custom.employees = 120", true)]
    [InlineData("custom.Employees < 120", false)]
    [InlineData("custom.Employees in (100, 120)", true)]
    [InlineData("custom.\"Annual revenue\" > 2500000.49", true)]
    [InlineData("custom.\"annual REVENUE\" = 2500000.5", true)]
    [InlineData("custom.Budget = 10000", true)]
    [InlineData("custom.\"First met\" = 2026-10-01", true)]
    [InlineData("custom.\"First met\" < 2026-09-30", false)]
    [InlineData("custom.Newsletter = true", true)]
    [InlineData("custom.Newsletter != true", false)]
    [InlineData("custom.Region = \"eu\"", true)]
    [InlineData("custom.Region in (\"US\", \"EU\")", true)]
    [InlineData("custom.Nickname starts-with \"ann\"", true)]
    [InlineData("custom.Nickname > \"A\"", true)]
    [InlineData("custom.Nickname is not empty", true)]
    [InlineData("custom.Missing is empty", true)]
    // A stored value of another type than the literal counts as missing.
    [InlineData("custom.Employees = \"120\"", false)]
    [InlineData("custom.Employees != \"120\"", true)]
    [InlineData("custom.Employees contains \"12\"", false)]
    [InlineData("custom.Nickname = 5", false)]
    [InlineData("custom.Newsletter = 1", false)]
    [InlineData("custom.\"First met\" > 0", false)]
    public void Compile_CustomField_IsTypedByTheLiteral(string text, bool expected)
    {
        Assert.Equal(expected, Filter.Parse(text).Matches(AnnLead));
    }

    [Fact]
    public void Compile_Converted_ReadsLeadAndContactLinks()
    {
        var contact = SampleRecords.AnnAsContact();
        var converted = Filter.Parse("converted = true");

        Assert.True(converted.Matches(contact));
        Assert.False(converted.Matches(BusinessContact.Create(new PersonName("Cy"), SampleRecords.Clock())));
        var lead = SampleRecords.Ann();
        lead.MarkConverted(ContactId.New());
        Assert.True(converted.Matches(lead));
    }

    [Theory]
    [InlineData("all", true, true)]
    [InlineData("not all", false, false)]
    [InlineData("source = \"Trade Show\" and manualStars >= 3", true, false)]
    [InlineData("source = \"Web\" or first = \"Ann\"", true, false)]
    [InlineData("not company is empty", true, false)]
    [InlineData("not not company is empty", false, true)]
    [InlineData("company is empty or manualStars > 3 and source = \"Web\"", false, true)]
    [InlineData("(company is empty or manualStars > 3) and source = \"Web\"", false, false)]
    public void Compile_Connectives_CombineAsDocumented(string text, bool ann, bool bob)
    {
        var predicate = Filter.Parse(text).Compile();

        Assert.Equal(ann, predicate(AnnLead));
        Assert.Equal(bob, predicate(BobLead));
    }

    [Fact]
    public void Compile_Phone_IgnoresTheExtension()
    {
        Assert.True(RecordField.Phone.EqualTo("+1-555-123-4567").Matches(AnnLead));
        Assert.Equal(["+15551234567", "02079460000"], RecordField.Phone.GetValues(AnnLead));
    }

    [Fact]
    public void Compile_Instant_ComparesToTheNanosecond()
    {
        var created = SampleRecords.Now;

        Assert.True(RecordField.Created.LessThan(created + Duration.Epsilon).Matches(AnnLead));
        Assert.False(RecordField.Created.GreaterThan(created).Matches(AnnLead));
    }
}
