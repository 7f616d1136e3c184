using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.EntityFrameworkCore.Rows;
using LeadKit.EntityFrameworkCore.Sql;
using LeadKit.Leads;
using LeadKit.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using NodaTime;

namespace LeadKit.EntityFrameworkCore.Storage;

/// <summary>
/// Items linked to a record (history items, opportunities) on EF Core: one row each, with the item
/// as a JSON document; relinking is one set-based UPDATE of the link columns. A derived class
/// names the item's facts and its own columns.
/// </summary>
/// <typeparam name="TItem">The item type.</typeparam>
/// <typeparam name="TId">Its identifier type.</typeparam>
/// <typeparam name="TRow">Its row type.</typeparam>
internal abstract class EfLinkedItemRepository<TItem, TId, TRow> : ILinkedItemRepository<TItem, TId>
    where TItem : class
    where TId : struct
    where TRow : LinkedItemRow
{
    /// <summary>The name of the property by which every linked item names its record.</summary>
    private const string LinkField = "Record";

    /// <summary>Records per query of <see cref="ListForManyAsync"/>.</summary>
    private const int ManyChunkSize = 500;

    private static readonly string TypeName = typeof(TItem).Name;

    private readonly EfUnitOfWork _unit;

    protected EfLinkedItemRepository(EfUnitOfWork unit)
    {
        _unit = unit;
    }

    /// <summary>Gets the table the rows live in.</summary>
    protected abstract string Table { get; }

    /// <summary>Gets how one item is named in messages ("History item").</summary>
    protected abstract string ItemNoun { get; }

    /// <summary>Gets how the items of a record are named in messages ("History").</summary>
    protected abstract string CollectionNoun { get; }

    /// <summary>Gets the instant column a record's items are listed by, oldest first.</summary>
    protected abstract Expression<Func<TRow, Instant>> OrderKey { get; }

    private DbSet<TRow> Rows => _unit.Context.Set<TRow>();

    public Task AddAsync(IReadOnlyCollection<TItem> items, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        return _unit.WriteAsync(async () =>
        {
            foreach (var item in items)
            {
                ArgumentNullException.ThrowIfNull(item, nameof(items));
            }

            await CheckRecordsAsync(items, cancellationToken).ConfigureAwait(false);

            // Identifiers repeated within the call are refused here; one already stored is refused by
            // the table's primary key on the bulk path (no lookup query per batch), else looked up.
            var repeated = items.GroupBy(i => Key(i)).Where(g => g.Count() > 1).Select(g => g.First()).FirstOrDefault();
            if (repeated is not null)
            {
                throw new ConcurrencyConflictException(TypeName, IdText(repeated), 0, 1);
            }

            if (BulkTable is { } table)
            {
                // The set-based path: one prepared INSERT (SQLite) or binary COPY (PostgreSQL) for the batch.
                var rows = items.Select(i => BulkValues(ToRow(i))).ToList();
                try
                {
                    await _unit.Dialect.InsertAsync(_unit.Connection, _unit.Transaction!, table, rows, _unit.BatchSize, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception e) when (_unit.Dialect.IsUniqueViolation(e))
                {
                    // The call's savepoint is rolled back (nothing of it stays); PostgreSQL's transaction
                    // cannot be queried before that, so the conflict names the batch's first item.
                    throw new ConcurrencyConflictException(TypeName, IdText(items.First()), 0, 1);
                }
            }
            else
            {
                var existing = await _unit.ExistingAsync(Table, items.Select(i => Key(i)), false, cancellationToken).ConfigureAwait(false);
                var duplicate = items.FirstOrDefault(i => existing.ContainsKey(Key(i)));
                if (duplicate is not null)
                {
                    throw new ConcurrencyConflictException(TypeName, IdText(duplicate), 0, 1);
                }

                Rows.AddRange(items.Select(ToRow));
                await _unit.Context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                _unit.Context.ChangeTracker.Clear();
            }
        }, cancellationToken);
    }

    public async Task<TItem?> FindAsync(TId id, CancellationToken cancellationToken = default)
    {
        var key = Key(id);
        var workspace = _unit.Workspace.Value;
        var row = await Rows.AsNoTracking().FirstOrDefaultAsync(r => r.Id == key && r.WorkspaceId == workspace, cancellationToken).ConfigureAwait(false);
        return row is null ? null : ToItem(row);
    }

    public Task ReplaceAsync(TItem item, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        return _unit.WriteAsync(async () =>
        {
            var key = Key(item);
            var workspace = _unit.Workspace.Value;
            if (!await Rows.AnyAsync(r => r.Id == key && r.WorkspaceId == workspace, cancellationToken).ConfigureAwait(false))
            {
                throw new RecordNotFoundException(TypeName, IdText(item));
            }

            await CheckRecordAsync(item, cancellationToken).ConfigureAwait(false);
            var row = ToRow(item);
            await Rows.Where(r => r.Id == key && r.WorkspaceId == workspace).ExecuteUpdateAsync(
                s =>
                {
                    s.SetProperty(r => r.RecordKind, row.RecordKind)
                        .SetProperty(r => r.RecordId, row.RecordId)
                        .SetProperty(r => r.CreatedAt, row.CreatedAt)
                        .SetProperty(r => r.Document, row.Document);
                    SetOwnColumns(s, row);
                },
                cancellationToken).ConfigureAwait(false);
        }, cancellationToken);
    }

    public Task<bool> DeleteAsync(TId id, CancellationToken cancellationToken = default)
    {
        var key = Key(id);
        var workspace = _unit.Workspace.Value;
        return _unit.WriteAsync(
            async () => await Rows.Where(r => r.Id == key && r.WorkspaceId == workspace).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false) > 0,
            cancellationToken);
    }

    public async IAsyncEnumerable<TItem> ListForAsync(RecordReference record, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var workspace = _unit.Workspace.Value;
        var kind = (int)record.Kind;
        var id = record.Id;

        // A record's items are few: read them whole, so no reader stays open while the caller works.
        var rows = await Rows.AsNoTracking()
            .Where(r => r.WorkspaceId == workspace && r.RecordKind == kind && r.RecordId == id)
            .OrderBy(OrderKey).ThenBy(r => r.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var row in rows)
        {
            yield return ToItem(row);
        }
    }

    public async Task<IReadOnlyDictionary<RecordReference, IReadOnlyList<TItem>>> ListForManyAsync(IReadOnlyCollection<RecordReference> records, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        var workspace = _unit.Workspace.Value;
        var result = records.Distinct().ToDictionary(r => r, _ => new List<TItem>());
        foreach (var byKind in result.Keys.GroupBy(r => (int)r.Kind))
        {
            var kind = byKind.Key;
            foreach (var chunk in byKind.Select(r => r.Id).Chunk(ManyChunkSize))
            {
                // One query per chunk of records (EF Core sends the ids as one parameter).
                var rows = await Rows.AsNoTracking()
                    .Where(r => r.WorkspaceId == workspace && r.RecordKind == kind && chunk.Contains(r.RecordId))
                    .OrderBy(OrderKey).ThenBy(r => r.Id)
                    .ToListAsync(cancellationToken).ConfigureAwait(false);
                foreach (var row in rows)
                {
                    var item = ToItem(row);
                    result[RecordOf(item)].Add(item);
                }
            }
        }

        return result.ToDictionary(p => p.Key, p => (IReadOnlyList<TItem>)p.Value);
    }

    public Task<int> RelinkAsync(RecordReference source, RecordReference target, CancellationToken cancellationToken = default) =>
        _unit.WriteAsync(async () =>
        {
            if (!await _unit.RecordExistsAsync(target, cancellationToken).ConfigureAwait(false))
            {
                throw new WorkspaceViolationException(LinkField, $"{CollectionNoun} cannot move to {target}: no such record in this workspace.");
            }

            var workspace = _unit.Workspace.Value;
            var (fromKind, fromId, toKind, toId) = ((int)source.Kind, source.Id, (int)target.Kind, target.Id);
            return await Rows
                .Where(r => r.WorkspaceId == workspace && r.RecordKind == fromKind && r.RecordId == fromId)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.RecordKind, toKind).SetProperty(r => r.RecordId, toId), cancellationToken)
                .ConfigureAwait(false);
        }, cancellationToken);

    public Task<int> RelinkItemsAsync(IReadOnlyCollection<TId> items, RecordReference target, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        return _unit.WriteAsync(async () =>
        {
            if (!await _unit.RecordExistsAsync(target, cancellationToken).ConfigureAwait(false))
            {
                throw new WorkspaceViolationException(LinkField, $"{CollectionNoun} cannot move to {target}: no such record in this workspace.");
            }

            var workspace = _unit.Workspace.Value;
            var (toKind, toId) = ((int)target.Kind, target.Id);
            var moved = 0;
            foreach (var chunk in items.Select(Key).Distinct().Chunk(ManyChunkSize))
            {
                // One set-based UPDATE per chunk of items (a merge's items are usually one chunk).
                moved += await Rows
                    .Where(r => r.WorkspaceId == workspace && chunk.Contains(r.Id) && !(r.RecordKind == toKind && r.RecordId == toId))
                    .ExecuteUpdateAsync(s => s.SetProperty(r => r.RecordKind, toKind).SetProperty(r => r.RecordId, toId), cancellationToken)
                    .ConfigureAwait(false);
            }

            return moved;
        }, cancellationToken);
    }

    /// <summary>Gets the key of an identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The key.</returns>
    protected abstract Guid Key(TId id);

    /// <summary>Gets an item's key.</summary>
    /// <param name="item">The item.</param>
    /// <returns>The key.</returns>
    protected abstract Guid Key(TItem item);

    /// <summary>Gets the record an item is linked to.</summary>
    /// <param name="item">The item.</param>
    /// <returns>The record.</returns>
    protected abstract RecordReference RecordOf(TItem item);

    /// <summary>Gets a copy of an item linked to another record.</summary>
    /// <param name="item">The item.</param>
    /// <param name="record">The record to link to.</param>
    /// <returns>The copy, with the same identifier.</returns>
    protected abstract TItem RelinkTo(TItem item, RecordReference record);

    /// <summary>
    /// Creates a row holding what only the item type knows: its creation instant and its own
    /// columns. The identifier, workspace, link and document are filled in by this class.
    /// </summary>
    /// <param name="item">The item.</param>
    /// <returns>The row.</returns>
    protected abstract TRow NewRow(TItem item);

    /// <summary>Adds the columns of this item type to the UPDATE that replaces an item.</summary>
    /// <param name="setters">The UPDATE's setters.</param>
    /// <param name="row">The row with the new values.</param>
    protected abstract void SetOwnColumns(UpdateSettersBuilder<TRow> setters, TRow row);

    /// <summary>Gets the table's columns when items are added through the dialect's bulk insert, or <see langword="null"/> to add them through EF Core.</summary>
    protected virtual TableSpec? BulkTable => null;

    /// <summary>The values of a row in <see cref="BulkTable"/>'s column order.</summary>
    /// <param name="row">The row.</param>
    /// <returns>The values.</returns>
    protected virtual object?[] BulkValues(TRow row) => throw new NotSupportedException();

    private string IdText(TItem item) => Key(item).ToString("D");

    /// <summary>
    /// Refuses items linked to records outside the workspace: one query per record table and 500
    /// records, for the records this unit of work has not itself just updated (<see cref="EfUnitOfWork.IsKnownRecord"/>:
    /// a bulk edit's history entries need no query).
    /// </summary>
    private async Task CheckRecordsAsync(IEnumerable<TItem> items, CancellationToken cancellationToken)
    {
        foreach (var group in items.Where(i => !_unit.IsKnownRecord(RecordOf(i))).GroupBy(i => RecordOf(i).Kind))
        {
            var ids = group.Select(i => RecordOf(i).Id).Distinct().ToList();
            var found = await _unit.ExistingAsync(RecordTables.For(group.Key).Name, ids, false, cancellationToken).ConfigureAwait(false);
            var stranger = group.FirstOrDefault(i => !found.TryGetValue(RecordOf(i).Id, out var f) || f.Workspace != _unit.Workspace.Value);
            if (stranger is not null)
            {
                throw new WorkspaceViolationException(LinkField, $"{ItemNoun} {IdText(stranger)} is linked to {RecordOf(stranger)}, which is not a record of this workspace.");
            }
        }
    }

    private TRow ToRow(TItem item)
    {
        var row = NewRow(item);
        row.Id = Key(item);
        row.WorkspaceId = _unit.Workspace.Value;
        row.RecordKind = (int)RecordOf(item).Kind;
        row.RecordId = RecordOf(item).Id;
        row.Document = Documents.Write(item);
        return row;
    }

    /// <summary>Materialises an item: the document, linked to the record the row's link columns name (they are authoritative after a relink).</summary>
    private TItem ToItem(TRow row)
    {
        var item = Documents.Read<TItem>(row.Document);
        var link = new RecordReference((RecordKind)row.RecordKind, row.RecordId);
        return RecordOf(item) == link ? item : RelinkTo(item, link);
    }

    private async Task CheckRecordAsync(TItem item, CancellationToken cancellationToken)
    {
        if (!await _unit.RecordExistsAsync(RecordOf(item), cancellationToken).ConfigureAwait(false))
        {
            throw new WorkspaceViolationException(LinkField, $"{ItemNoun} {IdText(item)} is linked to {RecordOf(item)}, which is not a record of this workspace.");
        }
    }
}
