using System;

namespace LeadKit.Reports;

/// <summary>An amount of money in one currency: opportunities in different currencies are never added together. Immutable.</summary>
/// <param name="Currency">The ISO 4217 currency code, e.g. <c>EUR</c>.</param>
/// <param name="Amount">The amount.</param>
public sealed record CurrencyAmount(string Currency, decimal Amount)
{
    /// <summary>Returns <c>4000 EUR</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{ReportText.Number(Amount)} {Currency}";
}
