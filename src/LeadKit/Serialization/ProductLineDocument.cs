using LeadKit.History;

namespace LeadKit.Serialization;

/// <summary>The JSON shape of a <see cref="ProductLine"/>: <c>{"name": "Support plan", "quantity": 2, "unitPrice": 1200.00}</c> (exact decimals).</summary>
internal sealed class ProductLineDocument : IDocument<ProductLineDocument, ProductLine>
{
    public string? Name { get; set; }

    public decimal? Quantity { get; set; }

    public decimal? UnitPrice { get; set; }

    public static ProductLineDocument From(ProductLine value) => new() { Name = value.Name, Quantity = value.Quantity, UnitPrice = value.UnitPrice };

    public ProductLine ToValue(DocumentPath path)
    {
        var quantity = path.Property("quantity").RequiredValue(Quantity);
        var unitPrice = path.Property("unitPrice").RequiredValue(UnitPrice);
        return path.Build(() => new ProductLine(Name ?? string.Empty, quantity, unitPrice));
    }
}
