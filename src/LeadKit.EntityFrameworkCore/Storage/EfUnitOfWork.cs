using System;
using System.Collections.Generic;
using System.Data.Common;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.EntityFrameworkCore.Sql;
using LeadKit.Import.Duplicates;
using LeadKit.Leads;
using LeadKit.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using NodaTime;

namespace LeadKit.EntityFrameworkCore.Storage;

/// <summary>
/// A unit of work on EF Core: one <see cref="LeadKitDbContext"/> on one open connection, and one
/// database transaction begun at the first write (so a unit of work that only reads never blocks a
/// writer, and on SQLite a writer holds the write lock only from its first write to its commit).
/// Every write call runs inside a savepoint: when it fails (a conflict half-way through a batch),
/// the savepoint is rolled back, so the call writes nothing and the unit of work stays usable, as
/// the in-memory store behaves.
/// </summary>
internal sealed class EfUnitOfWork : IUnitOfWork
{
    private readonly EfLeadRepository _leads;
    private readonly EfContactRepository _contacts;
    private readonly EfHistoryRepository _history;
    private readonly EfOpportunityRepository _opportunities;
    private readonly EfUserRepository _users;
    private readonly EfCustomFieldRepository _customFields;
    private readonly EfScoringProfileRepository _scoringProfiles;
    private readonly EfSavedReportRepository _savedReports;
    private readonly EfPicklistRepository _picklists;
    private readonly EfOperationRepository _operations;
    private readonly EfAssignmentRuleRepository _assignmentRules;
    /// <summary>The records this unit of work's last record update wrote in its workspace (see <see cref="IsKnownRecord"/>).</summary>
    private readonly HashSet<RecordReference> _knownRecords = [];
    private int _savepoints;
    private bool _committed;
    private bool _disposed;

    public EfUnitOfWork(EfLeadKitStore store, LeadKitDbContext context, WorkspaceId workspace, UserId? actingUser)
    {
        Store = store;
        Context = context;
        Workspace = workspace;
        ActingUser = actingUser;
        _leads = new EfLeadRepository(this);
        _contacts = new EfContactRepository(this);
        _history = new EfHistoryRepository(this);
        _opportunities = new EfOpportunityRepository(this);
        _users = new EfUserRepository(this);
        _customFields = new EfCustomFieldRepository(this);
        _scoringProfiles = new EfScoringProfileRepository(this);
        _savedReports = new EfSavedReportRepository(this);
        _picklists = new EfPicklistRepository(this);
        _operations = new EfOperationRepository(this);
        _assignmentRules = new EfAssignmentRuleRepository(this);
    }

    public WorkspaceId Workspace { get; }

    public ILeadRepository Leads => _leads;

    public IBusinessContactRepository Contacts => _contacts;

    public IHistoryRepository History => _history;

    public IOpportunityRepository Opportunities => _opportunities;

    public IUserRepository Users => _users;

    public ICustomFieldRepository CustomFields => _customFields;

    public IScoringProfileRepository ScoringProfiles => _scoringProfiles;

    public ISavedReportRepository SavedReports => _savedReports;

    public IPicklistRepository Picklists => _picklists;

    public IOperationRepository Operations => _operations;

    public IAssignmentRuleRepository AssignmentRules => _assignmentRules;

    internal EfLeadKitStore Store { get; }

    internal LeadKitDbContext Context { get; }

    internal SqlDialect Dialect => Store.Dialect;

    internal UserId? ActingUser { get; }

    /// <summary>Gets the saves staged for the caller's record objects, applied once the commit succeeded.</summary>
    internal StagedSaves Saves { get; } = new();

    internal Instant Now => Store.Clock.GetCurrentInstant();

    internal int BatchSize => Store.Options.BatchSize;

    /// <summary>Gets the duplicate match keys the store keeps for every record (<see cref="LeadKitStoreOptions.DuplicateMatching"/>).</summary>
    internal MatchKeys MatchKeys => Store.MatchKeys;

    internal DbConnection Connection => Context.Database.GetDbConnection();

    internal DbTransaction? Transaction => Context.Database.CurrentTransaction?.GetDbTransaction();

    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        EnsureOpen();
        if (Context.Database.CurrentTransaction is { } transaction)
        {
            try
            {
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (Dialect.IsBusy(e))
            {
                throw Busy(e);
            }
        }

        _committed = true;
        Saves.Apply();
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _committed = true;
        Saves.Discard();

        // Disposing the context disposes its transaction, which rolls back whatever was not committed.
        await Context.DisposeAsync().ConfigureAwait(false);
    }

