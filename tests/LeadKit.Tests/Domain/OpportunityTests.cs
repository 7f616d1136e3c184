using System.Globalization;
using LeadKit.Contacts;
using LeadKit.History;
using LeadKit.Leads;
using NodaTime;

namespace LeadKit.Tests.Domain;

/// <summary>Opportunities and their product lines.</summary>
public sealed class OpportunityTests
{
    private static readonly Instant At = Instant.FromUtc(2026, 11, 27, 9, 0);
    private static readonly RecordReference Lead = RecordReference.To(LeadId.New());

    [Fact]
    public void Constructor_KeepsEveryValue()
    {
        var id = OpportunityId.New();
        var lines = new[] { new ProductLine("Widget", 2m, 10m) };

        var opportunity = new Opportunity(id, Lead, "  Widgets for Contoso ", " eur ", lines, OpportunityStage.Proposal, 40, new LocalDate(2027, 1, 31), At);

        Assert.Equal(id, opportunity.Id);
        Assert.Equal(Lead, opportunity.Record);
        Assert.Equal("Widgets for Contoso", opportunity.Title);
        Assert.Equal("EUR", opportunity.CurrencyCode);
        Assert.Equal(lines, opportunity.Lines);
        Assert.Equal(OpportunityStage.Proposal, opportunity.Stage);
        Assert.Equal(40, opportunity.Probability);
        Assert.Equal(new LocalDate(2027, 1, 31), opportunity.ExpectedCloseDate);
        Assert.Equal(At, opportunity.CreatedAt);
    }

    [Fact]
    public void Total_SumsTheLinesExactly()
    {
        var opportunity = NewOpportunity(lines:
        [
            new ProductLine("Licence", 3m, 19.99m),
            new ProductLine("Support hours", 0.5m, 0.10m),
            new ProductLine("Setup", 1m, 0.01m),
        ]);

        // 59.97 + 0.05 + 0.01, with no binary rounding.
        Assert.Equal(60.03m, opportunity.Total);
    }

    [Fact]
    public void Total_ManyTenthsOfACent_StaysExact()
    {
        var opportunity = NewOpportunity(lines: Enumerable.Range(0, 10).Select(i => new ProductLine(string.Create(CultureInfo.InvariantCulture, $"Item {i}"), 1m, 0.1m)));

        Assert.Equal(1.0m, opportunity.Total);
    }

    [Fact]
    public void Total_NoLines_IsZero()
    {
        Assert.Equal(0m, NewOpportunity(lines: []).Total);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    public void Constructor_ProbabilityAtTheBounds_IsAccepted(int probability)
    {
        Assert.Equal(probability, NewOpportunity(probability: probability).Probability);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    public void Constructor_ProbabilityOutOfRange_IsRefusedWithProbability(int probability)
    {
        ValidationAssert.Single(() => NewOpportunity(probability: probability), "Probability", "LeadKit.Opportunity.Probability");
    }

    [Theory]
    [InlineData("")]
    [InlineData("EU")]
    [InlineData("EURO")]
    [InlineData("E1R")]
    [InlineData("€")]
    [InlineData(null)]
    public void Constructor_InvalidCurrencyCode_IsRefusedWithCurrencyCode(string? code)
    {
        ValidationAssert.Single(() => NewOpportunity(currencyCode: code!), "CurrencyCode", "LeadKit.Opportunity.CurrencyCode");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Constructor_BlankTitle_IsRefusedWithTitleRequired(string? title)
    {
        ValidationAssert.Single(() => NewOpportunity(title: title!), "Title", "LeadKit.Opportunity.TitleRequired");
    }

    [Fact]
    public void Constructor_TitleOf256_IsRefusedWithTitleTooLong()
    {
        Assert.Equal(255, NewOpportunity(title: new string('t', 255)).Title.Length);
        ValidationAssert.Single(() => NewOpportunity(title: new string('t', 256)), "Title", "LeadKit.Opportunity.TitleTooLong");
    }

    [Fact]
    public void Constructor_UnknownStage_IsRefusedWithStage()
    {
        ValidationAssert.Single(() => NewOpportunity(stage: (OpportunityStage)99), "Stage", "LeadKit.Opportunity.Stage");
    }

    [Fact]
    public void Constructor_MoreThanAThousandLines_IsRefusedWithTooManyLines()
    {
        var lines = Enumerable.Range(0, 1001).Select(i => new ProductLine("Item", 1m, 1m)).ToArray();

        Assert.Equal(1000, NewOpportunity(lines: lines.Take(1000)).Lines.Count);
        ValidationAssert.Single(() => NewOpportunity(lines: lines), "Lines", "LeadKit.Opportunity.TooManyLines");
    }

    [Fact]
    public void Constructor_NullLines_ThrowsArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => new Opportunity(OpportunityId.New(), Lead, "Deal", "EUR", null!, OpportunityStage.Prospecting, 10, null, At));
    }

    [Fact]
    public void Constructor_CopiesTheLines()
    {
        var lines = new List<ProductLine> { new("Widget", 1m, 1m) };
        var opportunity = NewOpportunity(lines: lines);

        lines.Add(new ProductLine("Gadget", 1m, 1m));

        Assert.Single(opportunity.Lines);
    }

    [Fact]
    public void WithStage_ReturnsACopyAtTheNewStage()
    {
        var opportunity = NewOpportunity();

        var won = opportunity.WithStage(OpportunityStage.ClosedWon, 100);

        Assert.Equal(OpportunityStage.ClosedWon, won.Stage);
        Assert.Equal(100, won.Probability);
        Assert.Equal(opportunity.Id, won.Id);
        Assert.Equal(OpportunityStage.Prospecting, opportunity.Stage);
        Assert.NotEqual(opportunity, won);
    }

    [Fact]
    public void WithStage_InvalidProbability_IsRefused()
    {
        ValidationAssert.Single(() => NewOpportunity().WithStage(OpportunityStage.Negotiation, 150), "Probability", "LeadKit.Opportunity.Probability");
    }

    [Fact]
    public void RelinkTo_ChangesOnlyTheRecord()
    {
        var opportunity = NewOpportunity();
        var contact = RecordReference.To(ContactId.New());

        var moved = opportunity.RelinkTo(contact);

        Assert.Equal(contact, moved.Record);
        Assert.Equal(opportunity, moved.RelinkTo(Lead));
    }

    [Fact]
    public void Equals_SameValues_IsEqual()
    {
        var id = OpportunityId.New();
        var a = NewOpportunity(id: id);
        var b = NewOpportunity(id: id);

        Assert.Equal(a, b);
        Assert.True(a.Equals((object)b));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, NewOpportunity(id: id, probability: 11));
        Assert.False(a.Equals(null));
    }

