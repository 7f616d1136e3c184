namespace LeadKit.Csv.Tests;

public sealed class CsvLayoutsTests
{
    private const string Outlook2000 = "Title,First Name,Middle Name,Last Name,Suffix,Company,Department,Job Title,Business Street,Business Street 2,Business Street 3,Business City,Business State,Business Postal Code,Business Country,Home Street,Home City,Home Country,Business Phone,Mobile Phone,Birthday,Anniversary,E-mail Address,E-mail Display Name,E-mail 2 Address,Notes,PO Box";
    private const string OutlookCom = "First Name,Middle Name,Last Name,Title,Suffix,Nickname,Given Yomi,Surname Yomi,E-mail Address,E-mail 2 Address,E-mail 3 Address,Home Phone,Home Phone 2,Business Phone,Business Phone 2,Mobile Phone,Car Phone,Other Phone,Primary Phone,Pager,Business Fax,Home Fax,Other Fax,Company Main Phone,Callback,Radio Phone,Telex,TTY/TDD Phone,IMAddress,Job Title,Department,Company,Office Location,Manager's Name,Assistant's Name,Assistant's Phone,Company Yomi,Business Street,Business City,Business State,Business Postal Code,Business Country/Region,Home Street,Home City,Home State,Home Postal Code,Home Country/Region,Other Street,Other City,Other State,Other Postal Code,Other Country/Region,Personal Web Page,Spouse,Schools,Hobby,Location,Web Page,Birthday,Anniversary,Notes";
    private const string GoogleNew = "First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,Phonetic Last Name,Name Prefix,Name Suffix,Nickname,File As,Organization Name,Organization Title,Organization Department,Birthday,Notes,Photo,Labels,E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value,Address 1 - Label,Address 1 - Formatted,Website 1 - Label,Website 1 - Value,Event 1 - Label,Event 1 - Value";
    private const string GoogleOld = "Name,Given Name,Additional Name,Family Name,Yomi Name,Given Name Yomi,Additional Name Yomi,Family Name Yomi,Name Prefix,Name Suffix,Initials,Nickname,Short Name,Maiden Name,Birthday,Gender,Location,Billing Information,Directory Server,Mileage,Occupation,Hobby,Sensitivity,Priority,Subject,Notes,Group Membership,E-mail 1 - Type,E-mail 1 - Value,Website 1 - Type,Website 1 - Value";
    private const string Act = "Contact,Company,First Name,Last Name,Title,Phone,Phone Ext-,Mobile Phone,Fax,E-mail,Web Site,Address 1,Address 2,City,State,ZIP Code,Country,ID/Status,Referred By,Notes";

    private static CsvHeader Header(string line) => new(line.Split(','));

    private static CsvRow Row(string header, string line) =>
        Csv.ReadTextAsync(header + "\r\n" + line + "\r\n").GetAwaiter().GetResult().Rows[0];

    [Fact]
    public void Detect_Outlook92Columns_IsOutlookWithFullConfidence()
    {
        var match = CsvLayouts.Detect(new CsvHeader(CsvLayouts.Outlook.Headers));

        Assert.Same(CsvLayouts.Outlook, match.Layout);
        Assert.Equal(1.0, match.Confidence);
        Assert.Empty(match.UnmatchedHeaders);
    }

    [Theory]
    [InlineData(Outlook2000, "outlook")]
    [InlineData(OutlookCom, "outlook")]
    [InlineData(GoogleNew, "google")]
    [InlineData(GoogleOld, "google-legacy")]
    [InlineData(Act, "act")]
    [InlineData("First Name,Last Name,Company", "generic")]
    [InlineData("Vorname,Nachname,Firma", "generic")]
    public void Detect_KnownHeaders_GiveTheirLayout(string header, string expected)
    {
        Assert.Equal(expected, CsvLayouts.Detect(Header(header)).Layout.Name);
    }

    [Fact]
    public void Detect_LeadKitHeader_IsLeadKitWhateverElse()
    {
        var header = CsvLayouts.LeadKitHeader(emails: 2, phones: 1, addresses: 1, customFields: ["Employees"]);

        var match = CsvLayouts.Detect(new CsvHeader(header));

        Assert.Same(CsvLayouts.LeadKit, match.Layout);
        Assert.Equal(1.0, match.Confidence);
        Assert.Equal("leadkit.version", header[0]);
    }

    [Fact]
    public void Detect_GoogleHeaderBuilder_IsGoogle()
    {
        Assert.Same(CsvLayouts.Google, CsvLayouts.Detect(new CsvHeader(CsvLayouts.GoogleHeader(2, 3, 1))).Layout);
    }

    [Fact]
    public void KeyFor_MapsHeadersToNeutralKeys()
    {
        Assert.Equal("prefix", CsvLayouts.Outlook.KeyFor("Title"));
        Assert.Equal("title", CsvLayouts.Outlook.KeyFor("job title"));
        Assert.Equal("address:business.country", CsvLayouts.Outlook.KeyFor("Business Country"));
        Assert.Equal("phone:{label}", CsvLayouts.Google.KeyFor("Phone 3 - Value"));
        Assert.Equal("custom.ProductInterest", CsvLayouts.Salesforce.KeyFor("ProductInterest__c"));
        Assert.Equal("first", CsvLayouts.Salesforce.KeyFor("FIRSTNAME"));
        Assert.Equal("title", CsvLayouts.Act.KeyFor("Title"));
        Assert.Null(CsvLayouts.Outlook.KeyFor("Favourite Colour"));
        Assert.Same(CsvLayouts.Act, CsvLayouts.Find(" ACT "));
    }

