using System;
using System.Collections.Generic;
using System.Linq;
using LeadKit.VCard.Syntax;

namespace LeadKit.VCard;

/// <summary>
/// One parameter of a vCard property, e.g. <c>TYPE=work,voice</c> or <c>PREF=1</c>: its name (upper
/// case) and its values. The bare parameters of vCard 2.1 (<c>TEL;WORK;VOICE</c>) are read as
/// <c>TYPE</c> values. Immutable.
/// </summary>
public sealed class VCardParameter : IEquatable<VCardParameter>
{
    private readonly string[] _values;

    /// <summary>Creates a parameter.</summary>
    /// <param name="name">The name: letters, digits, <c>-</c> and <c>_</c>; stored in upper case. <c>ENCODING</c> and <c>CHARSET</c> are refused: the writer chooses them.</param>
    /// <param name="values">The values (at least one); line breaks become <c>\n</c>. A <c>TYPE</c> value cannot hold a comma (commas separate <c>TYPE</c> values).</param>
    /// <exception cref="ArgumentException">The name is not a parameter name, or a value is not allowed.</exception>
    public VCardParameter(string name, params IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(values);
        if (!Names.IsName(name))
        {
            throw new ArgumentException($"'{name}' is not a parameter name: use letters, digits, '-' and '_'.", nameof(name));
        }

        Name = name.ToUpperInvariant();
        if (Name is "ENCODING" or "CHARSET")
        {
            throw new ArgumentException($"The {Name} parameter is chosen by the writer for the version it writes; leave it out.", nameof(name));
        }

        _values = values.Select(v => Text.NormalizeLineBreaks(v ?? throw new ArgumentException("A parameter value cannot be null.", nameof(values)))).ToArray();
        if (_values.Length == 0)
        {
            throw new ArgumentException($"Parameter {Name} needs at least one value.", nameof(values));
        }

        if (Name == "TYPE" && _values.Any(v => v.Contains(',', StringComparison.Ordinal)))
        {
            throw new ArgumentException("A TYPE value cannot hold a comma: commas separate TYPE values.", nameof(values));
        }
    }

    /// <summary>Gets the name, upper case (e.g. <c>TYPE</c>).</summary>
    public string Name { get; }

    /// <summary>Gets the values, as written (case kept).</summary>
    public IReadOnlyList<string> Values => _values;

    /// <summary>Gets the first value (most parameters have one).</summary>
    public string Value => _values[0];

    /// <inheritdoc />
    public bool Equals(VCardParameter? other) =>
        other is not null && Name == other.Name && _values.AsSpan().SequenceEqual(other._values);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as VCardParameter);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(Name);
        foreach (var value in _values)
        {
            hash.Add(value);
        }

        return hash.ToHashCode();
    }

    /// <inheritdoc />
    public override string ToString() => Name + "=" + string.Join(',', _values);
}
