using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.EntityFrameworkCore.Sql;
using LeadKit.Reports;
using LeadKit.Storage;

namespace LeadKit.EntityFrameworkCore.Storage;

/// <summary>Saved reports: one row of <c>saved_reports</c> each, keyed by the folded name, holding the JSON document.</summary>
internal sealed class EfSavedReportRepository(EfUnitOfWork unit) : ISavedReportRepository
{
    public Task SaveAsync(SavedReport report, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        return unit.WriteAsync(
            async () =>
            {
                await DeleteRowAsync(report.Name, cancellationToken).ConfigureAwait(false);
                var sql = new SqlText(unit.Dialect);
                sql.Append("INSERT INTO saved_reports (workspace_id, name_key, name, document) VALUES (")
                    .Append(sql.Parameter(unit.Workspace.Value, ColumnType.Guid)).Append(", ")
                    .Append(sql.Parameter(TextKey.Fold(report.Name), ColumnType.Text)).Append(", ")
                    .Append(sql.Parameter(report.Name, ColumnType.Text)).Append(", ")
                    .Append(sql.Parameter(Documents.Write(report), ColumnType.Json)).Append(")");
                var command = unit.Command(sql);
                await using (command.ConfigureAwait(false))
                {
                    await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }
            },
            cancellationToken);
    }

    public async Task<SavedReport?> FindAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        var sql = Select();
        sql.Append(" AND name_key = ").Append(sql.Parameter(TextKey.Fold(name.Trim()), ColumnType.Text));
        var rows = await unit.QueryAsync(sql, [ColumnType.Json], cancellationToken).ConfigureAwait(false);
        return rows.Count == 0 ? null : Documents.Read<SavedReport>((string)rows[0][0]!);
    }

    public async Task<IReadOnlyList<SavedReport>> ListAsync(CancellationToken cancellationToken = default)
    {
        var rows = await unit.QueryAsync(Select(), [ColumnType.Json], cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(r => Documents.Read<SavedReport>((string)r[0]!)).OrderBy(r => r.Name, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.Name, StringComparer.Ordinal)];
    }

    public Task<bool> DeleteAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        return unit.WriteAsync(async () => await DeleteRowAsync(name.Trim(), cancellationToken).ConfigureAwait(false) > 0, cancellationToken);
    }

    private SqlText Select()
    {
        unit.EnsureOpen();
        var sql = new SqlText(unit.Dialect);
        sql.Append("SELECT document FROM saved_reports WHERE workspace_id = ").Append(sql.Parameter(unit.Workspace.Value, ColumnType.Guid));
        return sql;
    }

    private async Task<int> DeleteRowAsync(string name, CancellationToken cancellationToken)
    {
        var sql = new SqlText(unit.Dialect);
        sql.Append("DELETE FROM saved_reports WHERE workspace_id = ").Append(sql.Parameter(unit.Workspace.Value, ColumnType.Guid))
            .Append(" AND name_key = ").Append(sql.Parameter(TextKey.Fold(name), ColumnType.Text));
        var command = unit.Command(sql);
        await using (command.ConfigureAwait(false))
        {
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
