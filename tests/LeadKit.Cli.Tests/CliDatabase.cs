using LeadKit.Cli.Storage;
using LeadKit.Storage;

namespace LeadKit.Cli.Tests;

/// <summary>
/// Reaches into the database a <see cref="CliRun"/> works on with the library itself, for what the
/// console cannot do yet (custom-field definitions, deactivating a user, restoring a lead) and to
/// look at what a command wrote (history entries, business contacts).
/// </summary>
internal static class CliDatabase
{
    /// <summary>Opens the CLI's database with the program's own store factory and runs work on its workspace.</summary>
    public static async Task<T> WithStoreAsync<T>(this CliRun cli, Func<ILeadKitStore, WorkspaceId, Task<T>> work)
    {
        var store = LeadKitStores.Open(DatabaseTarget.Sqlite(cli.Database, cli.Directory), cli.Clock);
        try
        {
            await store.InitializeAsync();
            var workspace = await WorkspaceSession.FindWorkspaceAsync(store, CancellationToken.None)
                ?? throw new InvalidOperationException("Run init first.");
            return await work(store, workspace.Id);
        }
        finally
        {
            await WorkspaceSession.DisposeStoreAsync(store);
        }
    }

    /// <summary>Runs work in one unit of work on the CLI's workspace, committing it when asked.</summary>
    public static Task<T> WithWorkAsync<T>(this CliRun cli, Func<IUnitOfWork, Task<T>> work, bool commit = false) =>
        cli.WithStoreAsync(async (store, workspace) =>
        {
            await using var unit = await store.BeginAsync(workspace);
            var result = await work(unit);
            if (commit)
            {
                await unit.CommitAsync();
            }

            return result;
        });

    /// <summary>Runs work in one committed unit of work on the CLI's workspace.</summary>
    public static Task ChangeAsync(this CliRun cli, Func<IUnitOfWork, Task> work) =>
        cli.WithWorkAsync(
            async unit =>
            {
                await work(unit);
                return true;
            },
            commit: true);
}
