using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq;
using LeadKit.Contacts;
using LeadKit.CustomFields;
using LeadKit.Leads;
using LeadKit.Validation;

namespace LeadKit.Querying;

/// <summary>
/// A field of a lead or business contact, described once for every use: the conditions and sort
/// keys of the filter language, scoring rules (which are filters), bulk edits, and the columns of
/// imports, exports and reports. Each field has a name (<c>company</c>, <c>custom.Employees</c>),
/// a description, the type of its values, whether it holds several values, what it can be used for
/// (<see cref="Capabilities"/>), and a text form (<see cref="ParseValue"/>, <see cref="FormatValue"/>)
/// that is the same wherever the field is written: a value written by <see cref="FormatValue"/> is
/// read back by <see cref="ParseValue"/>, set by a bulk edit, and found by <c>field = "text"</c>.
/// The built-in fields are static properties (<see cref="BuiltIn"/> lists them); a workspace's
/// fields, its custom fields included, are a <see cref="FieldCatalog"/>. Field names are
/// case-insensitive. Immutable; custom fields compare by name, case-insensitively.
/// </summary>
public sealed partial class RecordField : IEquatable<RecordField>
{
    private readonly Func<ContactRecord, object?>? _single;
    private readonly Func<ContactRecord, IEnumerable<object>>? _multi;
    private readonly Func<string, string>? _comparable;
    private readonly Reference? _reference;

    private RecordField(
        string name,
        string description,
        FieldValueType valueType,
        FieldCapabilities capabilities,
        FieldText text,
        Func<ContactRecord, object?>? single = null,
        Func<ContactRecord, IEnumerable<object>>? multi = null,
        Func<string, string>? comparable = null,
        string? customFieldName = null,
        CustomFieldDefinition? customField = null,
        bool isMultiValued = false,
        Reference? reference = null)
    {
        Name = name;
        Description = description;
        ValueType = valueType;
        Text = text;
        Editor = text as FieldEditor;
        var operations = Editor?.Operations ?? FieldCapabilities.None;
        Capabilities = capabilities | operations | ((operations & (FieldCapabilities.Set | FieldCapabilities.Add)) != 0 ? FieldCapabilities.Import : FieldCapabilities.None);
        IsMultiValued = isMultiValued || multi is not null;
        CustomFieldName = customFieldName;
        CustomField = customField;
        _single = single;
        _multi = multi;
        _comparable = comparable;
        _reference = reference;
        text.Bind(this);
    }

    /// <summary>Gets the field's name as the filter language writes it: <c>created</c>, <c>custom.Employees</c>, <c>custom."Annual revenue"</c>.</summary>
    public string Name { get; }

    /// <summary>Gets a one-line description of the field, for help texts.</summary>
    public string Description { get; }

    /// <summary>Gets the type conditions compare the field's values as, which decides the literals and operators it accepts.</summary>
    public FieldValueType ValueType { get; }

    /// <summary>
    /// Gets the .NET type of one value in the field's text form: what <see cref="ParseValue"/> returns,
    /// <see cref="FormatValue"/> takes and a bulk edit sets (<see cref="PersonName"/> for <c>name</c>,
    /// <see cref="AccountReference"/> for <c>account</c>, <see cref="CustomFieldValue"/> for a custom field).
    /// </summary>
    public Type ClrType => Text.ClrType;

    /// <summary>Gets how a value is written as text, for help texts (e.g. <c>a whole number from 0 to 10</c>).</summary>
    public string TextForm => Text.TextForm;

    /// <summary>Gets what the field can be used for.</summary>
    public FieldCapabilities Capabilities { get; }

    /// <summary>Gets a value indicating whether the field holds several values (e-mail addresses, phone numbers, postal addresses and their parts, checked criteria): a condition matches when any value matches, and a bulk edit adds and removes values.</summary>
    public bool IsMultiValued { get; }

    /// <summary>Gets a value indicating whether records can be sorted by the field (<see cref="FieldCapabilities.Sort"/>).</summary>
    public bool IsSortable => Supports(FieldCapabilities.Sort);

    /// <summary>Gets a value indicating whether a bulk edit can change the field (any of <see cref="FieldCapabilities.Edit"/>).</summary>
    public bool IsEditable => (Capabilities & FieldCapabilities.Edit) != 0;

    /// <summary>Gets a value indicating whether this is a custom (user-defined) field.</summary>
    public bool IsCustom => CustomFieldName is not null;

    /// <summary>Gets the custom field's name (the key of <see cref="ContactRecord.CustomFields"/>), or <see langword="null"/> for a built-in field.</summary>
    public string? CustomFieldName { get; }

    /// <summary>
    /// Gets the definition of a custom field made from one (<see cref="Custom(CustomFieldDefinition)"/>,
    /// <see cref="FieldCatalog"/>), which is what lets it parse and edit values; <see langword="null"/>
    /// for a built-in field and for a custom field known by name only (<see cref="Custom(string)"/>).
    /// </summary>
    public CustomFieldDefinition? CustomField { get; }

