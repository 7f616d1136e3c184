using LeadKit.Querying;
using NodaTime;

namespace LeadKit.Tests.Querying;

public sealed partial class FilterTests
{
    [Fact]
    public void Factories_BuildTheSameFilterAsTheText()
    {
        var code = Filter.Field("source").EqualTo("Trade Show") & RecordField.ManualStars.GreaterThanOrEqualTo(3);

        Assert.Equal(Filter.Parse("source = \"Trade Show\" and manualStars >= 3"), code);
        Assert.Equal("source = \"Trade Show\" and manualStars >= 3", code.ToString());
    }

    [Fact]
    public void Factories_CoverEveryOperator()
    {
        var cases = new (Filter Code, string Text)[]
        {
            (RecordField.Email.EndsWith("@contoso.com"), "email ends-with \"@contoso.com\""),
            (RecordField.Custom("Employees").GreaterThanOrEqualTo(50), "custom.Employees >= 50"),
            (!RecordField.Rating.In("Poor", "Fair"), "not (rating in (\"Poor\", \"Fair\"))"),
            (RecordField.Company.NotEqualTo("x") | RecordField.Company.IsEmpty(), "company != \"x\" or company is empty"),
            (RecordField.JobTitle.Contains("Sales"), "title contains \"Sales\""),
            (RecordField.LastName.StartsWith("O'"), "last starts-with \"O'\""),
            (RecordField.Phone.IsNotEmpty(), "phone is not empty"),
            (RecordField.Created.LessThan(Instant.FromUtc(2026, 1, 1, 0, 0)), "created < 2026-01-01T00:00:00Z"),
            (RecordField.Modified.LessThanOrEqualTo(Instant.FromUtc(2026, 1, 1, 0, 0)), "modified <= 2026-01-01T00:00:00Z"),
            (RecordField.Version.GreaterThan(2L), "version > 2"),
            (RecordField.Custom("First met").EqualTo(new LocalDate(2026, 11, 27)), "custom.\"First met\" = 2026-11-27"),
            (RecordField.Converted.EqualTo(true), "converted = true"),
            (RecordField.ManualStars.In(1, 2.5m), "manualStars in (1, 2.5)"),
            (Filter.All, "all"),
        };

        foreach (var (code, text) in cases)
        {
            Assert.Equal(text, code.ToString());
            Assert.Equal(Filter.Parse(text), code);
        }
    }

    [Fact]
    public void And_DropsAllAndFlattens()
    {
        var a = RecordField.Source.EqualTo("a");
        var b = RecordField.Source.EqualTo("b");
        var c = RecordField.Source.EqualTo("c");

        Assert.Equal(Filter.All, Filter.And());
        Assert.Same(a, Filter.And(Filter.All, a));
        Assert.Equal(new AndFilter([a, b, c]), (a & b) & c);
        Assert.Equal(new AndFilter([a, b, c]), a & (b & Filter.All & c));
    }

    [Fact]
    public void Or_WithAll_IsAll()
    {
        var a = RecordField.Source.EqualTo("a");
        var b = RecordField.Source.EqualTo("b");

        Assert.Equal(Filter.All, a | Filter.All);
        Assert.Same(a, Filter.Or(a));
        Assert.Equal(new OrFilter([a, b, a]), (a | b) | a);
        Assert.Throws<ArgumentException>(() => Filter.Or());
    }

    [Fact]
    public void Connectives_NeedTwoOperands()
    {
        var a = RecordField.Source.EqualTo("a");

        Assert.Throws<ArgumentException>(() => new AndFilter([a]));
        Assert.Throws<ArgumentException>(() => new OrFilter([]));
        Assert.Throws<ArgumentException>(() => new AndFilter([a, null!]));
    }

