using System;
using System.Collections.Generic;
using System.Linq;
using LeadKit.Leads;
using LeadKit.Querying;
using LeadKit.Storage;
using NodaTime;

namespace LeadKit.EntityFrameworkCore.Sql;

/// <summary>A column of a keyset sort: its SQL expression, type and direction.</summary>
internal sealed record SortColumn(string Expression, ColumnType Type, bool Descending);

/// <summary>
/// Builds the SELECT of a record query: the filter as a WHERE condition, the sort as ORDER BY on
/// indexed columns (missing values first, as the filter language sorts), and keyset paging as a
/// condition "after the cursor's (sort keys…, id)" — so a page costs an index seek, whatever its depth.
/// </summary>
internal static class RecordSelect
{
    /// <summary>Builds <c>SELECT r.id, r.document, sort columns…</c> for a query.</summary>
    public static (SqlText Sql, IReadOnlyList<SortColumn> Columns) Build(SqlDialect dialect, RecordKind kind, WorkspaceId workspace, Filter filter, SortSpec sort, PageCursor? after, int? limit)
    {
        var sql = new SqlText(dialect);
        var columns = new List<SortColumn>();
        var joins = new List<string>();
        foreach (var key in sort.Keys)
        {
            var descending = key.Direction == SortDirection.Descending;
            if (key.Field.IsCustom)
            {
                var alias = "j" + joins.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
                var name = sql.Parameter(TextKey.Fold(key.Field.CustomFieldName), ColumnType.Text);
                joins.Add($" LEFT JOIN record_custom_values {alias} ON {alias}.record_kind = {(int)kind} AND {alias}.record_id = r.id AND {alias}.name_key = {name}");
                columns.Add(new(alias + ".type_rank", ColumnType.Int32, descending));
                columns.Add(new(alias + ".number_value", ColumnType.Number, descending));
                columns.Add(new(alias + ".date_value", ColumnType.Date, descending));
                columns.Add(new(alias + ".text_key", ColumnType.Text, descending));
            }
            else
            {
                var column = RecordTables.FieldColumns.TryGetValue(key.Field, out var c)
                    ? c
                    : throw new ArgumentException($"Cannot sort by '{key.Field.Name}'.", nameof(sort));
                columns.Add(new("r." + column.Name, column.Type, descending));
            }
        }

        sql.Append("SELECT r.id, r.document");
        foreach (var column in columns)
        {
            sql.Append(", ").Append(column.Expression);
        }

        sql.Append(" FROM ").Append(RecordTables.For(kind).Name).Append(" r");
        foreach (var join in joins)
        {
            sql.Append(join);
        }

        sql.Append(" WHERE r.workspace_id = ").Append(sql.Parameter(workspace.Value, ColumnType.Guid));
        sql.Append(" AND ").Append(new FilterTranslator(sql, kind).Translate(filter));
        if (after is not null)
        {
            sql.Append(" AND ").Append(Keyset(sql, columns, after));
        }

        sql.Append(" ORDER BY ");
        foreach (var column in columns)
        {
            sql.Append(column.Expression).Append(column.Descending ? " DESC NULLS LAST, " : " ASC NULLS FIRST, ");
        }

        sql.Append("r.id ASC");
        if (limit is { } n)
        {
            sql.Append(" LIMIT ").Append(sql.Parameter((long)n, ColumnType.Int64));
        }

        return (sql, columns);
    }

    /// <summary>Builds <c>SELECT COUNT(*)</c> for a filter.</summary>
    public static SqlText Count(SqlDialect dialect, RecordKind kind, WorkspaceId workspace, Filter filter)
    {
        var sql = new SqlText(dialect);
        sql.Append("SELECT COUNT(*) FROM ").Append(RecordTables.For(kind).Name).Append(" r WHERE r.workspace_id = ")
            .Append(sql.Parameter(workspace.Value, ColumnType.Guid))
            .Append(" AND ").Append(new FilterTranslator(sql, kind).Translate(filter));
        return sql;
    }

