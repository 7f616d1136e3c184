using System;
using System.Collections.Generic;
using System.Linq;

namespace LeadKit.VCard;

/// <summary>
/// One vCard: its version and its properties in file order, decoded (see <see cref="VCardProperty"/>),
/// plus whatever the reader tolerated rather than took as written (<see cref="Issues"/>). Immutable.
/// </summary>
public sealed class VCard : IEquatable<VCard>
{
    private readonly VCardProperty[] _properties;
    private readonly VCardIssue[] _issues;

    /// <summary>Creates a card.</summary>
    /// <param name="version">The version the card is in (the writer writes the version it is asked for).</param>
    /// <param name="properties">The properties, in order.</param>
    /// <exception cref="ArgumentException">A property is null.</exception>
    public VCard(VCardVersion version, IEnumerable<VCardProperty> properties)
        : this(version, properties, [], 0)
    {
    }

    internal VCard(VCardVersion version, IEnumerable<VCardProperty> properties, IEnumerable<VCardIssue> issues, int lineNumber)
    {
        ArgumentNullException.ThrowIfNull(properties);
        if (!Enum.IsDefined(version))
        {
            throw new ArgumentOutOfRangeException(nameof(version), version, "Unknown vCard version.");
        }

        Version = version;
        _properties = properties.Select(p => p ?? throw new ArgumentException("A property cannot be null.", nameof(properties))).ToArray();
        _issues = [.. issues];
        LineNumber = lineNumber;
    }

    /// <summary>Gets the card's version (from its <c>VERSION</c> property when read).</summary>
    public VCardVersion Version { get; }

    /// <summary>Gets the properties, in file order (without <c>BEGIN</c>, <c>END</c> and <c>VERSION</c>).</summary>
    public IReadOnlyList<VCardProperty> Properties => _properties;

    /// <summary>Gets what the reader tolerated in this card; empty for a card built in code.</summary>
    public IReadOnlyList<VCardIssue> Issues => _issues;

    /// <summary>Gets the 1-based line of the card's <c>BEGIN:VCARD</c>; 0 for a card built in code.</summary>
    public int LineNumber { get; }

    /// <summary>Returns the first property with the given name, or <see langword="null"/>.</summary>
    /// <param name="name">The property name, any case.</param>
    /// <returns>The property, or <see langword="null"/>.</returns>
    public VCardProperty? Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _properties.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Returns every property with the given name, in order.</summary>
    /// <param name="name">The property name, any case.</param>
    /// <returns>The properties.</returns>
    public IEnumerable<VCardProperty> FindAll(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _properties.Where(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Compares the version and the properties (not the line numbers or the issues).</summary>
    /// <param name="other">The other card.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(VCard? other) =>
        other is not null && Version == other.Version && _properties.AsSpan().SequenceEqual(other._properties);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as VCard);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Version, _properties.Length);

    /// <inheritdoc />
    public override string ToString() => $"vCard {VersionText(Version)}, {_properties.Length} properties";

    internal static string VersionText(VCardVersion version) => version switch
    {
        VCardVersion.Version21 => "2.1",
        VCardVersion.Version30 => "3.0",
        _ => "4.0",
    };
}
