using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LeadKit.Leads;
using LeadKit.Testing;

namespace LeadKit.Tests.Properties;

[Properties(Arbitrary = new[] { typeof(LeadKitArbitraries) }, MaxTest = 500)]
public sealed class PersonNamePropertyTests
{
    /// <summary>Typed names ("Ann Lee", "Lee, Dr. Ann", …), shrinking by dropping words.</summary>
    private static readonly Arbitrary<string> TypedNames = Arb.From(LeadKitGenerators.PersonNameText(), DropOneWord);

    /// <summary>
    /// The "Last, First" form is normalised to "First Last" order, so re-parsing a comma name may
    /// split its parts differently ("van der Berg, Ann" → "Ann van der Berg" → last name "Berg"),
    /// but the full name itself is a fixed point: parsing it again never changes it.
    /// </summary>
    [Property]
    public Property Parse_OfItsOwnFullName_KeepsTheFullName() =>
        Prop.ForAll(TypedNames, text =>
        {
            var once = PersonName.Parse(text);
            var twice = PersonName.Parse(once.FullName);

            Assert.Equal(once.FullName, twice.FullName);
        });

    [Property]
    public Property Parse_OfItsOwnFullName_GivesTheSameNameWhenTypedWithoutComma() =>
        Prop.ForAll(TypedNames.Filter(t => !t.Contains(',', StringComparison.Ordinal)), text =>
        {
            var once = PersonName.Parse(text);
            var twice = PersonName.Parse(once.FullName);

            Assert.Equal(once, twice);
        });

    [Property]
    public Property Parse_AnyTypedName_GivesANormalisedFullName() =>
        Prop.ForAll(TypedNames, text =>
        {
            var name = PersonName.Parse(text);

            Assert.Equal(name.FullName.Trim(), name.FullName);
            Assert.DoesNotContain("  ", name.FullName, StringComparison.Ordinal);
            Assert.DoesNotContain('\t', name.FullName);
        });

    [Property]
    public void FromParts_OfGeneratedName_KeepsTheParts(PersonName name)
    {
        var parts = new[] { name.Prefix, name.First, name.Middle, name.Last, name.Suffix }.Where(p => p is not null).ToList();
        if (name.First is null && name.Last is null || string.Join(' ', parts).Length > PersonNameValidator.MaxFullNameLength)
        {
            return;
        }

        var rebuilt = PersonName.FromParts(name.Prefix, name.First, name.Middle, name.Last, name.Suffix);

        Assert.Equal((name.Prefix, name.First, name.Middle, name.Last, name.Suffix), (rebuilt.Prefix, rebuilt.First, rebuilt.Middle, rebuilt.Last, rebuilt.Suffix));
    }

    private static IEnumerable<string> DropOneWord(string text)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length <= 1)
        {
            return [];
        }

        return Enumerable.Range(0, words.Length).Select(skip => string.Join(' ', words.Where((_, i) => i != skip)));
    }
}
