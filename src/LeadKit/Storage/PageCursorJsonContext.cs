using System.Text.Json.Serialization;

namespace LeadKit.Storage;

/// <summary>Source-generated JSON for the cursor's compact text form.</summary>
[JsonSerializable(typeof(string[]))]
internal sealed partial class PageCursorJsonContext : JsonSerializerContext;
