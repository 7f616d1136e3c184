using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;

namespace LeadKit.Testing;

/// <summary>Collects the differences <see cref="RecordComparer"/> finds, one readable line each: <c>path: expected …, actual …</c>.</summary>
internal sealed class DifferenceList
{
    private const int Window = 40;

    private readonly List<string> _items = [];

    public IReadOnlyList<string> Items => _items;

    /// <summary>Compares two values with their type's equality.</summary>
    public void Value<T>(string path, T expected, T actual)
    {
        if (!EqualityComparer<T>.Default.Equals(expected, actual))
        {
            _items.Add($"{path}: expected {Format(expected)}, actual {Format(actual)}");
        }
    }

    /// <summary>Compares two texts ordinally; for long texts, says where they first differ.</summary>
    public void Text(string path, string? expected, string? actual)
    {
        if (string.Equals(expected, actual, StringComparison.Ordinal))
        {
            return;
        }

        if (expected is null || actual is null || (expected.Length <= Window * 2 && actual.Length <= Window * 2))
        {
            _items.Add($"{path}: expected {Format(expected)}, actual {Format(actual)}");
            return;
        }

        var index = 0;
        while (index < expected.Length && index < actual.Length && expected[index] == actual[index])
        {
            index++;
        }

        var from = Math.Max(0, index - 10);
        _items.Add(string.Create(
            CultureInfo.InvariantCulture,
            $"{path}: differs at index {index} (expected length {expected.Length}, actual length {actual.Length}): expected …{Format(Excerpt(expected, from))}…, actual …{Format(Excerpt(actual, from))}…"));
    }

    /// <summary>Compares two byte sequences; says where they first differ.</summary>
    public void Bytes(string path, ReadOnlySpan<byte> expected, ReadOnlySpan<byte> actual)
    {
        if (expected.SequenceEqual(actual))
        {
            return;
        }

        var index = expected.CommonPrefixLength(actual);
        _items.Add(string.Create(CultureInfo.InvariantCulture, $"{path}: differs at byte {index} (expected {expected.Length} bytes, actual {actual.Length} bytes)"));
    }

    /// <summary>
    /// Compares whether two optional parts are present. Returns <see langword="true"/> when both
    /// are, so the caller compares their members; records a difference when only one is.
    /// </summary>
    public bool BothPresent<T>(string path, T? expected, T? actual)
        where T : class
    {
        if (expected is not null && actual is not null)
        {
            return true;
        }

        if (expected is not null || actual is not null)
        {
            _items.Add($"{path}: expected {Format(expected)}, actual {Format(actual)}");
        }

        return false;
    }

    /// <summary>Compares the counts of two lists; returns the number of entries both have, to compare one by one.</summary>
    public int Count(string path, int expected, int actual)
    {
        Value(path + ".Count", expected, actual);
        return Math.Min(expected, actual);
    }

    public void Add(string difference) => _items.Add(difference);

    internal static string Format(object? value) => value switch
    {
        null => "null",
        string s => Quote(s),
        Instant i => InstantPattern.ExtendedIso.Format(i),
        LocalDate d => LocalDatePattern.Iso.Format(d),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static string Excerpt(string text, int from) => text.Substring(from, Math.Min(Window, text.Length - from));

    private static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text.Length > Window * 2 ? text[..(Window * 2)] : text)
        {
            _ = c switch
            {
                '"' => builder.Append("\\\""),
                '\\' => builder.Append("\\\\"),
                '\n' => builder.Append("\\n"),
                '\r' => builder.Append("\\r"),
                '\t' => builder.Append("\\t"),
                _ when char.IsControl(c) => builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
                _ => builder.Append(c),
            };
        }

        builder.Append('"');
        if (text.Length > Window * 2)
        {
            builder.Append(CultureInfo.InvariantCulture, $"… ({text.Length} chars)");
        }

        return builder.ToString();
    }
}