    [Theory]
    [InlineData("0/0/00")]
    [InlineData("00.00.0000")]
    [InlineData("0000-00-00")]
    [InlineData("1/1/4501")]
    public void Normalize_OutlookEmptyDateMarkers_AreLeftOut(string marker)
    {
        var row = Row("First Name,Birthday,Anniversary", $"Ann,{marker},4/21/1985");

        var values = CsvLayouts.Outlook.Normalize(row);

        Assert.Equal([("first", "Ann"), ("anniversary", "4/21/1985")], values.Select(v => (v.Key, v.Value)));
    }

    [Fact]
    public void Normalize_OutlookDefaultsAndExchangeAddress_AreHandled()
    {
        var row = Row(
            "First Name,E-mail Address,E-mail Type,E-mail Display Name,E-mail 2 Address,E-mail 2 Type,E-mail 2 Display Name,Gender,Priority,Private,Sensitivity,Categories",
            "Jane,/o=ExchangeLabs/ou=Exchange Administrative Group/cn=Recipients/cn=jd,EX,Jane Doe (jane.doe@example.com),/o=X/cn=other,EX,Someone,Unspecified,Normal,False,Normal,Business;VIP");

        var values = CsvLayouts.Outlook.Normalize(row);

        Assert.Equal(
            [("first", "Jane", 0), ("email", "jane.doe@example.com", 1), ("email.displayName", "Jane Doe (jane.doe@example.com)", 1),
             ("email.exchange", "/o=X/cn=other", 2), ("email.displayName", "Someone", 2), ("categories", "Business", 0), ("categories", "VIP", 0)],
            values.Select(v => (v.Key, v.Value, v.Group)));
    }

    [Fact]
    public void Normalize_GoogleLabelledGroups_ResolveKindsAndSplitValues()
    {
        var header = "First Name,Labels,E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value,Phone 2 - Label,Phone 2 - Value,Address 1 - Label,Address 1 - City,Event 1 - Label,Event 1 - Value,Custom Field 1 - Label,Custom Field 1 - Value";
        var row = Row(header, "Ann,* myContacts ::: Trade Show,* Work,ann@contoso.example,Mobile,+41 1 ::: +41 2,Home Fax,555,Home,Lyon,Anniversary,2001-05-06,Employees,120");

        var values = CsvLayouts.Google.Normalize(row);

        Assert.Equal(
            [("first", "Ann"), ("categories", "myContacts"), ("categories", "Trade Show"), ("email:business", "ann@contoso.example"),
             ("phone:mobile", "+41 1"), ("phone:mobile", "+41 2"), ("phone:homeFax", "555"), ("address:home.city", "Lyon"),
             ("anniversary", "2001-05-06"), ("custom.Employees", "120")],
            values.Select(v => (v.Key, v.Value)));
        Assert.Equal("Phone 1 - Value", values[4].Header);
    }

    [Fact]
    public void Normalize_GoogleLegacyTypes_ResolveLikeLabels()
    {
        var row = Row(GoogleOld, "Alice Brown,Alice,,Brown,,,,,,,,,,,,,,,,,,,,,,,* My Contacts ::: Exit,* Work,alice@google.com,Profile,http://www.google.com/profiles/12345");

        var values = CsvLayouts.GoogleLegacy.Normalize(row).ToDictionary(v => v.Key + "|" + v.Value, v => v.Value);

        Assert.Contains("email:business|alice@google.com", values.Keys);
        Assert.Contains("name|Alice Brown", values.Keys);
        Assert.Contains("webPage|http://www.google.com/profiles/12345", values.Keys);
        Assert.Contains("categories|My Contacts", values.Keys);
    }

    [Fact]
    public void Normalize_LeadKitGroups_BecomeKindedKeys()
    {
        var header = string.Join(',', CsvLayouts.LeadKitHeader(emails: 2, phones: 1, addresses: 1, customFields: ["Employees"]));
        var cells = new Dictionary<string, string>
        {
            ["leadkit.version"] = "1", ["first"] = "Ann", ["last"] = "Lee", ["email.1.kind"] = "business", ["email.1.address"] = "ann@contoso.example",
            ["email.2.kind"] = "personal", ["email.2.address"] = "ann@home.example", ["phone.1.kind"] = "mobile", ["phone.1.number"] = "+33 6 12",
            ["address.1.kind"] = "home", ["address.1.city"] = "Lyon", ["address.1.mailing"] = "true", ["custom.Employees"] = "120",
        };
        var line = string.Join(',', header.Split(',').Select(h => cells.GetValueOrDefault(h, string.Empty)));

        var values = CsvLayouts.LeadKit.Normalize(Row(header, line));

        Assert.Equal(
            [("leadkit.version", "1", 0), ("first", "Ann", 0), ("last", "Lee", 0), ("email:business", "ann@contoso.example", 1), ("email:personal", "ann@home.example", 2),
             ("phone:mobile", "+33 6 12", 1), ("address:home.city", "Lyon", 1), ("address:home.mailing", "true", 1), ("custom.Employees", "120", 0)],
            values.Select(v => (v.Key, v.Value, v.Group)));
    }

    [Fact]
    public void Normalize_ActTitleIsTheJobTitle()
    {
        var values = CsvLayouts.Act.Normalize(Row(Act, "Chris Huffman,Cordoba Coffee,Chris,Huffman,Owner,555-1234,12,,,chris@cordoba.example,,400 Madison Avenue,,New York,NY,10017,USA,Customer,,"));

        var byKey = values.ToDictionary(v => v.Key, v => v.Value);
        Assert.Equal("Owner", byKey["title"]);
        Assert.Equal("Chris Huffman", byKey["name"]);
        Assert.Equal("12", byKey["phone:business.extension"]);
        Assert.Equal("10017", byKey["address:business.postalCode"]);
        Assert.Equal("Customer", byKey["categories"]);
    }
}
