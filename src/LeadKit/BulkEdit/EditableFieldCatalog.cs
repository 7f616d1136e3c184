using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using LeadKit.CustomFields;
using LeadKit.Leads;
using LeadKit.Querying;
using LeadKit.Utility;
using LeadKit.Validation;

namespace LeadKit.BulkEdit;

/// <summary>
/// The fields a bulk edit can change in one workspace: the built-in fields of a lead
/// (<see cref="EditableField.BuiltIn"/>) plus the workspace's user-defined fields of leads.
/// Names are looked up case-insensitively, as the filter language writes them (<c>title</c>,
/// <c>custom.Budget</c>, <c>custom."Annual revenue"</c>); a user-defined field can also be named
/// bare when no built-in field has that name. Immutable.
/// </summary>
public sealed class EditableFieldCatalog : IReadOnlyList<EditableField>
{
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["fullName"] = "name",
        ["jobTitle"] = "title",
        ["companyName"] = "company",
        ["emails"] = "email",
        ["phones"] = "phone",
        ["addresses"] = "address",
        ["manualScore"] = "manualStars",
        ["criteria"] = "checked",
        ["web"] = "webPage",
    };

    private readonly EditableField[] _fields;

    private EditableFieldCatalog(IEnumerable<EditableField> fields)
    {
        _fields = [.. fields];
    }

    /// <summary>Gets the catalogue of the built-in fields only.</summary>
    public static EditableFieldCatalog BuiltIn { get; } = new(EditableField.BuiltIn);

    /// <inheritdoc />
    public int Count => _fields.Length;

    /// <inheritdoc />
    public EditableField this[int index] => _fields[index];

    /// <summary>Creates the catalogue of a workspace: the built-in fields and the schema's fields of leads.</summary>
    /// <param name="schema">The workspace's user-defined fields.</param>
    /// <returns>The catalogue.</returns>
    public static EditableFieldCatalog For(CustomFieldSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return new(EditableField.BuiltIn.Concat(schema.For(RecordKind.Lead).OrderBy(d => d.Name, StringComparer.OrdinalIgnoreCase).Select(EditableField.Custom)));
    }

    /// <summary>Finds a field by name.</summary>
    /// <param name="name">The name: <c>title</c>, <c>custom.Budget</c>, <c>custom."Annual revenue"</c>, or a user-defined field's bare name.</param>
    /// <returns>The field, or <see langword="null"/>.</returns>
    public EditableField? Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var trimmed = name.Trim();
        if (Aliases.TryGetValue(trimmed, out var canonical))
        {
            trimmed = canonical;
        }

        var builtIn = _fields.FirstOrDefault(f => !f.IsCustom && string.Equals(f.Name, trimmed, StringComparison.OrdinalIgnoreCase));
        if (builtIn is not null)
        {
            return builtIn;
        }

        var customName = RecordField.TryParse(trimmed, out var field) && field.IsCustom ? field.CustomFieldName : trimmed;
        return _fields.FirstOrDefault(f => f.IsCustom && string.Equals(f.CustomField!.Name, customName, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Finds a field that must exist.</summary>
    /// <param name="name">The name, as for <see cref="Find"/>.</param>
    /// <returns>The field.</returns>
    /// <exception cref="LeadKitValidationException">No field has that name; the message lists the editable fields.</exception>
    public EditableField Get(string name) =>
        Find(name) ?? throw Preconditions.Invalid(nameof(FieldEdit), name, "LeadKit.BulkEdit.UnknownField", $"'{name}' is not an editable field. The editable fields are: {string.Join(", ", _fields.Select(f => f.Name))}.", name);

    /// <inheritdoc />
    public IEnumerator<EditableField> GetEnumerator() => ((IEnumerable<EditableField>)_fields).GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
