using System;
using System.Collections.Generic;
using System.Data.Common;
using System.Globalization;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using NodaTime;
using Npgsql;
using NpgsqlTypes;

namespace LeadKit.EntityFrameworkCore.Sql;

/// <summary>
/// PostgreSQL: uuid, timestamptz (NodaTime <see cref="Instant"/> through the Npgsql NodaTime
/// plugin), date, numeric and json. Bulk adds stream rows with binary COPY; per-row statements
/// (version-checked updates, deletes) go to the server as one <see cref="NpgsqlBatch"/> per chunk.
/// </summary>
internal sealed class PostgresDialect : SqlDialect
{
    private const string UniqueViolation = "23505";
    private const string LockNotAvailable = "55P03";
    private const string DeadlockDetected = "40P01";

    /// <summary>Writes a document rewritten in .NET with the escaping of LeadKit's own writer.</summary>
    private static readonly JsonSerializerOptions DocumentOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static PostgresDialect Instance { get; } = new();

    public override LeadKitDatabaseProvider Provider => LeadKitDatabaseProvider.Postgres;

    public override string Placeholder(int index) => "$" + (index + 1).ToString(CultureInfo.InvariantCulture);

    public override DbParameter CreateParameter(int index, object? value, ColumnType type) => Parameter(value, type);

    public override object ReadValue(DbDataReader reader, int ordinal, ColumnType type) => type switch
    {
        ColumnType.Guid or ColumnType.Uuid => reader.GetGuid(ordinal),
        ColumnType.Text or ColumnType.Json or ColumnType.Document => reader.GetString(ordinal),
        ColumnType.Int32 => reader.GetInt32(ordinal),
        ColumnType.Int64 => reader.GetInt64(ordinal),
        ColumnType.Boolean => reader.GetBoolean(ordinal),
        ColumnType.Instant => reader.GetFieldValue<Instant>(ordinal),
        ColumnType.Date => reader.GetFieldValue<LocalDate>(ordinal),
        ColumnType.Number => reader.GetDecimal(ordinal),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public override string RenderCursorValue(object value, ColumnType type) => type switch
    {
        ColumnType.Number => ((decimal)value).ToString(CultureInfo.InvariantCulture),
        ColumnType.Instant => InstantText.Format((Instant)value),
        ColumnType.Date => InstantText.FormatDate((LocalDate)value),
        ColumnType.Guid => ((Guid)value).ToString("D"),
        ColumnType.Boolean => (bool)value ? "1" : "0",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)!,
    };

    public override object ParseCursorValue(string text, ColumnType type) => type switch
    {
        ColumnType.Number => InstantText.ParseNumber(text),
        ColumnType.Int32 => int.Parse(text, CultureInfo.InvariantCulture),
        ColumnType.Int64 => long.Parse(text, CultureInfo.InvariantCulture),
        ColumnType.Boolean => text == "1",
        ColumnType.Guid => Guid.Parse(text),
        ColumnType.Instant => InstantText.Parse(text),
        ColumnType.Date => InstantText.ParseDate(text),
        _ => text,
    };

    public override string Contains(string column, string placeholder) => $"strpos({column}, {placeholder}) > 0";

    public override string StartsWith(string column, string placeholder) => $"starts_with({column}, {placeholder})";

    public override string EndsWith(string column, string placeholder) => $"right({column}, length({placeholder})) = {placeholder}";

    public override string MinGuidText(string column) => $"MIN({column}::text COLLATE \"C\")";

    public override string JsonText(string column, IReadOnlyList<string> path) => $"({column} #>> '{{{string.Join(',', path)}}}')";

