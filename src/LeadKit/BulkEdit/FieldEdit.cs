using System;
using System.Globalization;
using LeadKit.Utility;
using LeadKit.Validation;

namespace LeadKit.BulkEdit;

/// <summary>
/// One change a bulk edit makes to every selected lead: set a field to a value, clear it, or add
/// or remove a value of a multi-valued field. Checked when it is created, before any record is
/// touched: an unsupported operation (clearing the name, adding to a single-valued field) or an
/// invalid value is refused here. Immutable.
/// </summary>
public sealed class FieldEdit
{
    private FieldEdit(EditableField field, EditOperation operation, object? value)
    {
        Field = field;
        Operation = operation;
        Value = value;
    }

    /// <summary>Gets the field.</summary>
    public EditableField Field { get; }

    /// <summary>Gets the operation.</summary>
    public EditOperation Operation { get; }

    /// <summary>Gets the value (of the field's <see cref="EditableField.ValueType"/>), or <see langword="null"/> for <see cref="EditOperation.Clear"/>.</summary>
    public object? Value { get; }

    /// <summary>Sets a field to a value (for a multi-valued field: makes it the only entry).</summary>
    /// <param name="field">The field.</param>
    /// <param name="value">The value, of the field's <see cref="EditableField.ValueType"/>; text for another type is parsed with <see cref="EditableField.Parse"/> (invariant culture).</param>
    /// <returns>The edit.</returns>
    /// <exception cref="LeadKitValidationException">The field cannot be set, or the value is invalid for it.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is of another type.</exception>
    public static FieldEdit Set(EditableField field, object value) => Create(field, EditOperation.Set, value);

    /// <summary>Empties a field (removes every entry of a multi-valued one).</summary>
    /// <param name="field">The field.</param>
    /// <returns>The edit.</returns>
    /// <exception cref="LeadKitValidationException">The field cannot be empty (the name, the file-as format, the score type, a required custom field).</exception>
    public static FieldEdit Clear(EditableField field) => Create(field, EditOperation.Clear, null);

    /// <summary>Adds a value to a multi-valued field (a no-op for a record that already has it), or appends a paragraph to the comments.</summary>
    /// <param name="field">The field.</param>
    /// <param name="value">The value; text for another type is parsed.</param>
    /// <returns>The edit.</returns>
    /// <exception cref="LeadKitValidationException">The field has no values to add to, or the value is invalid.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is of another type.</exception>
    public static FieldEdit Add(EditableField field, object value) => Create(field, EditOperation.Add, value);

    /// <summary>Removes a value from a multi-valued field (a no-op for a record that does not have it).</summary>
    /// <param name="field">The field.</param>
    /// <param name="value">The value; text for another type is parsed.</param>
    /// <returns>The edit.</returns>
    /// <exception cref="LeadKitValidationException">The field has no values to remove, or the value is invalid.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is of another type.</exception>
    public static FieldEdit Remove(EditableField field, object value) => Create(field, EditOperation.Remove, value);

    /// <summary>Creates an edit from text, as a console or form gives it.</summary>
    /// <param name="field">The field.</param>
    /// <param name="operation">The operation.</param>
    /// <param name="text">The value's text (ignored for <see cref="EditOperation.Clear"/>), in the field's <see cref="EditableField.TextForm"/>.</param>
    /// <param name="culture">The culture of numbers and dates; invariant when <see langword="null"/>.</param>
    /// <returns>The edit.</returns>
    /// <exception cref="LeadKitValidationException">The operation is not supported by the field, or the text is not a valid value.</exception>
    public static FieldEdit Parse(EditableField field, EditOperation operation, string? text, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(field);
        CheckOperation(field, operation);
        if (operation == EditOperation.Clear)
        {
            return new FieldEdit(field, operation, null);
        }

        return new FieldEdit(field, operation, field.Parse(text ?? string.Empty, culture));
    }

    /// <summary>Returns the edit as text: <c>set title = "CEO"</c>, <c>clear rating</c>, <c>add email = "ann@example.com"</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        Value is null ? $"{Verb(Operation)} {Field.Name}" : $"{Verb(Operation)} {Field.Name} = \"{Field.Format(Value)}\"";

    private static FieldEdit Create(EditableField field, EditOperation operation, object? value)
    {
        ArgumentNullException.ThrowIfNull(field);
        CheckOperation(field, operation);
        if (operation == EditOperation.Clear)
        {
            return new FieldEdit(field, operation, null);
        }

        ArgumentNullException.ThrowIfNull(value);
        if (value is string text && field.ValueType != typeof(string))
        {
            return new FieldEdit(field, operation, field.Parse(text, CultureInfo.InvariantCulture));
        }

        field.CheckType(value, nameof(value));
        field.CheckValue(value);
        return new FieldEdit(field, operation, value);
    }

    private static void CheckOperation(EditableField field, EditOperation operation)
    {
        if (!Enum.IsDefined(operation))
        {
            throw new ArgumentOutOfRangeException(nameof(operation), operation, "Unknown edit operation.");
        }

        if (field.Supports(operation))
        {
            return;
        }

        var message = operation switch
        {
            EditOperation.Clear when field == EditableField.FullName => "'name' cannot be cleared: every lead needs a name.",
            EditOperation.Clear when field.IsCustom => $"'{field.Name}' cannot be cleared: the custom field is required.",
            EditOperation.Clear => $"'{field.Name}' cannot be cleared: it always has a value.",
            EditOperation.Set => $"'{field.Name}' cannot be set as a whole: add or remove values.",
            _ => $"'{field.Name}' holds a single value: set or clear it.",
        };
        var code = operation == EditOperation.Clear ? "LeadKit.BulkEdit.CannotClear" : "LeadKit.BulkEdit.OperationNotSupported";
        throw Preconditions.Invalid(nameof(FieldEdit), field.Name, code, message);
    }

    private static string Verb(EditOperation operation) => operation switch
    {
        EditOperation.Set => "set",
        EditOperation.Clear => "clear",
        EditOperation.Add => "add",
        _ => "remove",
    };
}
