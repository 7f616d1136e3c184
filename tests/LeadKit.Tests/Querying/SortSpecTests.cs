using LeadKit.Leads;
using LeadKit.Querying;
using NodaTime;
using NodaTime.Testing;

namespace LeadKit.Tests.Querying;

public sealed class SortSpecTests
{
    [Theory]
    [InlineData("name", "name")]
    [InlineData("company:desc", "company:desc")]
    [InlineData("created:asc,name", "created,name")]
    [InlineData(" Created : DESC , custom.\"Deal size\" ", "created:desc,custom.\"Deal size\"")]
    [InlineData("", "")]
    public void Parse_ValidText_PrintsCanonically(string text, string canonical)
    {
        var sort = SortSpec.Parse(text);

        Assert.Equal(canonical, sort.ToString());
        Assert.Equal(sort, SortSpec.Parse(canonical));
    }

    [Fact]
    public void Parse_Keys_HaveFieldsAndDirections()
    {
        var sort = SortSpec.Parse("created:desc,name");

        Assert.Equal([RecordField.Created.Descending(), RecordField.FullName.Ascending()], sort.Keys.ToArray());
        Assert.Equal(SortSpec.By(RecordField.Created.Descending()).ThenBy(RecordField.FullName.Ascending()), sort);
        Assert.Same(SortSpec.ById, SortSpec.Parse("  "));
    }

    [Theory]
    [InlineData("email", 1, "Cannot sort by 'email': it holds several values at column 1.")]
    [InlineData("name,version", 6, "Cannot sort by 'version': the sortable fields are name, first, last, fileAs, title, company, source, rating, scoreType, manualStars, stars, scorePoints, created, modified, department, office, profession, manager, nickname, phoneticFirst, phoneticLast, phoneticCompany, territory, birthday, anniversary, preferredContactMethod and custom fields at column 6.")]
    [InlineData("name:up", 6, "Expected 'asc' or 'desc' after ':' at column 6, found 'up'.")]
    [InlineData("name:", 6, "Expected 'asc' or 'desc' after ':' at column 6, found the end of the sort.")]
    [InlineData("name,NAME:desc", 6, "'name' appears twice in the sort at column 6.")]
    [InlineData("name company", 6, "Expected ',' or the end of the sort after 'name' at column 6, found 'company'.")]
    [InlineData("name,", 6, "Expected a field name after ',' at column 6, found the end of the sort.")]
    [InlineData(",name", 1, "Expected a field name at column 1, found ','.")]
    [InlineData("foo", 1, "Unknown field 'foo' (custom fields are written custom.Name; see docs/filter-language.md for the field list) at column 1.")]
    public void Parse_InvalidText_ReportsTheColumn(string text, int column, string message)
    {
        var ex = Assert.Throws<FilterSyntaxException>(() => SortSpec.Parse(text));

        Assert.Equal(column, ex.Column);
        Assert.Equal(message, ex.Message);
    }

    [Fact]
    public void SortKey_UnsortableField_IsRefused()
    {
        Assert.Throws<FilterException>(() => RecordField.Email.Ascending());
        Assert.Throws<FilterException>(() => SortSpec.By(RecordField.FullName.Ascending(), RecordField.FullName.Descending()));
    }

    [Fact]
    public void ToComparer_SortsTextIgnoringCaseWithMissingValuesFirst()
    {
        var clock = new FakeClock(SampleRecords.Now);
        var records = new[] { "beta", null, "Alpha", "alpha", "Gamma" }
            .Select(company =>
            {
                var lead = Lead.Create(new PersonName("P"), clock);
                lead.SetCompanyName(company);
                return lead;
            })
            .ToList();

        var ascending = records.Order(SortSpec.Parse("company").ToComparer()).Select(r => r.CompanyName).ToList();
        var descending = records.Order(SortSpec.Parse("company:desc").ToComparer()).Select(r => r.CompanyName).ToList();

        Assert.Equal(new string?[] { null, "alpha", "alpha", "beta", "Gamma" }, ascending.Select(c => c?.Replace('A', 'a')));
        Assert.Equal(new string?[] { "Gamma", "beta", "alpha", "alpha", null }, descending.Select(c => c?.Replace('A', 'a')));
    }

    [Fact]
    public void ToComparer_BreaksTiesByIdAscending()
    {
        var clock = new FakeClock(SampleRecords.Now);
        var ids = new[] { "0196a000-0000-7000-8000-000000000003", "0196a000-0000-7000-8000-000000000001", "0196a000-0000-7000-8000-000000000002" };
        var records = ids.Select(id => Lead.Restore(new LeadId(Guid.Parse(id)), new PersonName("Same"), clock.GetCurrentInstant())).ToList();

        foreach (var spec in new[] { SortSpec.ById, SortSpec.Parse("name"), SortSpec.Parse("name:desc") })
        {
            var sorted = records.Order(spec.ToComparer()).Select(r => r.Reference.Id.ToString()).ToList();
            Assert.Equal(ids.Order(StringComparer.Ordinal), sorted);
        }
    }

    [Fact]
    public void ToComparer_SortsByNumbersAndInstants()
    {
        var clock = new FakeClock(SampleRecords.Now);
        var later = Lead.Create(new PersonName("Later"), clock);
        later.SetManualScore(2);
        clock.AdvanceMinutes(-5);
        var earlier = Lead.Create(new PersonName("Earlier"), clock);
        earlier.SetManualScore(10);
        var none = Lead.Create(new PersonName("None"), clock);

        Assert.Equal([none, later, earlier], new[] { earlier, none, later }.Order(SortSpec.Parse("manualStars").ToComparer()));
        Assert.Equal([later, earlier], new[] { earlier, later }.Order(SortSpec.Parse("created:desc").ToComparer()));
    }

    [Fact]
    public void CompareValues_OrdersMixedTypesByType()
    {
        var values = new object?[] { "a", 2m, null, new LocalDate(2026, 1, 1), true, Instant.FromUtc(2026, 1, 1, 0, 0), false, 1m };

        var sorted = values.Order(Comparer<object?>.Create(SortKey.CompareValues)).ToList();

        Assert.Equal(new object?[] { null, false, true, 1m, 2m, new LocalDate(2026, 1, 1), Instant.FromUtc(2026, 1, 1, 0, 0), "a" }, sorted);
        Assert.Throws<ArgumentException>(() => SortKey.CompareValues(1.0, 2.0));
    }
}
