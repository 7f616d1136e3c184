using System;
using System.Buffers;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using LeadKit.Serialization;

namespace LeadKit.EntityFrameworkCore.Sql;

/// <summary>
/// The JSON documents stored with each row: LeadKit's own JSON format, the source of truth when reading.
/// The store reads back only documents it wrote, so it reads them with
/// <see cref="LeadKitJsonOptions.StoredDocuments"/> (the values were validated before they were stored).
/// </summary>
/// <remarks>
/// A LeadKit type's converter (the public <see cref="JsonConverter{T}"/> that
/// <see cref="JsonSerializerOptions.GetConverter"/> returns for it) already writes and reads the whole
/// document, so the store calls it directly on a <see cref="Utf8JsonWriter"/> or
/// <see cref="Utf8JsonReader"/> instead of going through <see cref="JsonSerializer"/>: that skips the
/// serializer's own state (a write or read stack, and on reads a first pass to find the value's end)
/// around the converter, which costs as much again as the document itself for every lead a bulk
/// operation reads or compares. The bytes are the same; a test compares them with
/// <see cref="JsonSerializer"/>'s for generated records. Types without a LeadKit converter go
/// through the serializer.
/// </remarks>
internal static class Documents
{
    [ThreadStatic]
    private static Scratch? t_scratch;

    public static string Write<T>(T value)
    {
        if (Direct<T>.Converter is null)
        {
            return JsonSerializer.Serialize(value, LeadKitJsonOptions.Default);
        }

        return Encoding.UTF8.GetString(WriteScratch(value).WrittenSpan);
    }

    /// <summary>Writes a document as UTF-8 (what comparing documents member by member reads).</summary>
    public static byte[] WriteUtf8<T>(T value) =>
        Direct<T>.Converter is null
            ? JsonSerializer.SerializeToUtf8Bytes(value, LeadKitJsonOptions.Default)
            : WriteScratch(value).WrittenSpan.ToArray();

    /// <summary>
    /// Writes a document as UTF-8 into this thread's scratch buffer, without copying it out: the span
    /// is valid until the thread writes its next document (what a comparison of two documents reads
    /// once and drops).
    /// </summary>
    public static ReadOnlySpan<byte> WriteUtf8Transient<T>(T value) =>
        Direct<T>.Converter is null
            ? JsonSerializer.SerializeToUtf8Bytes(value, LeadKitJsonOptions.Default)
            : WriteScratch(value).WrittenSpan;

    /// <summary>Reads a document as <see cref="ColumnType.Document"/> gives it: UTF-8 bytes (no transcoding to and from UTF-16) or text.</summary>
    public static T Read<T>(object document) => document switch
    {
        byte[] utf8 => ReadUtf8<T>(utf8),
        string text => Read<T>(text),
        _ => throw new ArgumentException($"A document is read as UTF-8 bytes or text, not {document.GetType().Name}.", nameof(document)),
    };

    public static T Read<T>(string json)
    {
        if (Direct<T>.Converter is null)
        {
            return JsonSerializer.Deserialize<T>(json, LeadKitJsonOptions.StoredDocuments) ?? throw Null<T>();
        }

        var length = Encoding.UTF8.GetMaxByteCount(json.Length);
        var rented = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var written = Encoding.UTF8.GetBytes(json, rented);
            return ReadUtf8<T>(rented.AsSpan(0, written));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private static T ReadUtf8<T>(ReadOnlySpan<byte> utf8)
    {
        if (Direct<T>.Converter is not { } converter)
        {
            return JsonSerializer.Deserialize<T>(utf8, LeadKitJsonOptions.StoredDocuments) ?? throw Null<T>();
        }

        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = LeadKitJsonOptions.StoredDocuments.EffectiveMaxDepth() });
        if (!reader.Read())
        {
            throw new JsonException($"The stored {typeof(T).Name} document is empty.");
        }

        var value = converter.Read(ref reader, typeof(T), LeadKitJsonOptions.StoredDocuments) ?? throw Null<T>();
        // The reader allows one value: anything after it fails this read with the reader's JsonException.
        _ = reader.Read();

        return value;
    }

    private static ArrayBufferWriter<byte> WriteScratch<T>(T value)
    {
        var scratch = t_scratch ??= new Scratch();
        scratch.Buffer.ResetWrittenCount();
        scratch.Writer.Reset(scratch.Buffer);
        Direct<T>.Converter!.Write(scratch.Writer, value, LeadKitJsonOptions.Default);
        scratch.Writer.Flush();
        return scratch.Buffer;
    }

    private static JsonException Null<T>() => new($"The stored {typeof(T).Name} document is null.");

    private static int EffectiveMaxDepth(this JsonSerializerOptions options) => options.MaxDepth == 0 ? 64 : options.MaxDepth;

    /// <summary>A writer and its buffer, reused by one thread document after document.</summary>
    private sealed class Scratch
    {
        public ArrayBufferWriter<byte> Buffer { get; } = new(4096);

        public Utf8JsonWriter Writer { get; } = new(Stream.Null, new JsonWriterOptions
        {
            Encoder = LeadKitJsonOptions.Default.Encoder,
            Indented = LeadKitJsonOptions.Default.WriteIndented,
            MaxDepth = LeadKitJsonOptions.Default.EffectiveMaxDepth(),
            SkipValidation = true,
        });
    }

    /// <summary>The LeadKit converter of <typeparamref name="T"/>, or null when the serializer must handle it.</summary>
    private static class Direct<T>
    {
        public static readonly JsonConverter<T>? Converter =
            LeadKitJsonOptions.Default.GetConverter(typeof(T)) is JsonConverter<T> converter
            && converter.GetType().Assembly == typeof(LeadKitJsonOptions).Assembly
                ? converter
                : null;
    }
}
