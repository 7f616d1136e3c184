using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using LeadKit.Utility;

namespace LeadKit.Leads;

/// <summary>
/// A configurable list of choices, such as the lead sources or the ratings a database offers.
/// Entries are trimmed, non-empty and unique (case-insensitively); order is kept.
/// </summary>
public sealed class Picklist : IReadOnlyList<string>, IEquatable<Picklist>
{
    private readonly string[] _entries;

    /// <summary>Creates a picklist.</summary>
    /// <param name="entries">The choices, in display order.</param>
    /// <exception cref="Validation.LeadKitValidationException">An entry is empty, too long or repeated.</exception>
    public Picklist(IEnumerable<string> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var list = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var index = 0;
        foreach (var entry in entries)
        {
            var path = $"[{index}]";
            var name = CheckEntry(entry, nameof(Picklist), LeadSource.MaxLength, path);
            if (!seen.Add(name))
            {
                throw Preconditions.Invalid(nameof(Picklist), path, "LeadKit.Picklist.Duplicate", $"'{name}' appears twice in the list.", name);
            }

            list.Add(name);
            index++;
        }

        _entries = [.. list];
    }

    /// <summary>Gets the default lead sources: Advertisement, Direct Mail, Employee Referral, External Referral, Partner, Public Relations, Seminar, Trade Show, E-mail Campaign, Telemarketing, Web, Word-of-Mouth, Other.</summary>
    public static Picklist DefaultLeadSources { get; } = new(
    [
        "Advertisement", "Direct Mail", "Employee Referral", "External Referral", "Partner", "Public Relations", "Seminar",
        "Trade Show", "E-mail Campaign", "Telemarketing", "Web", "Word-of-Mouth", "Other",
    ]);

    /// <summary>Gets the default ratings: Excellent, Good, Average, Fair, Poor.</summary>
    public static Picklist DefaultRatings { get; } = new(["Excellent", "Good", "Average", "Fair", "Poor"]);

    /// <summary>Gets the list a workspace starts with for a kind: <see cref="DefaultLeadSources"/> or <see cref="DefaultRatings"/>.</summary>
    /// <param name="kind">The kind of list.</param>
    /// <returns>The default list.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined kind.</exception>
    public static Picklist DefaultFor(PicklistKind kind) => kind switch
    {
        PicklistKind.LeadSources => DefaultLeadSources,
        PicklistKind.Ratings => DefaultRatings,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown picklist kind."),
    };

    /// <inheritdoc />
    public int Count => _entries.Length;

    /// <inheritdoc />
    public string this[int index] => _entries[index];

    /// <summary>Tells whether a value is one of the choices (case-insensitively).</summary>
    /// <param name="value">The value to look for.</param>
    /// <returns><see langword="true"/> when the list holds the value.</returns>
    public bool Contains(string value) => _entries.Contains(value?.Trim(), StringComparer.OrdinalIgnoreCase);

    /// <summary>Returns a list with one more choice at the end.</summary>
    /// <param name="entry">The new choice.</param>
    /// <returns>The new list.</returns>
    public Picklist Add(string entry) => new(_entries.Append(entry));

    /// <summary>Returns a list without a choice; values already stored on records are left as they are.</summary>
    /// <param name="entry">The choice to remove.</param>
    /// <returns>The new list.</returns>
    public Picklist Remove(string entry) => new(_entries.Where(e => !string.Equals(e, entry?.Trim(), StringComparison.OrdinalIgnoreCase)));

    /// <summary>Finds an entry as the list spells it ("trade show" → "Trade Show").</summary>
    /// <param name="value">The value to look for (compared trimmed, case-insensitively).</param>
    /// <returns>The list's entry, or <see langword="null"/> when the list does not hold the value.</returns>
    public string? Find(string? value)
    {
        var trimmed = value?.Trim();
        return Array.Find(_entries, e => string.Equals(e, trimmed, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Returns a list with one choice moved to another position (reordering).</summary>
    /// <param name="entry">The choice to move (compared case-insensitively).</param>
    /// <param name="index">Its new position, 0 to <see cref="Count"/> − 1.</param>
    /// <returns>The new list.</returns>
    /// <exception cref="Validation.LeadKitValidationException">The list does not hold <paramref name="entry"/> (<c>LeadKit.Picklist.NotFound</c>).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not a position in the list.</exception>
    public Picklist Move(string entry, int index)
    {
        var found = Find(entry) ?? throw Preconditions.Invalid(nameof(Picklist), string.Empty, "LeadKit.Picklist.NotFound", $"'{entry}' is not in the list.", entry);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, _entries.Length);
        var list = _entries.Where(e => !ReferenceEquals(e, found)).ToList();
        list.Insert(index, found);
        return new Picklist(list);
    }

    /// <summary>Two picklists are equal when they hold the same entries in the same order (compared case-insensitively).</summary>
    /// <param name="other">The other list.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(Picklist? other) =>
        other is not null && _entries.SequenceEqual(other._entries, StringComparer.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Picklist);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var entry in _entries)
        {
            hash.Add(entry, StringComparer.OrdinalIgnoreCase);
        }

        return hash.ToHashCode();
    }

    /// <inheritdoc />
    public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)_entries).GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal static string CheckEntry(string? value, string typeName, int maxLength, string path = "")
    {
        var name = value?.Trim() ?? string.Empty;
        if (name.Length == 0)
        {
            throw Preconditions.Invalid(typeName, path, $"LeadKit.{typeName}.Required", $"A {typeName} name cannot be empty.");
        }

        if (name.Length > maxLength)
        {
            throw Preconditions.Invalid(typeName, path, $"LeadKit.{typeName}.TooLong", $"A {typeName} name has at most {maxLength} characters; this one has {name.Length}.", name);
        }

        return name;
    }
}
