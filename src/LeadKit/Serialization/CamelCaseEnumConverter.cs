using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace LeadKit.Serialization;

/// <summary>
/// Writes an enum as its camelCase name (<c>businessFax</c>) and reads only names: numbers are
/// refused, so a document never depends on an enum's numeric values.
/// </summary>
/// <typeparam name="TEnum">The enum.</typeparam>
internal sealed class CamelCaseEnumConverter<TEnum> : JsonStringEnumConverter<TEnum>
    where TEnum : struct, Enum
{
    /// <summary>Creates the converter.</summary>
    public CamelCaseEnumConverter()
        : base(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    {
    }
}
