using LeadKit.Utility;

namespace LeadKit.History;

/// <summary>
/// One field's change: its name (as the filter language writes it, e.g. <c>assignedTo</c> or
/// <c>custom.Budget</c>) and its old and new values rendered as text. What an
/// <see cref="ActivityEntry"/> records and what operations report (old → new).
/// </summary>
public sealed record FieldChange
{
    /// <summary>Creates a change.</summary>
    /// <param name="field">The field's name (required).</param>
    /// <param name="oldValue">The value before, as text; <see langword="null"/> when it was empty.</param>
    /// <param name="newValue">The value after, as text; <see langword="null"/> when it is empty.</param>
    /// <exception cref="Validation.LeadKitValidationException"><paramref name="field"/> is blank.</exception>
    public FieldChange(string field, string? oldValue, string? newValue)
    {
        Field = Preconditions.NullIfBlank(field) ?? throw Preconditions.Invalid(nameof(FieldChange), nameof(Field), "LeadKit.FieldChange.FieldRequired", "A field change names its field.");
        OldValue = oldValue;
        NewValue = newValue;
    }

    /// <summary>Gets the field's name.</summary>
    public string Field { get; }

    /// <summary>Gets the value before the change, as text, or <see langword="null"/> when it was empty.</summary>
    public string? OldValue { get; }

    /// <summary>Gets the value after the change, as text, or <see langword="null"/> when it is empty.</summary>
    public string? NewValue { get; }

    /// <summary>Returns <c>field: old → new</c>, with <c>(empty)</c> for a missing value.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Field}: {OldValue ?? "(empty)"} → {NewValue ?? "(empty)"}";
}
