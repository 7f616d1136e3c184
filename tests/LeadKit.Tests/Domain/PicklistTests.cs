using LeadKit.Leads;

namespace LeadKit.Tests.Domain;

public sealed class PicklistTests
{
    [Fact]
    public void Constructor_KeepsOrderAndTrimsEntries()
    {
        var list = new Picklist([" Gold ", "Silver", "Bronze"]);

        Assert.Equal(["Gold", "Silver", "Bronze"], list);
        Assert.Equal(3, list.Count);
        Assert.Equal("Silver", list[1]);
    }

    [Fact]
    public void Constructor_Empty_IsAccepted()
    {
        Assert.Empty(new Picklist([]));
    }

    [Fact]
    public void Constructor_DuplicateIgnoringCase_IsRefusedNamingTheSecondEntry()
    {
        var error = ValidationAssert.Single(() => new Picklist(["Gold", "Silver", "GOLD "]), "[2]", "LeadKit.Picklist.Duplicate");

        Assert.Equal("GOLD", error.AttemptedValue);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData(null)]
    public void Constructor_BlankEntry_IsRefusedWithRequired(string? entry)
    {
        ValidationAssert.Single(() => new Picklist(["Gold", entry!]), "[1]", "LeadKit.Picklist.Required");
    }

    [Fact]
    public void Constructor_EntryOf101_IsRefusedWithTooLong()
    {
        ValidationAssert.Single(() => new Picklist([new string('a', 101)]), "[0]", "LeadKit.Picklist.TooLong");
    }

    [Fact]
    public void Constructor_Null_ThrowsArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => new Picklist(null!));
    }

    [Theory]
    [InlineData("Gold", true)]
    [InlineData("gold", true)]
    [InlineData(" GOLD ", true)]
    [InlineData("Platinum", false)]
    [InlineData(null, false)]
    public void Contains_IgnoresCaseAndSurroundingSpace(string? value, bool expected)
    {
        Assert.Equal(expected, new Picklist(["Gold", "Silver"]).Contains(value!));
    }

    [Fact]
    public void Add_NewEntry_ReturnsALongerListAndLeavesTheOriginal()
    {
        var list = new Picklist(["Gold"]);

        var longer = list.Add("Silver");

        Assert.Equal(["Gold", "Silver"], longer);
        Assert.Equal(["Gold"], list);
    }

    [Fact]
    public void Add_ExistingEntry_IsRefusedWithDuplicate()
    {
        ValidationAssert.Single(() => new Picklist(["Gold"]).Add("gold"), "[1]", "LeadKit.Picklist.Duplicate");
    }

    [Fact]
    public void Remove_IgnoresCase_AndMissingEntryIsANoOp()
    {
        var list = new Picklist(["Gold", "Silver"]);

        Assert.Equal(["Silver"], list.Remove(" GOLD"));
        Assert.Equal(["Gold", "Silver"], list.Remove("Platinum"));
    }

    [Fact]
    public void DefaultLeadSources_HoldsTheThirteenDocumentedSources()
    {
        Assert.Equal(
            ["Advertisement", "Direct Mail", "Employee Referral", "External Referral", "Partner", "Public Relations", "Seminar",
             "Trade Show", "E-mail Campaign", "Telemarketing", "Web", "Word-of-Mouth", "Other"],
            Picklist.DefaultLeadSources);
    }

    [Fact]
    public void DefaultRatings_HoldsTheFiveDocumentedRatings()
    {
        Assert.Equal(["Excellent", "Good", "Average", "Fair", "Poor"], Picklist.DefaultRatings);
    }

    [Fact]
    public void Move_PutsTheEntryAtTheIndex()
    {
        var list = new Picklist(["Gold", "Silver", "Bronze"]);

        Assert.Equal(["Bronze", "Gold", "Silver"], list.Move("bronze", 0));
        Assert.Equal(["Silver", "Bronze", "Gold"], list.Move("Gold", 2));
        Assert.Equal(["Gold", "Silver", "Bronze"], list);
    }

    [Fact]
    public void Move_UnknownEntryOrBadIndex_IsRefused()
    {
        var list = new Picklist(["Gold", "Silver"]);

        ValidationAssert.Single(() => list.Move("Iron", 0), string.Empty, "LeadKit.Picklist.NotFound");
        Assert.Throws<ArgumentOutOfRangeException>(() => list.Move("Gold", 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => list.Move("Gold", -1));
    }

    [Fact]
    public void Find_ReturnsTheListsSpelling()
    {
        Assert.Equal("Trade Show", Picklist.DefaultLeadSources.Find(" trade SHOW "));
        Assert.Null(Picklist.DefaultLeadSources.Find("Podcast"));
        Assert.Null(Picklist.DefaultLeadSources.Find(null));
    }

    [Fact]
    public void DefaultFor_GivesEachKindsDefaults()
    {
        Assert.Same(Picklist.DefaultLeadSources, Picklist.DefaultFor(PicklistKind.LeadSources));
        Assert.Same(Picklist.DefaultRatings, Picklist.DefaultFor(PicklistKind.Ratings));
        Assert.Equal(13, Picklist.DefaultLeadSources.Count);
        Assert.Throws<ArgumentOutOfRangeException>(() => Picklist.DefaultFor((PicklistKind)5));
    }
}
