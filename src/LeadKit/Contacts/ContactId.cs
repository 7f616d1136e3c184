using System;
using System.Diagnostics.CodeAnalysis;
using LeadKit.Utility;

namespace LeadKit.Contacts;

/// <summary>Identifies a business contact.</summary>
public readonly record struct ContactId : IComparable<ContactId>
{
    /// <summary>Wraps an existing, non-empty GUID.</summary>
    /// <param name="value">The GUID; <see cref="Guid.Empty"/> is refused.</param>
    /// <exception cref="Validation.LeadKitValidationException"><paramref name="value"/> is empty.</exception>
    public ContactId(Guid value) => Value = Identifier.NotEmpty(value, nameof(ContactId));

    /// <summary>Gets the underlying GUID.</summary>
    public Guid Value { get; }

    /// <summary>Creates a new, time-ordered identifier (a version 7 GUID, so new records sort last).</summary>
    /// <returns>A fresh identifier.</returns>
    public static ContactId New() => new(Identifier.NewVersion7());

    /// <summary>Parses the text form produced by <see cref="ToString"/>.</summary>
    /// <param name="text">A GUID in any format <see cref="Guid.Parse(string)"/> accepts.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="Validation.LeadKitValidationException"><paramref name="text"/> is not a non-empty GUID.</exception>
    public static ContactId Parse(string text) => new(Identifier.Parse(text, nameof(ContactId)));

    /// <summary>Tries to parse the text form produced by <see cref="ToString"/>.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="id">The identifier, when parsing succeeds.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a non-empty GUID.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out ContactId id)
    {
        var ok = Identifier.TryParse(text, out var value);
        id = ok ? new ContactId(value) : default;
        return ok;
    }

    /// <summary>Compares two identifiers.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>Whether <paramref name="left"/> sorts before <paramref name="right"/>.</returns>
    public static bool operator <(ContactId left, ContactId right) => left.CompareTo(right) < 0;

    /// <summary>Compares two identifiers.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>Whether <paramref name="left"/> sorts before or with <paramref name="right"/>.</returns>
    public static bool operator <=(ContactId left, ContactId right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two identifiers.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>Whether <paramref name="left"/> sorts after <paramref name="right"/>.</returns>
    public static bool operator >(ContactId left, ContactId right) => left.CompareTo(right) > 0;

    /// <summary>Compares two identifiers.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>Whether <paramref name="left"/> sorts after or with <paramref name="right"/>.</returns>
    public static bool operator >=(ContactId left, ContactId right) => left.CompareTo(right) >= 0;

    /// <inheritdoc />
    public int CompareTo(ContactId other) => Value.CompareTo(other.Value);

    /// <summary>Returns the GUID in its 36-character "D" form.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => Value.ToString("D");
}
