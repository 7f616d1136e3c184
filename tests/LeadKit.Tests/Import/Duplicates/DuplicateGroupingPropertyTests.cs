using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LeadKit.Import.Duplicates;

namespace LeadKit.Tests.Import.Duplicates;

/// <summary>
/// The laws of duplicate groups (<see cref="DuplicateGrouping"/>, which <c>LeadDuplicates</c> answers
/// with on every store): under one rule, two records sharing a key are in one group (transitive
/// closure), every group is linked by shared keys (no record is there without a chain of them),
/// groups of a rule are disjoint, and the answer does not depend on the order or repeats of the
/// (record, key) pairs. A failure prints FsCheck's replay seed (docs/property-testing.md).
/// </summary>
[Properties(MaxTest = 300)]
public sealed class DuplicateGroupingPropertyTests
{
    /// <summary>Pairs over few records and few keys, so that groups form and chain.</summary>
    private static readonly Gen<(int Id, MatchKey Key)[]> Pairs =
        Gen.ArrayOf(
            from id in Gen.Choose(1, 12)
            from rule in Gen.Elements(DuplicateRule.Email, DuplicateRule.Phone, DuplicateRule.NameAndCompany)
            from value in Gen.Elements("a", "b", "c", "d", "e", "f")
            select (id, new MatchKey(rule, value)));

    [Property]
    public Property RecordsSharingAKey_AreInOneGroupOfThatRule() =>
        Prop.ForAll(Pairs.ToArbitrary(), pairs =>
        {
            var groups = DuplicateGrouping.Group(pairs);
            return pairs.GroupBy(p => p.Key).Where(g => g.Select(p => p.Id).Distinct().Count() > 1).All(shared =>
                groups.Count(g => g.Rule == shared.Key.Rule && shared.All(p => g.Ids.Contains(p.Id)) && g.Keys.Contains(shared.Key)) == 1);
        });

    [Property]
    public Property EveryGroup_IsLinkedByItsSharedKeys_AndGroupsOfARuleAreDisjoint() =>
        Prop.ForAll(Pairs.ToArbitrary(), pairs =>
        {
            var groups = DuplicateGrouping.Group(pairs);
            foreach (var group in groups)
            {
                // Walk from the first record along shared keys of the group's rule: every record is reached.
                var reached = new HashSet<int> { group.Ids[0] };
                var grew = true;
                while (grew)
                {
                    var next = pairs.Where(p => p.Key.Rule == group.Rule && pairs.Any(q => q.Key == p.Key && reached.Contains(q.Id))).Select(p => p.Id).ToHashSet();
                    grew = next.Except(reached).Any();
                    reached.UnionWith(next);
                }

                if (!reached.SetEquals(group.Ids) || group.Ids.Count < 2 || !group.Ids.SequenceEqual(group.Ids.Order()))
                {
                    return false;
                }

                if (group.Keys.Any(k => k.Rule != group.Rule || pairs.Where(p => p.Key == k).Select(p => p.Id).Distinct().Count() < 2))
                {
                    return false;
                }
            }

            return groups.GroupBy(g => g.Rule).All(r => r.SelectMany(g => g.Ids).Count() == r.SelectMany(g => g.Ids).Distinct().Count());
        });

    [Property]
    public Property Answer_DependsOnTheSetOfPairsOnly() =>
        Prop.ForAll(
            (from pairs in Pairs
             from shuffled in Gen.Shuffle(pairs.Concat(pairs.Take(3)).ToArray())
             select (pairs, shuffled)).ToArbitrary(),
            c => Describe(DuplicateGrouping.Group(c.pairs)).SequenceEqual(Describe(DuplicateGrouping.Group(c.shuffled))));

    [Fact]
    public void Groups_AreOrderedByRuleThenFirstId_WithTheirExplanation()
    {
        var email = new MatchKey(DuplicateRule.Email, "jane@example.com");
        var other = new MatchKey(DuplicateRule.Email, "j@example.com");
        var phone = new MatchKey(DuplicateRule.Phone, "+14155550123");
        var groups = DuplicateGrouping.Group([(7, phone), (3, email), (5, phone), (9, other), (1, other), (3, other), (4, phone with { }), (2, new MatchKey(DuplicateRule.NameAndCompany, "lonely"))]);

        Assert.Equal(["Email: 1, 3, 9: same e-mail address j@example.com", "Phone: 4, 5, 7: same phone number +14155550123"], groups.Select(g => g.ToString()));
        Assert.Throws<ArgumentException>(() => DuplicateGrouping.Group([(1, default(MatchKey))]));
    }

    private static IEnumerable<string> Describe(IReadOnlyList<DuplicateGroup<int>> groups) => groups.Select(g => g.ToString());
}
