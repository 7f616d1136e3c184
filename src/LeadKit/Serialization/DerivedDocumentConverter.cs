using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace LeadKit.Serialization;

/// <summary>
/// Converts a subclass (e.g. <see cref="History.PhoneLog"/>) with its base type's document, so that
/// <c>Serialize(phoneLog)</c> and <c>Serialize&lt;HistoryItem&gt;(phoneLog)</c> write the same JSON; reading
/// refuses a document of another subclass.
/// </summary>
/// <typeparam name="TDerived">The subclass.</typeparam>
/// <typeparam name="TBase">The base type the document carries.</typeparam>
/// <typeparam name="TDocument">The base type's document.</typeparam>
internal sealed class DerivedDocumentConverter<TDerived, TBase, TDocument> : JsonConverter<TDerived>, ITypeInfoSource
    where TDerived : TBase
    where TDocument : class, IDocument<TDocument, TBase>
{
    /// <inheritdoc />
    public Type ConvertedType => typeof(TDerived);

    /// <inheritdoc />
    public JsonTypeInfo CreateTypeInfo(JsonSerializerOptions options) => JsonMetadataServices.CreateValueInfo<TDerived>(options, this);

    /// <inheritdoc />
    public override TDerived Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var value = Documents.Read<TDocument, TBase>(ref reader, typeof(TDerived).Name).ToValue(DocumentPath.Root);
        return value is TDerived derived
            ? derived
            : throw DocumentPath.Root.Error($"expected a {typeof(TDerived).Name} but the document holds a {value?.GetType().Name}.");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TDerived value, JsonSerializerOptions options) =>
        Documents.Write(writer, TDocument.From(value));
}
