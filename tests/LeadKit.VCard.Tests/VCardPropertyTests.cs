using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace LeadKit.VCard.Tests;

/// <summary>
/// Laws of the format: what the writer writes, the reader reads back as it was; and nothing (random
/// bytes, vCard-like soup, damaged real exports) makes the reader, the mapping or the writer throw
/// anything but <see cref="VCardFormatException"/>. A failure prints FsCheck's replay seed; replay it
/// with <c>[Property(Replay = "(seed,gamma)")]</c>.
/// </summary>
public sealed class VCardPropertyTests
{
    private static readonly NodaTime.Testing.FakeClock Clock = new(NodaTime.Instant.FromUtc(2026, 9, 1, 8, 0));

    [Property(MaxTest = 300)]
    public Property WriteThenRead_Version40_GivesTheSameCard() => RoundTrip(VCardVersion.Version40);

    [Property(MaxTest = 300)]
    public Property WriteThenRead_Version30_GivesTheSameCard() => RoundTrip(VCardVersion.Version30);

    [Property(MaxTest = 300)]
    public Property WriteThenRead_Version21_GivesTheSameCard() => RoundTrip(VCardVersion.Version21);

    [Property(MaxTest = 100)]
    public Property WriteAsyncThenReadAsync_SeveralCards_GivesTheSameCards() =>
        Prop.ForAll(Gen.ListOf(VCardGenerators.Card(VCardVersion.Version40)).ToArbitrary(), cards =>
        {
            var bytes = Io.WriteAsync(cards, VCardVersion.Version40).GetAwaiter().GetResult();

            Assert.Equal(cards, Io.ReadAsync(bytes).GetAwaiter().GetResult());
        });

    [Property(MaxTest = 1000)]
    public Property Read_RandomBytes_GivesCardsOrAFormatException() =>
        Prop.ForAll(Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b)).ToArbitrary(), bytes => CardsOrFormatException(bytes));

    [Property(MaxTest = 1000)]
    public Property Read_VCardLikeSoup_GivesCardsOrAFormatException() =>
        Prop.ForAll(VCardGenerators.Soup().ToArbitrary(), soup =>
        {
            CardsOrFormatException(Encoding.UTF8.GetBytes(soup));
            CardsOrFormatException(Encoding.Unicode.GetBytes(soup));
        });

    [Property(MaxTest = 300)]
    public Property Read_DamagedSamples_GiveCardsOrAFormatException()
    {
        var files = Samples.All().ToArray();
        var damaged =
            from file in Gen.Elements(files)
            from cuts in Gen.Choose(1, 6).SelectMany(n => Gen.ListOf(Gen.Zip(Gen.Choose(0, 1 << 16), Gen.Choose(0, 40)), n))
            from noise in Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b))
            select Damage(File(file), cuts, noise);
        return Prop.ForAll(damaged.ToArbitrary(), bytes => CardsOrFormatException(bytes));
    }

    private static byte[] File(string path) => System.IO.File.ReadAllBytes(path);

    /// <summary>Deletes, duplicates and overwrites byte ranges and inserts noise: what truncated copies and bad transfers do.</summary>
    internal static byte[] Damage(byte[] original, IEnumerable<(int At, int Length)> cuts, byte[] noise)
    {
        var bytes = original.ToList();
        var k = 0;
        foreach (var (at, length) in cuts)
        {
            var i = at % Math.Max(1, bytes.Count);
            var n = Math.Min(length, bytes.Count - i);
            switch (k++ % 4)
            {
                case 0:
                    bytes.RemoveRange(i, n);
                    break;
                case 1:
                    bytes.InsertRange(i, bytes.GetRange(i, n));
                    break;
                case 2:
                    bytes.InsertRange(i, noise);
                    break;
                default:
                    bytes.RemoveRange(i, bytes.Count - i);
                    break;
            }
        }

        return [.. bytes];
    }

    private static Property RoundTrip(VCardVersion version) =>
        Prop.ForAll(VCardGenerators.Card(version).ToArbitrary(), card =>
        {
            var text = VCardWriter.Write(card, version);

            var read = Assert.Single(VCardReader.Parse(text));

            Assert.Empty(read.Issues);
            AssertSameProperties(card, read, text);
            Assert.Equal(card, read);
        });

    private static void AssertSameProperties(VCard expected, VCard actual, string text)
    {
        Assert.True(expected.Properties.Count == actual.Properties.Count, $"{expected.Properties.Count} properties written, {actual.Properties.Count} read:\n{text}");
        for (var i = 0; i < expected.Properties.Count; i++)
        {
            Assert.True(expected.Properties[i].Equals(actual.Properties[i]), $"written {Show(expected.Properties[i])}\nread    {Show(actual.Properties[i])}\n{text}");
        }
    }

    private static string Show(VCardProperty p) =>
        p + " [" + string.Join(" | ", p.Components.Select(c => string.Join(" , ", c.Select(v => "«" + v.Replace("\n", "⏎", StringComparison.Ordinal) + "»")))) + "]";

    /// <summary>Reads, maps every card to a lead, and writes every card back in every version: only VCardFormatException may escape.</summary>
    private static void CardsOrFormatException(byte[] bytes)
    {
        List<VCard> cards;
        try
        {
            cards = Io.ReadAsync(bytes).GetAwaiter().GetResult();
        }
        catch (VCardFormatException e)
        {
            Assert.True(e.LineNumber >= 1, e.Message);
            return;
        }

        foreach (var card in cards)
        {
            var result = VCardLeadMapping.ToLead(card, Clock);
            Assert.True(result.Lead is not null || result.Issues.Any(i => i.Kind == VCardMappingIssueKind.NoName));
            foreach (var version in Enum.GetValues<VCardVersion>())
            {
                var text = VCardWriter.Write(card, version);
                AssertSameProperties(card, Assert.Single(VCardReader.Parse(text)), text);
            }
        }
    }
}
