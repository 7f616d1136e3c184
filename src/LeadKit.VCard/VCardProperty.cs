using System;
using System.Collections.Generic;
using System.Linq;
using LeadKit.VCard.Syntax;

namespace LeadKit.VCard;

/// <summary>
/// One property of a card (a content line such as <c>item1.EMAIL;TYPE=work:ann@example.com</c>),
/// decoded: the transfer encoding (quoted-printable, base64) and charset are gone, escapes are
/// resolved, structured values are split into components. Immutable.
/// </summary>
/// <remarks>
/// <para>
/// How a value is split depends only on the property name: <c>N</c> and <c>ADR</c> have components
/// separated by <c>;</c>, each a list separated by <c>,</c>; <c>ORG</c> has components but no lists;
/// <c>CATEGORIES</c> and <c>NICKNAME</c> are one list; every other property is one text value.
/// </para>
/// <para>Line breaks inside values are always <c>\n</c>, whatever the file used.</para>
/// </remarks>
public sealed class VCardProperty : IEquatable<VCardProperty>
{
    private readonly VCardParameter[] _parameters;
    private readonly string[][] _components;
    private readonly byte[]? _data;

    private VCardProperty(string? group, string name, IEnumerable<VCardParameter>? parameters, string[][] components, byte[]? data, string? mediaType, int lineNumber)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!Names.IsName(name))
        {
            throw new ArgumentException($"'{name}' is not a property name: use letters, digits, '-' and '_'.", nameof(name));
        }

        if (group is not null && !Names.IsName(group))
        {
            throw new ArgumentException($"'{group}' is not a group name: use letters, digits, '-' and '_'.", nameof(group));
        }

        Name = name.ToUpperInvariant();
        if (Name is "BEGIN" or "END" or "VERSION")
        {
            throw new ArgumentException($"{Name} is written by the writer, not held as a property.", nameof(name));
        }

        Group = group;
        _parameters = MergeTypes(parameters ?? []);
        _components = components;
        _data = data;
        MediaType = string.IsNullOrWhiteSpace(mediaType) ? null : mediaType.Trim();
        LineNumber = lineNumber;
    }

    /// <summary>Gets the group, e.g. <c>item1</c> in <c>item1.EMAIL</c> (case kept), or <see langword="null"/>.</summary>
    public string? Group { get; }

    /// <summary>Gets the name, upper case, e.g. <c>EMAIL</c> or <c>X-ABLABEL</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the parameters, in order; every <c>TYPE</c> value is in one <c>TYPE</c> parameter.</summary>
    public IReadOnlyList<VCardParameter> Parameters => _parameters;

    /// <summary>Gets the text value's components, each a list of values (see the remarks); empty for a binary value.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Components => _components;

    /// <summary>
    /// Gets the value as one text: the text of a plain property; the components of a structured one
    /// joined with <c>;</c> and their values with <c>,</c> (unescaped, for display); empty for a binary value.
    /// </summary>
    public string Value => string.Join(';', _components.Select(c => string.Join(',', c)));

    /// <summary>Gets a value indicating whether the value is inline binary data (<see cref="Data"/>).</summary>
    public bool IsBinary => _data is not null;

    /// <summary>Gets the inline binary value (base64 or a <c>data:</c> URI in the file), or <see langword="null"/> for a text value.</summary>
    public ReadOnlyMemory<byte>? Data => _data is null ? (ReadOnlyMemory<byte>?)null : _data;

    /// <summary>Gets the media type of a binary value (e.g. <c>image/jpeg</c>, from <c>TYPE=JPEG</c> or the <c>data:</c> URI), if known.</summary>
    public string? MediaType { get; }

    /// <summary>Gets the 1-based line the property starts on in the file it was read from; 0 for a property built in code.</summary>
    public int LineNumber { get; }

    /// <summary>Gets every <c>TYPE</c> value (e.g. <c>work</c>, <c>voice</c>), as written.</summary>
    public IReadOnlyList<string> Types => GetParameter("TYPE")?.Values ?? [];

    /// <summary>Gets a value indicating whether the property is marked preferred: <c>TYPE=pref</c> (2.1, 3.0) or a <c>PREF</c> parameter (4.0).</summary>
    public bool IsPreferred => HasType("pref") || GetParameter("PREF") is not null;

    /// <summary>Creates a property with one text value.</summary>
    /// <param name="name">The property name, e.g. <c>NOTE</c>; must not be one with components (<c>N</c>, <c>ADR</c>, <c>ORG</c>, <c>CATEGORIES</c>, <c>NICKNAME</c>).</param>
    /// <param name="value">The text; line breaks become <c>\n</c>.</param>
    /// <param name="parameters">The parameters.</param>
    /// <param name="group">The group, or <see langword="null"/>.</param>
    /// <returns>The property.</returns>
    /// <exception cref="ArgumentException">A name is not allowed, or the property has components.</exception>
    public static VCardProperty Text(string name, string value, IEnumerable<VCardParameter>? parameters = null, string? group = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(value);
        if (ValueShapes.Of(name) != ValueShape.Text)
        {
            throw new ArgumentException($"{name.ToUpperInvariant()} has components: create it with VCardProperty.Structured.", nameof(name));
        }

        return new VCardProperty(group, name, parameters, [[Syntax.Text.NormalizeLineBreaks(value)]], null, null, 0);
    }

    /// <summary>Creates a property with a structured value: components, each a list of values.</summary>
    /// <param name="name">The property name; its shape decides what is allowed: <c>N</c>, <c>ADR</c> any components and lists; <c>ORG</c> components of one value each; <c>CATEGORIES</c>, <c>NICKNAME</c> one component; any other name one component of one value.</param>
    /// <param name="components">The components (at least one, each with at least one value).</param>
    /// <param name="parameters">The parameters.</param>
    /// <param name="group">The group, or <see langword="null"/>.</param>
    /// <returns>The property.</returns>
    /// <exception cref="ArgumentException">A name is not allowed, or the components do not fit the property's shape.</exception>
    public static VCardProperty Structured(string name, IEnumerable<IEnumerable<string>> components, IEnumerable<VCardParameter>? parameters = null, string? group = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(components);
        var copy = components
            .Select(c => (c ?? throw new ArgumentException("A component cannot be null.", nameof(components)))
                .Select(v => Syntax.Text.NormalizeLineBreaks(v ?? throw new ArgumentException("A value cannot be null.", nameof(components)))).ToArray())
            .ToArray();
        var shape = ValueShapes.Of(name);
        if (copy.Length == 0 || copy.Any(c => c.Length == 0))
        {
            throw new ArgumentException("A value needs at least one component, and each component at least one value (use \"\" for an empty one).", nameof(components));
        }

        var fits = shape switch
        {
            ValueShape.StructuredList => true,
            ValueShape.Structured => copy.All(c => c.Length == 1),
            ValueShape.List => copy.Length == 1,
            _ => copy.Length == 1 && copy[0].Length == 1,
        };
        if (!fits)
        {
            throw new ArgumentException($"{name.ToUpperInvariant()} does not take this structure ({ValueShapes.Describe(shape)}).", nameof(components));
        }

        return new VCardProperty(group, name, parameters, copy, null, null, 0);
    }

    /// <summary>Creates a property with an inline binary value (a photo, logo, sound or key).</summary>
    /// <param name="name">The property name, e.g. <c>PHOTO</c>.</param>
    /// <param name="data">The bytes (copied).</param>
    /// <param name="mediaType">The media type, e.g. <c>image/png</c>, or <see langword="null"/>.</param>
    /// <param name="parameters">Other parameters (not the encoding or the media type: the writer writes those).</param>
    /// <param name="group">The group, or <see langword="null"/>.</param>
    /// <returns>The property.</returns>
    /// <exception cref="ArgumentException">A name is not allowed.</exception>
    public static VCardProperty Binary(string name, ReadOnlySpan<byte> data, string? mediaType, IEnumerable<VCardParameter>? parameters = null, string? group = null) =>
        new(group, name, parameters, [], data.ToArray(), mediaType, 0);

    /// <summary>Returns the first parameter with the given name, or <see langword="null"/>.</summary>
    /// <param name="name">The parameter name, any case.</param>
    /// <returns>The parameter, or <see langword="null"/>.</returns>
    public VCardParameter? GetParameter(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _parameters.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Returns whether a <c>TYPE</c> value equals <paramref name="type"/> (case-insensitively).</summary>
    /// <param name="type">The type, e.g. <c>work</c>.</param>
    /// <returns>Whether the property has that type.</returns>
    public bool HasType(string type) => Types.Any(t => string.Equals(t, type, StringComparison.OrdinalIgnoreCase));

    /// <inheritdoc />
    public bool Equals(VCardProperty? other) =>
        other is not null
        && Name == other.Name
        && string.Equals(Group, other.Group, StringComparison.OrdinalIgnoreCase)
        && string.Equals(MediaType, other.MediaType, StringComparison.OrdinalIgnoreCase)
        && _parameters.AsSpan().SequenceEqual(other._parameters)
        && _components.Length == other._components.Length
        && _components.Zip(other._components).All(p => p.First.AsSpan().SequenceEqual(p.Second))
        && (_data is null ? other._data is null : other._data is not null && _data.AsSpan().SequenceEqual(other._data));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as VCardProperty);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Value, _data?.Length);

    /// <inheritdoc />
    public override string ToString() =>
        (Group is null ? string.Empty : Group + ".") + Name
        + string.Concat(_parameters.Select(p => ";" + p))
        + ":" + (_data is null ? Value : $"<{_data.Length} bytes{(MediaType is null ? string.Empty : ", " + MediaType)}>");

    /// <summary>Creates a property as the reader found it (no shape check: the reader split it by its shape).</summary>
    internal static VCardProperty Read(string? group, string name, IEnumerable<VCardParameter> parameters, string[][] components, int lineNumber) =>
        new(group, name, parameters, components, null, null, lineNumber);

    /// <summary>Creates a binary property as the reader found it.</summary>
    internal static VCardProperty ReadBinary(string? group, string name, IEnumerable<VCardParameter> parameters, byte[] data, string? mediaType, int lineNumber) =>
        new(group, name, parameters, [], data, mediaType, lineNumber);

    private static VCardParameter[] MergeTypes(IEnumerable<VCardParameter> parameters)
    {
        var list = parameters.Select(p => p ?? throw new ArgumentException("A parameter cannot be null.", nameof(parameters))).ToList();
        var types = list.Where(p => p.Name == "TYPE").ToList();
        if (types.Count <= 1)
        {
            return [.. list];
        }

        var merged = new VCardParameter("TYPE", types.SelectMany(t => t.Values));
        var first = list.IndexOf(types[0]);
        list.RemoveAll(p => p.Name == "TYPE");
        list.Insert(first, merged);
        return [.. list];
    }
}
