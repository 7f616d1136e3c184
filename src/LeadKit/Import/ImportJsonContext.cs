using System.Text.Json;
using System.Text.Json.Serialization;

namespace LeadKit.Import;

/// <summary>
/// Source-generated JSON of the import's own documents: the field map's text form (indented) and the
/// elements of a JSON lead file, read one at a time before each becomes a lead through LeadKit's options.
/// </summary>
[JsonSourceGenerationOptions(WriteIndented = true)]
[JsonSerializable(typeof(FieldMap.MapDocument))]
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class ImportJsonContext : JsonSerializerContext;
