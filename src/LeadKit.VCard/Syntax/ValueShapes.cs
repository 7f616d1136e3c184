using System;

namespace LeadKit.VCard.Syntax;

/// <summary>The shape of each property's value, by name (the same in every version).</summary>
internal static class ValueShapes
{
    internal static ValueShape Of(string name) => name.ToUpperInvariant() switch
    {
        "N" or "ADR" => ValueShape.StructuredList,
        "ORG" => ValueShape.Structured,
        "CATEGORIES" or "NICKNAME" => ValueShape.List,
        _ => ValueShape.Text,
    };

    /// <summary>Whether the property's value is a URI that is written without text escaping.</summary>
    internal static bool IsUri(string name, VCardProperty property) =>
        name is "URL" or "SOURCE" or "FBURL" or "CALURI" or "CALADRURI" or "PHOTO" or "LOGO" or "SOUND"
        || string.Equals(property.GetParameter("VALUE")?.Value, "uri", StringComparison.OrdinalIgnoreCase);

    internal static string Describe(ValueShape shape) => shape switch
    {
        ValueShape.StructuredList => "components, each a list of values",
        ValueShape.Structured => "components of one value each",
        ValueShape.List => "one component: a list of values",
        _ => "one component of one value",
    };
}
