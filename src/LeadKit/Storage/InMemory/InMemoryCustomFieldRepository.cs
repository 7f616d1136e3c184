using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.CustomFields;
using LeadKit.Leads;

namespace LeadKit.Storage.InMemory;

internal sealed class InMemoryCustomFieldRepository(InMemoryUnitOfWork unitOfWork) : ICustomFieldRepository, IStagedChanges
{
    private readonly InMemoryEntityChanges<(RecordKind Kind, string Name), CustomFieldDefinition> _changes =
        new(s => s.CustomFields, nameof(CustomFieldDefinition), InMemoryWorkspaceState.CustomFieldKeyComparer.Instance);

    public Task<CustomFieldSchema> GetSchemaAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var all = _changes.Merge(unitOfWork.Store.Read(unitOfWork.Workspace, s => s.CustomFields.ToList()));
        return Task.FromResult(new CustomFieldSchema(all.OrderBy(d => d.RecordKind).ThenBy(d => d.Name, StringComparer.OrdinalIgnoreCase)));
    }

    public Task SaveAsync(CustomFieldDefinition definition, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(definition);
        cancellationToken.ThrowIfCancellationRequested();
        unitOfWork.EnsureOpen();
        _changes.StageReplace((definition.RecordKind, definition.Name), definition);
        return Task.CompletedTask;
    }

    public async Task<bool> RemoveAsync(RecordKind recordKind, string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        var schema = await GetSchemaAsync(cancellationToken).ConfigureAwait(false);
        var existing = schema.Find(recordKind, name);
        if (existing is null)
        {
            return false;
        }

        unitOfWork.EnsureOpen();
        _changes.StageRemove((recordKind, existing.Name));
        return true;
    }

    void IStagedChanges.Verify(InMemoryWorkspaceState state, IReadOnlyList<InMemoryWorkspaceState> otherWorkspaces)
    {
    }

    void IStagedChanges.Apply(InMemoryWorkspaceState state) => _changes.Apply(state);
}
