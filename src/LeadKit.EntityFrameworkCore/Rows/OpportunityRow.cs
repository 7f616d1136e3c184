namespace LeadKit.EntityFrameworkCore.Rows;

/// <summary>A row of <c>opportunities</c>; the product lines live in the document.</summary>
internal sealed class OpportunityRow : LinkedItemRow
{
    public int Stage { get; set; }

    public int Probability { get; set; }

    public string CurrencyCode { get; set; } = string.Empty;
}