    [Fact]
    public void Equality_IsStructural()
    {
        Assert.Equal(RecordField.Rating.In("Poor", "Fair"), RecordField.Rating.In(new FilterValue[] { "Poor", "Fair" }.ToList()));
        Assert.NotEqual(RecordField.Rating.In("Poor", "Fair"), RecordField.Rating.In("Fair", "Poor"));
        Assert.Equal(RecordField.Rating.In("Poor").GetHashCode(), RecordField.Rating.In("Poor").GetHashCode());
        Assert.Equal(RecordField.ManualStars.EqualTo(1.5m), RecordField.ManualStars.EqualTo(1.50m));
        Assert.NotEqual(RecordField.Source.EqualTo("web"), RecordField.Source.EqualTo("Web"));
        Assert.Equal(RecordField.Custom("employees").IsEmpty(), RecordField.Custom("Employees").IsEmpty());
        Assert.NotEqual<Filter>(RecordField.Source.IsEmpty(), RecordField.Source.IsNotEmpty());
        Assert.Equal(new AndFilter([Filter.All, Filter.All]), new AndFilter([Filter.All, Filter.All]));
        Assert.NotEqual<Filter>(new AndFilter([Filter.All, Filter.All]), new OrFilter([Filter.All, Filter.All]));
    }

    [Fact]
    public void Factories_TypeMismatch_ThrowsFilterExceptionNamingTheField()
    {
        var ex = Assert.Throws<FilterException>(() => RecordField.Created.GreaterThan("abc"));

        Assert.Equal("created", ex.Field);
        Assert.Equal("'created' holds instants (such as 2026-11-27T09:00:00Z), so it cannot be compared with the text \"abc\".", ex.Message);
        Assert.Throws<FilterException>(() => RecordField.ManualStars.Contains("x"));
        Assert.Throws<FilterException>(() => RecordField.Converted.GreaterThan(false));
        Assert.Throws<FilterException>(() => RecordField.Rating.In());
        Assert.Throws<FilterException>(() => RecordField.Custom("X").In(1, "one"));
        Assert.Throws<FilterException>(() => RecordField.ScoreType.EqualTo("Sometimes"));
        Assert.Throws<FilterException>(() => RecordField.Custom("bad#name"));
    }

    [Fact]
    public void Field_Unknown_ThrowsSyntaxException()
    {
        var ex = Assert.Throws<FilterSyntaxException>(() => Filter.Field("jobTitle"));

        Assert.Equal("Unknown field 'jobTitle' (did you mean 'title'?) at column 1.", ex.Message);
    }

    [Fact]
    public void FilterValue_ConvertsAndPrintsEveryKind()
    {
        Assert.Equal("\"a\\\"b\"", ((FilterValue)"a\"b").ToString());
        Assert.Equal("-2.50", ((FilterValue)(-2.50m)).ToString());
        Assert.Equal("7", ((FilterValue)7).ToString());
        Assert.Equal("false", ((FilterValue)false).ToString());
        Assert.Equal("2026-11-27", ((FilterValue)new LocalDate(2026, 11, 27)).ToString());
        Assert.Equal("2026-11-27T09:00:00.5Z", ((FilterValue)Instant.FromUtc(2026, 11, 27, 9, 0).PlusNanoseconds(500_000_000)).ToString());
        Assert.Throws<ArgumentOutOfRangeException>(() => FilterValue.FromLocalDate(new LocalDate(10_000, 1, 1)));
        Assert.Throws<InvalidOperationException>(() => ((FilterValue)7).AsText);
    }

    [Theory]
    [InlineData("\"x\"")]
    [InlineData("-2.5")]
    [InlineData("true")]
    [InlineData("2026-11-27")]
    [InlineData("2026-11-27T09:00:00.123Z")]
    public void FilterValue_ParseOfToString_RoundTrips(string text)
    {
        var value = FilterValue.Parse(text);

        Assert.Equal(text, value.ToString());
        Assert.Equal(value, FilterValue.FromObject(value.Value));
    }

    [Fact]
    public void FilterValue_ParseOfTwoTokens_Fails()
    {
        var ex = Assert.Throws<FilterSyntaxException>(() => FilterValue.Parse("1 2"));

        Assert.Equal("Expected the end of the value after 1 at column 3, found '2'.", ex.Message);
    }

    [Fact]
    public void Records_CannotBeChangedWithWith()
    {
        var filter = new InFilter(RecordField.Rating, ["Poor"]);
        var copy = filter with { };

        Assert.Equal(filter, copy);
        Assert.Equal(["Poor"], copy.Values.Select(v => v.AsText));
    }
}
