using System;
using System.Diagnostics.CodeAnalysis;
using LeadKit.Validation;

namespace LeadKit.Utility;

/// <summary>Parsing shared by the GUID-based identifiers.</summary>
internal static class Identifier
{
    internal static Guid Parse(string text, string typeName)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!Guid.TryParse(text, out var value) || value == Guid.Empty)
        {
            throw Preconditions.Invalid(typeName, string.Empty, $"LeadKit.{typeName}.Syntax", $"'{text}' is not a valid {typeName} (a non-empty GUID).", text);
        }

        return value;
    }

    internal static bool TryParse([NotNullWhen(true)] string? text, out Guid value) =>
        Guid.TryParse(text, out value) && value != Guid.Empty;

    internal static Guid NotEmpty(Guid value, string typeName) =>
        value == Guid.Empty
            ? throw new LeadKitValidationException(typeName, [new ValidationError(string.Empty, $"LeadKit.{typeName}.Empty", $"A {typeName} cannot be the empty GUID.")])
            : value;
}
