using LeadKit.Querying;
using NodaTime;

namespace LeadKit.Tests.Querying;

public sealed class FilterParserTests
{
    private static readonly Filter A = RecordField.Source.EqualTo("a");
    private static readonly Filter B = RecordField.Source.EqualTo("b");
    private static readonly Filter C = RecordField.Source.EqualTo("c");

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("all")]
    [InlineData("ALL")]
    [InlineData("(all)")]
    public void Parse_BlankOrAll_IsAll(string text)
    {
        Assert.Equal(Filter.All, FilterParser.Parse(text));
    }

    [Theory]
    [InlineData("source = \"Trade Show\" and manualStars >= 3")]
    [InlineData("email ends-with \"@contoso.com\"")]
    [InlineData("custom.Employees >= 50")]
    [InlineData("not (rating in (\"Poor\", \"Fair\"))")]
    [InlineData("custom.\"Annual revenue\" < -2.50")]
    [InlineData("company is empty or company is not empty")]
    [InlineData("(first starts-with \"A\" or last starts-with \"B\") and converted = false")]
    [InlineData("created >= 2026-11-27T09:00:00Z and modified < 2026-11-28T00:00:00.123456789Z")]
    [InlineData("custom.\"First met\" != 2026-11-27")]
    [InlineData("name = \"say \\\"hi\\\" \\\\ bye\"")]
    [InlineData("all")]
    [InlineData("not (all)")]
    [InlineData("not (not (checked = \"budget\"))")]
    public void ToString_CanonicalText_PrintsBackTheSameText(string text)
    {
        Assert.Equal(text, Filter.Parse(text).ToString());
    }

    [Theory]
    [InlineData("SOURCE  =\"Web\"AND ManualStars>=3", "source = \"Web\" and manualStars >= 3")]
    [InlineData("not rating in(\"Poor\",\"Fair\")", "not (rating in (\"Poor\", \"Fair\"))")]
    [InlineData("CUSTOM . employees >= 50.0", "custom.employees >= 50.0")]
    [InlineData("custom.\"Employees\" >= 50", "custom.Employees >= 50")]
    [InlineData("custom.\" Lead-Score \" = 1", "custom.\"Lead-Score\" = 1")]
    [InlineData("converted = TRUE", "converted = true")]
    [InlineData("(((all)))", "all")]
    public void ToString_AnyText_PrintsTheCanonicalForm(string text, string canonical)
    {
        Assert.Equal(canonical, Filter.Parse(text).ToString());
    }

    [Fact]
    public void Parse_Escapes_UnescapeQuoteAndBackslash()
    {
        var filter = Assert.IsType<ComparisonFilter>(Filter.Parse("name = \"a \\\"quoted\\\" \\\\ word\""));

        Assert.Equal("a \"quoted\" \\ word", filter.Value.AsText);
        Assert.Equal("name = \"a \\\"quoted\\\" \\\\ word\"", filter.ToString());
    }

    [Fact]
    public void Parse_Literals_HaveTheirKinds()
    {
        var values = Assert.IsType<InFilter>(Filter.Parse("custom.X in (\"t\")")).Values;
        Assert.Equal(FilterValueKind.Text, values[0].Kind);
        Assert.Equal(-2.5m, ((ComparisonFilter)Filter.Parse("custom.X = -2.5")).Value.AsNumber);
        Assert.True(((ComparisonFilter)Filter.Parse("custom.X = true")).Value.AsBoolean);
        Assert.Equal(new LocalDate(2026, 11, 27), ((ComparisonFilter)Filter.Parse("custom.X = 2026-11-27")).Value.AsDate);
        Assert.Equal(Instant.FromUtc(2026, 11, 27, 9, 0), ((ComparisonFilter)Filter.Parse("created = 2026-11-27T09:00:00Z")).Value.AsInstant);
    }

    [Fact]
    public void Parse_AndBindsTighterThanOr()
    {
        Assert.Equal(new OrFilter([A, new AndFilter([B, C])]), Filter.Parse("source = \"a\" or source = \"b\" and source = \"c\""));
        Assert.Equal(new OrFilter([new AndFilter([A, B]), C]), Filter.Parse("source = \"a\" and source = \"b\" or source = \"c\""));
    }

    [Fact]
    public void Parse_NotBindsTighterThanAnd()
    {
        Assert.Equal(new AndFilter([new NotFilter(A), B]), Filter.Parse("not source = \"a\" and source = \"b\""));
        Assert.Equal(new NotFilter(new NotFilter(A)), Filter.Parse("not not source = \"a\""));
    }

    [Fact]
    public void Parse_Parentheses_Group()
    {
        var filter = Filter.Parse("(source = \"a\" or source = \"b\") and source = \"c\"");

        Assert.Equal(new AndFilter([new OrFilter([A, B]), C]), filter);
        Assert.Equal("(source = \"a\" or source = \"b\") and source = \"c\"", filter.ToString());
        Assert.Equal(new NotFilter(new AndFilter([A, B])), Filter.Parse("not (source = \"a\" and source = \"b\")"));
    }

    [Fact]
    public void Parse_ChainsAndNesting_Flatten()
    {
        var flat = new AndFilter([A, B, C]);

        Assert.Equal(flat, Filter.Parse("source = \"a\" and source = \"b\" and source = \"c\""));
        Assert.Equal(flat, Filter.Parse("source = \"a\" and (source = \"b\" and source = \"c\")"));
        Assert.Equal(new OrFilter([A, B, C]), Filter.Parse("(source = \"a\" or source = \"b\") or source = \"c\""));
        Assert.Equal(3, flat.Operands.Length);
    }

    [Fact]
    public void Parse_FieldNamesAndKeywords_AreCaseInsensitive()
    {
        Assert.Equal(Filter.Parse("manualStars >= 3 and not email is empty"), Filter.Parse("MANUALSTARS >= 3 AND NOT Email IS EMPTY"));
    }

    [Theory]
    // What was expected, with the column of the token found (one past the end at the end).
    [InlineData("source", 7, "Expected an operator after 'source' (=, !=, <, <=, >, >=, contains, starts-with, ends-with, is empty, is not empty or in) at column 7, found the end of the filter.")]
    [InlineData("source = ", 10, "Expected a value after '=' at column 10, found the end of the filter.")]
    [InlineData("rating = and", 10, "Expected a value after '=' at column 10, found 'and'.")]
    [InlineData("title != ) ", 10, "Expected a value after '!=' at column 10, found ')'.")]
    [InlineData("name = \"a\" and", 15, "Expected a condition, 'not', 'all' or '(' after 'and' at column 15, found the end of the filter.")]
    [InlineData("name = \"a\" or", 14, "Expected a condition, 'not', 'all' or '(' after 'or' at column 14, found the end of the filter.")]
    [InlineData("not", 4, "Expected a condition, 'not', 'all' or '(' after 'not' at column 4, found the end of the filter.")]
    [InlineData("and", 1, "Expected a condition, 'not', 'all' or '(' at column 1, found 'and'.")]
    [InlineData("()", 2, "Expected a condition, 'not', 'all' or '(' after '(' at column 2, found ')'.")]
    [InlineData("= 1", 1, "Expected a condition, 'not', 'all' or '(' at column 1, found '='.")]
    [InlineData("(name = \"a\"", 12, "Unclosed '(' from column 1: expected ')' at column 12, found the end of the filter.")]
    [InlineData("name = \"a\")", 11, "Unexpected ')' without a matching '(' at column 11.")]
    [InlineData("name = \"a\" foo", 12, "Expected 'and', 'or' or the end of the filter at column 12, found 'foo'.")]
    [InlineData("name is", 8, "Expected 'empty' or 'not empty' after 'is' at column 8, found the end of the filter.")]
    [InlineData("name is not full", 13, "Expected 'empty' after 'is not' at column 13, found 'full'.")]
    [InlineData("name in \"a\"", 9, "Expected '(' after 'in' at column 9, found \"a\".")]
    [InlineData("name in ()", 10, "Expected a value after '(' at column 10, found ')'.")]
    [InlineData("name in (\"a\" \"b\")", 14, "Expected ',' or ')' in the 'in' list at column 14, found \"b\".")]
    [InlineData("name in (\"a\",)", 14, "Expected a value after ',' at column 14, found ')'.")]
    [InlineData("name in (\"a\"", 13, "Expected ',' or ')' in the 'in' list at column 13, found the end of the filter.")]
    [InlineData("name contains 5", 15, "Expected a quoted text after 'contains' at column 15, found '5'.")]
    [InlineData("name starts-with", 17, "Expected a quoted text after 'starts-with' at column 17, found the end of the filter.")]
    [InlineData("custom", 7, "Expected '.' after 'custom' (custom fields are written custom.Name or custom.\"Name with spaces\") at column 7, found the end of the filter.")]
    [InlineData("custom.= 1", 8, "Expected a custom field name after 'custom.' at column 8, found '='.")]
    public void Parse_SyntaxError_ReportsWhatWasExpectedAndWhere(string text, int column, string message)
    {
        var ex = Assert.Throws<FilterSyntaxException>(() => FilterParser.Parse(text));

        Assert.Equal(column, ex.Column);
        Assert.Equal(message, ex.Message);
        Assert.Equal(text, ex.Text);
    }

    [Theory]
    // Lexical errors.
    [InlineData("name = \"open", 8, "Unterminated text: expected a closing '\"' for the text starting at column 8.")]
    [InlineData("name = \"open\\", 8, "Unterminated text: expected a closing '\"' for the text starting at column 8.")]
    [InlineData("name = \"a\\nb\"", 10, "Unknown escape '\\n' (the only escapes are \\\" and \\\\) at column 10.")]
    [InlineData("name # 1", 6, "Unexpected character '#' at column 6.")]
    [InlineData("name ! 1", 6, "Unexpected character '!' (write != to compare, or not to negate) at column 6.")]
    [InlineData("manualStars = 1.2.3", 15, "Invalid number 1.2.3 (write digits with an optional '-' and '.', e.g. -2.5) at column 15.")]
    [InlineData("manualStars = 5.", 15, "Invalid number 5. (write digits with an optional '-' and '.', e.g. -2.5) at column 15.")]
    [InlineData("manualStars = 99999999999999999999999999999999", 15, "The number 99999999999999999999999999999999 is out of range at column 15.")]
    [InlineData("created = 2026-13-01T00:00:00Z", 11, "Invalid instant 2026-13-01T00:00:00Z (write yyyy-MM-ddTHH:mm:ssZ in UTC, e.g. 2026-11-27T09:00:00Z) at column 11.")]
    [InlineData("created = 2026-11-27T09:00Z", 11, "Invalid instant 2026-11-27T09:00Z (write yyyy-MM-ddTHH:mm:ssZ in UTC, e.g. 2026-11-27T09:00:00Z) at column 11.")]
    [InlineData("created = 0000-01-01T00:00:00Z", 11, "Invalid instant 0000-01-01T00:00:00Z (write yyyy-MM-ddTHH:mm:ssZ in UTC, e.g. 2026-11-27T09:00:00Z) at column 11.")]
    [InlineData("custom.D = 2026-02-30", 12, "Invalid date 2026-02-30 (write yyyy-MM-dd, e.g. 2026-11-27) at column 12.")]
    public void Parse_LexicalError_ReportsTheColumn(string text, int column, string message)
    {
        var ex = Assert.Throws<FilterSyntaxException>(() => FilterParser.Parse(text));

        Assert.Equal(column, ex.Column);
        Assert.Equal(message, ex.Message);
    }

    [Theory]
    // Unknown fields and type mismatches are reported at the offending token.
    [InlineData("foo = 1", 1, "Unknown field 'foo' (custom fields are written custom.Name; see docs/filter-language.md for the field list) at column 1.")]
    [InlineData("jobTitle = \"x\"", 1, "Unknown field 'jobTitle' (did you mean 'title'?) at column 1.")]
    [InlineData("compnay = \"x\"", 1, "Unknown field 'compnay' (did you mean 'company'?) at column 1.")]
    [InlineData("name = \"a\" and emial is empty", 16, "Unknown field 'emial' (did you mean 'email'?) at column 16.")]
    [InlineData("created > \"abc\"", 11, "'created' holds instants (such as 2026-11-27T09:00:00Z), so it cannot be compared with the text \"abc\" at column 11.")]
    [InlineData("created >= 2026-11-27", 12, "'created' holds instants (such as 2026-11-27T09:00:00Z), so it cannot be compared with the date 2026-11-27 at column 12.")]
    [InlineData("manualStars = \"3\"", 15, "'manualStars' holds numbers, so it cannot be compared with the text \"3\" at column 15.")]
    [InlineData("name = 3", 8, "'name' holds text, so it cannot be compared with the number 3 at column 8.")]
    [InlineData("converted = \"yes\"", 13, "'converted' holds true or false, so it cannot be compared with the text \"yes\" at column 13.")]
    [InlineData("manualStars contains \"x\"", 13, "'contains' applies to text, and 'manualStars' holds numbers at column 13.")]
    [InlineData("created ends-with \"Z\"", 9, "'ends-with' applies to text, and 'created' holds instants (such as 2026-11-27T09:00:00Z) at column 9.")]
    [InlineData("converted > true", 13, "true can only be compared with = or !=, not > at column 13.")]
    [InlineData("custom.Flag <= false", 16, "false can only be compared with = or !=, not <= at column 16.")]
    [InlineData("custom.When = 2026-11-27T09:00:00Z", 15, "'custom.When' holds text, numbers, dates or true/false, so it cannot be compared with the instant 2026-11-27T09:00:00Z at column 15.")]
    [InlineData("scoreType = \"Auto\"", 13, "'scoreType' is \"Automatic\" or \"Manual\", not \"Auto\" at column 13.")]
    [InlineData("phone = \"abc\"", 9, "'phone' compares digits, and \"abc\" has none at column 9.")]
    [InlineData("phone contains \"+\"", 7, "'phone' compares digits, and \"+\" has none at column 7.")]
    [InlineData("rating in (\"Poor\", 3)", 20, "'rating' holds text, so it cannot be compared with the number 3 at column 20.")]
    [InlineData("custom.Employees in (1, \"x\")", 25, "The values of an 'in' list must all be of one kind at column 25.")]
    [InlineData("custom.\"a#b\" = 1", 8, "'a#b' is not a custom field name: use letters, digits, spaces and _ - . / ( ) only at column 8.")]
    [InlineData("custom.\"  \" = 1", 8, "A custom field name cannot be empty at column 8.")]
    public void Parse_FieldError_ReportsTheColumn(string text, int column, string message)
    {
        var ex = Assert.Throws<FilterSyntaxException>(() => FilterParser.Parse(text));

        Assert.Equal(column, ex.Column);
        Assert.Equal(message, ex.Message);
    }

    [Fact]
    public void Parse_TypeError_NamesTheField()
    {
        var ex = Assert.Throws<FilterSyntaxException>(() => FilterParser.Parse("manualStars contains \"x\""));

        Assert.Equal("manualStars", ex.Field);
        Assert.Equal("'contains' applies to text, and 'manualStars' holds numbers", ex.Reason);
        Assert.IsAssignableFrom<LeadKitException>(ex);
    }

    [Fact]
    public void Parse_LongCustomFieldName_IsRefused()
    {
        var ex = Assert.Throws<FilterSyntaxException>(() => FilterParser.Parse($"custom.{new string('x', 65)} = 1"));

        Assert.Equal(8, ex.Column);
        Assert.StartsWith("A custom field name has at most 64 characters", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NestingAtTheLimit_Parses()
    {
        var depth = 100;
        var ann = SampleRecords.Ann();
        var plain = Filter.Parse($"name = \"{ann.Name.FullName}\"");
        var nested = Filter.Parse(new string('(', depth / 2) + string.Concat(Enumerable.Repeat("not ", depth / 2)) + plain + new string(')', depth / 2));

        // 50 'not's cancel out.
        Assert.True(plain.Matches(ann));
        Assert.True(nested.Matches(ann));
    }

    [Theory]
    [InlineData("(", ")")]
    [InlineData("not ", "")]
    public void Parse_NestingPastTheLimit_SyntaxErrorAtTheLevelTooMany(string open, string close)
    {
        var text = string.Concat(Enumerable.Repeat(open, 101)) + "name = \"a\"" + string.Concat(Enumerable.Repeat(close, 101));

        var ex = Assert.Throws<FilterSyntaxException>(() => Filter.Parse(text));

        Assert.Equal((100 * open.Length) + 1, ex.Column);
        Assert.Contains("more than 100 levels deep", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RuleParse_NestingPastTheLimit_SyntaxError()
    {
        var text = new string('(', 101) + "history.any within 7d" + new string(')', 101);

        var ex = Assert.Throws<FilterSyntaxException>(() => LeadKit.Scoring.ScoringRule.Parse(text));

        Assert.Contains("more than 100 levels deep", ex.Message, StringComparison.Ordinal);
    }
}
