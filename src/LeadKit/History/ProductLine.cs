using LeadKit.Utility;

namespace LeadKit.History;

/// <summary>One product or service of an opportunity: name, quantity and unit price.</summary>
public sealed record ProductLine
{
    /// <summary>Creates a line.</summary>
    /// <param name="name">The product or service (required, at most 255 characters).</param>
    /// <param name="quantity">How many (more than zero).</param>
    /// <param name="unitPrice">The price of one (zero or more), in the opportunity's currency.</param>
    public ProductLine(string name, decimal quantity, decimal unitPrice)
    {
        Name = name?.Trim() ?? string.Empty;
        if (Name.Length is 0 or > 255)
        {
            throw Preconditions.Invalid(nameof(ProductLine), nameof(Name), "LeadKit.ProductLine.Name", "A product line needs a name of 1 to 255 characters.");
        }

        if (quantity <= 0)
        {
            throw Preconditions.Invalid(nameof(ProductLine), nameof(Quantity), "LeadKit.ProductLine.Quantity", $"A quantity is more than zero, not {quantity}.");
        }

        if (unitPrice < 0)
        {
            throw Preconditions.Invalid(nameof(ProductLine), nameof(UnitPrice), "LeadKit.ProductLine.UnitPrice", $"A unit price is zero or more, not {unitPrice}.");
        }

        Quantity = quantity;
        UnitPrice = unitPrice;
    }

    /// <summary>Gets the product or service.</summary>
    public string Name { get; }

    /// <summary>Gets the quantity.</summary>
    public decimal Quantity { get; }

    /// <summary>Gets the price of one unit.</summary>
    public decimal UnitPrice { get; }

    /// <summary>Gets quantity × unit price, exact.</summary>
    public decimal Total => Quantity * UnitPrice;
}
