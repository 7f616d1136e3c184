using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.AssignmentRules;
using LeadKit.EntityFrameworkCore.Sql;
using LeadKit.Leads;
using LeadKit.Querying;
using LeadKit.Storage;

namespace LeadKit.EntityFrameworkCore.Storage;

/// <summary>
/// The workspace's assignment rules: one row of <c>assignment_rules</c> each, with its position
/// (1..n, renumbered by every change inside the change's transaction), its filter as canonical text,
/// its users as GUIDs separated by spaces, and its round-robin turn (<c>last_assigned</c>).
/// </summary>
internal sealed class EfAssignmentRuleRepository(EfUnitOfWork unit) : IAssignmentRuleRepository
{
    private static readonly ColumnType[] RuleColumns = [ColumnType.Guid, ColumnType.Text, ColumnType.Int32, ColumnType.Text, ColumnType.Text, ColumnType.Boolean];

    public async Task<IReadOnlyList<AssignmentRule>> ListAsync(CancellationToken cancellationToken = default)
    {
        var sql = Where("SELECT id, filter, mode, users, description, enabled FROM assignment_rules");
        sql.Append(" ORDER BY position, id");
        var rows = await unit.QueryAsync(sql, RuleColumns, cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(Read)];
    }

    public Task AddAsync(AssignmentRule rule, int? position = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rule);
        CheckPosition(position);
        return unit.WriteAsync(
            async () =>
            {
                if (await PositionOfAsync(rule.Id, cancellationToken).ConfigureAwait(false) is not null)
                {
                    throw new ConcurrencyConflictException(nameof(AssignmentRule), rule.Id.ToString(), 0, 1);
                }

                var count = await CountAsync(cancellationToken).ConfigureAwait(false);
                var at = Math.Min(position ?? int.MaxValue, count + 1);
                await ShiftAsync(at, count, +1, cancellationToken).ConfigureAwait(false);
                var sql = new SqlText(unit.Dialect);
                sql.Append("INSERT INTO assignment_rules (workspace_id, id, position, filter, mode, users, description, enabled) VALUES (")
                    .Append(sql.Parameter(unit.Workspace.Value, ColumnType.Guid)).Append(", ")
                    .Append(sql.Parameter(rule.Id.Value, ColumnType.Guid)).Append(", ")
                    .Append(sql.Parameter(at, ColumnType.Int32)).Append(", ");
                AppendValues(sql, rule);
                sql.Append(")");
                await ExecuteAsync(sql, cancellationToken).ConfigureAwait(false);
            },
            cancellationToken);
    }

    public Task ReplaceAsync(AssignmentRule rule, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return unit.WriteAsync(
            async () =>
            {
                var sql = new SqlText(unit.Dialect);
                sql.Append("UPDATE assignment_rules SET (filter, mode, users, description, enabled) = (");
                AppendValues(sql, rule);
                sql.Append(") WHERE workspace_id = ").Append(sql.Parameter(unit.Workspace.Value, ColumnType.Guid))
                    .Append(" AND id = ").Append(sql.Parameter(rule.Id.Value, ColumnType.Guid));
                if (await ExecuteAsync(sql, cancellationToken).ConfigureAwait(false) == 0)
                {
                    throw new RecordNotFoundException(nameof(AssignmentRule), rule.Id.ToString());
                }
            },
            cancellationToken);
    }

    public Task<bool> MoveAsync(AssignmentRuleId id, int position, CancellationToken cancellationToken = default)
    {
        CheckPosition(position);
        return unit.WriteAsync(
            async () =>
            {
                if (await PositionOfAsync(id, cancellationToken).ConfigureAwait(false) is not { } from)
                {
                    return false;
                }

                var count = await CountAsync(cancellationToken).ConfigureAwait(false);
                var to = Math.Min(position, count);
                if (to < from)
                {
                    await ShiftAsync(to, from - 1, +1, cancellationToken).ConfigureAwait(false);
                }
                else if (to > from)
                {
                    await ShiftAsync(from + 1, to, -1, cancellationToken).ConfigureAwait(false);
                }

                await SetPositionAsync(id, to, cancellationToken).ConfigureAwait(false);
                return true;
            },
            cancellationToken);
    }

    public Task<bool> RemoveAsync(AssignmentRuleId id, CancellationToken cancellationToken = default) =>
        unit.WriteAsync(
            async () =>
            {
                if (await PositionOfAsync(id, cancellationToken).ConfigureAwait(false) is not { } at)
                {
                    return false;
                }

                var sql = Where("DELETE FROM assignment_rules");
                sql.Append(" AND id = ").Append(sql.Parameter(id.Value, ColumnType.Guid));
                await ExecuteAsync(sql, cancellationToken).ConfigureAwait(false);
                await ShiftAsync(at + 1, int.MaxValue, -1, cancellationToken).ConfigureAwait(false);
                return true;
            },
            cancellationToken);

    public async Task<IReadOnlyDictionary<AssignmentRuleId, UserId>> GetTurnsAsync(CancellationToken cancellationToken = default)
    {
        var sql = Where("SELECT id, last_assigned FROM assignment_rules");
        sql.Append(" AND last_assigned IS NOT NULL");
        var rows = await unit.QueryAsync(sql, [ColumnType.Guid, ColumnType.Guid], cancellationToken).ConfigureAwait(false);
        return rows.ToDictionary(r => new AssignmentRuleId((Guid)r[0]!), r => new UserId((Guid)r[1]!));
    }

    public Task SetTurnAsync(AssignmentRuleId id, UserId lastAssigned, CancellationToken cancellationToken = default) =>
        unit.WriteAsync(
            async () =>
            {
                var sql = new SqlText(unit.Dialect);
                sql.Append("UPDATE assignment_rules SET last_assigned = ").Append(sql.Parameter(lastAssigned.Value, ColumnType.Guid))
                    .Append(" WHERE workspace_id = ").Append(sql.Parameter(unit.Workspace.Value, ColumnType.Guid))
                    .Append(" AND id = ").Append(sql.Parameter(id.Value, ColumnType.Guid));
                await ExecuteAsync(sql, cancellationToken).ConfigureAwait(false);
            },
            cancellationToken);

    private static AssignmentRule Read(object?[] row) =>
        AssignmentRule.Create(
            new AssignmentRuleId((Guid)row[0]!),
            Filter.Parse((string)row[1]!),
            (AssignmentMode)(int)row[2]!,
            ((string)row[3]!).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(UserId.Parse),
            (string?)row[4],
            (bool)row[5]!);

    private static void CheckPosition(int? position)
    {
        if (position is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(position), position, "Rule positions start at 1.");
        }
    }

    private static void AppendValues(SqlText sql, AssignmentRule rule) =>
        sql.Append(sql.Parameter(rule.Filter.ToString(), ColumnType.Text)).Append(", ")
            .Append(sql.Parameter((int)rule.Mode, ColumnType.Int32)).Append(", ")
            .Append(sql.Parameter(string.Join(' ', rule.Users.Select(u => u.ToString())), ColumnType.Text)).Append(", ")
            .Append(sql.Parameter(rule.Description, ColumnType.Text)).Append(", ")
            .Append(sql.Parameter(rule.IsEnabled, ColumnType.Boolean));

    private SqlText Where(string statement)
    {
        unit.EnsureOpen();
        var sql = new SqlText(unit.Dialect);
        sql.Append(statement).Append(" WHERE workspace_id = ").Append(sql.Parameter(unit.Workspace.Value, ColumnType.Guid));
        return sql;
    }

    private async Task<int?> PositionOfAsync(AssignmentRuleId id, CancellationToken cancellationToken)
    {
        var sql = Where("SELECT position FROM assignment_rules");
        sql.Append(" AND id = ").Append(sql.Parameter(id.Value, ColumnType.Guid));
        var rows = await unit.QueryAsync(sql, [ColumnType.Int32], cancellationToken).ConfigureAwait(false);
        return rows.Count == 0 ? null : (int)rows[0][0]!;
    }

    private async Task<int> CountAsync(CancellationToken cancellationToken)
    {
        var rows = await unit.QueryAsync(Where("SELECT COUNT(*) FROM assignment_rules"), [ColumnType.Int64], cancellationToken).ConfigureAwait(false);
        return checked((int)(long)rows[0][0]!);
    }

    /// <summary>Moves the rules at positions <paramref name="from"/>..<paramref name="to"/> by <paramref name="by"/>.</summary>
    private async Task ShiftAsync(int from, int to, int by, CancellationToken cancellationToken)
    {
        var sql = new SqlText(unit.Dialect);
        sql.Append("UPDATE assignment_rules SET position = position + ").Append(sql.Parameter(by, ColumnType.Int32))
            .Append(" WHERE workspace_id = ").Append(sql.Parameter(unit.Workspace.Value, ColumnType.Guid))
            .Append(" AND position >= ").Append(sql.Parameter(from, ColumnType.Int32))
            .Append(" AND position <= ").Append(sql.Parameter(to, ColumnType.Int32));
        await ExecuteAsync(sql, cancellationToken).ConfigureAwait(false);
    }

    private async Task SetPositionAsync(AssignmentRuleId id, int position, CancellationToken cancellationToken)
    {
        var sql = new SqlText(unit.Dialect);
        sql.Append("UPDATE assignment_rules SET position = ").Append(sql.Parameter(position, ColumnType.Int32))
            .Append(" WHERE workspace_id = ").Append(sql.Parameter(unit.Workspace.Value, ColumnType.Guid))
            .Append(" AND id = ").Append(sql.Parameter(id.Value, ColumnType.Guid));
        await ExecuteAsync(sql, cancellationToken).ConfigureAwait(false);
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
