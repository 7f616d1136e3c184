using LeadKit.Export;

namespace LeadKit.Csv.Writing;

/// <summary>
/// The foreign layouts' formula neutralising (Outlook, Google): a <c>'</c> in front of a value a
/// spreadsheet would run as a formula, numbers and phone numbers aside — the rule of
/// <see cref="LeadKitTableLayout.IsFormula"/>, whose escape LeadKit's own layout uses.
/// </summary>
internal static class FormulaGuard
{
    /// <summary>The value as written in a foreign layout (Outlook, Google).</summary>
    /// <param name="value">The value.</param>
    /// <param name="neutralise">Whether formulas are neutralised.</param>
    /// <returns>The cell.</returns>
    public static string Foreign(string value, bool neutralise) =>
        neutralise && LeadKitTableLayout.IsFormula(value) ? "'" + value : value;
}
