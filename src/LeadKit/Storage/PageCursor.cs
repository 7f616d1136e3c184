using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Text.Json;
using LeadKit.Utility;

namespace LeadKit.Storage;

/// <summary>
/// A keyset (seek) paging position: the sort-key values and the identifier of the last record
/// of a page. Opaque to callers: pass <see cref="Page{T}.NextCursor"/> back, or its
/// <see cref="ToString"/> text through <see cref="Parse"/>.
/// </summary>
public sealed class PageCursor : IEquatable<PageCursor>
{
    /// <summary>Creates a cursor.</summary>
    /// <param name="keys">The last record's sort-key values, rendered invariantly (null for a missing value).</param>
    /// <param name="id">The last record's identifier.</param>
    public PageCursor(IEnumerable<string?> keys, Guid id)
    {
        ArgumentNullException.ThrowIfNull(keys);
        Keys = [.. keys];
        Id = id;
    }

    /// <summary>Gets the last record's sort-key values, rendered invariantly.</summary>
    public ImmutableArray<string?> Keys { get; }

    /// <summary>Gets the last record's identifier.</summary>
    public Guid Id { get; }

    /// <summary>
    /// Makes the cursor that continues after <paramref name="record"/> in <paramref name="sort"/>'s
    /// order: the record's sort-key values, each written with its type, and its identifier. This is the
    /// cursor the in-memory store and the default <see cref="IRecordRepository{TRecord, TId}.PageAsync"/>
    /// give, and the one <see cref="RecordQuery.Run{TRecord}"/> reads; a store that reads cursors in
    /// <see cref="IRecordRepository{TRecord, TId}.QueryAsync"/> with <see cref="RecordQuery.Run{TRecord}"/>
    /// makes its page cursors with it.
    /// </summary>
    /// <param name="record">The last record of a page.</param>
    /// <param name="sort">The page's sort order.</param>
    /// <returns>The cursor.</returns>
    public static PageCursor Of(Leads.ContactRecord record, Querying.SortSpec sort)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(sort);
        return InMemory.InMemoryQuery.CursorOf(record, sort);
    }

    /// <summary>Parses the text produced by <see cref="ToString"/>.</summary>
    /// <param name="text">The cursor text.</param>
    /// <returns>The cursor.</returns>
    /// <exception cref="Validation.LeadKitValidationException">The text is not a cursor.</exception>
    public static PageCursor Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            var json = Encoding.UTF8.GetString(Convert.FromBase64String(text.Replace('-', '+').Replace('_', '/') + new string('=', (4 - (text.Length % 4)) % 4)));
            using var doc = JsonDocument.Parse(json);
            var root = doc.RootElement;
            var id = Guid.Parse(root[0].GetString() ?? string.Empty);
            var keys = root.EnumerateArray().Skip(1).Select(e => e.ValueKind == JsonValueKind.Null ? null : e.GetString());
            return new PageCursor(keys, id);
        }
        catch (Exception ex) when (ex is FormatException or JsonException or InvalidOperationException or IndexOutOfRangeException)
        {
            throw Preconditions.Invalid(nameof(PageCursor), string.Empty, "LeadKit.PageCursor.Syntax", $"'{text}' is not a page cursor.", text);
        }
    }

    /// <summary>Renders the cursor as URL-safe text.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var json = JsonSerializer.Serialize(new string?[] { Id.ToString("N") }.Concat(Keys).ToArray(), PageCursorJsonContext.Default.StringArray);
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <inheritdoc />
    public bool Equals(PageCursor? other) => other is not null && Id == other.Id && Keys.SequenceEqual(other.Keys);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PageCursor);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Keys.Length);
}
