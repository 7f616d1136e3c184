using System;
using System.Text.Json;
using LeadKit.Serialization;

namespace LeadKit.EntityFrameworkCore.Sql;

/// <summary>
/// The JSON documents stored with each row: LeadKit's own JSON format, the source of truth when reading.
/// The store reads back only documents it wrote, so it reads them with
/// <see cref="LeadKitJsonOptions.StoredDocuments"/> (the values were validated before they were stored).
/// </summary>
internal static class Documents
{
    public static string Write<T>(T value) => JsonSerializer.Serialize(value, LeadKitJsonOptions.Default);

    /// <summary>Writes a document as UTF-8 (what comparing documents member by member reads).</summary>
    public static byte[] WriteUtf8<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, LeadKitJsonOptions.Default);

    /// <summary>Reads a document as <see cref="ColumnType.Document"/> gives it: UTF-8 bytes (no transcoding to and from UTF-16) or text.</summary>
    public static T Read<T>(object document) => document switch
    {
        byte[] utf8 => JsonSerializer.Deserialize<T>(utf8, LeadKitJsonOptions.StoredDocuments) ?? throw new JsonException($"The stored {typeof(T).Name} document is null."),
        string text => Read<T>(text),
        _ => throw new ArgumentException($"A document is read as UTF-8 bytes or text, not {document.GetType().Name}.", nameof(document)),
    };

    public static T Read<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, LeadKitJsonOptions.StoredDocuments) ?? throw new JsonException($"The stored {typeof(T).Name} document is null.");
}
