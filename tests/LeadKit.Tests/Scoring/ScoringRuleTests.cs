using FsCheck.Xunit;
using LeadKit.Leads;
using LeadKit.Querying;
using LeadKit.Scoring;
using LeadKit.Testing;
using NodaTime;
using static LeadKit.Tests.LeadScoring.ScoringFixtures;

namespace LeadKit.Tests.LeadScoring;

/// <summary>The rule grammar: the filter language's field conditions plus history conditions, parsed with clear errors, printed canonically, evaluated against a context.</summary>
public sealed class ScoringRuleTests
{
    [Theory]
    [InlineData("source = \"Trade Show\"", typeof(FilterRule))]
    [InlineData("custom.Employees >= 50", typeof(FilterRule))]
    [InlineData("email is not empty and phone is not empty", typeof(FilterRule))]
    [InlineData("history.phoneLog within 30d", typeof(HistoryRule))]
    [InlineData("history.appointment within 14d or history.phoneLog within 12h", typeof(OrRule))]
    [InlineData("source = \"Web\" and history.note is not empty", typeof(AndRule))]
    [InlineData("not (history.task is empty)", typeof(NotRule))]
    [InlineData("custom.Employees >= 50 or history.appointment within 14d and company contains \"con\"", typeof(OrRule))]
    [InlineData("(source = \"Web\" or source = \"Referral\") and history.any within 7d", typeof(AndRule))]
    [InlineData("all", typeof(FilterRule))]
    public void Parse_ValidRule_PrintsItsTextBack(string text, Type kind)
    {
        var rule = ScoringRule.Parse(text);

        Assert.IsType(kind, rule);
        Assert.Equal(text, rule.ToString());
        Assert.Equal(rule, ScoringRule.Parse(rule.ToString()));
    }

    [Theory]
    [InlineData("HISTORY.PHONELOG WITHIN 30D", "history.phoneLog within 30d")]
    [InlineData("history.phoneLog within 720h", "history.phoneLog within 30d")]
    [InlineData("  source = \"Web\"   and   email is empty ", "source = \"Web\" and email is empty")]
    [InlineData("(history.note is empty)", "history.note is empty")]
    [InlineData("not source = \"Web\"", "not (source = \"Web\")")]
    [InlineData("a_b = 1", null)]
    public void Parse_EquivalentSpellings_PrintCanonically(string text, string? canonical)
    {
        if (canonical is null)
        {
            Assert.Throws<FilterSyntaxException>(() => ScoringRule.Parse(text));
            return;
        }

        Assert.Equal(canonical, ScoringRule.Parse(text).ToString());
    }

    [Fact]
    public void Parse_FieldConditions_AreTheFilterLanguagesOwn()
    {
        var rule = Assert.IsType<FilterRule>(ScoringRule.Parse("source = \"Trade Show\" and custom.Employees >= 50"));

        Assert.Equal(Filter.Parse("source = \"Trade Show\" and custom.Employees >= 50"), rule.Filter);
        Assert.Equal(ScoringRule.FromFilter(RecordField.Source.EqualTo("Trade Show") & RecordField.Custom("Employees").GreaterThanOrEqualTo(50)), rule);
    }

    [Fact]
    public void Factories_BuildWhatTheParserReads()
    {
        var built = (ScoringRule.FromFilter(RecordField.Source.EqualTo("Web")) | ScoringRule.FromFilter(RecordField.Source.EqualTo("Referral")))
            & ScoringRule.HistoryWithin(HistoryKind.Any, Duration.FromDays(7));

        Assert.Equal(ScoringRule.Parse("(source = \"Web\" or source = \"Referral\") and history.any within 7d"), built);
        Assert.Equal(ScoringRule.Parse("not (history.phoneLog within 1d)"), !ScoringRule.HistoryWithin(HistoryKind.PhoneLog, Duration.FromDays(1)));
        Assert.Equal(ScoringRule.Parse("not (email is empty)"), !ScoringRule.FromFilter(RecordField.Email.IsEmpty()));
    }

