using System;
using System.Collections.Generic;
using System.Globalization;
using LeadKit.CustomFields;
using LeadKit.History;
using LeadKit.Leads;
using LeadKit.Utility;
using LeadKit.Validation;
using NodaTime;

namespace LeadKit.BulkEdit;

/// <summary>
/// A field of a lead that a bulk edit can change: its name (as the filter language writes it,
/// <c>title</c>, <c>custom.Budget</c>), the type of its values, the operations it supports
/// (whether it can be cleared, whether values can be added and removed), and how a value is
/// parsed from text and written back. The built-in fields are static properties
/// (<see cref="BuiltIn"/> lists them); <see cref="Custom"/> makes one for a user-defined field, and
/// <see cref="EditableFieldCatalog"/> puts them together for a workspace.
/// </summary>
/// <remarks>
/// The text form <see cref="Parse"/> reads is the one <see cref="Format"/> writes and the one
/// <see cref="FieldChange"/> values use: invariant (dates ISO, numbers with a dot), identifiers as GUIDs.
/// </remarks>
public abstract partial class EditableField
{
    private protected EditableField(string name, string description, Type valueType, EditOperations operations, bool isMultiValued, string textForm)
    {
        Name = name;
        Description = description;
        ValueType = valueType;
        Operations = operations;
        IsMultiValued = isMultiValued;
        TextForm = textForm;
    }

    /// <summary>Gets the field's name as the filter language writes it: <c>title</c>, <c>manualStars</c>, <c>custom.Budget</c>, <c>custom."Annual revenue"</c>.</summary>
    public string Name { get; }

    /// <summary>Gets a one-line description, for help texts.</summary>
    public string Description { get; }

    /// <summary>Gets the type of one value: what <see cref="Parse"/> returns and what <see cref="FieldEdit.Set"/> expects.</summary>
    public Type ValueType { get; }

    /// <summary>Gets the operations the field supports.</summary>
    public EditOperations Operations { get; }

    /// <summary>Gets a value indicating whether the field can be emptied (the name, the file-as format and the score type cannot).</summary>
    public bool CanClear => (Operations & EditOperations.Clear) != 0;

    /// <summary>Gets a value indicating whether the field holds several values (e-mail addresses, phone numbers, postal addresses, checked criteria): values are added and removed.</summary>
    public bool IsMultiValued { get; }

    /// <summary>Gets how a value is written as text, for help texts (e.g. <c>a whole number from 0 to 10</c>).</summary>
    public string TextForm { get; }

    /// <summary>Gets the definition of a user-defined field, or <see langword="null"/> for a built-in field.</summary>
    public virtual CustomFieldDefinition? CustomField => null;

    /// <summary>Gets a value indicating whether this is a user-defined field.</summary>
    public bool IsCustom => CustomField is not null;

    /// <summary>Tells whether the field supports an operation.</summary>
    /// <param name="operation">The operation.</param>
    /// <returns>Whether it does.</returns>
    public bool Supports(EditOperation operation) => (Operations & ToFlag(operation)) != 0;

    /// <summary>Parses one value from text and checks it (length, range, the custom field's definition).</summary>
    /// <param name="text">The text, in the form <see cref="TextForm"/> describes; it is trimmed.</param>
    /// <param name="culture">The culture of numbers and dates (custom fields, star counts); invariant when <see langword="null"/>.</param>
    /// <returns>The value, of type <see cref="ValueType"/>.</returns>
    /// <exception cref="LeadKitValidationException">The text is blank or not a valid value of the field.</exception>
    public object Parse(string text, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            throw Invalid("LeadKit.BulkEdit.ValueRequired", $"'{Name}' needs a value; to empty the field, clear it.");
        }

        var value = ParseValue(trimmed, culture ?? CultureInfo.InvariantCulture);
        CheckValue(value);
        return value;
    }

    /// <summary>Writes one value as the invariant text <see cref="Parse"/> reads back.</summary>
    /// <param name="value">The value, of type <see cref="ValueType"/>.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not of type <see cref="ValueType"/>.</exception>
    public string Format(object value) => FormatValue(CheckType(value, nameof(value)));

    /// <summary>Returns the field's name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;

    /// <summary>Checks that a value is of the field's type (and not null).</summary>
    internal object CheckType(object? value, string paramName)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        return ValueType.IsInstanceOfType(value)
            ? value
            : throw new ArgumentException($"'{Name}' takes {ValueType.Name} values, not {value.GetType().Name}.", paramName);
    }

    /// <summary>Checks a typed value further (length, range, definition); throws <see cref="LeadKitValidationException"/>.</summary>
    internal virtual void CheckValue(object value)
    {
    }

    /// <summary>Gets the key of the state the field edits: fields sharing a state (<c>manualStars</c>, <c>scoreType</c>) are captured and restored once.</summary>
    internal virtual string StateKey => Name.ToUpperInvariant();

    /// <summary>Reads the field's state from a record: what undo restores and what changes compare.</summary>
    internal abstract object? Capture(ContactRecord record);

    /// <summary>Puts a state read by <see cref="Capture"/> back, exactly.</summary>
    internal abstract void Restore(ContactRecord record, object? state);

    /// <summary>Compares two states strictly (text ordinally): equal states make a record unchanged.</summary>
    internal abstract bool Same(object? before, object? after);

    /// <summary>Describes the difference between two states as field changes (none when they are the same).</summary>
    internal virtual IEnumerable<FieldChange> Describe(object? before, object? after) =>
        Same(before, after) ? [] : [new FieldChange(Name, Display(before), Display(after))];

    /// <summary>Renders a state for a <see cref="FieldChange"/>; <see langword="null"/> when empty.</summary>
    internal abstract string? Display(object? state);

    /// <summary>Applies one operation to a record; throws <see cref="LeadKitValidationException"/> when the record refuses it.</summary>
    internal abstract void Apply(ContactRecord record, EditOperation operation, object? value, Instant now);

    /// <summary>Parses trimmed, non-blank text.</summary>
    private protected abstract object ParseValue(string text, CultureInfo culture);

    /// <summary>Formats a value of the field's type.</summary>
    private protected abstract string FormatValue(object value);

    /// <summary>A refusal naming this field.</summary>
    private protected LeadKitValidationException Invalid(string code, string message, string? attempted = null) =>
        Preconditions.Invalid("FieldEdit", Name, code, message, attempted);

    private static EditOperations ToFlag(EditOperation operation) => operation switch
    {
        EditOperation.Set => EditOperations.Set,
        EditOperation.Clear => EditOperations.Clear,
        EditOperation.Add => EditOperations.Add,
        EditOperation.Remove => EditOperations.Remove,
        _ => EditOperations.None,
    };

    /// <summary>Creates the editable field of a user-defined field of leads.</summary>
    /// <param name="definition">The field's definition (for <see cref="RecordKind.Lead"/>).</param>
    /// <returns>The field: values are <see cref="CustomFieldValue"/>s parsed with <see cref="CustomFieldDefinition.Parse"/>; it can be cleared unless the definition requires a value.</returns>
    /// <exception cref="ArgumentException">The definition is for business contacts.</exception>
    public static EditableField Custom(CustomFieldDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return definition.RecordKind == RecordKind.Lead
            ? new CustomEditableField(definition)
            : throw new ArgumentException($"Custom field '{definition.Name}' is defined for {definition.RecordKind}; bulk edit changes leads.", nameof(definition));
    }
}
