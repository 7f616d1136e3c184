using System.Globalization;
using System.Text.Json;

namespace LeadKit.Serialization;

/// <summary>The <c>schemaVersion</c> member of LeadKit's top-level documents.</summary>
internal static class SchemaVersion
{
    /// <summary>The version this LeadKit writes, and the only one it reads.</summary>
    public const int Current = 1;

    /// <summary>The member's name.</summary>
    public const string PropertyName = "schemaVersion";

    /// <summary>Checks the version of the document that starts at the reader's position (a copy: the caller's reader does not move).</summary>
    public static void Check(Utf8JsonReader reader, string typeName)
    {
        var path = DocumentPath.Root.Property(PropertyName);
        var depth = reader.CurrentDepth;
        while (reader.Read() && !(reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == depth))
        {
            if (reader.TokenType != JsonTokenType.PropertyName)
            {
                continue;
            }

            var isVersion = reader.ValueTextEquals(PropertyName);
            reader.Read();
            if (!isVersion)
            {
                reader.Skip();
                continue;
            }

            if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out var version))
            {
                throw path.Error($"the schema version of a {typeName} document is a whole number (LeadKit writes {Current}).");
            }

            if (version != Current)
            {
                throw path.Error(string.Create(
                    CultureInfo.InvariantCulture,
                    $"this LeadKit reads {typeName} documents of schema version {Current} only, and this one has version {version}. Read it with a LeadKit that knows version {version}."));
            }

            return;
        }

        throw path.Error($"the {typeName} document has no schema version; LeadKit writes \"{PropertyName}\": {Current} in every {typeName} document.");
    }
}
