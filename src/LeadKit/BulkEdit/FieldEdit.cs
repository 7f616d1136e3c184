using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using LeadKit.Leads;
using LeadKit.Querying;
using LeadKit.Utility;
using LeadKit.Validation;
using NodaTime;

namespace LeadKit.BulkEdit;

/// <summary>
/// One change a bulk edit makes to every selected lead: set a field to a value, clear it, or add
/// or remove a value of a multi-valued field. Checked when it is created, before any record is
/// touched: an unsupported operation (clearing the name, adding to a single-valued field, editing a
/// read-only field such as <c>created</c>) or an invalid value is refused here. A user may be named
/// by display name where the field expects one (<c>assignedTo</c>, a user who initiated a lead):
/// the bulk edit resolves the name against the workspace's users, as filters do. Immutable.
/// </summary>
public sealed class FieldEdit
{
    private FieldEdit(RecordField field, EditOperation operation, object? value, bool namesUser = false)
    {
        Field = field;
        Operation = operation;
        Value = value;
        NamesUser = namesUser;
    }

    /// <summary>Gets the field.</summary>
    public RecordField Field { get; }

    /// <summary>Gets the operation.</summary>
    public EditOperation Operation { get; }

    /// <summary>
    /// Gets the value (of the field's <see cref="RecordField.ClrType"/>), or <see langword="null"/> for
    /// <see cref="EditOperation.Clear"/>; the display name (text) when the edit <see cref="NamesUser">names a user</see>.
    /// </summary>
    public object? Value { get; }

    /// <summary>
    /// Gets a value indicating whether <see cref="Value"/> is a user's display name, which the bulk edit
    /// resolves against the workspace's users when it runs (an unknown or ambiguous name refuses the edit).
    /// </summary>
    public bool NamesUser { get; }

    /// <summary>Sets a field to a value (for a multi-valued field: makes it the only entry).</summary>
    /// <param name="field">The field.</param>
    /// <param name="value">The value, of the field's <see cref="RecordField.ClrType"/>; text for another type is parsed with <see cref="RecordField.ParseValue"/> (invariant culture), or taken as a user's display name where the field expects a user.</param>
    /// <returns>The edit.</returns>
    /// <exception cref="LeadKitValidationException">The field cannot be set, or the value is invalid for it.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is of another type.</exception>
    public static FieldEdit Set(RecordField field, object value) => Create(field, EditOperation.Set, value);

    /// <summary>Empties a field (removes every entry of a multi-valued one).</summary>
    /// <param name="field">The field.</param>
    /// <returns>The edit.</returns>
    /// <exception cref="LeadKitValidationException">The field cannot be empty (the name, the file-as format, the score type, a required custom field) or is read-only.</exception>
    public static FieldEdit Clear(RecordField field) => Create(field, EditOperation.Clear, null);

    /// <summary>Adds a value to a multi-valued field (a no-op for a record that already has it), or appends a paragraph to the comments.</summary>
    /// <param name="field">The field.</param>
    /// <param name="value">The value; text for another type is parsed.</param>
    /// <returns>The edit.</returns>
    /// <exception cref="LeadKitValidationException">The field has no values to add to, or the value is invalid.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is of another type.</exception>
    public static FieldEdit Add(RecordField field, object value) => Create(field, EditOperation.Add, value);

    /// <summary>Removes a value from a multi-valued field (a no-op for a record that does not have it).</summary>
    /// <param name="field">The field.</param>
    /// <param name="value">The value; text for another type is parsed.</param>
    /// <returns>The edit.</returns>
    /// <exception cref="LeadKitValidationException">The field has no values to remove, or the value is invalid.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is of another type.</exception>
    public static FieldEdit Remove(RecordField field, object value) => Create(field, EditOperation.Remove, value);

    /// <summary>Creates an edit from text, as a console or form gives it.</summary>
    /// <param name="field">The field.</param>
    /// <param name="operation">The operation.</param>
    /// <param name="text">The value's text (ignored for <see cref="EditOperation.Clear"/>), in the field's <see cref="RecordField.TextForm"/>; a user's display name where the field expects a user.</param>
    /// <param name="culture">The culture of numbers and dates; invariant when <see langword="null"/>.</param>
    /// <returns>The edit.</returns>
    /// <exception cref="LeadKitValidationException">The operation is not supported by the field, or the text is not a valid value.</exception>
    public static FieldEdit Parse(RecordField field, EditOperation operation, string? text, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(field);
        CheckOperation(field, operation);
        return operation == EditOperation.Clear ? new FieldEdit(field, operation, null) : FromText(field, operation, text ?? string.Empty, culture);
    }

    /// <summary>Returns the edit as text: <c>set title = "CEO"</c>, <c>clear rating</c>, <c>add email = "ann@example.com"</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        Value is null ? $"{Verb(Operation)} {Field.Name}" : $"{Verb(Operation)} {Field.Name} = \"{(NamesUser ? (string)Value : Field.FormatValue(Value))}\"";