    [Theory]
    [InlineData("", 1, "A rule cannot be empty")]
    [InlineData("source =", 9, "Expected a value after '='")]
    [InlineData("source = and history.note is empty", 10, "Expected a value after '='")]
    [InlineData("history.call within 3d", 9, "Expected a history kind after 'history.'")]
    [InlineData("history phoneLog within 3d", 9, "Expected '.' after 'history'")]
    [InlineData("history.phoneLog since 3d", 18, "Expected 'within', 'is empty' or 'is not empty'")]
    [InlineData("history.phoneLog within 30", 27, "Expected a unit right after 30")]
    [InlineData("history.phoneLog within 30 d", 27, "Expected a unit right after 30")]
    [InlineData("history.phoneLog within 30w", 27, "Unknown duration unit 'w'")]
    [InlineData("history.phoneLog within 0d", 25, "A history window is a whole number of days from 1 to 36525")]
    [InlineData("history.phoneLog within 1.5d", 25, "A history window is a whole number of days")]
    [InlineData("history.phoneLog within d", 25, "Expected a duration such as 30d or 12h")]
    [InlineData("history.note is", 16, "Expected 'empty' or 'not empty' after 'is'")]
    [InlineData("source = \"Web\" and", 19, "Expected a condition, 'not' or '(' after 'and'")]
    [InlineData("(history.note is empty", 23, "Unclosed '(' from column 1")]
    [InlineData("history.note is empty)", 22, "Unexpected ')'")]
    [InlineData("history.note is empty history.task is empty", 23, "Expected 'and', 'or' or the end of the rule")]
    [InlineData("jobTitle = \"CEO\" or history.any within 1d", 1, "Unknown field 'jobTitle'")]
    [InlineData("history.any within 1d and created > \"abc\"", 37, "'created' holds instants")]
    [InlineData("source = \"Web\" foo or history.any within 1d", 16, "Expected 'and', 'or' or the end of the rule")]
    [InlineData("email is not empty and name = \"a\\nb\"", 33, "Unknown escape '\\n'")]
    public void Parse_InvalidRule_FailsWithTheColumnInTheWholeRule(string text, int column, string reason)
    {
        var ex = Assert.Throws<FilterSyntaxException>(() => ScoringRule.Parse(text));

        Assert.Equal(column, ex.Column);
        Assert.StartsWith(reason, ex.Reason, StringComparison.Ordinal);
        Assert.Equal(text, ex.Text);
        Assert.Contains($"at column {column}", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ErrorAtTheEndOfAFieldCondition_NamesWhatFollows()
    {
        var ex = Assert.Throws<FilterSyntaxException>(() => ScoringRule.Parse("source = and history.note is empty"));

        Assert.Equal("'and'", ex.Found);
        Assert.Equal("Expected a value after '=' at column 10, found 'and'.", ex.Message);
    }

    [Property(MaxTest = 500, Arbitrary = new[] { typeof(ScoringArbitraries) })]
    public bool Parse_OfToString_EqualsTheRule(ScoringRule rule)
    {
        var parsed = ScoringRule.Parse(rule.ToString());
        return parsed.Equals(rule) && parsed.GetHashCode() == rule.GetHashCode() && parsed.ToString() == rule.ToString();
    }

    [Property(MaxTest = 500, Arbitrary = new[] { typeof(ScoringArbitraries) })]
    public bool Evaluate_HoldsExactlyWhenIsSatisfiedBy(ScoringCase c)
    {
        var context = new ScoringContext(c.CreateRecord(), c.AsOf, c.History);
        return c.Profile.Criteria.Select(k => k.Rule).OfType<ScoringRule>().All(r => r.Evaluate(context).Holds == r.IsSatisfiedBy(context));
    }

    [Fact]
    public void FieldCondition_MatchesTheRecordsFields_AndShowsTheValuesSeen()
    {
        var lead = NewLead();
        lead.SetSource(new LeadSource("Trade Show"));
        var rule = ScoringRule.Parse("source = \"Trade Show\" and email is not empty");

        var outcome = rule.Evaluate(new ScoringContext(lead, AsOf));

        Assert.False(outcome.Holds);
        Assert.Equal("source = \"Trade Show\"; email is empty", outcome.Evidence);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(29, true)]
    [InlineData(30, true)]
    [InlineData(31, false)]
    public void HistoryWithin_CountsItemsInTheWindowUpToAsOf(int daysAgo, bool holds)
    {
        var lead = NewLead();
        var history = new[] { Call(lead.Reference, AsOf - Duration.FromDays(daysAgo)) };

        var outcome = ScoringRule.Parse("history.phoneLog within 30d").Evaluate(new ScoringContext(lead, AsOf, history));

        Assert.Equal(holds, outcome.Holds);
        Assert.Equal($"last phoneLog at {AsOf - Duration.FromDays(daysAgo)} ({daysAgo}d before asOf)", outcome.Evidence);
    }

    [Fact]
    public void HistoryConditions_IgnoreItemsAfterAsOf_AndOtherKinds()
    {
        var lead = NewLead();
        var history = new History.HistoryItem[] { Call(lead.Reference, AsOf + Duration.FromMinutes(1)), Note(lead.Reference, AsOf - Duration.FromDays(1)) };
        var context = new ScoringContext(lead, AsOf, history);

        Assert.False(ScoringRule.Parse("history.phoneLog within 30d").IsSatisfiedBy(context));
        Assert.True(ScoringRule.Parse("history.phoneLog is empty").IsSatisfiedBy(context));
        Assert.True(ScoringRule.Parse("history.note within 2d").IsSatisfiedBy(context));
        Assert.True(ScoringRule.Parse("history.any within 2d").IsSatisfiedBy(context));
        Assert.False(ScoringRule.Parse("history.appointment is not empty").IsSatisfiedBy(context));
        Assert.Equal("no phoneLog up to asOf", ScoringRule.Parse("history.phoneLog is empty").Evaluate(context).Evidence);
    }

    [Fact]
    public void FieldCondition_OnAHostWithoutFields_FailsNamingTheCriterion()
    {
        var profile = new ScoringProfile([new ScoringCriterion(A, "A", Weight.High, ScoringRule.Parse("email is not empty"))]);

        var ex = Assert.Throws<ScoringException>(() => LeadScorer.Default.Score(Host(), profile, AsOf));

        Assert.Equal(A, ex.Criterion);
        Assert.Contains("Criterion 'a' (email is not empty)", ex.Message, StringComparison.Ordinal);
        Assert.Contains("HostRecord has none", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HistoryCondition_OnAHostWithoutFields_Works()
    {
        var profile = new ScoringProfile([new ScoringCriterion(A, "A", Weight.High, ScoringRule.Parse("history.any within 1d"))]);
        var lead = NewLead();

        var score = LeadScorer.Default.Score(Host(), profile, AsOf, [Note(lead.Reference, AsOf)]);

        Assert.Equal(5, score.Stars);
    }

    [Fact]
    public void CodeRule_ThatThrows_IsReportedWithItsCriterion()
    {
        var rule = new CodeRule("boom", _ => throw new InvalidOperationException("no database here"));
        var profile = new ScoringProfile([new ScoringCriterion(A, "A", Weight.High, rule)]);

        var ex = Assert.Throws<ScoringException>(() => LeadScorer.Default.Explain(NewLead(), profile, AsOf));

        Assert.Equal(A, ex.Criterion);
        Assert.Equal("Criterion 'a': its rule code rule 'boom' failed: no database here", ex.Message);
        Assert.IsType<InvalidOperationException>(ex.InnerException);
    }

    [Fact]
    public void CodeRule_WithEvidence_ShowsItInTheExplanation()
    {
        var rule = new CodeRule("has-company", c => c.Record is Lead { CompanyName: not null }, c => $"company {((Lead)c.Record).CompanyName ?? "(none)"}");
        var profile = new ScoringProfile([new ScoringCriterion(A, "Has a company", Weight.Low, rule)]);
        var lead = NewLead();
        lead.SetCompanyName("Contoso");

        var line = Assert.Single(LeadScorer.Default.Explain(lead, profile, AsOf).Criteria);

        Assert.Equal(CriterionReason.RuleMatched, line.Reason);
        Assert.Equal("company Contoso", line.Evidence);
        Assert.Equal("met: rule matched (company Contoso)", line.DescribeReason());
    }

    [Fact]
    public void HistoryWindow_OutOfRange_IsRefused()
    {
        Assert.Throws<Validation.LeadKitValidationException>(() => ScoringRule.HistoryWithin(HistoryKind.Any, Duration.FromMinutes(30)));
        Assert.Throws<Validation.LeadKitValidationException>(() => ScoringRule.HistoryWithin(HistoryKind.Any, Duration.FromDays(40_000)));
        Assert.Throws<ArgumentException>(() => ScoringRule.And());
    }
}