    /// <summary>
    /// Gets where the id of the record the field references is stored in the record's JSON document
    /// (<c>["account", "id"]</c>, <c>["initiatedBy", "id"]</c>), for conditions that compare the id
    /// (<see cref="ComparesReferenceId"/>); empty for other fields.
    /// </summary>
    public IReadOnlyList<string> ReferenceIdPath => _reference?.DocumentPath ?? [];

    /// <summary>Gets the text form (and, for editable fields, the edit behaviour).</summary>
    internal FieldText Text { get; }

    /// <summary>Gets the edit behaviour, or <see langword="null"/> for a field a bulk edit cannot change.</summary>
    internal FieldEditor? Editor { get; }

    /// <summary>
    /// Gets the custom field with a given name, known by name only: it can be filtered, sorted and
    /// grouped (its values are typed by each record's stored value, <see cref="FieldValueType.Dynamic"/>),
    /// but parsing and editing values need its definition (<see cref="Custom(CustomFieldDefinition)"/>).
    /// </summary>
    /// <param name="name">The name as defined (<see cref="CustomFieldDefinition.Name"/>); trimmed; compared case-insensitively.</param>
    /// <returns>The field.</returns>
    /// <exception cref="FilterException">The name is not a valid custom field name.</exception>
    public static RecordField Custom(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var trimmed = name.Trim();
        if (CheckCustomName(trimmed) is { } error)
        {
            throw new FilterException(error, FilterText.CustomPrefix + "." + name);
        }

        return new RecordField(
            Written(trimmed), $"Custom field '{trimmed}'.", FieldValueType.Dynamic, CustomCapabilities, new UndefinedCustomText(),
            single: r => CustomValue(r, trimmed), customFieldName: trimmed);
    }

    /// <summary>
    /// Gets the field of a custom field's definition: besides filtering and sorting, its values are
    /// parsed with <see cref="CustomFieldDefinition.Parse"/> and checked against the definition, and a
    /// bulk edit can set it (and clear it unless the definition requires a value).
    /// </summary>
    /// <param name="definition">The definition; a bulk edit changes leads, so only a definition for <see cref="RecordKind.Lead"/> passes a bulk edit's checks.</param>
    /// <returns>The field, equal to <see cref="Custom(string)"/> of the same name.</returns>
    public static RecordField Custom(CustomFieldDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var name = definition.Name.Trim();
        return new RecordField(
            Written(name),
            $"Custom field '{definition.Name}' ({definition.Type}{(definition.IsRequired ? ", required" : string.Empty)}).",
            FieldValueType.Dynamic,
            CustomCapabilities,
            new CustomFieldEditor(definition),
            single: r => CustomValue(r, name),
            customFieldName: name,
            customField: definition);
    }