    public override async Task InsertAsync(DbConnection connection, DbTransaction transaction, TableSpec table, IReadOnlyList<object?[]> rows, int batchSize, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var npgsql = (NpgsqlConnection)connection;
        var types = table.Columns.Select(c => DbType(c.Type)).ToArray();
        await using var importer = await npgsql.BeginBinaryImportAsync($"COPY {table.Name} ({table.ColumnList}) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < types.Length; i++)
            {
                if (row[i] is null)
                {
                    await importer.WriteNullAsync(cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await importer.WriteAsync(row[i], types[i], cancellationToken).ConfigureAwait(false);
                }
            }
        }

        await importer.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    public override async Task<int[]> ExecuteEachAsync(DbConnection connection, DbTransaction transaction, string sql, IReadOnlyList<ColumnType> types, IReadOnlyList<object?[]> rows, int batchSize, CancellationToken cancellationToken)
    {
        var affected = new int[rows.Count];
        var npgsql = (NpgsqlConnection)connection;
        for (var start = 0; start < rows.Count; start += batchSize)
        {
            var count = Math.Min(batchSize, rows.Count - start);
            await using var batch = new NpgsqlBatch(npgsql, (NpgsqlTransaction)transaction);
            for (var r = start; r < start + count; r++)
            {
                var command = new NpgsqlBatchCommand(sql);
                for (var i = 0; i < types.Count; i++)
                {
                    command.Parameters.Add(Parameter(rows[r][i], types[i]));
                }

                batch.BatchCommands.Add(command);
            }

            await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            for (var r = 0; r < count; r++)
            {
                affected[start + r] = batch.BatchCommands[r].RecordsAffected;
            }
        }

        return affected;
    }

    public override async Task LockRowsAsync(DbConnection connection, DbTransaction transaction, string table, Guid workspace, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        // One row needs no order; a lock of one row cannot close a cycle on its own.
        if (ids.Count < 2)
        {
            return;
        }

        // FOR NO KEY UPDATE: the lock an UPDATE that leaves the key alone takes; ORDER BY id makes the
        // rows locked one after another in that order. Rows another writer changed meanwhile are
        // locked at their new version, which the version-checked UPDATE that follows then refuses.
        await using var command = new NpgsqlCommand($"SELECT id FROM {table} WHERE workspace_id = $1 AND id = ANY($2) ORDER BY id FOR NO KEY UPDATE", (NpgsqlConnection)connection, (NpgsqlTransaction)transaction);
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = workspace });
        command.Parameters.Add(new NpgsqlParameter<Guid[]> { TypedValue = [.. ids] });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
        }
    }

    public override async Task<bool[]> UpdateScoresAsync(DbConnection connection, DbTransaction transaction, string table, Guid workspace, IReadOnlyList<ScoreRow> rows, CancellationToken cancellationToken)
    {
        var written = new bool[rows.Count];
        if (rows.Count == 0)
        {
            return written;
        }

        // One statement for the whole batch: the rows travel as parallel arrays and unnest joins them
        // to the table. The document column is json (kept as written, key order included), so the
        // score member is replaced member by member with json_each / json_object_agg rather than
        // through jsonb, which would reorder the keys. PostgreSQL's JSON functions refuse text with a
        // \u0000 escape (a NUL in a value); those few rows are left to RewriteScoresAsync below.
        var sql =
            $"UPDATE {table} AS l SET "
            + "stars = u.stars, score_points = u.points, score_profile_version = u.profile_version, scored_at = u.scored_at, "
            + "scored_version = u.scored_version, score_expires_at = u.expires_at, "
            + "document = (SELECT json_object_agg(m.key, m.value ORDER BY m.position) FROM ("
            + "SELECT e.key, CASE WHEN e.key = 'score' THEN u.score::json ELSE e.value END AS value, e.position "
            + "FROM json_each(l.document) WITH ORDINALITY AS e(key, value, position) WHERE e.key <> 'score' OR u.score IS NOT NULL "
            + "UNION ALL SELECT 'score', u.score::json, 9223372036854775807 WHERE u.score IS NOT NULL AND json_extract_path(l.document, 'score') IS NULL"
            + ") AS m) "
            + "FROM unnest($1::uuid[], $2::bigint[], $3::integer[], $4::integer[], $5::text[], $6::bigint[], $7::timestamptz[], $8::bigint[], $9::timestamptz[]) "
            + "AS u(id, version, stars, points, score, profile_version, scored_at, scored_version, expires_at) "
            + "WHERE l.workspace_id = $10 AND l.id = u.id AND l.version = u.version AND strpos(l.document::text, '\\u0000') = 0 "
            + "RETURNING l.id";
        await using var command = new NpgsqlCommand(sql, (NpgsqlConnection)connection, (NpgsqlTransaction)transaction);
        command.Parameters.Add(new NpgsqlParameter<Guid[]> { TypedValue = rows.Select(r => r.Id).ToArray() });
        command.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = rows.Select(r => r.Version).ToArray() });
        command.Parameters.Add(new NpgsqlParameter<int[]> { TypedValue = rows.Select(r => r.Stars).ToArray() });
        command.Parameters.Add(new NpgsqlParameter<int?[]> { TypedValue = rows.Select(r => r.Points).ToArray() });
        command.Parameters.Add(new NpgsqlParameter<string?[]> { TypedValue = rows.Select(r => r.Score).ToArray() });
        command.Parameters.Add(new NpgsqlParameter<long?[]> { TypedValue = rows.Select(r => r.ProfileVersion).ToArray() });
        command.Parameters.Add(new NpgsqlParameter<Instant?[]> { TypedValue = rows.Select(r => r.ScoredAt).ToArray() });
        command.Parameters.Add(new NpgsqlParameter<long?[]> { TypedValue = rows.Select(r => r.ScoredVersion).ToArray() });
        command.Parameters.Add(new NpgsqlParameter<Instant?[]> { TypedValue = rows.Select(r => r.ExpiresAt).ToArray() });
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = workspace });
        var updated = new HashSet<Guid>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                updated.Add(reader.GetGuid(0));
            }
        }

        for (var r = 0; r < rows.Count; r++)
        {
            written[r] = updated.Contains(rows[r].Id);
        }

        if (updated.Count < rows.Count)
        {
            await RewriteScoresAsync((NpgsqlConnection)connection, (NpgsqlTransaction)transaction, table, workspace, rows, written, cancellationToken).ConfigureAwait(false);
        }

        return written;
    }

    /// <summary>
    /// The rows the set-based statement left out that are still at their version (documents with a
    /// <c>\u0000</c> escape): the score member is replaced in .NET and each row written with its version checked.
    /// </summary>
    private async Task RewriteScoresAsync(NpgsqlConnection npgsqlConnection, NpgsqlTransaction transaction, string table, Guid workspace, IReadOnlyList<ScoreRow> rows, bool[] written, CancellationToken cancellationToken)
    {
        var pending = Enumerable.Range(0, rows.Count).Where(r => !written[r]).ToDictionary(r => rows[r].Id);
        var documents = new Dictionary<Guid, string>();
        await using (var select = new NpgsqlCommand($"SELECT id, version, document::text FROM {table} WHERE workspace_id = $1 AND id = ANY($2)", npgsqlConnection, transaction))
        {
            select.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = workspace });
            select.Parameters.Add(new NpgsqlParameter<Guid[]> { TypedValue = [.. pending.Keys] });
            await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var id = reader.GetGuid(0);
                if (reader.GetInt64(1) == rows[pending[id]].Version)
                {
                    documents[id] = reader.GetString(2);
                }
            }
        }

        if (documents.Count == 0)
        {
            return;
        }

        var sql = $"UPDATE {table} SET stars = $1, score_points = $2, score_profile_version = $3, scored_at = $4, scored_version = $5, score_expires_at = $6, "
            + "document = $7 WHERE id = $8 AND workspace_id = $9 AND version = $10";
        var indexes = documents.Keys.Select(id => pending[id]).ToList();
        var values = indexes.Select(r =>
        {
            var row = rows[r];
            var document = JsonNode.Parse(documents[row.Id])!.AsObject();
            if (row.Score is null)
            {
                document.Remove("score");
            }
            else
            {
                document["score"] = JsonNode.Parse(row.Score);
            }

            return new object?[] { row.Stars, row.Points, row.ProfileVersion, row.ScoredAt, row.ScoredVersion, row.ExpiresAt, document.ToJsonString(DocumentOptions), row.Id, workspace, row.Version };
        }).ToList();
        ColumnType[] types = [ColumnType.Int32, ColumnType.Int32, ColumnType.Int64, ColumnType.Instant, ColumnType.Int64, ColumnType.Instant, ColumnType.Json, ColumnType.Guid, ColumnType.Guid, ColumnType.Int64];
        var affected = await ExecuteEachAsync(npgsqlConnection, transaction, sql, types, values, values.Count, cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < indexes.Count; i++)
        {
            written[indexes[i]] = affected[i] > 0;
        }
    }

    public override bool IsUniqueViolation(Exception exception) =>
        Find<PostgresException>(exception) is { SqlState: UniqueViolation };

    public override bool IsBusy(Exception exception) =>
        Find<PostgresException>(exception) is { SqlState: LockNotAvailable or DeadlockDetected };

    private static NpgsqlParameter Parameter(object? value, ColumnType type) => new()
    {
        Value = value ?? DBNull.Value,
        NpgsqlDbType = DbType(type),
    };

    private static NpgsqlDbType DbType(ColumnType type) => type switch
    {
        ColumnType.Guid or ColumnType.Uuid => NpgsqlDbType.Uuid,
        ColumnType.Text => NpgsqlDbType.Text,
        ColumnType.Int32 => NpgsqlDbType.Integer,
        ColumnType.Int64 => NpgsqlDbType.Bigint,
        ColumnType.Boolean => NpgsqlDbType.Boolean,
        ColumnType.Instant => NpgsqlDbType.TimestampTz,
        ColumnType.Date => NpgsqlDbType.Date,
        ColumnType.Number => NpgsqlDbType.Numeric,
        ColumnType.Json or ColumnType.Document => NpgsqlDbType.Json,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
