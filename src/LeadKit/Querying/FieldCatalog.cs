using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using LeadKit.CustomFields;
using LeadKit.Leads;
using LeadKit.Utility;
using LeadKit.Validation;

namespace LeadKit.Querying;

/// <summary>
/// The fields of one workspace's records: the built-in fields (<see cref="RecordField.BuiltIn"/>)
/// plus the workspace's custom fields of one record kind, each made from its definition (so it can
/// parse and edit values). One catalogue serves filters, sorts, bulk edits and import, export and
/// report columns; <see cref="Supporting"/> picks the fields of one use. Names are looked up
/// case-insensitively, as the filter language writes them (<c>title</c>, <c>custom.Budget</c>,
/// <c>custom."Annual revenue"</c>), through a few aliases (<c>jobTitle</c>, <c>emails</c>, …); a custom
/// field can also be named bare when no built-in field has that name. Immutable.
/// </summary>
public sealed class FieldCatalog : IReadOnlyList<RecordField>
{
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["fullName"] = "name",
        ["firstName"] = "first",
        ["middleName"] = "middle",
        ["lastName"] = "last",
        ["jobTitle"] = "title",
        ["companyName"] = "company",
        ["emails"] = "email",
        ["phones"] = "phone",
        ["addresses"] = "address",
        ["manualScore"] = "manualStars",
        ["criteria"] = "checked",
        ["web"] = "webPage",
        ["createdAt"] = "created",
        ["modifiedAt"] = "modified",
    };

    private readonly RecordField[] _fields;

    private FieldCatalog(IEnumerable<RecordField> fields)
    {
        _fields = [.. fields];
    }

    /// <summary>Gets the catalogue of the built-in fields only.</summary>
    public static FieldCatalog BuiltIn { get; } = new(RecordField.BuiltIn);

    /// <inheritdoc />
    public int Count => _fields.Length;

    /// <inheritdoc />
    public RecordField this[int index] => _fields[index];

    /// <summary>Creates the catalogue of a workspace: the built-in fields and the schema's custom fields of one record kind, in name order.</summary>
    /// <param name="schema">The workspace's custom fields.</param>
    /// <param name="kind">The kind of record: leads (the default; what a bulk edit changes) or business contacts.</param>
    /// <returns>The catalogue.</returns>
    public static FieldCatalog For(CustomFieldSchema schema, RecordKind kind = RecordKind.Lead)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return new(RecordField.BuiltIn.Concat(schema.For(kind).OrderBy(d => d.Name, StringComparer.OrdinalIgnoreCase).Select(RecordField.Custom)));
    }

    /// <summary>Lists the fields that have every one of some capabilities, in catalogue order.</summary>
    /// <param name="capabilities">The capabilities, e.g. <see cref="FieldCapabilities.Sort"/> or <see cref="FieldCapabilities.Filter"/> | <see cref="FieldCapabilities.Set"/>.</param>
    /// <returns>The fields.</returns>
    public IReadOnlyList<RecordField> Supporting(FieldCapabilities capabilities) => [.. _fields.Where(f => f.Supports(capabilities))];

    /// <summary>Finds a field by name.</summary>
    /// <param name="name">The name: <c>title</c>, <c>custom.Budget</c>, <c>custom."Annual revenue"</c>, an alias such as <c>jobTitle</c>, or a custom field's bare name.</param>
    /// <returns>The field, or <see langword="null"/>.</returns>
    public RecordField? Find(string name)
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
        return _fields.FirstOrDefault(f => f.IsCustom && string.Equals(f.CustomFieldName, customName, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Finds a field that must exist.</summary>
    /// <param name="name">The name, as for <see cref="Find"/>.</param>
    /// <returns>The field.</returns>
    /// <exception cref="LeadKitValidationException">No field has that name (<c>LeadKit.Field.Unknown</c>); the message lists the fields.</exception>
    public RecordField Get(string name) =>
        Find(name) ?? throw Preconditions.Invalid(nameof(RecordField), name, "LeadKit.Field.Unknown", $"'{name}' is not a field. The fields are: {string.Join(", ", _fields.Select(f => f.Name))}.", name);

    /// <summary>Describes how two states of a record differ in the catalogue's editable fields (old → new), each shared state once.</summary>
    internal IEnumerable<History.FieldChange> Differences(ContactRecord before, ContactRecord after)
    {
        foreach (var editor in _fields.Select(f => f.Editor).OfType<FieldEditor>().DistinctBy(e => e.StateKey))
        {
            foreach (var change in editor.Describe(editor.Capture(before), editor.Capture(after)))
            {
                yield return change;
            }
        }
    }

    /// <inheritdoc />
    public IEnumerator<RecordField> GetEnumerator() => ((IEnumerable<RecordField>)_fields).GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