    /// <summary>Finds a built-in or custom field by the name the filter language uses (<c>company</c>, <c>custom.Employees</c>, <c>custom."Annual revenue"</c>), case-insensitively.</summary>
    /// <param name="text">The field's name.</param>
    /// <returns>The field (a custom field known by name only; <see cref="FieldCatalog.Get"/> finds it with its definition).</returns>
    /// <exception cref="FilterSyntaxException">The text is not a known field; the message suggests the closest name.</exception>
    public static RecordField Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return FilterParser.ParseFieldOnly(text);
    }

    /// <summary>Tries to find a field by name, as <see cref="Parse"/> does.</summary>
    /// <param name="text">The field's name.</param>
    /// <param name="field">The field, when found.</param>
    /// <returns>Whether <paramref name="text"/> names a field.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out RecordField? field)
    {
        field = null;
        if (text is null)
        {
            return false;
        }

        if (ByName.TryGetValue(text.Trim(), out field))
        {
            return true;
        }

        try
        {
            field = FilterParser.ParseFieldOnly(text);
            return true;
        }
        catch (FilterException)
        {
            return false;
        }
    }

    /// <summary>Compares two fields: the same built-in field, or custom fields of the same name (case-insensitively).</summary>
    /// <param name="left">The first field.</param>
    /// <param name="right">The second field.</param>
    /// <returns>Whether they are the same field.</returns>
    public static bool operator ==(RecordField? left, RecordField? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two fields.</summary>
    /// <param name="left">The first field.</param>
    /// <param name="right">The second field.</param>
    /// <returns>Whether they are different fields.</returns>
    public static bool operator !=(RecordField? left, RecordField? right) => !(left == right);

    /// <summary>Tells whether the field has every one of some capabilities.</summary>
    /// <param name="capabilities">The capabilities (one or several flags).</param>
    /// <returns>Whether it has them all.</returns>
    public bool Supports(FieldCapabilities capabilities) => capabilities != FieldCapabilities.None && (Capabilities & capabilities) == capabilities;

    /// <summary>Parses one value from the field's text form and checks it (length, range, the custom field's definition).</summary>
    /// <param name="text">The text, in the form <see cref="TextForm"/> describes; it is trimmed.</param>
    /// <param name="culture">The culture of numbers and dates (custom fields, star counts); invariant when <see langword="null"/>.</param>
    /// <returns>The value, of type <see cref="ClrType"/>.</returns>
    /// <exception cref="LeadKitValidationException">The text is blank or not a valid value of the field (a custom field known by name only cannot parse values).</exception>
    public object ParseValue(string text, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            throw Text.Invalid("LeadKit.Field.ValueRequired", $"'{Name}' needs a value; to empty the field, clear it.");
        }

        var value = Text.ParseText(trimmed, culture ?? CultureInfo.InvariantCulture);
        Text.Check(value);
        return value;
    }

    /// <summary>Writes one value as the invariant text <see cref="ParseValue"/> reads back and <c>field = "text"</c> finds.</summary>
    /// <param name="value">The value, of type <see cref="ClrType"/>.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not of type <see cref="ClrType"/>.</exception>
    public string FormatValue(object value) => Text.FormatText(CheckType(value, nameof(value)));

    /// <inheritdoc />
    public bool Equals(RecordField? other) =>
        ReferenceEquals(this, other)
        || (other is not null && IsCustom && other.IsCustom && string.Equals(CustomFieldName, other.CustomFieldName, StringComparison.OrdinalIgnoreCase));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RecordField);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(CustomFieldName ?? Name);

    /// <summary>Returns the field's name as the filter language writes it (<see cref="Name"/>).</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;

    /// <summary>
    /// Tells whether a condition with this literal compares the id of the record the field references
    /// rather than its name: for <see cref="Account"/> a literal that starts with a GUID
    /// (<c>"0193… Contoso"</c>), for <see cref="InitiatedBy"/> one written <c>user:GUID</c> or
    /// <c>contact:GUID</c> (optionally followed by a name). <see cref="ToComparableText"/> then gives the
    /// id as a lower-case GUID; storage adapters compare it with the id at <see cref="ReferenceIdPath"/>.
    /// </summary>
    /// <param name="literal">The literal.</param>
    /// <returns>Whether the condition compares the reference's id.</returns>
    public bool ComparesReferenceId(FilterValue literal)
    {
        ArgumentNullException.ThrowIfNull(literal);
        return _reference is not null && literal.Kind == FilterValueKind.Text && _reference.IdOf(literal.AsText) is not null;
    }

    /// <summary>Finds a built-in field by name (case-insensitively).</summary>
    internal static RecordField? FindBuiltIn(string name) => ByName.GetValueOrDefault(name);

    /// <summary>Checks that a value is of the field's type (and not null).</summary>
    internal object CheckType(object? value, string paramName)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        return ClrType.IsInstanceOfType(value)
            ? value
            : throw new ArgumentException($"'{Name}' takes {ClrType.Name} values, not {value.GetType().Name}.", paramName);
    }

    /// <summary>Checks a typed value further (length, range, definition); throws <see cref="LeadKitValidationException"/>.</summary>
    internal void CheckValue(object value) => Text.Check(value);

    /// <summary>Checks a (trimmed) custom field name against the rules of <see cref="CustomFieldDefinition"/>; returns the problem or <see langword="null"/>.</summary>
    internal static string? CheckCustomName(string name)
    {
        if (name.Length == 0)
        {
            return "A custom field name cannot be empty";
        }

        if (name.Length > CustomFieldDefinition.MaxNameLength)
        {
            return $"A custom field name has at most {CustomFieldDefinition.MaxNameLength} characters";
        }

        return name.All(c => char.IsLetterOrDigit(c) || c is ' ' or '_' or '-' or '.' or '/' or '(' or ')')
            ? null
            : $"'{name}' is not a custom field name: use letters, digits, spaces and _ - . / ( ) only";
    }

    private const FieldCapabilities CustomCapabilities = FieldCapabilities.Filter | FieldCapabilities.Sort | FieldCapabilities.Group | FieldCapabilities.Export;

    private static string Written(string customName) =>
        FilterText.CustomPrefix + "." + (FilterText.IsPlainWord(customName) ? customName : FilterText.Quote(customName));

    /// <summary>A field that references another record: how its id is read and where a literal names one.</summary>
    /// <param name="DocumentPath">Where the id is in the record's JSON document.</param>
    /// <param name="Read">Reads the referenced id (lower-case GUID text), or <see langword="null"/>.</param>
    /// <param name="IdOf">The id a literal names (lower-case GUID text), or <see langword="null"/> when it names by name.</param>
    private sealed record Reference(IReadOnlyList<string> DocumentPath, Func<ContactRecord, object?> Read, Func<string, string?> IdOf);

    /// <summary>The text form of a custom field known by name only: it formats stored values but cannot parse (the definition decides the type).</summary>
    private sealed class UndefinedCustomText() : FieldText(typeof(CustomFieldValue), "a value of the custom field's type (see its definition)")
    {
        internal override object ParseText(string text, CultureInfo culture) =>
            throw Invalid("LeadKit.Field.NotDefined", $"'{Name}' is known by name only: take it from the workspace's FieldCatalog to parse its values.", text);

        internal override string FormatText(object value) => ((CustomFieldValue)value).ToInvariantString();
    }
}
