using System;
using System.Buffers;
using System.Collections.Generic;
using System.Data.Common;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;
using NodaTime;
using SQLitePCL;

namespace LeadKit.EntityFrameworkCore.Sql;

/// <summary>
/// SQLite: GUIDs as upper-case text (16-byte BLOBs in the columns typed <see cref="ColumnType.Uuid"/>), instants and dates as fixed-width ISO text, numbers as REAL.
/// The bulk paths reuse one prepared statement inside the transaction.
/// </summary>
internal sealed class SqliteDialect : SqlDialect
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteConstraint = 19;
    private const int SqliteConstraintPrimaryKey = 1555;
    private const int SqliteConstraintUnique = 2067;

    public static SqliteDialect Instance { get; } = new();

    public override LeadKitDatabaseProvider Provider => LeadKitDatabaseProvider.Sqlite;

    public override string Placeholder(int index) => "@p" + index.ToString(CultureInfo.InvariantCulture);

    public override DbParameter CreateParameter(int index, object? value, ColumnType type) =>
        new SqliteParameter(Placeholder(index), ToDb(value, type));

    public override object ReadValue(DbDataReader reader, int ordinal, ColumnType type) => type switch
    {
        ColumnType.Guid => Guid.Parse(reader.GetString(ordinal)),
        ColumnType.Uuid => new Guid(reader.GetFieldValue<byte[]>(ordinal), bigEndian: true),
        ColumnType.Text or ColumnType.Json => reader.GetString(ordinal),
        ColumnType.Document => reader.GetFieldValue<byte[]>(ordinal),
        ColumnType.Int32 => reader.GetInt32(ordinal),
        ColumnType.Int64 => reader.GetInt64(ordinal),
        ColumnType.Boolean => reader.GetInt64(ordinal) != 0,
        ColumnType.Instant => InstantText.Parse(reader.GetString(ordinal)),
        ColumnType.Date => InstantText.ParseDate(reader.GetString(ordinal)),
        ColumnType.Number => reader.GetDouble(ordinal),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public override string RenderCursorValue(object value, ColumnType type) => type switch
    {
        ColumnType.Number => ((double)value).ToString("R", CultureInfo.InvariantCulture),
        ColumnType.Instant => InstantText.Format((Instant)value),
        ColumnType.Date => InstantText.FormatDate((LocalDate)value),
        ColumnType.Guid => InstantText.FormatGuid((Guid)value),
        ColumnType.Boolean => (bool)value ? "1" : "0",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)!,
    };

    public override object ParseCursorValue(string text, ColumnType type) => type switch
    {
        ColumnType.Number => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
        ColumnType.Int32 => int.Parse(text, CultureInfo.InvariantCulture),
        ColumnType.Int64 => long.Parse(text, CultureInfo.InvariantCulture),
        ColumnType.Boolean => text == "1",
        ColumnType.Guid => Guid.Parse(text),
        ColumnType.Instant => InstantText.Parse(text),
        ColumnType.Date => InstantText.ParseDate(text),
        _ => text,
    };

    public override string Contains(string column, string placeholder) => $"instr({column}, {placeholder}) > 0";

    public override string StartsWith(string column, string placeholder) => $"substr({column}, 1, length({placeholder})) = {placeholder}";

    public override string EndsWith(string column, string placeholder) => $"(length({column}) >= length({placeholder}) AND substr({column}, length({column}) - length({placeholder}) + 1) = {placeholder})";

    public override string MinGuidText(string column) => $"MIN({column})";

    public override string JsonText(string column, IReadOnlyList<string> path) => $"json_extract({column}, '$.{string.Join('.', path)}')";

    public override Task InsertAsync(DbConnection connection, DbTransaction transaction, TableSpec table, IReadOnlyList<object?[]> rows, int batchSize, CancellationToken cancellationToken)
    {
        if (rows.Count > 0)
        {
            var placeholders = string.Join(", ", table.Columns.Select((_, i) => Placeholder(i)));
            Run(connection, transaction, $"INSERT INTO {table.Name} ({table.ColumnList}) VALUES ({placeholders})", [.. table.Columns.Select(c => c.Type)], rows, null, cancellationToken);
        }

        return Task.CompletedTask;
    }

    public override Task<int[]> ExecuteEachAsync(DbConnection connection, DbTransaction transaction, string sql, IReadOnlyList<ColumnType> types, IReadOnlyList<object?[]> rows, int batchSize, CancellationToken cancellationToken)
    {
        var affected = new int[rows.Count];
        if (rows.Count > 0)
        {
            Run(connection, transaction, sql, types, rows, affected, cancellationToken);
        }

        return Task.FromResult(affected);
    }

    /// <summary>
    /// Runs one statement once per row through SQLite's own API (SQLitePCL.raw) on the connection's
    /// handle, inside the unit of work's transaction: prepared once, each row's values bound, stepped,
    /// and reset. Unlike a prepared <see cref="SqliteCommand"/> it creates no data reader and binds no
    /// parameter object per row, and a value equal to the previous row's (the workspace, an audit
    /// instant, the same edited value) is not converted and bound again: SQLite keeps bindings across
    /// a reset. The connection's busy timeout applies as to any statement. <c>affected</c> receives each
    /// row's count of changed rows (<see langword="null"/> when not needed).
    /// </summary>
    private void Run(DbConnection connection, DbTransaction transaction, string sql, IReadOnlyList<ColumnType> types, IReadOnlyList<object?[]> rows, int[]? affected, CancellationToken cancellationToken)
    {
        if (transaction.Connection != connection)
        {
            throw new InvalidOperationException("The transaction belongs to another connection.");
        }

        var db = ((SqliteConnection)connection).Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(raw.sqlite3_prepare_v2(db, sql, out var statement), db);
        using (statement)
        {
            // Value i goes to the parameter named @p{i}; SQLite numbers parameters in the order the SQL first names them.
            var indexes = new int[types.Count];
            for (var i = 0; i < indexes.Length; i++)
            {
                indexes[i] = raw.sqlite3_bind_parameter_index(statement, Placeholder(i));
            }

            var bound = new object?[types.Count];
            for (var r = 0; r < rows.Count; r++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var row = rows[r];
                for (var i = 0; i < types.Count; i++)
                {
                    var value = row[i];
                    if ((r > 0 && Equals(value, bound[i])) || indexes[i] == 0)
                    {
                        continue;
                    }

                    Check(value is Guid id && types[i] == ColumnType.Guid ? BindGuid(statement, indexes[i], id) : Bind(statement, indexes[i], ToDb(value, types[i])), db);
                    bound[i] = value;
                }

                var rc = raw.sqlite3_step(statement);
                if (rc != raw.SQLITE_DONE)
                {
                    raw.sqlite3_reset(statement);
                    Check(rc, db);
                }

                if (affected is not null)
                {
                    affected[r] = raw.sqlite3_changes(db);
                }

                raw.sqlite3_reset(statement);
            }
        }
    }

    /// <summary>Binds a value in its SQLite storage form (<see cref="ToDb"/>) to a 1-based parameter.</summary>
    private static int Bind(sqlite3_stmt statement, int index, object value) => value switch
    {
        DBNull => raw.sqlite3_bind_null(statement, index),
        string text => BindText(statement, index, text),
        long number => raw.sqlite3_bind_int64(statement, index, number),
        int number => raw.sqlite3_bind_int64(statement, index, number),
        short or byte or uint => raw.sqlite3_bind_int64(statement, index, Convert.ToInt64(value, CultureInfo.InvariantCulture)),
        double number => raw.sqlite3_bind_double(statement, index, number),
        float number => raw.sqlite3_bind_double(statement, index, number),
        byte[] bytes => raw.sqlite3_bind_blob(statement, index, bytes),
        _ => throw new ArgumentException($"No SQLite binding for a {value.GetType().Name}.", nameof(value)),
    };

    /// <summary>
    /// Binds text as UTF-8 encoded into a stack or pooled buffer: SQLitePCL's <see cref="string"/>
    /// overload allocates a new array for each value (SQLite copies the bytes either way:
    /// SQLITE_TRANSIENT). The encoding is the same (.NET's UTF-8, lone surrogates as U+FFFD), and the
    /// empty string stays empty text, not NULL (SqliteBindingTests compares both with a parameter's).
    /// </summary>
    private static int BindText(sqlite3_stmt statement, int index, string text)
    {
        const int StackBytes = 512;
        var most = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (most <= StackBytes)
        {
            Span<byte> utf8 = stackalloc byte[StackBytes];
            return raw.sqlite3_bind_text(statement, index, utf8[..Encoding.UTF8.GetBytes(text, utf8)]);
        }

        var rented = ArrayPool<byte>.Shared.Rent(most);
        try
        {
            return raw.sqlite3_bind_text(statement, index, rented.AsSpan(0, Encoding.UTF8.GetBytes(text, rented)));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>Binds a GUID in the text form <see cref="InstantText.FormatGuid(Guid)"/> gives, without the string.</summary>
    private static int BindGuid(sqlite3_stmt statement, int index, Guid id)
    {
        Span<byte> utf8 = stackalloc byte[InstantText.GuidLength];
        InstantText.FormatGuid(id, utf8);
        return raw.sqlite3_bind_text(statement, index, utf8);
    }

    /// <summary>Throws the <see cref="SqliteException"/> of a failed SQLite call, as Microsoft.Data.Sqlite does.</summary>
    private static void Check(int rc, sqlite3 db)
    {
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, db);
        }
    }

    public override async Task<bool[]> UpdateScoresAsync(DbConnection connection, DbTransaction transaction, string table, Guid workspace, IReadOnlyList<ScoreRow> rows, CancellationToken cancellationToken)
    {
        var written = new bool[rows.Count];
        if (rows.Count == 0)
        {
            return written;
        }

        // One prepared statement for the batch. json_set / json_remove (SQLite's built-in JSON
        // functions) rewrite the score member alone; json() makes the parameter a JSON value, not a string.
        await using var command = (SqliteCommand)connection.CreateCommand();
        command.Transaction = (SqliteTransaction)transaction;
        command.CommandText =
            "UPDATE " + table + " SET stars = @stars, score_points = @points, score_profile_version = @profile, scored_at = @scoredAt, "
            + "scored_version = @scoredVersion, score_expires_at = @expires, "
            + "document = CASE WHEN @score IS NULL THEN json_remove(document, '$.score') ELSE json_set(document, '$.score', json(@score)) END "
            + "WHERE id = @id AND workspace_id = @ws AND version = @version";
        var stars = command.Parameters.Add("@stars", SqliteType.Integer);
        var points = command.Parameters.Add("@points", SqliteType.Integer);
        var profile = command.Parameters.Add("@profile", SqliteType.Integer);
        var scoredAt = command.Parameters.Add("@scoredAt", SqliteType.Text);
        var scoredVersion = command.Parameters.Add("@scoredVersion", SqliteType.Integer);
        var expires = command.Parameters.Add("@expires", SqliteType.Text);
        var score = command.Parameters.Add("@score", SqliteType.Text);
        var id = command.Parameters.Add("@id", SqliteType.Text);
        command.Parameters.AddWithValue("@ws", InstantText.FormatGuid(workspace));
        var version = command.Parameters.Add("@version", SqliteType.Integer);
        command.Prepare();
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            stars.Value = row.Stars;
            points.Value = row.Points is { } p ? p : DBNull.Value;
            profile.Value = ToDb(row.ProfileVersion, ColumnType.Int64);
            scoredAt.Value = ToDb(row.ScoredAt, ColumnType.Instant);
            scoredVersion.Value = ToDb(row.ScoredVersion, ColumnType.Int64);
            expires.Value = ToDb(row.ExpiresAt, ColumnType.Instant);
            score.Value = row.Score is { } s ? s : DBNull.Value;
            id.Value = InstantText.FormatGuid(row.Id);
            version.Value = row.Version;
            written[r] = await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0;
        }

        return written;
    }

    /// <inheritdoc />
    /// <remarks>
    /// <c>json_remove</c> and <c>json_set</c>, SQLite's built-in JSON functions, which keep the other
    /// members' text as it is. A member's JSON text goes through <c>json()</c>, which makes the parameter a
    /// JSON value rather than a string; a bound string is written by <c>json_set</c> as a JSON string and an
    /// integer as a number, with nothing to parse.
    /// </remarks>
    public override string? PatchDocument(string column, IReadOnlyList<string> removed, IReadOnlyList<(string Member, string Placeholder, ColumnType Type)> set)
    {
        var target = removed.Count == 0 ? column : $"json_remove({column}, {string.Join(", ", removed.Select(m => $"'$.{m}'"))})";
        return set.Count == 0 ? target : $"json_set({target}, {string.Join(", ", set.Select(s => $"'$.{s.Member}', {(s.Type == ColumnType.Json ? $"json({s.Placeholder})" : s.Placeholder)}"))})";
    }

    public override bool IsUniqueViolation(Exception exception) =>
        Find<SqliteException>(exception) is { SqliteErrorCode: SqliteConstraint, SqliteExtendedErrorCode: SqliteConstraintPrimaryKey or SqliteConstraintUnique };

    public override bool IsBusy(Exception exception) =>
        Find<SqliteException>(exception) is { SqliteErrorCode: SqliteBusy or SqliteLocked };

    /// <summary>The SQLite storage form of a value.</summary>
    public static object ToDb(object? value, ColumnType type) => value switch
    {
        null => DBNull.Value,
        Guid g when type == ColumnType.Uuid => g.ToByteArray(bigEndian: true),
        Guid g => InstantText.FormatGuid(g),
        Instant i => InstantText.Format(i),
        LocalDate d => InstantText.FormatDate(d),
        decimal m => (double)m,
        bool b => b ? 1L : 0L,
        _ when type == ColumnType.Number => Convert.ToDouble(value, CultureInfo.InvariantCulture),
        _ => value,
    };
}
