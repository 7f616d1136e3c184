using System;
using System.Globalization;
using LeadKit.Utility;
using LeadKit.Validation;

namespace LeadKit.Querying;

/// <summary>
/// The text form of a field's values: the type of one value, how it is parsed from text and
/// written back, and the further checks a value must pass. Bound to one <see cref="RecordField"/>
/// (whose name its refusals carry). Fields a bulk edit can change use a <see cref="FieldEditor"/>,
/// which adds the edit behaviour.
/// </summary>
internal abstract class FieldText
{
    private RecordField? _field;

    private protected FieldText(Type clrType, string textForm)
    {
        ClrType = clrType;
        TextForm = textForm;
    }

    /// <summary>Gets the type of one value.</summary>
    internal Type ClrType { get; }

    /// <summary>Gets how a value is written, for help texts.</summary>
    internal string TextForm { get; }

    /// <summary>Gets the field this text form belongs to.</summary>
    internal RecordField Field => _field ?? throw new InvalidOperationException("The field text is not bound to a field.");

    /// <summary>Gets the field's name.</summary>
    internal string Name => Field.Name;

    /// <summary>Gets a value indicating whether a value can name a workspace user by display name, resolved when a bulk edit runs (<c>assignedTo</c>, <c>initiatedBy</c>).</summary>
    internal virtual bool NamesUsers => false;

    /// <summary>Binds the text form to its field (once, from the field's constructor).</summary>
    internal void Bind(RecordField field) =>
        _field = _field is null ? field : throw new InvalidOperationException($"The text form of '{_field.Name}' is bound already.");

    /// <summary>Parses trimmed, non-blank text.</summary>
    internal abstract object ParseText(string text, CultureInfo culture);

    /// <summary>Formats a value of <see cref="ClrType"/>.</summary>
    internal abstract string FormatText(object value);

    /// <summary>Checks a typed value further (length, range, definition); throws <see cref="LeadKitValidationException"/>.</summary>
    internal virtual void Check(object value)
    {
    }

    /// <summary>A refusal naming this field.</summary>
    internal LeadKitValidationException Invalid(string code, string message, string? attempted = null) =>
        Preconditions.Invalid(nameof(RecordField), Name, code, message, attempted);
}
