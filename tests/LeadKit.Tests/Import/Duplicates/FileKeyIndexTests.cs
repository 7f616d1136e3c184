using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LeadKit.Import.Duplicates;
using LeadKit.Leads;

namespace LeadKit.Tests.Import.Duplicates;

/// <summary>
/// The import's compact index of a file's rows (<see cref="FileKeyIndex"/>) answers as
/// <see cref="DuplicateIndex{TId}"/>'s first match does, and a hash collision never makes a match:
/// the laws are checked with the real hash and with hashes that make every key, or every key of a
/// length, collide.
/// </summary>
[Properties(MaxTest = 300)]
public sealed class FileKeyIndexTests
{
    private static readonly MatchKey[] Pool =
    [
        new(DuplicateRule.Email, "ann@example.com"),
        new(DuplicateRule.Email, "bob@example.com"),
        new(DuplicateRule.Email, "zoë@example.com"),
        new(DuplicateRule.Email, "zoé@example.com"),
        new(DuplicateRule.Phone, "+14155550123"),
        new(DuplicateRule.Phone, "+14155550124"),
        new(DuplicateRule.Phone, "+442079460958"),
        new(DuplicateRule.NameAndCompany, "ann lee | acme"),
        new(DuplicateRule.NameAndCompany, "ann lee | acmf"),
        new(DuplicateRule.NameAndCompany, "bob@example.com"),
        new(DuplicateRule.NameAndCompany, "\uD800x | lone"),
        new(DuplicateRule.NameAndCompany, "\uDC00x | lone"),
        new(DuplicateRule.NameAndCompany, new string('a', 700) + " | long"),
        new(DuplicateRule.NameAndCompany, new string('a', 699) + "b | long"),
    ];

    private static readonly Func<DuplicateRule, string, uint>?[] Hashes =
    [
        null,
        static (_, _) => 0U,
        static (_, value) => (uint)value.Length,
    ];

    /// <summary>A row's keys: distinct, as <see cref="MatchKeys.For"/> gives them, perhaps none.</summary>
    private static readonly Gen<MatchKey[]> RowKeys =
        from count in Gen.Choose(0, 4)
        from keys in Gen.ArrayOf(Gen.Elements(Pool), count)
        select keys.Distinct().ToArray();

    private static readonly Arbitrary<(MatchKey[] Keys, bool AddAnyway)[]> Rows = Arb.From(
        Gen.ArrayOf(Gen.Zip(RowKeys, Gen.Elements(false, false, true))),
        rows => Enumerable.Range(0, rows.Length).Select(i => rows.Where((_, j) => j != i).ToArray()));

    [Property]
    public Property Find_AnySequenceOfRows_AnswersAsDuplicateIndexFirstMatchDoes() =>
        Prop.ForAll(Rows, Arb.From(Gen.Choose(0, Hashes.Length - 1)), (rows, which) =>
        {
            var compact = new FileKeyIndex(Hashes[which]);
            var reference = new DuplicateIndex<int>();
            var leads = new List<LeadId>();
            for (var i = 0; i < rows.Length; i++)
            {
                var (keys, addAnyway) = rows[i];
                var found = reference.Find(keys);
                var expected = found.Count == 0 ? null : found[0];
                var actual = compact.Find(keys);

                Assert.Equal(expected?.Id, actual?.Id);
                Assert.Equal(expected?.Keys, actual?.Keys);
                if (keys.Length > 0 && (expected is null || addAnyway))
                {
                    var lead = LeadId.New();
                    var ordinal = compact.Add(1_000 + i, lead, keys);
                    reference.Add(ordinal, keys);
                    leads.Add(lead);
                    Assert.Equal(1_000 + i, compact.RowOf(ordinal));
                    Assert.Equal(lead, compact.LeadOf(ordinal));
                }
            }

            Assert.Equal(leads.Count, compact.Count);
        });

    [Fact]
    public void Find_KeysThatAllCollide_MatchesOnlyTheSameKey()
    {
        var index = new FileKeyIndex(static (_, _) => 42U);
        var ann = index.Add(2, LeadId.New(), [new(DuplicateRule.Email, "ann@example.com")]);
        index.Add(3, LeadId.New(), [new(DuplicateRule.Phone, "+14155550123")]);

        Assert.Null(index.Find([new(DuplicateRule.Email, "bob@example.com")]));
        Assert.Null(index.Find([new(DuplicateRule.NameAndCompany, "ann@example.com")]));
        var match = index.Find([new(DuplicateRule.Phone, "+14155550124"), new(DuplicateRule.Email, "ann@example.com")]);
        Assert.Equal(ann, match?.Id);
        Assert.Equal("same e-mail address ann@example.com", match?.Explanation);
    }

    [Fact]
    public void Add_ManyRows_GrowsAndFindsEveryOne()
    {
        var index = new FileKeyIndex();
        for (var i = 0; i < 20_000; i++)
        {
            index.Add(i + 2, LeadId.New(), [new(DuplicateRule.Email, $"lead{i}@example.com"), new(DuplicateRule.Phone, $"+1415{i:D7}")]);
        }

        for (var i = 0; i < 20_000; i += 997)
        {
            var match = index.Find([new(DuplicateRule.Phone, $"+1415{i:D7}")]);
            Assert.Equal(i, match?.Id);
            Assert.Equal(i + 2, index.RowOf(i));
        }

        Assert.Null(index.Find([new(DuplicateRule.Email, "lead20000@example.com")]));

        // Arrays and 64 KiB blocks only: well under the 0.8 KB a row the object index held.
        Assert.InRange(index.Size / 20_000.0, 1, 200);
    }
}
