using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using LeadKit.Leads;
using LeadKit.Utility;

namespace LeadKit.CustomFields;

/// <summary>
/// The user-defined fields a database defines, per record type. Names are unique per record
/// type, case-insensitively.
/// </summary>
public sealed class CustomFieldSchema : IReadOnlyCollection<CustomFieldDefinition>
{
    private readonly CustomFieldDefinition[] _definitions;

    /// <summary>Creates a schema.</summary>
    /// <param name="definitions">The definitions.</param>
    /// <exception cref="Validation.LeadKitValidationException">Two definitions of one record type share a name.</exception>
    public CustomFieldSchema(IEnumerable<CustomFieldDefinition> definitions)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        _definitions = [.. definitions];
        var duplicate = _definitions.GroupBy(d => (d.RecordKind, Name: d.Name.ToUpperInvariant())).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw Preconditions.Invalid(nameof(CustomFieldSchema), duplicate.First().Name, "LeadKit.CustomFieldSchema.Duplicate", $"Custom field '{duplicate.First().Name}' is defined twice for {duplicate.Key.RecordKind}.");
        }
    }

    /// <summary>Gets a schema with no user-defined fields.</summary>
    public static CustomFieldSchema Empty { get; } = new([]);

    /// <inheritdoc />
    public int Count => _definitions.Length;

    /// <summary>Gets the definitions of one record type.</summary>
    /// <param name="kind">The record type.</param>
    /// <returns>Its definitions.</returns>
    public IEnumerable<CustomFieldDefinition> For(RecordKind kind) => _definitions.Where(d => d.RecordKind == kind);

    /// <summary>Finds a definition by record type and name (case-insensitively).</summary>
    /// <param name="kind">The record type.</param>
    /// <param name="name">The field's name.</param>
    /// <returns>The definition, or <see langword="null"/>.</returns>
    public CustomFieldDefinition? Find(RecordKind kind, string name) =>
        _definitions.FirstOrDefault(d => d.RecordKind == kind && string.Equals(d.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <inheritdoc />
    public IEnumerator<CustomFieldDefinition> GetEnumerator() => ((IEnumerable<CustomFieldDefinition>)_definitions).GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
