using System;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using LeadKit.Serialization;

namespace LeadKit.Email.Serialization;

/// <summary>
/// Configures System.Text.Json to write <see cref="LeadDraft"/>s: the draft's lead in LeadKit's
/// JSON format (<c>docs/json-format.md</c>) and, beside it, what the capture found (address, display
/// name, header, message, warnings), as described in <c>docs/email.md</c>.
/// </summary>
public static class LeadKitEmailJsonOptions
{
    /// <summary>
    /// Configures options for LeadKit (<see cref="LeadKitJsonOptions.ConfigureForLeadKit"/>) and for
    /// lead drafts. Writing a draft is then one call:
    /// <c>JsonSerializer.Serialize(draft, new JsonSerializerOptions { WriteIndented = true }.ConfigureForLeadKitEmail())</c>.
    /// Drafts are only written; reading one throws <see cref="NotSupportedException"/>. Calling this
    /// again on the same options does nothing.
    /// </summary>
    /// <param name="options">The options to configure.</param>
    /// <returns>The same options, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="options"/> are read-only (already used for serialization).</exception>
    public static JsonSerializerOptions ConfigureForLeadKitEmail(this JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ConfigureForLeadKit();
        if (options.Converters.Contains(LeadDraftJsonConverter.Instance))
        {
            return options;
        }

        options.Converters.Add(LeadDraftJsonConverter.Instance);
        options.TypeInfoResolver = JsonTypeInfoResolver.Combine(options.TypeInfoResolver, DraftTypeInfoResolver.Instance);
        return options;
    }

    /// <summary>Describes <see cref="LeadDraft"/> without reflection: it is written by its converter alone.</summary>
    private sealed class DraftTypeInfoResolver : IJsonTypeInfoResolver
    {
        public static DraftTypeInfoResolver Instance { get; } = new();

        public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options) =>
            type == typeof(LeadDraft) ? JsonMetadataServices.CreateValueInfo<LeadDraft>(options, LeadDraftJsonConverter.Instance) : null;
    }
}
