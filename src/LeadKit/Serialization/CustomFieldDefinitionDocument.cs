using System.Collections.Generic;
using LeadKit.CustomFields;
using LeadKit.Leads;

namespace LeadKit.Serialization;

/// <summary>The JSON shape of a <see cref="CustomFieldDefinition"/>: record kind, name, type and the type's constraints.</summary>
internal sealed class CustomFieldDefinitionDocument : IDocument<CustomFieldDefinitionDocument, CustomFieldDefinition>
{
    public RecordKind? RecordKind { get; set; }

    public string? Name { get; set; }

    public CustomFieldType? Type { get; set; }

    public bool? IsRequired { get; set; }

    public int? MaxLength { get; set; }

    public List<string>? Choices { get; set; }

    public string? CurrencyCode { get; set; }

    public static CustomFieldDefinitionDocument From(CustomFieldDefinition value) => new()
    {
        RecordKind = value.RecordKind,
        Name = value.Name,
        Type = value.Type,
        IsRequired = value.IsRequired,
        MaxLength = value.MaxLength,
        Choices = value.Choices is null ? null : [.. value.Choices],
        CurrencyCode = value.CurrencyCode,
    };

    public CustomFieldDefinition ToValue(DocumentPath path)
    {
        var recordKind = path.Property("recordKind").RequiredValue(RecordKind);
        var type = path.Property("type").RequiredValue(Type);
        return path.Build(() => new CustomFieldDefinition(recordKind, Name ?? string.Empty, type, IsRequired ?? false, MaxLength, Choices, CurrencyCode));
    }
}
