namespace LeadKit.Csv.Layouts;

/// <summary>A CSV file of no known layout: no column has a key; the import maps them itself.</summary>
internal sealed class GenericRules : LayoutRules
{
    internal GenericRules()
        : base("generic", "Generic CSV", [])
    {
    }
}
