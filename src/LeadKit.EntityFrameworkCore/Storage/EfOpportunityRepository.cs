using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.EntityFrameworkCore.Rows;
using LeadKit.EntityFrameworkCore.Sql;
using LeadKit.History;
using LeadKit.Leads;
using LeadKit.Storage;
using Microsoft.EntityFrameworkCore;

namespace LeadKit.EntityFrameworkCore.Storage;

/// <summary>Opportunities on EF Core: rows with the opportunity (product lines included) as a JSON document; relinking is one set-based UPDATE.</summary>
internal sealed class EfOpportunityRepository(EfUnitOfWork unit) : IOpportunityRepository
{
    public Task AddAsync(IReadOnlyCollection<Opportunity> opportunities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(opportunities);
        return unit.WriteAsync(async () =>
        {
            foreach (var item in opportunities)
            {
                ArgumentNullException.ThrowIfNull(item, nameof(opportunities));
                await CheckRecordAsync(item, cancellationToken).ConfigureAwait(false);
            }

            var ids = opportunities.Select(i => i.Id.Value).ToList();
            var existing = await unit.ExistingAsync("opportunities", ids, false, cancellationToken).ConfigureAwait(false);
            var duplicate = opportunities.FirstOrDefault(i => existing.ContainsKey(i.Id.Value)) ?? opportunities.GroupBy(i => i.Id).Where(g => g.Count() > 1).Select(g => g.First()).FirstOrDefault();
            if (duplicate is not null)
            {
                throw new ConcurrencyConflictException(nameof(Opportunity), duplicate.Id.ToString(), 0, 1);
            }

            unit.Context.Opportunities.AddRange(opportunities.Select(ToRow));
            await unit.Context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            unit.Context.ChangeTracker.Clear();
        }, cancellationToken);
    }

    public async Task<Opportunity?> FindAsync(OpportunityId id, CancellationToken cancellationToken = default)
    {
        var key = id.Value;
        var workspace = unit.Workspace.Value;
        var row = await unit.Context.Opportunities.AsNoTracking().FirstOrDefaultAsync(h => h.Id == key && h.WorkspaceId == workspace, cancellationToken).ConfigureAwait(false);
        return row is null ? null : ToItem(row);
    }

    public Task ReplaceAsync(Opportunity item, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        return unit.WriteAsync(async () =>
        {
            var key = item.Id.Value;
            var workspace = unit.Workspace.Value;
            if (!await unit.Context.Opportunities.AnyAsync(h => h.Id == key && h.WorkspaceId == workspace, cancellationToken).ConfigureAwait(false))
            {
                throw new RecordNotFoundException(nameof(Opportunity), item.Id.ToString());
            }

            await CheckRecordAsync(item, cancellationToken).ConfigureAwait(false);
            var row = ToRow(item);
            await unit.Context.Opportunities.Where(h => h.Id == key && h.WorkspaceId == workspace).ExecuteUpdateAsync(
                s => s.SetProperty(h => h.RecordKind, row.RecordKind)
                    .SetProperty(h => h.RecordId, row.RecordId)
                    .SetProperty(h => h.Stage, row.Stage)
                    .SetProperty(h => h.Probability, row.Probability)
                    .SetProperty(h => h.CurrencyCode, row.CurrencyCode)
                    .SetProperty(h => h.CreatedAt, row.CreatedAt)
                    .SetProperty(h => h.Document, row.Document),
                cancellationToken).ConfigureAwait(false);
        }, cancellationToken);
    }

    public Task<bool> DeleteAsync(OpportunityId id, CancellationToken cancellationToken = default)
    {
        var key = id.Value;
        var workspace = unit.Workspace.Value;
        return unit.WriteAsync(
            async () => await unit.Context.Opportunities.Where(h => h.Id == key && h.WorkspaceId == workspace).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false) > 0,
            cancellationToken);
    }

    public async IAsyncEnumerable<Opportunity> ListForAsync(RecordReference record, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var workspace = unit.Workspace.Value;
        var kind = (int)record.Kind;
        var id = record.Id;

        // A record's opportunities are few: read it whole, so no reader stays open while the caller works.
        var rows = await unit.Context.Opportunities.AsNoTracking()
            .Where(h => h.WorkspaceId == workspace && h.RecordKind == kind && h.RecordId == id)
            .OrderBy(h => h.CreatedAt).ThenBy(h => h.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var row in rows)
        {
            yield return ToItem(row);
        }
    }

    public Task<int> RelinkAsync(RecordReference from, RecordReference to, CancellationToken cancellationToken = default) =>
        unit.WriteAsync(async () =>
        {
            if (!await unit.RecordExistsAsync(to, cancellationToken).ConfigureAwait(false))
            {
                throw new WorkspaceViolationException(nameof(Opportunity.Record), $"Opportunities cannot move to {to}: no such record in this workspace.");
            }

            var workspace = unit.Workspace.Value;
            var (fromKind, fromId, toKind, toId) = ((int)from.Kind, from.Id, (int)to.Kind, to.Id);
            return await unit.Context.Opportunities
                .Where(h => h.WorkspaceId == workspace && h.RecordKind == fromKind && h.RecordId == fromId)
                .ExecuteUpdateAsync(s => s.SetProperty(h => h.RecordKind, toKind).SetProperty(h => h.RecordId, toId), cancellationToken)
                .ConfigureAwait(false);
        }, cancellationToken);

    private OpportunityRow ToRow(Opportunity item) => new()
    {
        Id = item.Id.Value,
        WorkspaceId = unit.Workspace.Value,
        RecordKind = (int)item.Record.Kind,
        RecordId = item.Record.Id,
        Stage = (int)item.Stage,
        Probability = item.Probability,
        CurrencyCode = item.CurrencyCode,
        CreatedAt = item.CreatedAt,
        Document = Documents.Write(item),
    };

    /// <summary>Materialises an item: the document, linked to the record the row's link columns name (they are authoritative after a relink).</summary>
    private static Opportunity ToItem(OpportunityRow row)
    {
        var item = Documents.Read<Opportunity>(row.Document);
        var link = new RecordReference((RecordKind)row.RecordKind, row.RecordId);
        return item.Record == link ? item : item.RelinkTo(link);
    }

    private async Task CheckRecordAsync(Opportunity item, CancellationToken cancellationToken)
    {
        if (!await unit.RecordExistsAsync(item.Record, cancellationToken).ConfigureAwait(false))
        {
            throw new WorkspaceViolationException(nameof(Opportunity.Record), $"Opportunity {item.Id} is linked to {item.Record}, which is not a record of this workspace.");
        }
    }
}
