using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using LeadKit.Leads;
using NodaTime.Text;

namespace LeadKit.Email.Serialization;

/// <summary>
/// Writes a <see cref="LeadDraft"/>: the lead in LeadKit's own JSON format (through the options'
/// LeadKit converters) and what was found around it. Drafts are written for people and hosts to
/// look at; they are not read back (read the <c>lead</c> member as a <see cref="Lead"/> instead).
/// </summary>
internal sealed class LeadDraftJsonConverter : JsonConverter<LeadDraft>
{
    public static LeadDraftJsonConverter Instance { get; } = new();

    public override LeadDraft Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("A lead draft is written, not read: read its \"lead\" member as a Lead with options configured by ConfigureForLeadKit().");

    public override void Write(Utf8JsonWriter writer, LeadDraft value, JsonSerializerOptions options)
    {
        var leadInfo = (JsonTypeInfo<Lead>)options.GetTypeInfo(typeof(Lead));
        writer.WriteStartObject();
        writer.WritePropertyName("lead");
        JsonSerializer.Serialize(writer, value.Lead, leadInfo);
        writer.WriteString("address", value.Address.Value);
        WriteOptional(writer, "displayName", value.DisplayName);
        writer.WriteString("nameSource", CamelCase(value.NameSource.ToString()));
        writer.WriteString("header", CamelCase(value.Header.ToString()));
        writer.WriteString("headerValue", value.HeaderValue);
        WriteOptional(writer, "organization", value.Organization);
        if (value.Message is { } message)
        {
            writer.WriteStartObject("message");
            WriteOptional(writer, "messageId", message.MessageId);
            WriteOptional(writer, "subject", message.Subject);
            WriteOptional(writer, "sentAt", message.SentAt is { } sentAt ? InstantPattern.ExtendedIso.Format(sentAt) : null);
            writer.WriteEndObject();
        }

        writer.WriteStartArray("warnings");
        foreach (var warning in value.Warnings)
        {
            writer.WriteStartObject();
            writer.WriteString("kind", CamelCase(warning.Kind.ToString()));
            writer.WriteString("message", warning.Message);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static string CamelCase(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);
}