    [Fact]
    public void ToString_ShowsTitleTotalAndStage()
    {
        var text = NewOpportunity().ToString();

        Assert.StartsWith("Deal (20", text, StringComparison.Ordinal);
        Assert.EndsWith("00 EUR, Prospecting)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ProductLine_Total_IsQuantityTimesUnitPrice()
    {
        var line = new ProductLine("  Licence ", 3m, 19.99m);

        Assert.Equal("Licence", line.Name);
        Assert.Equal(59.97m, line.Total);
    }

    [Fact]
    public void ProductLine_ZeroPrice_IsAccepted()
    {
        Assert.Equal(0m, new ProductLine("Free trial", 1m, 0m).Total);
    }

    [Fact]
    public void ProductLine_FractionalQuantity_IsAccepted()
    {
        Assert.Equal(0.75m, new ProductLine("Consulting days", 1.5m, 0.5m).Total);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData(null)]
    public void ProductLine_BlankName_IsRefusedWithName(string? name)
    {
        ValidationAssert.Single(() => new ProductLine(name!, 1m, 1m), "Name", "LeadKit.ProductLine.Name");
    }

    [Fact]
    public void ProductLine_NameOf256_IsRefusedWithName()
    {
        Assert.Equal(255, new ProductLine(new string('n', 255), 1m, 1m).Name.Length);
        ValidationAssert.Single(() => new ProductLine(new string('n', 256), 1m, 1m), "Name", "LeadKit.ProductLine.Name");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("-0.0001")]
    public void ProductLine_QuantityNotPositive_IsRefusedWithQuantity(string quantity)
    {
        ValidationAssert.Single(() => new ProductLine("Widget", decimal.Parse(quantity, CultureInfo.InvariantCulture), 1m), "Quantity", "LeadKit.ProductLine.Quantity");
    }

    [Fact]
    public void ProductLine_NegativeUnitPrice_IsRefusedWithUnitPrice()
    {
        ValidationAssert.Single(() => new ProductLine("Widget", 1m, -0.01m), "UnitPrice", "LeadKit.ProductLine.UnitPrice");
    }

    private static Opportunity NewOpportunity(
        OpportunityId? id = null,
        string title = "Deal",
        string currencyCode = "EUR",
        IEnumerable<ProductLine>? lines = null,
        OpportunityStage stage = OpportunityStage.Prospecting,
        int probability = 10) =>
        new(id ?? OpportunityId.New(), Lead, title, currencyCode, lines ?? [new ProductLine("Widget", 2m, 10.00m)], stage, probability, null, At);
}
