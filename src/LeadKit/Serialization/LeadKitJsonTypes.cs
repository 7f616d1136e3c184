using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace LeadKit.Serialization;

/// <summary>
/// The metadata of LeadKit's own types in <see cref="LeadKitJsonOptions.Default"/>, for the library's
/// own reads and writes: serializing through a <see cref="JsonTypeInfo{T}"/> needs no reflection,
/// so the library stays trimming- and Native AOT-safe.
/// </summary>
internal static class LeadKitJsonTypes
{
    /// <summary>Gets the metadata of <typeparamref name="T"/> in <see cref="LeadKitJsonOptions.Default"/> (cached by the options).</summary>
    /// <typeparam name="T">A type LeadKit's options describe (a domain type with a LeadKit converter).</typeparam>
    /// <returns>The metadata.</returns>
    public static JsonTypeInfo<T> Of<T>() => (JsonTypeInfo<T>)LeadKitJsonOptions.Default.GetTypeInfo(typeof(T));
}
