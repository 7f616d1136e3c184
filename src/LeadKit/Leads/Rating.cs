using System;

namespace LeadKit.Leads;

/// <summary>
/// A lead's rating, a name from the rating picklist (see <see cref="Picklist.DefaultRatings"/>)
/// or another value the database defines. Compares case-insensitively.
/// </summary>
public sealed class Rating : IEquatable<Rating>
{
    /// <summary>The longest rating name accepted.</summary>
    public const int MaxLength = 100;

    /// <summary>Creates a rating.</summary>
    /// <param name="name">The rating's name; trimmed, non-empty, at most <see cref="MaxLength"/> characters.</param>
    /// <exception cref="Validation.LeadKitValidationException">The name is empty or too long.</exception>
    public Rating(string name) => Name = Picklist.CheckEntry(name, nameof(Rating), MaxLength);

    /// <summary>Gets the rating's name.</summary>
    public string Name { get; }

    /// <inheritdoc />
    public bool Equals(Rating? other) => other is not null && string.Equals(Name, other.Name, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Rating);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Name);

    /// <inheritdoc />
    public override string ToString() => Name;
}
