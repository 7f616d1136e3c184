using LeadKit.Import.Duplicates;
using LeadKit.Leads;
using static LeadKit.Tests.Import.Duplicates.DuplicateSamples;

namespace LeadKit.Tests.Import.Duplicates;

public sealed class DuplicateIndexTests
{
    [Fact]
    public void Find_SharedEmail_ExplainsTheMatch()
    {
        var index = new DuplicateIndex<int>();
        index.Add(1, Lead("Jane Doe", emails: ["Jane@Example.com"]));

        var match = Assert.Single(index.Find(Lead("J. Doe", emails: ["jane@example.COM"])));

        Assert.Equal(1, match.Id);
        Assert.Equal(DuplicateRule.Email, match.Rule);
        Assert.Equal(Email("jane@example.com"), match.Key);
        Assert.Equal("same e-mail address jane@example.com", match.Explanation);
        Assert.Equal("1: same e-mail address jane@example.com", match.ToString());
    }

    /// <summary>The example of docs/duplicates.md.</summary>
    [Fact]
    public void DocumentedExample_FindsTheStoredLead()
    {
        var stored = Lead("Jane Doe", "Acme, Inc.", emails: ["jane.doe@example.com"], phones: ["+44 20 7946 0958"]);
        var keys = new MatchKeys(new DuplicateMatchOptions { DefaultRegion = "GB" });
        var index = new DuplicateIndex<LeadId>(keys);
        index.Add(stored.Id, stored);

        MatchKey?[] row = [keys.Email(" Jane.Doe@Example.COM"), keys.Phone("020 7946 0958"), keys.NameAndCompany("Doe, Jane", "Acme Ltd")];
        var match = Assert.Single(index.Find(row.OfType<MatchKey>()));

        Assert.Equal(stored.Id, match.Id);
        Assert.Equal(
            $"{stored.Id}: same e-mail address jane.doe@example.com; same phone number +442079460958; same name and company jane doe | acme",
            match.ToString());
    }

    [Fact]
    public void Find_SeveralSharedKeys_ListsThemAllStrongestFirst()
    {
        var index = new DuplicateIndex<string>();
        index.Add("stored", Lead("Jane Doe", "Acme", emails: ["jane@example.com", "jd@example.org"], phones: ["+1 415 555 0123"]));

        var match = Assert.Single(index.Find(Lead("Doe, Jane", "ACME Inc.", emails: ["JD@example.org", "JANE@example.com"], phones: ["(415) 555-0123"])));

        Assert.Equal([Email("jane@example.com"), Email("jd@example.org"), Phone("+14155550123"), NameAndCompany("jane doe | acme")], match.Keys);
        Assert.Equal(DuplicateRule.Email, match.Rule);
        Assert.Equal(
            "same e-mail address jane@example.com; same e-mail address jd@example.org; same phone number +14155550123; same name and company jane doe | acme",
            match.Explanation);
    }

    [Fact]
    public void Find_OrdersByStrongestRuleThenInsertionOrder()
    {
        var index = new DuplicateIndex<int>();
        index.Add(1, [NameAndCompany("jane doe | acme")]);
        index.Add(2, [Phone("+14155550123")]);
        index.Add(3, [Email("jane@example.com"), NameAndCompany("jane doe | acme")]);
        index.Add(4, [NameAndCompany("jane doe | acme"), Phone("+14155550123")]);
        index.Add(5, [Email("jane@example.com")]);
        index.Add(6, [Email("other@example.com")]);

        var matches = index.Find([NameAndCompany("jane doe | acme"), Phone("+14155550123"), Email("jane@example.com")]);

        Assert.Equal([3, 5, 2, 4, 1], matches.Select(m => m.Id));
        Assert.Equal([DuplicateRule.Email, DuplicateRule.Email, DuplicateRule.Phone, DuplicateRule.Phone, DuplicateRule.NameAndCompany], matches.Select(m => m.Rule));
        Assert.Equal([Phone("+14155550123"), NameAndCompany("jane doe | acme")], matches[3].Keys);
    }

    [Fact]
    public void Find_SameValueUnderAnotherRule_DoesNotMatch()
    {
        var index = new DuplicateIndex<int>();
        index.Add(1, [Email("x")]);

        Assert.Empty(index.Find([Phone("x"), NameAndCompany("x")]));
        Assert.Single(index.Find([Email("x")]));
    }

    [Fact]
    public void Find_RepeatedQueryKeys_CountOnce()
    {
        var index = new DuplicateIndex<int>();
        index.Add(1, [Email("a@example.com"), Email("a@example.com")]);

        var match = Assert.Single(index.Find([Email("a@example.com"), Email("a@example.com")]));
        Assert.Equal([Email("a@example.com")], match.Keys);
    }

    [Fact]
    public void Find_NothingShared_IsEmpty()
    {
        var index = new DuplicateIndex<int>();
        index.Add(1, Lead("Jane Doe", "Acme", emails: ["jane@example.com"]));

        Assert.Empty(index.Find(Lead("Jane Doe", "Globex", emails: ["jane@example.org"])));
        Assert.Empty(index.Find([]));
    }

