using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

using LeadKit.Utility;

namespace LeadKit.Serialization;

/// <summary>
/// The one converter mechanism for LeadKit's composite types: a value is written as its document
/// (serialized by the source-generated <see cref="LeadKitJsonContext"/>, whatever the caller's
/// options say, so the format never varies) and read back through the domain's API.
/// </summary>
/// <typeparam name="TValue">The domain type.</typeparam>
/// <typeparam name="TDocument">Its document.</typeparam>
internal sealed class DocumentConverter<TValue, TDocument> : JsonConverter<TValue>, ITypeInfoSource
    where TDocument : class, IDocument<TDocument, TValue>
{
    /// <inheritdoc />
    public Type ConvertedType => typeof(TValue);

    /// <inheritdoc />
    public JsonTypeInfo CreateTypeInfo(JsonSerializerOptions options) => JsonMetadataServices.CreateValueInfo<TValue>(options, this);

    /// <inheritdoc />
    public override TValue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var document = Documents.Read<TDocument, TValue>(ref reader, typeof(TValue).Name);
        return ReferenceEquals(options, LeadKitJsonOptions.StoredDocuments)
            ? Preconditions.TrustedRead(document, static d => d.ToValue(DocumentPath.Root))
            : document.ToValue(DocumentPath.Root);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TValue value, JsonSerializerOptions options) =>
        Documents.Write(writer, TDocument.From(value));
}

/// <summary>Reads and checks the documents of <see cref="LeadKitJsonContext"/>.</summary>
internal static class Documents
{
    /// <summary>Gets the source-generated metadata of a document type.</summary>
    public static JsonTypeInfo<TDocument> TypeInfo<TDocument>() => Cache<TDocument>.TypeInfo;

    /// <summary>
    /// Writes a document through the serialization code the generator emitted for it
    /// (<see cref="JsonTypeInfo{T}.SerializeHandler"/>), or through its metadata when there is none.
    /// </summary>
    /// <remarks>
    /// System.Text.Json takes the generated code only when the options hold no converters, and
    /// <see cref="LeadKitJsonContext"/> names its NodaTime and enum converters, so the serializer would
    /// always walk the metadata, property by property. The generated code already writes those values
    /// through the context's metadata (and so through the same converters), and the context's options
    /// are the ones it was generated for: calling it directly writes the same JSON — a test compares
    /// both paths on generated records — at about half the cost.
    /// </remarks>
    public static void Write<TDocument>(Utf8JsonWriter writer, TDocument document)
    {
        if (Cache<TDocument>.TypeInfo.SerializeHandler is { } generated)
        {
            generated(writer, document);
        }
        else
        {
            JsonSerializer.Serialize(writer, document, Cache<TDocument>.TypeInfo);
        }
    }

    /// <summary>
    /// Reads a document: checks the opening token and, for a top-level document, the schema version
    /// (before anything else, so a document of another version is refused for its version and not for
    /// some member that changed shape).
    /// </summary>
    public static TDocument Read<TDocument, TValue>(ref Utf8JsonReader reader, string typeName)
        where TDocument : class, IDocument<TDocument, TValue>
    {
        if (reader.TokenType != TDocument.StartToken)
        {
            var shape = TDocument.StartToken == JsonTokenType.StartArray ? "array" : "object";
            throw DocumentPath.Root.Error($"a {typeName} is written as a JSON {shape}, not {Describe(reader.TokenType)}.");
        }

        if (TDocument.IsVersioned)
        {
            // Utf8JsonReader is a struct: this looks ahead on a copy. A converter is always handed a complete value.
            SchemaVersion.Check(reader, typeName);
        }

        return JsonSerializer.Deserialize(ref reader, TypeInfo<TDocument>())
            ?? throw DocumentPath.Root.Error($"a {typeName} cannot be null.");
    }

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };

    private static class Cache<TDocument>
    {
        public static readonly JsonTypeInfo<TDocument> TypeInfo =
            (JsonTypeInfo<TDocument>)(LeadKitJsonContext.Default.GetTypeInfo(typeof(TDocument))
                ?? throw new InvalidOperationException($"{typeof(TDocument).Name} is missing from LeadKitJsonContext."));
    }
}
