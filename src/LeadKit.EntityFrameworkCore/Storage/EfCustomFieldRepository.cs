using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.CustomFields;
using LeadKit.EntityFrameworkCore.Rows;
using LeadKit.EntityFrameworkCore.Sql;
using LeadKit.Leads;
using LeadKit.Storage;
using Microsoft.EntityFrameworkCore;

namespace LeadKit.EntityFrameworkCore.Storage;

/// <summary>The custom-field definitions of a workspace, one row (and JSON document) each, keyed by record type and folded name.</summary>
internal sealed class EfCustomFieldRepository(EfUnitOfWork unit) : ICustomFieldRepository
{
    public async Task<CustomFieldSchema> GetSchemaAsync(CancellationToken cancellationToken = default)
    {
        var workspace = unit.Workspace.Value;
        var documents = await unit.Context.CustomFields.AsNoTracking().Where(c => c.WorkspaceId == workspace).Select(c => c.Document).ToListAsync(cancellationToken).ConfigureAwait(false);
        var definitions = documents.Select(Documents.Read<CustomFieldDefinition>)
            .OrderBy(d => d.RecordKind).ThenBy(d => d.Name, StringComparer.OrdinalIgnoreCase);
        return new CustomFieldSchema(definitions);
    }

    public Task SaveAsync(CustomFieldDefinition definition, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return unit.WriteAsync(async () =>
        {
            var (workspace, kind, key) = (unit.Workspace.Value, (int)definition.RecordKind, TextKey.Fold(definition.Name)!);
            await unit.Context.CustomFields.Where(c => c.WorkspaceId == workspace && c.RecordKind == kind && c.NameKey == key).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
            unit.Context.CustomFields.Add(new CustomFieldRow { WorkspaceId = workspace, RecordKind = kind, NameKey = key, Name = definition.Name, Document = Documents.Write(definition) });
            await unit.Context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            unit.Context.ChangeTracker.Clear();
        }, cancellationToken);
    }

    public Task<bool> RemoveAsync(RecordKind recordKind, string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        var (workspace, kind, key) = (unit.Workspace.Value, (int)recordKind, TextKey.Fold(name.Trim())!);
        return unit.WriteAsync(
            async () => await unit.Context.CustomFields.Where(c => c.WorkspaceId == workspace && c.RecordKind == kind && c.NameKey == key).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false) > 0,
            cancellationToken);
    }
}
