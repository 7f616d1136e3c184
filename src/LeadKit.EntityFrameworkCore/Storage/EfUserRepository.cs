using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.EntityFrameworkCore.Rows;
using LeadKit.EntityFrameworkCore.Sql;
using LeadKit.Leads;
using LeadKit.Storage;
using Microsoft.EntityFrameworkCore;

namespace LeadKit.EntityFrameworkCore.Storage;

/// <summary>The users of a workspace, one row each.</summary>
internal sealed class EfUserRepository(EfUnitOfWork unit) : IUserRepository
{
    public Task AddAsync(WorkspaceUser user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        return unit.WriteAsync(async () =>
        {
            var id = user.Id.Value;
            if (await unit.Context.Users.AnyAsync(u => u.Id == id, cancellationToken).ConfigureAwait(false))
            {
                throw new ConcurrencyConflictException(nameof(WorkspaceUser), user.Id.ToString(), 0, 1);
            }

            unit.Context.Users.Add(new UserRow { Id = id, WorkspaceId = unit.Workspace.Value, DisplayName = user.DisplayName, DisplayKey = TextKey.Fold(user.DisplayName)!, IsActive = user.IsActive });
            await unit.Context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            unit.Context.ChangeTracker.Clear();
        }, cancellationToken);
    }

    public Task ReplaceAsync(WorkspaceUser user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        return unit.WriteAsync(async () =>
        {
            var (id, workspace, name, key, active) = (user.Id.Value, unit.Workspace.Value, user.DisplayName, TextKey.Fold(user.DisplayName)!, user.IsActive);
            var changed = await unit.Context.Users.Where(u => u.Id == id && u.WorkspaceId == workspace).ExecuteUpdateAsync(
                s => s.SetProperty(u => u.DisplayName, name).SetProperty(u => u.DisplayKey, key).SetProperty(u => u.IsActive, active),
                cancellationToken).ConfigureAwait(false);
            if (changed == 0)
            {
                throw new RecordNotFoundException(nameof(WorkspaceUser), user.Id.ToString());
            }
        }, cancellationToken);
    }

    public async Task<WorkspaceUser?> FindAsync(UserId id, CancellationToken cancellationToken = default)
    {
        var (key, workspace) = (id.Value, unit.Workspace.Value);
        var row = await unit.Context.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == key && u.WorkspaceId == workspace, cancellationToken).ConfigureAwait(false);
        return row is null ? null : ToUser(row);
    }

    public async IAsyncEnumerable<WorkspaceUser> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var workspace = unit.Workspace.Value;
        var rows = await unit.Context.Users.AsNoTracking().Where(u => u.WorkspaceId == workspace)
            .OrderBy(u => u.DisplayKey).ThenBy(u => u.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var row in rows)
        {
            yield return ToUser(row);
        }
    }

    private static WorkspaceUser ToUser(UserRow row) => new(new UserId(row.Id), row.DisplayName, row.IsActive);
}
