using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using LeadKit.Leads;
using LeadKit.Querying;
using NodaTime;
using NodaTime.Text;

namespace LeadKit.Storage.InMemory;

/// <summary>Runs a filter, a sort and keyset paging over records in memory, with the order every store reproduces.</summary>
internal static class InMemoryQuery
{
    /// <summary>Counts the records a filter matches (no sorting: order does not change a count).</summary>
    public static long Count<TRecord>(IEnumerable<TRecord> records, Filter filter)
        where TRecord : ContactRecord
    {
        var matches = filter.Compile();
        return records.LongCount(r => matches(r));
    }

    public static IEnumerable<TRecord> Run<TRecord>(IEnumerable<TRecord> records, Filter filter, SortSpec sort, PageCursor? after, int? limit)
        where TRecord : ContactRecord
    {
        var matches = filter.Compile();

        // Records at or before the cursor are dropped before sorting, so a page sorts only what
        // can still follow it (and OrderBy(..).Take(n) sorts partially).
        var candidates = after is null
            ? records.Where(r => matches(r))
            : records.Where(r => matches(r) && CompareToCursor(r, sort, after) > 0);
        IEnumerable<TRecord> ordered = sort.Keys.IsEmpty
            ? ById(candidates)
            : candidates.OrderBy(r => (ContactRecord)r, sort.ToComparer());
        return limit is { } n ? ordered.Take(n) : ordered;
    }

    /// <summary>
    /// Records in id order (<see cref="SortSpec.ById"/>): the ids are taken once and the records
    /// sorted by them as keys, the order <see cref="SortSpec.ToComparer"/> gives with no keys
    /// (the records of one repository are of one kind, so the id alone decides).
    /// </summary>
    private static TRecord[] ById<TRecord>(IEnumerable<TRecord> records)
        where TRecord : ContactRecord
    {
        var items = records.ToArray();
        var ids = new Guid[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            ids[i] = items[i].Reference.Id;
        }

        Array.Sort(ids, items);
        return items;
    }

    /// <summary>The cursor of a record: its sort-key values (typed text) and its identifier.</summary>
    public static PageCursor CursorOf(ContactRecord record, SortSpec sort) =>
        new(sort.Keys.Select(k => Encode(k.Field.GetValue(record))), record.Reference.Id);

    /// <summary>Where a record sorts relative to a cursor: negative before, positive after.</summary>
    private static int CompareToCursor(ContactRecord record, SortSpec sort, PageCursor cursor)
    {
        if (cursor.Keys.Length != sort.Keys.Length)
        {
            throw new ArgumentException("The page cursor comes from a query with another sort order.", nameof(cursor));
        }

        for (var i = 0; i < sort.Keys.Length; i++)
        {
            var key = sort.Keys[i];
            var order = Querying.SortKey.CompareValues(key.Field.GetValue(record), Decode(cursor.Keys[i]));
            if (order != 0)
            {
                return key.Direction == SortDirection.Descending ? -order : order;
            }
        }

        return record.Reference.Id.CompareTo(cursor.Id);
    }

    /// <summary>Renders a sort value with a type tag, so that a cursor decodes without knowing the field.</summary>
    internal static string? Encode(object? value) => value switch
    {
        null => null,
        string s => "t:" + s,
        decimal d => "n:" + d.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "b:1" : "b:0",
        LocalDate date => "d:" + LocalDatePattern.Iso.Format(date),
        Instant instant => "i:" + InstantPattern.ExtendedIso.Format(instant),
        _ => throw new ArgumentException($"A sort value of type {value.GetType().Name} cannot be put in a cursor.", nameof(value)),
    };

    internal static object? Decode(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var payload = text.Length >= 2 ? text[2..] : string.Empty;
        return text[..Math.Min(2, text.Length)] switch
        {
            "t:" => payload,
            "n:" => decimal.Parse(payload, NumberStyles.Number, CultureInfo.InvariantCulture),
            "b:" => payload == "1",
            "d:" => LocalDatePattern.Iso.Parse(payload).Value,
            "i:" => InstantPattern.ExtendedIso.Parse(payload).Value,
            _ => throw new ArgumentException($"'{text}' is not a cursor key.", nameof(text)),
        };
    }
}