    /// <summary>
    /// Builds the <c>GROUP BY</c> of an aggregate query (<c>IRecordAggregation</c>): one row per group
    /// with its keys, <c>COUNT(*)</c>, the smallest id (as text) and, per summed field,
    /// <c>SUM</c> and <c>COUNT</c> of its column. Keys and sums read the same indexed columns filters
    /// and sorts do (text keys folded, <c>stars</c> as stored); <c>assignedTo</c> groups by the user id
    /// column. <see langword="null"/> when a field has no column here (custom fields): the caller then
    /// streams the records.
    /// </summary>
    /// <returns>The SQL and the type of each key column, or <see langword="null"/>.</returns>
    public static (SqlText Sql, ColumnType[] KeyTypes)? Aggregate(SqlDialect dialect, RecordKind kind, WorkspaceId workspace, Filter filter, AggregateQuery query)
    {
        var keys = new List<(string Expression, ColumnType Type)>();
        foreach (var field in query.GroupBy)
        {
            if (field == RecordField.AssignedTo)
            {
                keys.Add(("r.assigned_to", ColumnType.Guid));
            }
            else if (!field.IsCustom && RecordTables.FieldColumns.TryGetValue(field, out var column))
            {
                keys.Add(("r." + column.Name, column.Type));
            }
            else
            {
                return null;
            }
        }

        var sums = new List<string>();
        foreach (var field in query.Sums)
        {
            if (field.IsCustom || !RecordTables.FieldColumns.TryGetValue(field, out var column) || column.Type is not (ColumnType.Int32 or ColumnType.Int64))
            {
                return null;
            }

            sums.Add("r." + column.Name);
        }

        var sql = new SqlText(dialect);
        sql.Append("SELECT ");
        foreach (var (expression, _) in keys)
        {
            sql.Append(expression).Append(", ");
        }

        sql.Append("COUNT(*), ").Append(dialect.MinGuidText("r.id"));
        foreach (var sum in sums)
        {
            sql.Append(", CAST(SUM(").Append(sum).Append(") AS BIGINT), COUNT(").Append(sum).Append(")");
        }

        sql.Append(" FROM ").Append(RecordTables.For(kind).Name).Append(" r WHERE r.workspace_id = ")
            .Append(sql.Parameter(workspace.Value, ColumnType.Guid))
            .Append(" AND ").Append(new FilterTranslator(sql, kind).Translate(filter));
        if (keys.Count > 0)
        {
            sql.Append(" GROUP BY ").Append(string.Join(", ", keys.Select(k => k.Expression)));
        }

        return (sql, [.. keys.Select(k => k.Type)]);
    }

    /// <summary>
    /// Builds the stale-score query (<c>IRecordRepository.ListStaleScoresAsync</c>): rows never scored,
    /// scored with another profile version, saved since they were scored (<c>scored_version</c> is not
    /// <c>version</c>), or counting a check that lapsed before <paramref name="asOf"/> — from the score's
    /// own columns, as <c>ContactRecord.IsScoreStale</c> decides it. With a limit, <c>SELECT id, document</c>
    /// ordered by id; without, <c>SELECT COUNT(*)</c>.
    /// </summary>
    public static SqlText StaleScores(SqlDialect dialect, RecordKind kind, WorkspaceId workspace, long profileVersion, Instant asOf, int? limit)
    {
        var sql = new SqlText(dialect);
        sql.Append(limit is null ? "SELECT COUNT(*)" : "SELECT r.id, r.document").Append(" FROM ").Append(RecordTables.For(kind).Name)
            .Append(" r WHERE r.workspace_id = ").Append(sql.Parameter(workspace.Value, ColumnType.Guid))
            .Append(" AND (r.score_profile_version IS NULL OR r.scored_version IS NULL OR r.score_profile_version <> ")
            .Append(sql.Parameter(profileVersion, ColumnType.Int64))
            .Append(" OR r.scored_version <> r.version OR r.score_expires_at < ")
            .Append(sql.Parameter(asOf, ColumnType.Instant)).Append(")");
        if (limit is { } n)
        {
            sql.Append(" ORDER BY r.id ASC LIMIT ").Append(sql.Parameter((long)n, ColumnType.Int64));
        }

        return sql;
    }

    /// <summary>
    /// The rows strictly after the cursor in the sort order: for some column i, the columns before
    /// it are equal and column i comes after; or every column is equal and the id is greater.
    /// </summary>
    private static string Keyset(SqlText sql, List<SortColumn> columns, PageCursor after)
    {
        if (after.Keys.Length != columns.Count)
        {
            throw new ArgumentException("The page cursor comes from a query with another sort.", nameof(after));
        }

        var values = new object?[columns.Count];
        for (var i = 0; i < columns.Count; i++)
        {
            values[i] = after.Keys[i] is { } text ? sql.Dialect.ParseCursorValue(text, columns[i].Type) : null;
        }

        var terms = new List<string>();
        var equalSoFar = new List<string>();
        for (var i = 0; i < columns.Count; i++)
        {
            var column = columns[i];
            var value = values[i];
            string? comesAfter;
            if (!column.Descending)
            {
                comesAfter = value is null ? $"{column.Expression} IS NOT NULL" : $"{column.Expression} > {sql.Parameter(value, column.Type)}";
            }
            else
            {
                comesAfter = value is null ? null : $"({column.Expression} < {sql.Parameter(value, column.Type)} OR {column.Expression} IS NULL)";
            }

            if (comesAfter is not null)
            {
                terms.Add("(" + string.Join(" AND ", equalSoFar.Append(comesAfter)) + ")");
            }

            equalSoFar.Add(value is null ? $"{column.Expression} IS NULL" : $"{column.Expression} = {sql.Parameter(value, column.Type)}");
        }

        terms.Add("(" + string.Join(" AND ", equalSoFar.Append($"r.id > {sql.Parameter(after.Id, ColumnType.Guid)}")) + ")");
        return "(" + string.Join(" OR ", terms) + ")";
    }
}