    [Fact]
    public void Add_Record_ReturnsItsKeysAndCountsRecordsWithoutKeys()
    {
        var index = new DuplicateIndex<LeadId>();
        var keyed = Lead("Jane Doe", "Acme");
        var bare = Lead("John Roe");

        Assert.Equal([NameAndCompany("jane doe | acme")], index.Add(keyed.Id, keyed));
        Assert.Empty(index.Add(bare.Id, bare));

        Assert.Equal(2, index.Count);
        Assert.True(index.Contains(bare.Id));
        Assert.Equal(keyed.Id, Assert.Single(index.Find(keyed)).Id);
    }

    [Fact]
    public void Add_SameIdTwice_IsRefused()
    {
        var index = new DuplicateIndex<int>();
        index.Add(1, [Email("a@example.com")]);

        var error = Assert.Throws<ArgumentException>(() => index.Add(1, [Email("b@example.com")]));
        Assert.Contains("'1' is already indexed", error.Message, StringComparison.Ordinal);
        Assert.Empty(index.Find([Email("b@example.com")]));
    }

    [Fact]
    public void Add_DefaultKey_IsRefused()
    {
        var index = new DuplicateIndex<int>();

        Assert.Throws<ArgumentException>(() => index.Add(1, [default]));
        Assert.Throws<ArgumentException>(() => index.Find([default(MatchKey)]));
        Assert.Equal(0, index.Count);
    }

    [Fact]
    public void Remove_DropsTheIdAndReAddingPutsItLast()
    {
        var index = new DuplicateIndex<int>();
        index.Add(1, [Email("a@example.com")]);
        index.Add(2, [Email("a@example.com"), Phone("+14155550123")]);
        index.Add(3, [Email("a@example.com")]);

        Assert.True(index.Remove(1));
        Assert.False(index.Remove(1));
        Assert.Equal([2, 3], index.Find([Email("a@example.com")]).Select(m => m.Id));

        Assert.True(index.Remove(2));
        Assert.Equal([3], index.Find([Email("a@example.com")]).Select(m => m.Id));
        Assert.Empty(index.Find([Phone("+14155550123")]));

        index.Add(1, [Email("a@example.com")]);
        Assert.Equal([3, 1], index.Find([Email("a@example.com")]).Select(m => m.Id));

        Assert.True(index.Remove(3));
        Assert.True(index.Remove(1));
        Assert.Empty(index.Find([Email("a@example.com")]));
        Assert.Equal(0, index.Count);
    }

    [Fact]
    public void IdComparer_IsUsed()
    {
        var index = new DuplicateIndex<string>(idComparer: StringComparer.OrdinalIgnoreCase);
        index.Add("row-1", [Email("a@example.com")]);

        Assert.True(index.Contains("ROW-1"));
        Assert.Throws<ArgumentException>(() => index.Add("ROW-1", []));
        Assert.True(index.Remove("Row-1"));
    }

    [Fact]
    public void Index_UsesItsMatchKeys()
    {
        var gb = new MatchKeys(new DuplicateMatchOptions { DefaultRegion = "GB" });
        var index = new DuplicateIndex<int>(gb);
        index.Add(1, Lead("Ann Lee", phones: ["020 7946 0958"]));

        Assert.Same(gb, index.MatchKeys);
        Assert.Equal(1, Assert.Single(index.Find(Lead("Bob Roe", phones: ["+44 20 7946 0958"]))).Id);
    }

    [Fact]
    public void MatchKey_TextForms()
    {
        Assert.Equal("e-mail jane@example.com", Email("jane@example.com").ToString());
        Assert.Equal("phone +14155550123", Phone("+14155550123").ToString());
        Assert.Equal("name + company jane doe | acme", NameAndCompany("jane doe | acme").ToString());
        Assert.Equal("same phone number +14155550123", Phone("+14155550123").Explanation);
        Assert.Equal("same name and company jane doe | acme", NameAndCompany("jane doe | acme").Explanation);
    }

    [Fact]
    public void MatchKey_InvalidParts_AreRefused()
    {
        Assert.Throws<ArgumentException>(() => new MatchKey(DuplicateRule.Email, string.Empty));
        Assert.Throws<ArgumentException>(() => new MatchKey(DuplicateRule.Email, null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => new MatchKey((DuplicateRule)3, "x"));
    }

    [Fact]
    public void Arguments_Null_AreRefused()
    {
        var index = new DuplicateIndex<string>();

        Assert.Throws<ArgumentNullException>(() => index.Add(null!, [Email("a@example.com")]));
        Assert.Throws<ArgumentNullException>(() => index.Add("a", (IEnumerable<MatchKey>)null!));
        Assert.Throws<ArgumentNullException>(() => index.Add("a", (ContactRecord)null!));
        Assert.Throws<ArgumentNullException>(() => index.Find((IEnumerable<MatchKey>)null!));
        Assert.Throws<ArgumentNullException>(() => index.Find((ContactRecord)null!));
        Assert.Throws<ArgumentNullException>(() => index.Remove(null!));
    }
}
