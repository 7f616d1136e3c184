using LeadKit.Leads;
using LeadKit.Validation;

namespace LeadKit.Tests.Domain;

public sealed class PersonNameTests
{
    /// <summary>Every form <see cref="PersonName.Parse"/> recognises, checked part by part (record equality compares all six).</summary>
    [Theory]
    [InlineData("Ann Lee", "Ann Lee", null, "Ann", null, "Lee", null)]
    [InlineData("Lee, Ann", "Ann Lee", null, "Ann", null, "Lee", null)]
    [InlineData("Lee, Ann Beth", "Ann Beth Lee", null, "Ann", "Beth", "Lee", null)]
    [InlineData("Lee,Ann", "Ann Lee", null, "Ann", null, "Lee", null)]
    [InlineData("Dr. Ann B. Lee Jr.", "Dr. Ann B. Lee Jr.", "Dr.", "Ann", "B.", "Lee", "Jr.")]
    [InlineData("Ann Beth Carol Lee", "Ann Beth Carol Lee", null, "Ann", "Beth Carol", "Lee", null)]
    [InlineData("Ann Lee, Jr.", "Ann Lee Jr.", null, "Ann", null, "Lee", "Jr.")]
    [InlineData("Lee, Ms. Ann", "Ms. Ann Lee", "Ms.", "Ann", null, "Lee", null)]
    [InlineData("Cher", "Cher", null, "Cher", null, null, null)]
    [InlineData("Dr.", "Dr.", null, "Dr.", null, null, null)]
    [InlineData("Jr.", "Jr.", null, "Jr.", null, null, null)]
    [InlineData("Dr. Lee", "Dr. Lee", "Dr.", "Lee", null, null, null)]
    [InlineData("  Ann \t  Lee   ", "Ann Lee", null, "Ann", null, "Lee", null)]
    [InlineData("Lee,", "Lee", null, "Lee", null, null, null)]
    public void Parse_KnownForm_SplitsIntoParts(string text, string fullName, string? prefix, string? first, string? middle, string? last, string? suffix) =>
        Assert.Equal(new PersonName(fullName, prefix, first, middle, last, suffix), PersonName.Parse(text));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Parse_Blank_IsRefusedWithFullNameRequired(string? text)
    {
        var error = ValidationAssert.Single(() => PersonName.Parse(text!), "FullName", "LeadKit.PersonName.FullNameRequired");

        Assert.Equal("The full name is required.", error.Message);
    }

    [Fact]
    public void Parse_WordLongerThanAPart_IsRefusedWithPartTooLong()
    {
        var word = new string('a', PersonNameValidator.MaxPartLength + 1);

        ValidationAssert.Single(() => PersonName.Parse("Ann " + word), "Last", "LeadKit.PersonName.PartTooLong");
    }

    [Fact]
    public void Parse_NameLongerThan255_IsRefusedWithFullNameTooLong()
    {
        var text = string.Join(' ', Enumerable.Repeat("abcdefghij", 24)); // 24 × 10 + 23 spaces = 263

        ValidationAssert.Contains(() => PersonName.Parse(text), "FullName", "LeadKit.PersonName.FullNameTooLong");
    }

    [Fact]
    public void Constructor_TrimsFullNameAndBlankPartsBecomeNull()
    {
        var name = new PersonName("  Ann Lee ", prefix: " ", first: " Ann ", middle: "", last: "Lee", suffix: null);

        Assert.Equal("Ann Lee", name.FullName);
        Assert.Null(name.Prefix);
        Assert.Equal("Ann", name.First);
        Assert.Null(name.Middle);
        Assert.Equal("Lee", name.Last);
        Assert.Equal("Ann Lee", name.ToString());
    }

    [Fact]
    public void Constructor_NullFullName_IsRefusedWithFullNameRequired()
    {
        ValidationAssert.Single(() => new PersonName(null!), "FullName", "LeadKit.PersonName.FullNameRequired");
    }

    [Theory]
    [InlineData("Prefix")]
    [InlineData("First")]
    [InlineData("Middle")]
    [InlineData("Last")]
    [InlineData("Suffix")]
    public void Constructor_PartOf101_IsRefusedNamingThePart(string part)
    {
        var text = new string('x', PersonNameValidator.MaxPartLength + 1);
        Func<object?> create = part switch
        {
            "Prefix" => () => new PersonName("Ann", prefix: text),
            "First" => () => new PersonName("Ann", first: text),
            "Middle" => () => new PersonName("Ann", middle: text),
            "Last" => () => new PersonName("Ann", last: text),
            _ => () => new PersonName("Ann", suffix: text),
        };

        ValidationAssert.Single(create, part, "LeadKit.PersonName.PartTooLong");
    }

    [Fact]
    public void Constructor_PartOf100AndFullNameOf255_AreAccepted()
    {
        var name = new PersonName(new string('a', PersonNameValidator.MaxFullNameLength), first: new string('b', PersonNameValidator.MaxPartLength));

        Assert.Equal(255, name.FullName.Length);
        Assert.Equal(100, name.First!.Length);
    }

    [Fact]
    public void Constructor_FullNameOf256_IsRefusedWithFullNameTooLong()
    {
        ValidationAssert.Single(() => new PersonName(new string('a', 256)), "FullName", "LeadKit.PersonName.FullNameTooLong");
    }

    [Fact]
    public void FromParts_ComposesFullNameInDisplayOrder()
    {
        var name = PersonName.FromParts("Dr.", "Ann", "B.", "Lee", "Jr.");

        Assert.Equal("Dr. Ann B. Lee Jr.", name.FullName);
        Assert.Equal("Dr.", name.Prefix);
        Assert.Equal("Ann", name.First);
        Assert.Equal("B.", name.Middle);
        Assert.Equal("Lee", name.Last);
        Assert.Equal("Jr.", name.Suffix);
    }

    [Fact]
    public void FromParts_MissingAndBlankParts_AreLeftOut()
    {
        var name = PersonName.FromParts(null, " Ann ", "  ", "Lee", null);

        Assert.Equal("Ann Lee", name.FullName);
        Assert.Null(name.Middle);
    }

    [Fact]
    public void FromParts_OnlyLast_IsTheFullName()
    {
        var name = PersonName.FromParts(null, null, null, "Lee", null);

        Assert.Equal("Lee", name.FullName);
        Assert.Equal("Lee", name.Last);
        Assert.Null(name.First);
    }

    [Fact]
    public void FromParts_EveryPartEmpty_IsRefusedWithFullNameRequired()
    {
        ValidationAssert.Single(() => PersonName.FromParts(null, " ", "", null, null), "FullName", "LeadKit.PersonName.FullNameRequired");
    }

    [Fact]
    public void FromParts_PartTooLong_IsRefusedWithPartTooLong()
    {
        ValidationAssert.Single(() => PersonName.FromParts(null, new string('a', 101), null, "Lee", null), "First", "LeadKit.PersonName.PartTooLong");
    }

    [Fact]
    public void Equals_SameParts_IsEqual()
    {
        Assert.Equal(PersonName.Parse("Lee, Ann"), PersonName.Parse("Ann Lee"));
        Assert.NotEqual(PersonName.Parse("Ann Lee"), new PersonName("Ann Lee"));
    }

    [Fact]
    public void Refusal_CarriesTheTypeName()
    {
        var ex = Assert.Throws<LeadKitValidationException>(() => new PersonName(" "));

        Assert.Equal(nameof(PersonName), ex.TypeName);
    }
}
