using System;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace LeadKit.Serialization;

/// <summary>
/// Configures System.Text.Json for LeadKit's JSON format (described in <c>docs/json-format.md</c>):
/// every domain type — leads, business contacts, history items, opportunities, custom fields and the
/// values they are made of — is written in one documented, versioned form and read back through the
/// domain's own API, so that JSON can never build an invalid object.
/// </summary>
/// <remarks>
/// <para>
/// The format does not depend on the options it is used with: naming policies, number handling and
/// similar settings of the caller's options apply to the caller's own types, not to LeadKit's, whose
/// member names are always camelCase. Only the writer's settings (such as
/// <see cref="JsonSerializerOptions.WriteIndented"/>) show through.
/// </para>
/// <para>
/// Reading fails with a <see cref="JsonException"/> whose <see cref="JsonException.Path"/> names the
/// refused member, relative to the LeadKit value being read (for example <c>$.emails[1].address</c>).
/// When the domain refused a value, the exception's <see cref="Exception.InnerException"/> is the
/// domain's <see cref="LeadKitException"/>, usually a <see cref="Validation.LeadKitValidationException"/>
/// with the property paths and stable error codes.
/// </para>
/// </remarks>
public static class LeadKitJsonOptions
{
    /// <summary>Gets the schema version LeadKit writes in its top-level documents (leads, business contacts, history items, opportunities), and the only one it reads.</summary>
    public static int CurrentSchemaVersion => SchemaVersion.Current;

    /// <summary>
    /// Gets ready, read-only options configured for LeadKit, for storage and interchange: compact
    /// output, and text written as is (<c>"+33 6…"</c>, <c>"Zoë"</c>) with only the escaping JSON
    /// requires — <see cref="JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/>, so do not paste the output
    /// into an HTML page unencoded. Use them as they are or as a template:
    /// <c>new JsonSerializerOptions(LeadKitJsonOptions.Default) { WriteIndented = true }</c>.
    /// </summary>
    public static JsonSerializerOptions Default { get; } = CreateDefault();

    /// <summary>
    /// Gets read-only options like <see cref="Default"/> for a store reading back documents that it wrote
    /// itself with LeadKit's format: values are rebuilt through the domain's API as with
    /// <see cref="Default"/>, but the validators of the value types (e-mail addresses, phone numbers,
    /// names, postal addresses, …) are not run again, because every value was validated when the
    /// record was built, before it was stored. Structural checks (schema version, required members,
    /// known enum names, repeated custom fields) still apply. Reading a lead this way costs about half
    /// as much. Never use them for JSON from anywhere else: a document edited by hand or received from
    /// outside must be read with <see cref="Default"/>, so that it cannot build an invalid object.
    /// </summary>
    public static JsonSerializerOptions StoredDocuments { get; } = CreateDefault();

    /// <summary>
    /// Configures options for LeadKit: adds NodaTime.Serialization.SystemTextJson's converters of the
    /// NodaTime values LeadKit's types hold (<see cref="NodaTime.Instant"/>, <see cref="NodaTime.LocalDate"/>,
    /// <see cref="NodaTime.Duration"/>; call <c>ConfigureForNodaTime</c> as well for the others), adds the
    /// converters of every LeadKit type (enums by camelCase name), and adds LeadKit's metadata
    /// to <see cref="JsonSerializerOptions.TypeInfoResolver"/>, after any resolver already set; with no
    /// resolver set, reflection-based metadata stays available for the caller's own types when the
    /// application allows reflection. LeadKit's metadata needs no reflection. Calling this again on the
    /// same options does nothing.
    /// </summary>
    /// <param name="options">The options to configure.</param>
    /// <returns>The same options, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="options"/> are read-only (already used for serialization).</exception>
    public static JsonSerializerOptions ConfigureForLeadKit(this JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Converters.Contains(LeadKitConverters.DomainTypes[0]))
        {
            return options;
        }

        foreach (var converter in LeadKitConverters.NodaTimeValues.Concat(LeadKitConverters.Enums).Concat(LeadKitConverters.DomainTypes))
        {
            options.Converters.Add(converter);
        }

        var existing = options.TypeInfoResolver ?? ReflectionResolverWhenEnabled();
        options.TypeInfoResolver = existing is null
            ? LeadKitTypeInfoResolver.Instance
            : JsonTypeInfoResolver.Combine(existing, LeadKitTypeInfoResolver.Instance);
        return options;
    }

    /// <summary>
    /// Gets reflection-based metadata for the caller's own types when the application allows
    /// reflection-based serialization, else null. <see cref="JsonSerializer.IsReflectionEnabledByDefault"/>
    /// is a feature switch that trimmed and Native AOT applications turn off by default; the trimmer
    /// and the AOT compiler then remove the reflection branch. LeadKit's own types never use it.
    /// </summary>
    [UnconditionalSuppressMessage("Trimming", "IL2026:RequiresUnreferencedCode", Justification = "Only when the application enables reflection-based serialization (JsonSerializer.IsReflectionEnabledByDefault), and only for the caller's own types; LeadKit's metadata is LeadKitTypeInfoResolver's.")]
    [UnconditionalSuppressMessage("AOT", "IL3050:RequiresDynamicCode", Justification = "Only when the application enables reflection-based serialization (JsonSerializer.IsReflectionEnabledByDefault), and only for the caller's own types; LeadKit's metadata is LeadKitTypeInfoResolver's.")]
    private static DefaultJsonTypeInfoResolver? ReflectionResolverWhenEnabled() =>
        JsonSerializer.IsReflectionEnabledByDefault ? new DefaultJsonTypeInfoResolver() : null;

    private static JsonSerializerOptions CreateDefault()
    {
        var options = new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }.ConfigureForLeadKit();
        options.MakeReadOnly();
        return options;
    }
}
