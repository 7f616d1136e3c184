using System;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.EntityFrameworkCore.Sql;
using LeadKit.Scoring;
using LeadKit.Storage;

namespace LeadKit.EntityFrameworkCore.Storage;

/// <summary>
/// The workspace's profile: one row of <c>scoring_profiles</c> (its version and JSON document). A
/// save is a conditional insert (no row yet) or a conditional update (the row is still at the
/// expected version), so a stale save writes nothing and reports a conflict.
/// </summary>
internal sealed class EfScoringProfileRepository(EfUnitOfWork unit) : IScoringProfileRepository
{
    public async Task<ScoringProfile?> GetAsync(CancellationToken cancellationToken = default)
    {
        unit.EnsureOpen();
        var sql = new SqlText(unit.Dialect);
        sql.Append("SELECT document FROM scoring_profiles WHERE workspace_id = ").Append(sql.Parameter(unit.Workspace.Value, ColumnType.Guid));
        var rows = await unit.QueryAsync(sql, [ColumnType.Json], cancellationToken).ConfigureAwait(false);
        return rows.Count == 0 ? null : Documents.Read<ScoringProfile>((string)rows[0][0]!);
    }

    public Task SaveAsync(ScoringProfile profile, long? expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (!profile.IsSerializable)
        {
            throw new ArgumentException("The profile has a C# rule; only rules that are data can be stored.", nameof(profile));
        }

        return unit.WriteAsync(
            async () =>
            {
                var sql = new SqlText(unit.Dialect);
                var workspace = sql.Parameter(unit.Workspace.Value, ColumnType.Guid);
                var version = sql.Parameter(profile.Version, ColumnType.Int64);
                var document = sql.Parameter(Documents.Write(profile), ColumnType.Json);
                if (expectedVersion is { } expected)
                {
                    sql.Append("UPDATE scoring_profiles SET version = ").Append(version).Append(", document = ").Append(document)
                        .Append(" WHERE workspace_id = ").Append(workspace).Append(" AND version = ").Append(sql.Parameter(expected, ColumnType.Int64));
                }
                else
                {
                    sql.Append("INSERT INTO scoring_profiles (workspace_id, version, document) VALUES (").Append(workspace).Append(", ").Append(version).Append(", ").Append(document)
                        .Append(") ON CONFLICT (workspace_id) DO NOTHING");
                }

                int changed;
                var command = unit.Command(sql);
                await using (command.ConfigureAwait(false))
                {
                    changed = await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                if (changed != 1)
                {
                    var stored = await GetAsync(cancellationToken).ConfigureAwait(false);
                    throw new ConcurrencyConflictException(nameof(ScoringProfile), unit.Workspace.ToString(), expectedVersion ?? 0, stored?.Version);
                }
            },
            cancellationToken);
    }
}
