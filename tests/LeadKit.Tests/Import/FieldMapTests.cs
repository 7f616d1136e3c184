using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LeadKit.Import;
using LeadKit.Validation;

namespace LeadKit.Tests.Import;

/// <summary>A field map's JSON form: what it reads, what it refuses, and that it round-trips.</summary>
public sealed class FieldMapTests
{
    [Fact]
    public void FromJson_ReadsNameColumnsAndIgnoredColumns()
    {
        var map = FieldMap.FromJson("""{"name":" outlook ","columns":{"E-mail Address":"email","Notes":null}}""");

        Assert.Equal("outlook", map.Name);
        Assert.Equal("email", map.Columns["e-mail address"]);
        Assert.True(map.Columns.ContainsKey("Notes"));
        Assert.Null(map.Columns["Notes"]);
    }

    [Theory]
    [InlineData("""{"columns":{"B":"email","b":"title"}}""", "column 'b' twice")]
    [InlineData("""{"columns":{"B":"email"," B ":null}}""", "column 'B' twice")]
    [InlineData("""{"columns":{"B":"  "}}""", "blank key")]
    [InlineData("""{"name":"x"}""", "no \"columns\" object")]
    [InlineData("""{"columns":""", "not valid JSON")]
    [InlineData("""[1,2]""", "not valid JSON")]
    public void FromJson_OfABadMap_ThrowsATypedErrorThatSaysWhy(string json, string reason)
    {
        var error = Assert.Throws<LeadKitValidationException>(() => FieldMap.FromJson(json));

        var only = Assert.Single(error.Errors);
        Assert.Equal("LeadKit.Import.BadFieldMap", only.ErrorCode);
        Assert.Contains(reason, only.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("E-mail\uD800", "email")]
    [InlineData("\uDC00Zip", "address.postalCode")]
    [InlineData("\uD800", null)]
    [InlineData("Zip\uFFFE", "address.postalCode")]
    [InlineData("\uFFFF\uD800E-mail", "email")]
    public void Guess_HeaderWithALoneSurrogateOrANoncharacter_IsFoldedLikeAnyOther(string header, string? key)
    {
        // Found by the CSV garbage property: a UTF-16 file decoded from random bytes gave such a header.
        Assert.Equal(key, FieldMap.Guess(header));
    }

    [Property(MaxTest = 300)]
    public Property ToJson_ThenFromJson_GivesTheSameMap() =>
        Prop.ForAll(Maps(), map =>
        {
            var again = FieldMap.FromJson(map.ToJson());

            Assert.Equal(map.Name, again.Name);
            Assert.Equal(map.Columns.OrderBy(c => c.Key, StringComparer.Ordinal), again.Columns.OrderBy(c => c.Key, StringComparer.Ordinal));
        });

    private static Arbitrary<FieldMap> Maps()
    {
        var word = Gen.Elements("Name", "E-mail", "Büro", "Notes", "Zip", "téléphone", "Budget", "x\"y", "a,b").Zip(Gen.Choose(0, 9), (w, n) => w + n);
        var key = Gen.Elements<string?>("email", "title", "phone:mobile", "custom.Budget", null);
        var gen =
            from name in Gen.Elements<string?>(null, "outlook", "my map")
            from columns in Gen.ListOf(word.Zip(key))
            select columns.Aggregate(
                name is null ? FieldMap.Automatic : FieldMap.Automatic.Named(name),
                (map, c) => c.Item2 is null ? map.Ignore(c.Item1) : map.Map(c.Item1, c.Item2));
        return Arb.From(gen);
    }
}
