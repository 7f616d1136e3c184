using LeadKit.Import.Duplicates;
using LeadKit.Leads;
using static LeadKit.Tests.Import.Duplicates.DuplicateSamples;

namespace LeadKit.Tests.Import.Duplicates;

/// <summary>The normalisation of each duplicate rule, on examples (docs/duplicates.md).</summary>
public sealed class MatchKeysTests
{
    private static readonly MatchKeys Us = MatchKeys.Default;
    private static readonly MatchKeys Gb = new(new DuplicateMatchOptions { DefaultRegion = "GB" });

    [Theory]
    [InlineData("jane.doe@example.com")]
    [InlineData("Jane.Doe@Example.COM")]
    [InlineData("  JANE.DOE@EXAMPLE.COM\t")]
    public void Email_InAnyCaseWithWhiteSpace_GivesTheLowerCaseAddress(string text) =>
        Assert.Equal(Email("jane.doe@example.com"), Us.Email(text));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("jane.doe")]
    [InlineData("jane doe@example.com")]
    [InlineData("Jane Doe <jane@example.com>")]
    [InlineData(null)]
    public void Email_NotAnAddress_GivesNoKey(string? text) => Assert.Null(Us.Email(text));

    [Fact]
    public void Email_PlusTagsAndDots_AreNotFolded() =>
        Assert.NotEqual(Us.Email("j.doe+news@gmail.com"), Us.Email("jdoe@gmail.com"));

    [Theory]
    [InlineData("Ann\uD800 Lee", "Acme\uFFFE")]
    [InlineData("\uFFFFAnn Lee", "\uDC00Acme")]
    [InlineData("Ann\uFFFE Lee\u00E9\uFFFE", "Acme")]
    public void NameAndCompany_WithALoneSurrogateOrANoncharacter_GivesAKeyNotAnException(string name, string company) =>
        Assert.NotNull(Us.NameAndCompany(name, company));

    [Fact]
    public void Email_NonAsciiLocalPart_IsLowerCased() =>
        Assert.Equal(Email("zoë.ångström@exämple.com"), Us.Email("ZOË.ÅNGSTRÖM@EXÄMPLE.COM"));

    [Theory]
    [InlineData("(415) 555-0123")]
    [InlineData("415.555.0123")]
    [InlineData("415/555/0123")]
    [InlineData("+1 415 555 0123")]
    [InlineData("+1 (415) 555-0123")]
    [InlineData("1-415-555-0123")]
    [InlineData("011 1 415 555 0123")]
    [InlineData("415-555-0123 x12")]
    [InlineData("415-555-0123 ext. 12")]
    [InlineData("415 555 0123 #9")]
    [InlineData("tel:+1-415-555-0123")]
    public void Phone_OneUsNumberWrittenAnyWay_GivesOneE164Key(string text) =>
        Assert.Equal(Phone("+14155550123"), Us.Phone(text));

    /// <summary>
    /// libphonenumber reads an international prefix only when it is the default region's own:
    /// <c>011</c> from the US, <c>00</c> from the UK. So <c>001 415 …</c> is not a possible US number
    /// (a UK user's way of dialling the US), and gives no key with region US.
    /// </summary>
    [Fact]
    public void Phone_InternationalPrefix_IsTheDefaultRegions()
    {
        Assert.Null(Us.Phone("001 415 555 0123"));
        Assert.Equal(Phone("+14155550123"), Gb.Phone("001 415 555 0123"));
        Assert.Equal(Phone("+14155550123"), Us.Phone("011 1 415 555 0123"));
    }

    /// <summary>The table of docs/duplicates.md, region GB column: US numbers without +1 are read as UK numbers.</summary>
    [Theory]
    [InlineData("(415) 555-0123", "+444155550123")]
    [InlineData("415-555-0123 x12", "+444155550123")]
    [InlineData("1-415-555-0123", null)]
    [InlineData("011 1 415 555 0123", null)]
    [InlineData("+1 415 555 0123", "+14155550123")]
    [InlineData("tel:+1-415-555-0123", "+14155550123")]
    public void Phone_UsNumbersWithRegionGb_AreReadInTheUkPlan(string text, string? expected) =>
        Assert.Equal(expected is null ? null : Phone(expected), Gb.Phone(text));

    [Theory]
    [InlineData("020 7946 0958")]
    [InlineData("+44 20 7946 0958")]
    [InlineData("+44 (0)20 7946 0958")]
    [InlineData("00 44 20 7946 0958")]
    [InlineData("020-7946-0958 x12")]
    public void Phone_UkNumberWithRegionGb_GivesOneE164Key(string text) =>
        Assert.Equal(Phone("+442079460958"), Gb.Phone(text));

    [Fact]
    public void Phone_UkNumberWithoutCountryCode_DependsOnTheRegion()
    {
        Assert.Null(Us.Phone("020 7946 0958")); // too long for a US number
        Assert.Equal(Phone("+442079460958"), Us.Phone("+44 20 7946 0958"));
    }

    [Theory]
    [InlineData("12345")] // too short
    [InlineData("555-0123")] // possible only for local dialling: no area code
    [InlineData("+1 415 555 01234567")] // too long
    [InlineData("+999 123")] // no such country code
    [InlineData("abc")]
    [InlineData("")]
    [InlineData("+")]
    [InlineData(null)]
    public void Phone_InvalidNumber_GivesNoKey(string? text) => Assert.Null(Us.Phone(text));

    [Fact]
    public void Phone_UnallocatedButPossibleNumber_GivesAKey() =>
        Assert.Equal(Phone("+447700900123"), Gb.Phone("07700 900123")); // Ofcom's range for drama: possible, not valid

    [Theory]
    [InlineData("Zoë Ångström", "Acme")]
    [InlineData("Zoe Angstrom", "ACME")]
    [InlineData("ZOË ÅNGSTRÖM", "Acme, Inc.")]
    [InlineData("Ångström, Zoë", "Acme Inc")]
    [InlineData("Dr. Zoë Ångström", "acme corp.")]
    [InlineData("  Zoë   Ångström ", "Acme Co., Ltd.")]
    [InlineData("Zoë Q. Ångström", "Acme LLC")]
    [InlineData("Zoe\u0308 A\u030Angstro\u0308m", "Ａｃｍｅ")]
    public void NameAndCompany_SamePersonAndCompanyWrittenAnyWay_GivesOneKey(string name, string company) =>
        Assert.Equal(NameAndCompany("zoe angstrom | acme"), Us.NameAndCompany(name, company));

    [Theory]
    [InlineData("Müller & Söhne GmbH", "muller sohne")]
    [InlineData("Straße AG", "strasse")]
    [InlineData("Acme S.A.", "acme")]
    [InlineData("Acme SARL", "acme")]
    [InlineData("Acme B.V.", "acme")]
    [InlineData("Acme N.V.", "acme")]
    [InlineData("Acme plc", "acme")]
    [InlineData("Acme Limited", "acme")]
    [InlineData("Acme Corporation", "acme")]
    [InlineData("O'Reilly Media", "oreilly media")]
    [InlineData("Ærø Fisk A/S", "aero fisk a s")]
    [InlineData("Łódź Ltd", "lodz")]
    [InlineData("Co", "co")] // a company that is only a legal form keeps it
    [InlineData("Inc. Ltd.", "inc")]
    [InlineData("Company Inc", "company")] // only whole words
    [InlineData("Incorporated Widgets", "incorporated widgets")]
    [InlineData("AG Barr", "ag barr")] // only trailing words
    [InlineData("株式会社テスト", "株式会社テスト")]
    [InlineData("ООО Ромашка", "ооо ромашка")]
    public void NameAndCompany_Company_IsNormalised(string company, string expected) =>
        Assert.Equal(NameAndCompany("ann lee | " + expected), Us.NameAndCompany("Ann Lee", company));

    [Theory]
    [InlineData("Jean-Luc Picard", "jean luc picard")]
    [InlineData("Siobhán O'Brien", "siobhan obrien")]
    [InlineData("Søren Kierkegaard", "soren kierkegaard")]
    [InlineData("Þóra Þórsson", "thora thorsson")]
    [InlineData("Ιωάννης Παπαδόπουλος", "ιωαννησ παπαδοπουλοσ")] // case folding: final sigma is sigma
    [InlineData("Ann Lee Jr.", "ann lee")]
    [InlineData("Ann", "ann")]
    public void NameAndCompany_Name_IsNormalised(string name, string expected) =>
        Assert.Equal(NameAndCompany(expected + " | acme"), Us.NameAndCompany(name, "Acme"));

    [Theory]
    [InlineData("Jane Doe", null)]
    [InlineData("Jane Doe", "")]
    [InlineData("Jane Doe", "  ")]
    [InlineData("Jane Doe", "—, & …")]
    [InlineData(null, "Acme")]
    [InlineData(" ", "Acme")]
    [InlineData("—", "Acme")]
    public void NameAndCompany_WithoutNameOrCompany_GivesNoKey(string? name, string? company) =>
        Assert.Null(Us.NameAndCompany(name, company));

    [Fact]
    public void NameAndCompany_NameParts_AreFirstAndLast()
    {
        var parts = new PersonName("Dr. Jane Q. Doe", prefix: "Dr.", first: "Jane", middle: "Q.", last: "Doe");

        Assert.Equal(NameAndCompany("jane doe | acme"), Us.NameAndCompany(parts, "Acme"));
        Assert.Equal(NameAndCompany("jane doe | acme"), Us.NameAndCompany(new PersonName("Doe, Jane"), "Acme"));
        Assert.Equal(NameAndCompany("doe | acme"), Us.NameAndCompany(new PersonName("Doe Family", last: "Doe"), "Acme"));
    }

    [Fact]
    public void NameAndCompany_LoneSurrogate_IsReadAsAReplacementCharacter() =>
        Assert.Equal(NameAndCompany("ann lee | acme"), Us.NameAndCompany("Ann Lee", "Acme \uD800"));

    [Fact]
    public void For_Record_GivesEmailsThenPhonesThenNameAndCompany_EachOnce()
    {
        var lead = Lead(
            "Jane Doe",
            "Acme, Inc.",
            emails: ["Jane@Example.com", "jane@example.com", "j.doe@example.org"],
            phones: ["(415) 555-0123", "+1 415 555 0123 x7", "12345", "+44 20 7946 0958"]);

        Assert.Equal(
            [
                Email("jane@example.com"),
                Email("j.doe@example.org"),
                Phone("+14155550123"),
                Phone("+442079460958"),
                NameAndCompany("jane doe | acme"),
            ],
            Us.For(lead));
    }

    [Fact]
    public void For_RecordWithOnlyAName_HasNoKey() => Assert.Empty(Us.For(Lead("Jane Doe")));

    [Fact]
    public void For_NameWithoutCompany_GivesNoNameKey() =>
        Assert.Equal([Email("jane@example.com")], Us.For(Lead("Jane Doe", emails: ["jane@example.com"])));

    [Fact]
    public void For_RulesOff_GiveNoKeys()
    {
        var lead = Lead("Jane Doe", "Acme", emails: ["jane@example.com"], phones: ["(415) 555-0123"]);
        var phoneOnly = new MatchKeys(new DuplicateMatchOptions { Rules = [DuplicateRule.Phone] });
        var none = new MatchKeys(new DuplicateMatchOptions { Rules = [] });

        Assert.Equal([Phone("+14155550123")], phoneOnly.For(lead));
        Assert.Null(phoneOnly.Email("jane@example.com"));
        Assert.Null(phoneOnly.NameAndCompany("Jane Doe", "Acme"));
        Assert.NotNull(phoneOnly.Phone("(415) 555-0123"));
        Assert.Empty(none.For(lead));
    }

    [Fact]
    public void For_Record_AgreesWithTheRawValueOverloads()
    {
        var lead = Lead("Doe, Jane", "Acme GmbH", emails: ["JANE@example.com"], phones: ["415.555.0123 ext. 4"]);

        Assert.Equal(
            new[] { Us.Email("JANE@example.com"), Us.Phone("415.555.0123 ext. 4"), Us.NameAndCompany("Doe, Jane", "Acme GmbH") }.Select(k => k!.Value),
            Us.For(lead));
    }

    [Fact]
    public void Arguments_Null_AreRefused()
    {
        Assert.Throws<ArgumentNullException>(() => Us.For(null!));
        Assert.Throws<ArgumentNullException>(() => Us.NameAndCompany((PersonName)null!, "Acme"));
    }
}
