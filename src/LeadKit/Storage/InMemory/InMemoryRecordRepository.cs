using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.Leads;
using LeadKit.Querying;
using NodaTime;

namespace LeadKit.Storage.InMemory;

/// <summary>
/// The in-memory repository of one record type: reads see the committed state plus this unit of
/// work's own staged changes; writes are checked immediately and again at commit.
/// </summary>
internal abstract class InMemoryRecordRepository<TRecord, TId> : IRecordRepository<TRecord, TId>, IRecordAggregation, IStagedChanges
    where TRecord : ContactRecord
    where TId : struct
{
    private static readonly string TypeName = typeof(TRecord).Name;

    private readonly Dictionary<Guid, Pending> _pending = [];

    protected InMemoryRecordRepository(InMemoryUnitOfWork unitOfWork)
    {
        UnitOfWork = unitOfWork;
    }

    protected InMemoryUnitOfWork UnitOfWork { get; }

    public Task<TRecord?> FindAsync(TId id, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var current = Current(Key(id));
        return Task.FromResult(current is null ? null : Copy(current));
    }

    public async Task<TRecord> GetAsync(TId id, CancellationToken cancellationToken = default) =>
        await FindAsync(id, cancellationToken).ConfigureAwait(false) ?? throw new RecordNotFoundException(TypeName, id.ToString()!);

    public Task AddAsync(IReadOnlyCollection<TRecord> records, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        cancellationToken.ThrowIfCancellationRequested();
        UnitOfWork.EnsureOpen();
        var staged = new List<(Guid Key, TRecord Copy)>(records.Count);
        var keys = new HashSet<Guid>();
        var now = UnitOfWork.Now;
        foreach (var record in records)
        {
            ArgumentNullException.ThrowIfNull(record, nameof(records));
            var key = Key(record);
            var version = UnitOfWork.Saves.VersionOf(record);
            if (version != 0)
            {
                throw new ArgumentException($"{TypeName} {IdText(record)} is at version {version}: only new records (version 0) can be added; use UpdateAsync.", nameof(records));
            }

            var existing = Current(key);
            if (existing is not null || !keys.Add(key) || UnitOfWork.Store.ExistsInAnyWorkspace(Select, key))
            {
                throw new ConcurrencyConflictException(TypeName, IdText(record), 0, existing?.Version ?? 1);
            }

            UnitOfWork.CheckReferences(record);
            var copy = Copy(record);
            copy.MarkSaved(now, UnitOfWork.ActingUser, 1);
            staged.Add((key, copy));
        }

        foreach (var (key, copy) in staged)
        {
            _pending[key] = new Pending(copy, null);
        }

        foreach (var record in records)
        {
            UnitOfWork.Saves.Stage(record, now, UnitOfWork.ActingUser, 1);
        }

        return Task.CompletedTask;
    }

    public Task UpdateAsync(IReadOnlyCollection<TRecord> records, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        cancellationToken.ThrowIfCancellationRequested();
        UnitOfWork.EnsureOpen();
        var now = UnitOfWork.Now;
        Stage(records, now, markCallers: true);

        return Task.CompletedTask;
    }

    public Task UpdateChangedAsync(IReadOnlyCollection<RecordUpdate<TRecord>> updates, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(updates);
        cancellationToken.ThrowIfCancellationRequested();
        UnitOfWork.EnsureOpen();
        foreach (var update in updates)
        {
            ArgumentNullException.ThrowIfNull(update, nameof(updates));
            CheckPair(update, nameof(updates));
        }

        // The store keeps copies; the caller's objects stay as they are (see the interface).
        Stage([.. updates.Select(u => u.Changed)], UnitOfWork.Now, markCallers: false);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<TRecord>> FindManyAsync(IReadOnlyCollection<TId> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        CheckManyCount(ids.Count, nameof(ids));
        cancellationToken.ThrowIfCancellationRequested();
        var found = new List<TRecord>(ids.Count);
        foreach (var key in ids.Select(Key).Distinct())
        {
            if (Current(key) is { } record)
            {
                found.Add(Copy(record));
            }
        }

        return Task.FromResult<IReadOnlyList<TRecord>>(found);
    }

    /// <summary>Checks every record, then stages copies saved at the next version; stages nothing when one fails.</summary>
    private void Stage(IReadOnlyCollection<TRecord> records, NodaTime.Instant now, bool markCallers)
    {
        var staged = new List<(Guid Key, TRecord Copy, long? BaseVersion)>(records.Count);
        var keys = new HashSet<Guid>();
        foreach (var record in records)
        {
            ArgumentNullException.ThrowIfNull(record, nameof(records));
            var key = Key(record);
            var version = UnitOfWork.Saves.VersionOf(record);
            var current = Current(key);
            if (current is null)
            {
                // A record that was read (version 1 or more) and is gone now was deleted meanwhile:
                // a conflict, as IRecordRepository.UpdateAsync documents; a never-saved one was never here.
                if (version > 0 || WasDeletedHere(key))
                {
                    throw new ConcurrencyConflictException(TypeName, IdText(record), version, null);
                }

                throw new RecordNotFoundException(TypeName, IdText(record));
            }

            if (current.Version != version || !keys.Add(key))
            {
                throw new ConcurrencyConflictException(TypeName, IdText(record), version, current.Version);
            }

            UnitOfWork.CheckReferences(record);
            var copy = Copy(record);
            copy.MarkSaved(now, UnitOfWork.ActingUser, version + 1);
            staged.Add((key, copy, BaseVersion(key, current)));
        }

        foreach (var (key, copy, baseVersion) in staged)
        {
            _pending[key] = new Pending(copy, _pending.TryGetValue(key, out var p) ? p.BaseVersion : baseVersion);
        }

        // The caller's objects get their new versions when the unit of work commits, not before;
        // a field-aware update (UpdateChangedAsync) never marks them.
        if (markCallers)
        {
            foreach (var record in records)
            {
                UnitOfWork.Saves.Stage(record, now, UnitOfWork.ActingUser, UnitOfWork.Saves.VersionOf(record) + 1);
            }
        }
    }

    /// <summary>Refuses an update whose two records are not the same record at the same version.</summary>
    internal static void CheckPair(RecordUpdate<TRecord> update, string paramName)
    {
        if (update.Original.Reference != update.Changed.Reference || update.Original.Version != update.Changed.Version)
        {
            throw new ArgumentException($"An update pairs {update.Original.Reference} at version {update.Original.Version} with {update.Changed.Reference} at version {update.Changed.Version}: both must be the same record at the same version.", paramName);
        }
    }

    /// <summary>Refuses more identifiers than one read may take.</summary>
    internal static void CheckManyCount(int count, string paramName)
    {
        if (count > RecordQuery.MaxLimit)
        {
            throw new ArgumentOutOfRangeException(paramName, count, $"Read at most {RecordQuery.MaxLimit} records at a time.");
        }
    }

    public Task<IReadOnlyList<StoredScoreChange>> UpdateStoredScoresAsync(IReadOnlyCollection<StoredScoreChange> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        cancellationToken.ThrowIfCancellationRequested();
        UnitOfWork.EnsureOpen();
        var keys = new HashSet<Guid>();
        foreach (var change in changes)
        {
            CheckScoreChange(change, keys, nameof(changes));
        }

        var stale = new List<StoredScoreChange>();
        var staged = new List<(Guid Key, TRecord Copy, long? BaseVersion)>(changes.Count);
        foreach (var change in changes)
        {
            var key = change.Record.Id;
            var current = Current(key);
            if (current is null || current.Version != change.Version)
            {
                stale.Add(change);
                continue;
            }

            // Only the score: the version, the audit stamps and everything else stay as stored.
            var copy = Copy(current);
            copy.SetStoredScore(change.Score);
            staged.Add((key, copy, BaseVersion(key, current)));
        }

        foreach (var (key, copy, baseVersion) in staged)
        {
            _pending[key] = new Pending(copy, baseVersion);
        }

        return Task.FromResult<IReadOnlyList<StoredScoreChange>>(stale);
    }

    public Task DeleteAsync(TId id, long expectedVersion, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        UnitOfWork.EnsureOpen();
        var key = Key(id);
        var current = Current(key) ?? throw new RecordNotFoundException(TypeName, id.ToString()!);
        if (current.Version != expectedVersion)
        {
            throw new ConcurrencyConflictException(TypeName, id.ToString()!, expectedVersion, current.Version);
        }

        _pending[key] = new Pending(null, _pending.TryGetValue(key, out var p) ? p.BaseVersion : current.Version);
        return Task.CompletedTask;
    }

    public async IAsyncEnumerable<TRecord> QueryAsync(RecordQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var results = InMemoryQuery.Run(Snapshot(), UnitOfWork.BindUsers(query.Filter), query.Sort, query.After, query.Limit);
        foreach (var record in results)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return Copy(record);
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    public Task<Page<TRecord>> PageAsync(RecordQuery query, int pageSize, PageCursor? after = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (pageSize is < 1 or > RecordQuery.MaxLimit)
        {
            throw new ArgumentOutOfRangeException(nameof(pageSize), pageSize, $"A page holds 1 to {RecordQuery.MaxLimit} records.");
        }

        cancellationToken.ThrowIfCancellationRequested();
        var items = InMemoryQuery.Run(Snapshot(), UnitOfWork.BindUsers(query.Filter), query.Sort, after, pageSize + 1).Select(Copy).ToList();
        PageCursor? next = null;
        if (items.Count > pageSize)
        {
            items.RemoveAt(pageSize);
            next = InMemoryQuery.CursorOf(items[^1], query.Sort);
        }

        return Task.FromResult(new Page<TRecord>(items, next));
    }

    public Task<IReadOnlyList<TRecord>> ListStaleScoresAsync(long profileVersion, Instant asOf, int limit, CancellationToken cancellationToken = default)
    {
        if (limit is < 1 or > RecordQuery.MaxLimit)
        {
            throw new ArgumentOutOfRangeException(nameof(limit), limit, $"A read returns 1 to {RecordQuery.MaxLimit} records.");
        }

        cancellationToken.ThrowIfCancellationRequested();
        IReadOnlyList<TRecord> stale = [.. Snapshot().Where(r => r.IsScoreStale(profileVersion, asOf)).OrderBy(r => r.Reference.Id).Take(limit).Select(Copy)];
        return Task.FromResult(stale);
    }

    public Task<long> CountStaleScoresAsync(long profileVersion, Instant asOf, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult((long)Snapshot().Count(r => r.IsScoreStale(profileVersion, asOf)));
    }

    /// <summary>Groups the records as they are held (no copies, no sort): the reference grouping over the filter's matches.</summary>
    public Task<IReadOnlyList<AggregateRow>?> AggregateAsync(AggregateQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        cancellationToken.ThrowIfCancellationRequested();
        var matches = UnitOfWork.BindUsers(query.Filter).Compile();
        var aggregation = new RecordAggregation(query);
        foreach (var record in Snapshot())
        {
            if (matches(record))
            {
                aggregation.Add(record);
            }
        }

        return Task.FromResult<IReadOnlyList<AggregateRow>?>(aggregation.Rows());
    }

    public Task<long> CountAsync(Filter? filter = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(InMemoryQuery.Count(Snapshot(), UnitOfWork.BindUsers(filter ?? Filter.All)));
    }

    void IStagedChanges.Verify(InMemoryWorkspaceState state, IReadOnlyList<InMemoryWorkspaceState> otherWorkspaces)
    {
        var committed = Select(state);
        foreach (var (key, pending) in _pending)
        {
            long? actual = committed.TryGetValue(key, out var stored) ? stored.Version : null;
            var takenElsewhere = pending.BaseVersion is null && otherWorkspaces.Any(w => Select(w).ContainsKey(key));
            if (actual != pending.BaseVersion || takenElsewhere)
            {
                var id = key.ToString("D");
                throw new ConcurrencyConflictException(TypeName, id, pending.BaseVersion ?? 0, actual ?? (takenElsewhere ? 1 : null));
            }
        }
    }

    void IStagedChanges.Apply(InMemoryWorkspaceState state)
    {
        var committed = Select(state);
        foreach (var (key, pending) in _pending)
        {
            if (pending.Value is null)
            {
                committed.Remove(key);
            }
            else
            {
                committed[key] = pending.Value;
            }
        }
    }

    internal TRecord? Current(Guid key)
    {
        if (_pending.TryGetValue(key, out var pending))
        {
            return pending.Value;
        }

        return UnitOfWork.Store.Read(UnitOfWork.Workspace, s => Select(s).GetValueOrDefault(key));
    }

    protected abstract RecordKind Kind { get; }

    protected abstract Dictionary<Guid, TRecord> Select(InMemoryWorkspaceState state);

    protected abstract Guid Key(TId id);

    protected abstract TRecord Copy(TRecord record);

    private static Guid Key(TRecord record) => record.Reference.Id;

    private static string IdText(TRecord record) => record.Reference.Id.ToString("D");

    private void CheckScoreChange(StoredScoreChange? change, HashSet<Guid> keys, string paramName)
    {
        ArgumentNullException.ThrowIfNull(change, paramName);
        if (change.Record.Kind != Kind)
        {
            throw new ArgumentException($"{change.Record} is not a {TypeName}.", paramName);
        }

        if (!keys.Add(change.Record.Id))
        {
            throw new ArgumentException($"{TypeName} {change.Record.Id:D} appears more than once.", paramName);
        }
    }

    private bool WasDeletedHere(Guid key) => _pending.TryGetValue(key, out var p) && p.Value is null;

    private long? BaseVersion(Guid key, TRecord current) =>
        _pending.TryGetValue(key, out var p) ? p.BaseVersion : current.Version;

    private List<TRecord> Snapshot()
    {
        var records = UnitOfWork.Store.Read(UnitOfWork.Workspace, s => Select(s).Values.ToList());
        if (_pending.Count == 0)
        {
            return records;
        }

        var merged = records.Where(r => !_pending.ContainsKey(Key(r))).ToList();
        merged.AddRange(_pending.Values.Where(p => p.Value is not null).Select(p => p.Value!));
        return merged;
    }

    private sealed record Pending(TRecord? Value, long? BaseVersion);
}
