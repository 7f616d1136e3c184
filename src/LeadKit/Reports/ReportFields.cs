using System;
using System.Collections.Generic;
using System.Linq;
using LeadKit.CustomFields;
using LeadKit.Querying;

namespace LeadKit.Reports;

/// <summary>Finds the fields a report names and checks what each may be used for.</summary>
internal static class ReportFields
{
    /// <summary>
    /// Finds a field by name: in <paramref name="catalog"/> when given (so a custom field must be
    /// defined), otherwise among the built-in fields (aliases included) or as a custom field by name.
    /// </summary>
    public static RecordField Resolve(string name, FieldCatalog? catalog)
    {
        ArgumentNullException.ThrowIfNull(name);
        var trimmed = name.Trim();
        var field = catalog is not null
            ? catalog.Find(trimmed)
            : FieldCatalog.BuiltIn.Find(trimmed) ?? (RecordField.TryParse(trimmed, out var parsed) && parsed.IsCustom ? parsed : null);
        return field ?? throw Unknown(trimmed, catalog ?? FieldCatalog.BuiltIn);
    }

    /// <summary>Whether a field's values are numbers a total can add: a single-valued number field, or a custom field that may hold numbers.</summary>
    public static bool IsNumeric(RecordField field) =>
        field.IsCustom
            ? field.CustomField is null || field.CustomField.Type is CustomFieldType.WholeNumber or CustomFieldType.Decimal or CustomFieldType.Currency
            : field.ValueType == FieldValueType.Number && !field.IsMultiValued && field.Supports(FieldCapabilities.Filter);

    /// <summary>Whether a report can show the field as an item column (filters read its values).</summary>
    public static bool IsReadable(RecordField field) => field.Supports(FieldCapabilities.Filter);

    /// <summary>Every field a filter tests.</summary>
    public static IEnumerable<RecordField> Of(Filter filter) => filter switch
    {
        AndFilter and => and.Operands.SelectMany(Of),
        OrFilter or => or.Operands.SelectMany(Of),
        NotFilter not => Of(not.Operand),
        FieldFilter condition => [condition.Field],
        _ => [],
    };

    /// <summary>The error for a name that is no field of the catalogue; the message lists the fields of the use.</summary>
    public static ReportException Unknown(string name, FieldCatalog catalog) =>
        new("LeadKit.Report.UnknownField", $"'{name}' is not a field. The fields are: {string.Join(", ", catalog.Where(IsReadable).Select(f => f.Name))}.", name);
}
