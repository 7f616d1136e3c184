using System.Threading;
using System.Threading.Tasks;
using LeadKit.CustomFields;
using LeadKit.Leads;

namespace LeadKit.Storage;

/// <summary>The user-defined field definitions of one workspace.</summary>
public interface ICustomFieldRepository
{
    /// <summary>Reads every definition of the workspace.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The schema.</returns>
    Task<CustomFieldSchema> GetSchemaAsync(CancellationToken cancellationToken = default);

    /// <summary>Adds or replaces a definition (same record type and name, case-insensitively).</summary>
    /// <param name="definition">The definition.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the change is staged.</returns>
    Task SaveAsync(CustomFieldDefinition definition, CancellationToken cancellationToken = default);

    /// <summary>Removes a definition; values stored on records are kept until they are next edited.</summary>
    /// <param name="recordKind">The record type.</param>
    /// <param name="name">The field's name.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>Whether the definition existed.</returns>
    Task<bool> RemoveAsync(RecordKind recordKind, string name, CancellationToken cancellationToken = default);
}
