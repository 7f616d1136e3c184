using System;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.EntityFrameworkCore.Sql;
using LeadKit.Leads;
using LeadKit.Storage;

namespace LeadKit.EntityFrameworkCore.Storage;

/// <summary>
/// The workspace's picklists: one row of <c>picklists</c> per list once saved (its version and its
/// entries as a JSON document). A save is an upsert (the last save wins); an add is a
/// compare-and-swap on the version, retried when another unit of work changed the list meanwhile,
/// so concurrent adds of different entries all end up on the list.
/// </summary>
internal sealed class EfPicklistRepository(EfUnitOfWork unit) : IPicklistRepository
{
    private const int MaxAddAttempts = 20;

    public async Task<Picklist> GetAsync(PicklistKind kind, CancellationToken cancellationToken = default)
    {
        Check(kind);
        unit.EnsureOpen();
        var stored = await ReadAsync(kind, cancellationToken).ConfigureAwait(false);
        return stored?.List ?? Picklist.DefaultFor(kind);
    }

    public Task SaveAsync(PicklistKind kind, Picklist entries, CancellationToken cancellationToken = default)
    {
        Check(kind);
        ArgumentNullException.ThrowIfNull(entries);
        return unit.WriteAsync(
            async () =>
            {
                var sql = new SqlText(unit.Dialect);
                sql.Append("INSERT INTO picklists (workspace_id, kind, version, document) VALUES (")
                    .Append(sql.Parameter(unit.Workspace.Value, ColumnType.Guid)).Append(", ")
                    .Append(sql.Parameter((int)kind, ColumnType.Int32)).Append(", 1, ")
                    .Append(sql.Parameter(Documents.Write(entries), ColumnType.Json))
                    .Append(") ON CONFLICT (workspace_id, kind) DO UPDATE SET version = picklists.version + 1, document = excluded.document");
                await ExecuteAsync(sql, cancellationToken).ConfigureAwait(false);
            },
            cancellationToken);
    }

    public Task<bool> AddAsync(PicklistKind kind, string entry, CancellationToken cancellationToken = default)
    {
        Check(kind);
        var name = new Picklist([entry])[0];
        return unit.WriteAsync(
            async () =>
            {
                for (var attempt = 0; attempt < MaxAddAttempts; attempt++)
                {
                    var stored = await ReadAsync(kind, cancellationToken).ConfigureAwait(false);
                    var list = stored?.List ?? Picklist.DefaultFor(kind);
                    if (list.Contains(name))
                    {
                        return false;
                    }

                    var sql = new SqlText(unit.Dialect);
                    var workspace = sql.Parameter(unit.Workspace.Value, ColumnType.Guid);
                    var kindValue = sql.Parameter((int)kind, ColumnType.Int32);
                    var document = sql.Parameter(Documents.Write(list.Add(name)), ColumnType.Json);
                    if (stored is { } row)
                    {
                        sql.Append("UPDATE picklists SET version = ").Append(sql.Parameter(row.Version + 1, ColumnType.Int64)).Append(", document = ").Append(document)
                            .Append(" WHERE workspace_id = ").Append(workspace).Append(" AND kind = ").Append(kindValue)
                            .Append(" AND version = ").Append(sql.Parameter(row.Version, ColumnType.Int64));
                    }
                    else
                    {
                        sql.Append("INSERT INTO picklists (workspace_id, kind, version, document) VALUES (").Append(workspace).Append(", ").Append(kindValue)
                            .Append(", 1, ").Append(document).Append(") ON CONFLICT (workspace_id, kind) DO NOTHING");
                    }

                    if (await ExecuteAsync(sql, cancellationToken).ConfigureAwait(false) == 1)
                    {
                        return true;
                    }
                }

                throw new ConcurrencyConflictException(nameof(Picklist), $"{unit.Workspace} {kind}", 0, null);
            },
            cancellationToken);
    }

    private static void Check(PicklistKind kind)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown picklist kind.");
        }
    }

    private async Task<(long Version, Picklist List)?> ReadAsync(PicklistKind kind, CancellationToken cancellationToken)
    {
        var sql = new SqlText(unit.Dialect);
        sql.Append("SELECT version, document FROM picklists WHERE workspace_id = ").Append(sql.Parameter(unit.Workspace.Value, ColumnType.Guid))
            .Append(" AND kind = ").Append(sql.Parameter((int)kind, ColumnType.Int32));
        var rows = await unit.QueryAsync(sql, [ColumnType.Int64, ColumnType.Json], cancellationToken).ConfigureAwait(false);
        return rows.Count == 0 ? null : ((long)rows[0][0]!, Documents.Read<Picklist>((string)rows[0][1]!));
    }

    private async Task<int> ExecuteAsync(SqlText sql, CancellationToken cancellationToken)
    {
        var command = unit.Command(sql);
        await using (command.ConfigureAwait(false))
        {
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
