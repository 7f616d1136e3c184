using System;

namespace LeadKit.Leads;

/// <summary>
/// How a lead was found: a name from the source list (see <see cref="Picklist.DefaultLeadSources"/>)
/// or a new source typed in. Compares case-insensitively.
/// </summary>
public sealed class LeadSource : IEquatable<LeadSource>
{
    /// <summary>The longest source name accepted.</summary>
    public const int MaxLength = 100;

    /// <summary>Creates a source.</summary>
    /// <param name="name">The source's name; trimmed, non-empty, at most <see cref="MaxLength"/> characters.</param>
    /// <exception cref="Validation.LeadKitValidationException">The name is empty or too long.</exception>
    public LeadSource(string name) => Name = Picklist.CheckEntry(name, nameof(LeadSource), MaxLength);

    /// <summary>Gets the source's name.</summary>
    public string Name { get; }

    /// <inheritdoc />
    public bool Equals(LeadSource? other) => other is not null && string.Equals(Name, other.Name, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as LeadSource);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Name);

    /// <inheritdoc />
    public override string ToString() => Name;
}
