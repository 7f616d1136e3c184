using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.EntityFrameworkCore.Sql;
using LeadKit.Operations;
using LeadKit.Leads;
using LeadKit.Storage;

namespace LeadKit.EntityFrameworkCore.Storage;

/// <summary>
/// Recorded operations on EF Core: one row of <c>operations</c> per operation (its summary as JSON),
/// and its undo entries in <c>operation_entries</c>, rows holding a JSON array of entries each,
/// numbered in order. An <see cref="AddEntriesAsync"/> call (a batch of the operation) writes its
/// entries in rows of about <see cref="RowChars"/> characters, so recording the undo costs a few
/// statements per batch, not one per record, and no row's text is large enough to go to the
/// garbage collector's large-object heap (whose growth triggers full collections).
/// </summary>
internal sealed class EfOperationRepository(EfUnitOfWork unit) : IOperationRepository
{
    /// <summary>About how many characters of undo documents one <c>operation_entries</c> row holds: its JSON text stays below the large-object threshold (85 000 bytes).</summary>
    private const int RowChars = 16_000;

    /// <summary>The next chunk number per operation this unit of work appends to.</summary>
    private readonly Dictionary<OperationId, int> _nextChunk = [];

    public Task AddAsync(OperationSummary operation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(operation);
        return unit.WriteAsync(
            async () =>
            {
                var sql = new SqlText(unit.Dialect);
                sql.Append("INSERT INTO operations (id, workspace_id, at, document) VALUES (")
                    .Append(sql.Parameter(operation.Id.Value, ColumnType.Guid)).Append(", ")
                    .Append(sql.Parameter(unit.Workspace.Value, ColumnType.Guid)).Append(", ")
                    .Append(sql.Parameter(operation.At, ColumnType.Instant)).Append(", ")
                    .Append(sql.Parameter(OperationDocuments.Write(operation), ColumnType.Json)).Append(")");
                try
                {
                    await ExecuteAsync(sql, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception e) when (unit.Dialect.IsUniqueViolation(e))
                {
                    throw new ConcurrencyConflictException("Operation", operation.Id.ToString(), 0, 1);
                }
            },
            cancellationToken);
    }

    public Task AddEntriesAsync(OperationId operation, IReadOnlyList<OperationUndoEntry> entries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (entries.Count == 0)
        {
            return Task.CompletedTask;
        }

        return unit.WriteAsync(
            async () =>
            {
                if (!_nextChunk.TryGetValue(operation, out var chunk))
                {
                    var max = new SqlText(unit.Dialect);
                    max.Append("SELECT COALESCE(MAX(chunk), -1) FROM operation_entries WHERE operation_id = ").Append(max.Parameter(operation.Value, ColumnType.Guid));
                    var rows = await unit.QueryAsync(max, [ColumnType.Int32], cancellationToken).ConfigureAwait(false);
                    chunk = (int)rows[0][0]! + 1;
                }

                var start = 0;
                while (start < entries.Count)
                {
                    var (end, chars) = (start, 0);
                    do
                    {
                        chars += (entries[end].Before?.Length ?? 0) + 100;
                        end++;
                    }
                    while (end < entries.Count && chars + (entries[end].Before?.Length ?? 0) + 100 <= RowChars);

                    var sql = new SqlText(unit.Dialect);
                    sql.Append("INSERT INTO operation_entries (operation_id, chunk, workspace_id, entries) VALUES (")
                        .Append(sql.Parameter(operation.Value, ColumnType.Guid)).Append(", ")
                        .Append(sql.Parameter(chunk, ColumnType.Int32)).Append(", ")
                        .Append(sql.Parameter(unit.Workspace.Value, ColumnType.Guid)).Append(", ")
                        .Append(sql.Parameter(OperationDocuments.Write([.. entries.Skip(start).Take(end - start)]), ColumnType.Json)).Append(")");
                    await ExecuteAsync(sql, cancellationToken).ConfigureAwait(false);
                    (start, chunk) = (end, chunk + 1);
                }

                _nextChunk[operation] = chunk;
            },
            cancellationToken);
    }

    public async Task<OperationSummary?> FindAsync(OperationId id, CancellationToken cancellationToken = default)
    {
        var sql = Select();
        sql.Append(" AND id = ").Append(sql.Parameter(id.Value, ColumnType.Guid));
        var rows = await unit.QueryAsync(sql, [ColumnType.Json], cancellationToken).ConfigureAwait(false);
        return rows.Count == 0 ? null : OperationDocuments.ReadSummary((string)rows[0][0]!);
    }

    public async Task<IReadOnlyList<OperationUndoEntry>> ReadEntriesAsync(OperationId id, CancellationToken cancellationToken = default)
    {
        unit.EnsureOpen();
        var sql = new SqlText(unit.Dialect);
        sql.Append("SELECT entries FROM operation_entries WHERE workspace_id = ").Append(sql.Parameter(unit.Workspace.Value, ColumnType.Guid))
            .Append(" AND operation_id = ").Append(sql.Parameter(id.Value, ColumnType.Guid)).Append(" ORDER BY chunk");
        var rows = await unit.QueryAsync(sql, [ColumnType.Json], cancellationToken).ConfigureAwait(false);
        return [.. rows.SelectMany(r => OperationDocuments.ReadEntries((string)r[0]!))];
    }

    public async Task<IReadOnlyList<OperationSummary>> ListAsync(int limit = 50, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var sql = Select();
        sql.Append(" ORDER BY at DESC, id DESC LIMIT ").Append(sql.Parameter(limit, ColumnType.Int32));
        var rows = await unit.QueryAsync(sql, [ColumnType.Json], cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(r => OperationDocuments.ReadSummary((string)r[0]!))];
    }

    public async Task MarkUndoneAsync(OperationId id, OperationId undoneBy, CancellationToken cancellationToken = default)
    {
        var summary = await FindAsync(id, cancellationToken).ConfigureAwait(false) ?? throw new RecordNotFoundException("Operation", id.ToString());
        await unit.WriteAsync(
            async () =>
            {
                var sql = new SqlText(unit.Dialect);
                sql.Append("UPDATE operations SET document = ").Append(sql.Parameter(OperationDocuments.Write(summary with { UndoneBy = undoneBy }), ColumnType.Json))
                    .Append(" WHERE workspace_id = ").Append(sql.Parameter(unit.Workspace.Value, ColumnType.Guid))
                    .Append(" AND id = ").Append(sql.Parameter(id.Value, ColumnType.Guid));
                await ExecuteAsync(sql, cancellationToken).ConfigureAwait(false);
            },
            cancellationToken).ConfigureAwait(false);
    }

    public Task<int> ForgetRecordAsync(RecordReference record, CancellationToken cancellationToken = default) =>
        unit.WriteAsync(
            async () =>
            {
                // The rows whose text names the record (its identifier as written), then each rewritten without its entries.
                var find = new SqlText(unit.Dialect);
                find.Append("SELECT operation_id, chunk, entries FROM operation_entries WHERE workspace_id = ").Append(find.Parameter(unit.Workspace.Value, ColumnType.Guid))
                    .Append(" AND CAST(entries AS text) LIKE ").Append(find.Parameter("%\"" + record.Id.ToString("D") + "\"%", ColumnType.Text));
                var rows = await unit.QueryAsync(find, [ColumnType.Guid, ColumnType.Int32, ColumnType.Json], cancellationToken).ConfigureAwait(false);
                var removed = 0;
                foreach (var row in rows)
                {
                    var entries = OperationDocuments.ReadEntries((string)row[2]!).ToList();
                    var kept = entries.Where(e => e.Record != record).ToList();
                    if (kept.Count == entries.Count)
                    {
                        continue;
                    }

                    removed += entries.Count - kept.Count;
                    var write = new SqlText(unit.Dialect);
                    if (kept.Count == 0)
                    {
                        write.Append("DELETE FROM operation_entries");
                    }
                    else
                    {
                        write.Append("UPDATE operation_entries SET entries = ").Append(write.Parameter(OperationDocuments.Write(kept), ColumnType.Json));
                    }

                    write.Append(" WHERE operation_id = ").Append(write.Parameter(row[0], ColumnType.Guid))
                        .Append(" AND chunk = ").Append(write.Parameter(row[1], ColumnType.Int32));
                    await ExecuteAsync(write, cancellationToken).ConfigureAwait(false);
                }

                return removed;
            },
            cancellationToken);

    private SqlText Select()
    {
        unit.EnsureOpen();
        var sql = new SqlText(unit.Dialect);
        sql.Append("SELECT document FROM operations WHERE workspace_id = ").Append(sql.Parameter(unit.Workspace.Value, ColumnType.Guid));
        return sql;
    }

    private async Task ExecuteAsync(SqlText sql, CancellationToken cancellationToken)
    {
        var command = unit.Command(sql);
        await using (command.ConfigureAwait(false))
        {
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
