using System;
using System.Collections.Generic;
using System.Data.Common;
using System.Globalization;
using System.Linq;
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

    public static PostgresDialect Instance { get; } = new();

    public override LeadKitDatabaseProvider Provider => LeadKitDatabaseProvider.Postgres;

    public override string Placeholder(int index) => "$" + (index + 1).ToString(CultureInfo.InvariantCulture);

    public override DbParameter CreateParameter(int index, object? value, ColumnType type) => Parameter(value, type);

    public override object ReadValue(DbDataReader reader, int ordinal, ColumnType type) => type switch
    {
        ColumnType.Guid => reader.GetGuid(ordinal),
        ColumnType.Text or ColumnType.Json => reader.GetString(ordinal),
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
        ColumnType.Guid => NpgsqlDbType.Uuid,
        ColumnType.Text => NpgsqlDbType.Text,
        ColumnType.Int32 => NpgsqlDbType.Integer,
        ColumnType.Int64 => NpgsqlDbType.Bigint,
        ColumnType.Boolean => NpgsqlDbType.Boolean,
        ColumnType.Instant => NpgsqlDbType.TimestampTz,
        ColumnType.Date => NpgsqlDbType.Date,
        ColumnType.Number => NpgsqlDbType.Numeric,
        ColumnType.Json => NpgsqlDbType.Json,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
