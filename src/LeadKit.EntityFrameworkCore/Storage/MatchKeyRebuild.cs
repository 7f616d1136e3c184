using System;
using System.Collections.Generic;
using System.Data.Common;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.Contacts;
using LeadKit.EntityFrameworkCore.Sql;
using LeadKit.Import.Duplicates;
using LeadKit.Leads;

namespace LeadKit.EntityFrameworkCore.Storage;

/// <summary>
/// Keeps <c>record_match_keys</c> made with the store's <see cref="LeadKitStoreOptions.DuplicateMatching"/>:
/// the options the keys were made with are recorded in <c>leadkit_match_key_options</c>; when they
/// differ from the store's (or nothing is recorded yet, as right after the migration that adds the
/// keys), every record's keys are made again, in the migration's transaction, reading the records a
/// chunk at a time in id order.
/// </summary>
internal static class MatchKeyRebuild
{
    private const int Chunk = 2_000;

    public static async Task EnsureAsync(EfLeadKitStore store, DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var wanted = store.MatchKeys.Options.ToString();
        var recorded = await QueryAsync(store, connection, transaction, new SqlText(store.Dialect).Append("SELECT options FROM leadkit_match_key_options WHERE id = 1"), [ColumnType.Text], cancellationToken).ConfigureAwait(false);
        if (recorded.Count == 1 && (string?)recorded[0][0] == wanted)
        {
            return;
        }

        await ExecuteAsync(store, connection, transaction, new SqlText(store.Dialect).Append("DELETE FROM record_match_keys"), cancellationToken).ConfigureAwait(false);
        await RebuildAsync<Lead>(store, connection, transaction, RecordKind.Lead, cancellationToken).ConfigureAwait(false);
        await RebuildAsync<BusinessContact>(store, connection, transaction, RecordKind.BusinessContact, cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(store, connection, transaction, new SqlText(store.Dialect).Append("DELETE FROM leadkit_match_key_options"), cancellationToken).ConfigureAwait(false);
        var record = new SqlText(store.Dialect);
        record.Append("INSERT INTO leadkit_match_key_options (id, options) VALUES (1, ").Append(record.Parameter(wanted, ColumnType.Text)).Append(")");
        await ExecuteAsync(store, connection, transaction, record, cancellationToken).ConfigureAwait(false);
    }

    private static async Task RebuildAsync<TRecord>(EfLeadKitStore store, DbConnection connection, DbTransaction transaction, RecordKind kind, CancellationToken cancellationToken)
        where TRecord : ContactRecord
    {
        var table = RecordTables.For(kind).Name;
        Guid? last = null;
        while (true)
        {
            var sql = new SqlText(store.Dialect);
            sql.Append($"SELECT id, workspace_id, document FROM {table}");
            if (last is { } after)
            {
                sql.Append(" WHERE id > ").Append(sql.Parameter(after, ColumnType.Guid));
            }

            sql.Append($" ORDER BY id LIMIT {Chunk}");
            var rows = await QueryAsync(store, connection, transaction, sql, [ColumnType.Guid, ColumnType.Guid, ColumnType.Document], cancellationToken).ConfigureAwait(false);
            if (rows.Count == 0)
            {
                return;
            }

            var keys = new List<object?[]>(rows.Count * 2);
            foreach (var row in rows)
            {
                var position = 0;
                foreach (var key in store.MatchKeys.For(Documents.Read<TRecord>(row[2]!)))
                {
                    keys.Add([(int)kind, (Guid)row[0]!, position++, (Guid)row[1]!, (int)key.Rule, key.Value]);
                }
            }

            if (keys.Count > 0)
            {
                await store.Dialect.InsertAsync(connection, transaction, RecordTables.Keys, keys, store.Options.BatchSize, cancellationToken).ConfigureAwait(false);
            }

            last = (Guid)rows[^1][0]!;
        }
    }

    private static async Task<List<object?[]>> QueryAsync(EfLeadKitStore store, DbConnection connection, DbTransaction transaction, SqlText sql, ColumnType[] types, CancellationToken cancellationToken)
    {
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.Transaction = transaction;
            sql.ApplyTo(command);
            var rows = new List<object?[]>();
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    var row = new object?[types.Length];
                    for (var i = 0; i < types.Length; i++)
                    {
                        row[i] = await reader.IsDBNullAsync(i, cancellationToken).ConfigureAwait(false) ? null : store.Dialect.ReadValue(reader, i, types[i]);
                    }

                    rows.Add(row);
                }
            }

            return rows;
        }
    }

    private static async Task ExecuteAsync(EfLeadKitStore store, DbConnection connection, DbTransaction transaction, SqlText sql, CancellationToken cancellationToken)
    {
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.Transaction = transaction;
            sql.ApplyTo(command);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
