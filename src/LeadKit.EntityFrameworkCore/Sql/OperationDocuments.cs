using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using LeadKit.Leads;
using LeadKit.Operations;
using LeadKit.Storage;
using NodaTime.Text;

namespace LeadKit.EntityFrameworkCore.Sql;

/// <summary>
/// The JSON stored for recorded operations: an <see cref="OperationSummary"/> as an object
/// (<c>{"id", "kind", "at", "by", "count", "fields", "recordHistory", "undoes", "undoneBy"}</c>), and a
/// batch of <see cref="OperationUndoEntry"/> values as an array of <c>{"kind", "id", "version", "before"}</c>
/// objects, where <c>before</c> is the entry's record document embedded as JSON (or null).
/// </summary>
internal static class OperationDocuments
{
    public static string Write(OperationSummary summary)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteString("id", summary.Id.ToString());
            json.WriteString("kind", summary.Kind.ToString());
            json.WriteString("at", InstantPattern.ExtendedIso.Format(summary.At));
            WriteOptional(json, "by", summary.By?.ToString());
            json.WriteNumber("count", summary.Count);
            json.WriteStartArray("fields");
            foreach (var field in summary.Fields)
            {
                json.WriteStringValue(field);
            }

            json.WriteEndArray();
            json.WriteBoolean("recordHistory", summary.RecordHistory);
            WriteOptional(json, "undoes", summary.Undoes?.ToString());
            WriteOptional(json, "undoneBy", summary.UndoneBy?.ToString());
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static OperationSummary ReadSummary(string text)
    {
        using var document = JsonDocument.Parse(text);
        var root = document.RootElement;
        return new OperationSummary(
            OperationId.Parse(root.GetProperty("id").GetString()!),
            Enum.Parse<OperationKind>(root.GetProperty("kind").GetString()!),
            InstantPattern.ExtendedIso.Parse(root.GetProperty("at").GetString()!).GetValueOrThrow(),
            Optional(root, "by") is { } by ? UserId.Parse(by) : null,
            root.GetProperty("count").GetInt32(),
            [.. root.GetProperty("fields").EnumerateArray().Select(f => f.GetString()!)],
            root.GetProperty("recordHistory").GetBoolean(),
            Optional(root, "undoes") is { } undoes ? OperationId.Parse(undoes) : null,
            Optional(root, "undoneBy") is { } undoneBy ? OperationId.Parse(undoneBy) : null);
    }

    public static string Write(IReadOnlyList<OperationUndoEntry> entries)
    {
        // Sized for the whole array up front: no buffer grows (and is copied) on the way.
        var buffer = new ArrayBufferWriter<byte>(entries.Sum(e => (e.Before?.Length ?? 0) + 100) + 2);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (var entry in entries)
            {
                json.WriteStartObject();
                json.WriteString("kind", entry.Record.Kind.ToString());
                json.WriteString("id", entry.Record.Id.ToString("D"));
                json.WriteNumber("version", entry.Version);
                json.WritePropertyName("before");
                if (entry.Before is null)
                {
                    json.WriteNullValue();
                }
                else
                {
                    json.WriteRawValue(entry.Before);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static IEnumerable<OperationUndoEntry> ReadEntries(string text)
    {
        using var document = JsonDocument.Parse(text);
        var entries = new List<OperationUndoEntry>();
        foreach (var item in document.RootElement.EnumerateArray())
        {
            var before = item.GetProperty("before");
            entries.Add(new OperationUndoEntry(
                new RecordReference(Enum.Parse<RecordKind>(item.GetProperty("kind").GetString()!), Guid.Parse(item.GetProperty("id").GetString()!)),
                item.GetProperty("version").GetInt64(),
                before.ValueKind == JsonValueKind.Null ? null : before.GetRawText()));
        }

        return entries;
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    private static string? Optional(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