    internal void EnsureOpen()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_committed)
        {
            throw new InvalidOperationException("This unit of work has been committed; begin a new one.");
        }
    }

    /// <summary>Runs one write call inside a savepoint of the unit of work's transaction (begun here if needed).</summary>
    internal async Task<T> WriteAsync<T>(Func<Task<T>> write, CancellationToken cancellationToken)
    {
        EnsureOpen();
        var transaction = await EnsureTransactionAsync(cancellationToken).ConfigureAwait(false);
        var savepoint = "lk" + (++_savepoints).ToString(CultureInfo.InvariantCulture);
        await transaction.CreateSavepointAsync(savepoint, cancellationToken).ConfigureAwait(false);
        try
        {
            var result = await write().ConfigureAwait(false);
            await transaction.ReleaseSavepointAsync(savepoint, cancellationToken).ConfigureAwait(false);
            return result;
        }
        catch (Exception e)
        {
            Context.ChangeTracker.Clear();
            _knownRecords.Clear();
            await transaction.RollbackToSavepointAsync(savepoint, CancellationToken.None).ConfigureAwait(false);
            if (Dialect.IsBusy(e))
            {
                throw Busy(e);
            }

            throw;
        }
    }

    /// <summary>Runs one write call that returns nothing.</summary>
    internal Task WriteAsync(Func<Task> write, CancellationToken cancellationToken) =>
        WriteAsync(async () =>
        {
            await write().ConfigureAwait(false);
            return true;
        }, cancellationToken);

    /// <summary>
    /// Notes the records that a write of this unit of work has just updated in its workspace (in place
    /// of those noted before: the batch an operation links its history entries to next): their rows
    /// exist, and keep existing until this unit of work deletes them, because its transaction holds
    /// them (SQLite's write lock, PostgreSQL's row locks). Items linked to them are then added without
    /// an existence query. Forgotten when a write call fails (its savepoint is rolled back).
    /// </summary>
    internal void KnowRecords(RecordKind kind, IEnumerable<Guid> ids)
    {
        _knownRecords.Clear();
        foreach (var id in ids)
        {
            _knownRecords.Add(new RecordReference(kind, id));
        }
    }

    /// <summary>Forgets a record this unit of work deletes.</summary>
    internal void ForgetRecord(RecordReference record) => _knownRecords.Remove(record);

    /// <summary>Whether this unit of work updated the record in its workspace and has not deleted it since (<see cref="KnowRecords"/>).</summary>
    internal bool IsKnownRecord(RecordReference record) => _knownRecords.Contains(record);

    /// <summary>Creates a command on the unit of work's connection and transaction.</summary>
    internal DbCommand Command(SqlText sql)
    {
        var command = Connection.CreateCommand();
        command.Transaction = Transaction;
        sql.ApplyTo(command);
        return command;
    }

    /// <summary>Runs a query and reads every row's columns with the given types (nulls as <see langword="null"/>).</summary>
    internal async Task<List<object?[]>> QueryAsync(SqlText sql, IReadOnlyList<ColumnType> types, CancellationToken cancellationToken)
    {
        var rows = new List<object?[]>();
        var command = Command(sql);
        await using (command.ConfigureAwait(false))
        {
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    var row = new object?[types.Count];
                    for (var i = 0; i < types.Count; i++)
                    {
                        row[i] = await reader.IsDBNullAsync(i, cancellationToken).ConfigureAwait(false) ? null : Dialect.ReadValue(reader, i, types[i]);
                    }

                    rows.Add(row);
                }
            }
        }

        return rows;
    }

    /// <summary>Reads which of <paramref name="ids"/> exist in a table, restricted to this workspace or not.</summary>
    internal async Task<Dictionary<Guid, (Guid Workspace, long Version)>> ExistingAsync(string table, IEnumerable<Guid> ids, bool withVersion, CancellationToken cancellationToken)
    {
        var found = new Dictionary<Guid, (Guid, long)>();
        foreach (var chunk in ids.Distinct().Chunk(500))
        {
            var sql = new SqlText(Dialect);
            sql.Append(withVersion ? "SELECT id, workspace_id, version FROM " : "SELECT id, workspace_id FROM ").Append(table).Append(" WHERE id IN (")
                .Append(string.Join(", ", chunk.Select(id => sql.Parameter(id, ColumnType.Guid)))).Append(")");
            var types = withVersion ? new[] { ColumnType.Guid, ColumnType.Guid, ColumnType.Int64 } : [ColumnType.Guid, ColumnType.Guid];
            foreach (var row in await QueryAsync(sql, types, cancellationToken).ConfigureAwait(false))
            {
                found[(Guid)row[0]!] = ((Guid)row[1]!, withVersion ? (long)row[2]! : 0);
            }
        }

        return found;
    }

    /// <summary>Whether a lead or contact exists in this workspace (this unit of work's writes included).</summary>
    internal async Task<bool> RecordExistsAsync(RecordReference record, CancellationToken cancellationToken)
    {
        var existing = await ExistingAsync(RecordTables.For(record.Kind).Name, [record.Id], false, cancellationToken).ConfigureAwait(false);
        return existing.TryGetValue(record.Id, out var found) && found.Workspace == Workspace.Value;
    }

    /// <summary>Refuses records that refer to users or contacts outside the workspace (one query per kind of reference).</summary>
    internal async Task CheckReferencesAsync(IEnumerable<ContactRecord> records, CancellationToken cancellationToken)
    {
        var list = records as IReadOnlyCollection<ContactRecord> ?? [.. records];
        var userIds = list.SelectMany(r => new[] { r.AssignedTo, r.InitiatedBy?.User }).OfType<UserId>().Select(u => u.Value).ToList();
        var contactIds = list.Select(r => r.InitiatedBy?.Contact).OfType<Contacts.ContactId>().Select(c => c.Value).ToList();
        var users = userIds.Count == 0 ? [] : await ExistingAsync("users", userIds, false, cancellationToken).ConfigureAwait(false);
        var contacts = contactIds.Count == 0 ? [] : await ExistingAsync("contacts", contactIds, false, cancellationToken).ConfigureAwait(false);
        bool Here(Dictionary<Guid, (Guid Workspace, long)> found, Guid id) => found.TryGetValue(id, out var f) && f.Workspace == Workspace.Value;
        foreach (var record in list)
        {
            if (record.AssignedTo is { } user && !Here(users, user.Value))
            {
                throw new WorkspaceViolationException(nameof(ContactRecord.AssignedTo), $"{record.Kind} {record.Reference.Id:D} cannot be assigned to user {user}: that user does not share this workspace.");
            }

            if (record.InitiatedBy?.User is { } referrer && !Here(users, referrer.Value))
            {
                throw new WorkspaceViolationException(nameof(ContactRecord.InitiatedBy), $"{record.Kind} {record.Reference.Id:D} cannot be initiated by user {referrer}: that user does not share this workspace.");
            }

            if (record.InitiatedBy?.Contact is { } contact && !Here(contacts, contact.Value))
            {
                throw new WorkspaceViolationException(nameof(ContactRecord.InitiatedBy), $"{record.Kind} {record.Reference.Id:D} cannot be initiated by business contact {contact}: no such contact in this workspace.");
            }
        }
    }

    private static DatabaseBusyException Busy(Exception e) =>
        new("The database stayed locked by another writer for longer than the busy timeout; nothing was written. Dispose the unit of work and retry.", e);

    private async Task<IDbContextTransaction> EnsureTransactionAsync(CancellationToken cancellationToken)
    {
        if (Context.Database.CurrentTransaction is { } current)
        {
            return current;
        }

        try
        {
            // SQLite: BEGIN IMMEDIATE, which waits (busy timeout) for the one write lock.
            var transaction = await Context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            if (Dialect.Provider == LeadKitDatabaseProvider.Postgres)
            {
                var sql = new SqlText(Dialect).Append(string.Create(CultureInfo.InvariantCulture, $"SET LOCAL lock_timeout = {(long)Store.Options.BusyTimeout.TotalMilliseconds}"));
                var command = Command(sql);
                await using (command.ConfigureAwait(false))
                {
                    await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            return transaction;
        }
        catch (Exception e) when (Dialect.IsBusy(e))
        {
            throw Busy(e);
        }
    }
}
