using System;
using System.Collections.Generic;
using LeadKit.History;
using LeadKit.Leads;
using NodaTime;

namespace LeadKit.Querying;

/// <summary>
/// How a bulk edit changes a field of a record: the operations it supports, and reading
/// (<see cref="Capture"/>), comparing, describing and restoring the field's state, which is what
/// undo keeps. Internal: the public description of the field is its <see cref="RecordField"/>.
/// </summary>
internal abstract class FieldEditor : FieldText
{
    private protected FieldEditor(Type clrType, string textForm, FieldCapabilities operations)
        : base(clrType, textForm)
    {
        Operations = operations & FieldCapabilities.Edit;
    }

    /// <summary>Gets the operations (<see cref="FieldCapabilities.Set"/>, <see cref="FieldCapabilities.Clear"/>, <see cref="FieldCapabilities.Add"/>, <see cref="FieldCapabilities.Remove"/>) the field supports.</summary>
    internal FieldCapabilities Operations { get; }

    /// <summary>Gets the key of the state the field edits: fields sharing a state (<c>manualStars</c>, <c>scoreType</c>) are captured and restored once.</summary>
    internal virtual string StateKey => Name.ToUpperInvariant();

    /// <summary>Reads the field's state from a record: what undo restores and what changes compare.</summary>
    internal abstract object? Capture(ContactRecord record);

    /// <summary>Tells whether a state read by <see cref="Capture"/> holds no value (what a merge fills from the merged records): by default a missing one.</summary>
    internal virtual bool IsEmpty(object? state) => state is null;

    /// <summary>Puts a state read by <see cref="Capture"/> back, exactly.</summary>
    internal abstract void Restore(ContactRecord record, object? state);

    /// <summary>Compares two states strictly (text ordinally): equal states make a record unchanged.</summary>
    internal abstract bool Same(object? before, object? after);

    /// <summary>Describes the difference between two states as field changes (none when they are the same).</summary>
    internal virtual IEnumerable<FieldChange> Describe(object? before, object? after) =>
        Same(before, after) ? [] : [new FieldChange(Name, Display(before), Display(after))];

    /// <summary>
    /// Reads the record's values in the field's text-form type (<see cref="FieldText.ClrType"/>): what an
    /// export writes with <see cref="FieldText.FormatText"/> and an import sets back. By default the
    /// captured state when it is one value, or its items when it is a list. The values are added to
    /// <paramref name="values"/> (an export reuses one list for every field of every record).
    /// </summary>
    internal virtual void TextValues(ContactRecord record, List<object> values)
    {
        var state = Capture(record);
        if (state is null)
        {
            return;
        }

        if (ClrType.IsInstanceOfType(state))
        {
            values.Add(state);
            return;
        }

        if (state is System.Collections.IEnumerable items and not string)
        {
            foreach (var item in items)
            {
                if (item is not null && ClrType.IsInstanceOfType(item))
                {
                    values.Add(item);
                }
            }
        }
    }

    /// <summary>Renders a state for a <see cref="FieldChange"/>; <see langword="null"/> when empty.</summary>
    internal abstract string? Display(object? state);

    /// <summary>
    /// Applies one operation (one of <see cref="Operations"/>) to a record; throws
    /// <see cref="Validation.LeadKitValidationException"/> when the record refuses it.
    /// </summary>
    internal abstract void Apply(ContactRecord record, FieldCapabilities operation, object? value, Instant now);

    /// <summary>The error for an operation the field does not support (a programmer error: operations are checked when an edit is made).</summary>
    private protected InvalidOperationException Unsupported(FieldCapabilities operation) => new($"'{Name}' does not support {operation}.");
}
