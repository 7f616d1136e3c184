using System.Text.Json;
using LeadKit.Serialization;

namespace LeadKit.EntityFrameworkCore.Sql;

/// <summary>The JSON documents stored with each row: LeadKit's own JSON format, the source of truth when reading.</summary>
internal static class Documents
{
    public static string Write<T>(T value) => JsonSerializer.Serialize(value, LeadKitJsonOptions.Default);

    public static T Read<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, LeadKitJsonOptions.Default) ?? throw new JsonException($"The stored {typeof(T).Name} document is null.");
}
