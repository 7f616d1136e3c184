using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace LeadKit.Serialization;

/// <summary>
/// The converter mechanism for the types LeadKit writes as a JSON string (identifiers, e-mail
/// addresses, lead sources, ratings): the one place each type's text form is defined, used both by
/// the documents and, through the caller's options, wherever such a value appears on its own —
/// including as a dictionary key.
/// </summary>
/// <typeparam name="T">The domain type.</typeparam>
internal abstract class ScalarConverter<T> : JsonConverter<T>, ITypeInfoSource
{
    /// <inheritdoc />
    public Type ConvertedType => typeof(T);

    /// <summary>Returns the text form of a value.</summary>
    public abstract string Format(T value);

    /// <inheritdoc />
    public JsonTypeInfo CreateTypeInfo(JsonSerializerOptions options) => JsonMetadataServices.CreateValueInfo<T>(options, this);

    /// <summary>Parses a required member of a document.</summary>
    public T Parse(string? text, DocumentPath path) => path.Build((Converter: this, Path: path, Text: text), static s => s.Converter.FromText(s.Path.Required(s.Text)));

    /// <inheritdoc />
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            // No path: System.Text.Json fills in where the value sits in the caller's document.
            throw new JsonException($"A {typeof(T).Name} is written as a JSON string.");
        }

        return ReadText(reader.GetString()!);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(Format(value));
    }

    /// <inheritdoc />
    public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ReadText(reader.GetString()!);

    /// <inheritdoc />
    public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(Format(value));
    }

    /// <summary>Parses the text form through the domain's API.</summary>
    /// <exception cref="LeadKitException">The text is not a valid value.</exception>
    /// <exception cref="ArgumentException">The text is not a valid value.</exception>
    protected abstract T FromText(string text);

    private T ReadText(string text)
    {
        try
        {
            return FromText(text);
        }
        catch (LeadKitException ex)
        {
            throw new JsonException(ex.Message, ex);
        }
        catch (ArgumentException ex)
        {
            throw new JsonException(ex.Message, ex);
        }
    }
}