    /// <summary>
    /// Resolves a user named by display name against the workspace's users (<see cref="UserNames"/>,
    /// the mechanism <see cref="Filter.BindUsers"/> uses): this edit when it names no user.
    /// </summary>
    /// <exception cref="LeadKitValidationException">The name matches no user (<c>LeadKit.BulkEdit.UnknownUser</c>) or several (<c>LeadKit.BulkEdit.AmbiguousUser</c>).</exception>
    internal FieldEdit BindUsers(IEnumerable<WorkspaceUser> users)
    {
        if (!NamesUser)
        {
            return this;
        }

        var name = (string)Value!;
        var match = UserNames.Resolve(name, users.ToLookup(u => u.DisplayName.Trim(), StringComparer.OrdinalIgnoreCase));
        if (match.Problem is { } problem)
        {
            var code = match.IsAmbiguous ? "LeadKit.BulkEdit.AmbiguousUser" : "LeadKit.BulkEdit.UnknownUser";
            throw Preconditions.Invalid(nameof(FieldEdit), Field.Name, code, problem, name);
        }

        var user = match.User!;
        object value = Field == RecordField.AssignedTo ? user.Id : InitiatedBy.FromUser(user.Id, user.DisplayName);
        return new FieldEdit(Field, Operation, value);
    }

    private static FieldEdit Create(RecordField field, EditOperation operation, object? value)
    {
        ArgumentNullException.ThrowIfNull(field);
        CheckOperation(field, operation);
        if (operation == EditOperation.Clear)
        {
            return new FieldEdit(field, operation, null);
        }

        ArgumentNullException.ThrowIfNull(value);
        if (value is string text && field.ClrType != typeof(string))
        {
            return FromText(field, operation, text, CultureInfo.InvariantCulture);
        }

        field.CheckType(value, nameof(value));
        field.CheckValue(value);
        return new FieldEdit(field, operation, value);
    }

    private static FieldEdit FromText(RecordField field, EditOperation operation, string text, CultureInfo? culture)
    {
        try
        {
            return new FieldEdit(field, operation, field.ParseValue(text, culture));
        }
        catch (LeadKitValidationException) when (field.Text.NamesUsers && text.Trim().Length > 0 && !text.Contains(':', StringComparison.Ordinal))
        {
            // Not in the field's text form (which a colon would suggest: user:GUID): a user's display name, resolved when the edit runs.
            return new FieldEdit(field, operation, text.Trim(), namesUser: true);
        }
    }

    private static void CheckOperation(RecordField field, EditOperation operation)
    {
        if (!Enum.IsDefined(operation))
        {
            throw new ArgumentOutOfRangeException(nameof(operation), operation, "Unknown edit operation.");
        }

        if (field.Supports(Capability(operation)))
        {
            return;
        }

        var message = operation switch
        {
            _ when !field.IsEditable && field.IsCustom => $"'{field.Name}' is known by name only: take it from the workspace's FieldCatalog to edit it.",
            _ when !field.IsEditable => $"'{field.Name}' cannot be edited: it is read-only.",
            EditOperation.Clear when field == RecordField.FullName => "'name' cannot be cleared: every lead needs a name.",
            EditOperation.Clear when field.IsCustom => $"'{field.Name}' cannot be cleared: the custom field is required.",
            EditOperation.Clear => $"'{field.Name}' cannot be cleared: it always has a value.",
            EditOperation.Set => $"'{field.Name}' cannot be set as a whole: add or remove values.",
            _ => $"'{field.Name}' holds a single value: set or clear it.",
        };
        var code = operation == EditOperation.Clear && field.IsEditable ? "LeadKit.BulkEdit.CannotClear" : "LeadKit.BulkEdit.OperationNotSupported";
        throw Preconditions.Invalid(nameof(FieldEdit), field.Name, code, message);
    }

    /// <summary>The capability an operation needs.</summary>
    /// <summary>
    /// Applies the edit to one record in memory, exactly as a bulk edit applies it to each record it changes —
    /// a new lead before its first save, for example (<c>leadkit lead add --field</c>). Saving the record is
    /// the caller's; a stored record is better changed through <see cref="BulkEditor"/>, which checks its
    /// version and records history and undo.
    /// </summary>
    /// <param name="record">The record to change.</param>
    /// <param name="at">When the change happens (for fields that keep a date, such as criterion checks).</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="record"/> is null.</exception>
    /// <exception cref="LeadKitException">The record refuses the value (for example a list that is full).</exception>
    /// <exception cref="System.InvalidOperationException">The edit names a user by display name (<see cref="NamesUser"/>): resolve it to an id first.</exception>
    public void ApplyTo(ContactRecord record, Instant at)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (NamesUser)
        {
            throw new InvalidOperationException($"The edit names the user '{Value}' by display name: resolve it to the user's id first (a bulk edit does that against the workspace's users).");
        }

        Field.Editor!.Apply(record, Capability(Operation), Value, at);
    }

    internal static FieldCapabilities Capability(EditOperation operation) => operation switch
    {
        EditOperation.Set => FieldCapabilities.Set,
        EditOperation.Clear => FieldCapabilities.Clear,
        EditOperation.Add => FieldCapabilities.Add,
        _ => FieldCapabilities.Remove,
    };

    private static string Verb(EditOperation operation) => operation switch
    {
        EditOperation.Set => "set",
        EditOperation.Clear => "clear",
        EditOperation.Add => "add",
        _ => "remove",
    };
}
