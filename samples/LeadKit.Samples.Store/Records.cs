using System.Text.Json;
using LeadKit.Contacts;
using LeadKit.Leads;
using LeadKit.Serialization;
using LeadKit.Storage;
using NodaTime;

namespace LeadKit.Samples.Store;

/// <summary>
/// The records of one kind, each stored as its LeadKit JSON document under <c>{kind}/{id}</c>. Only the
/// required members are here: finding one, paging, counting, the stale-score reads and field-aware
/// updates are the interface's defaults, built on these.
/// </summary>
internal class Records<TRecord, TId>(DocumentUnitOfWork unit, RecordKind kind) : IRecordRepository<TRecord, TId>
    where TRecord : ContactRecord
    where TId : struct
{
    private static readonly string TypeName = typeof(TRecord).Name;

    public Task<TRecord?> FindAsync(TId id, CancellationToken cancellationToken = default) => Task.FromResult(Read(unit.Current, id.ToString()!));

    public Task AddAsync(IReadOnlyCollection<TRecord> records, CancellationToken cancellationToken = default) => Save(records, adding: true);

    public Task UpdateAsync(IReadOnlyCollection<TRecord> records, CancellationToken cancellationToken = default) => Save(records, adding: false);

    public Task<IReadOnlyList<StoredScoreChange>> UpdateStoredScoresAsync(IReadOnlyCollection<StoredScoreChange> changes, CancellationToken cancellationToken = default)
    {
        if (changes.Any(c => c.Record.Kind != kind) || changes.DistinctBy(c => c.Record).Count() != changes.Count)
        {
            throw new ArgumentException($"Each change must be for a different {TypeName}.", nameof(changes));
        }

        IReadOnlyList<StoredScoreChange> stale = [.. changes.Where(c => Read(unit.Current, c.Record.Id.ToString())?.Version != c.Version)];
        var applied = changes.Except(stale).ToList();
        unit.Change(s => applied.Aggregate(s, (state, change) =>
        {
            var record = Read(state, change.Record.Id.ToString());
            if (record?.Version != change.Version)
            {
                throw new ConcurrencyConflictException(TypeName, change.Record.Id.ToString(), change.Version, record?.Version);
            }

            StoreRecords.SetStoredScore(record, change.Score); // the score only: not the version, not the stamps
            return Put(state, record);
        }));
        return Task.FromResult(stale);
    }

    public Task DeleteAsync(TId id, long expectedVersion, CancellationToken cancellationToken = default)
    {
        unit.Change(s => Read(s, id.ToString()!) switch
        {
            null => throw new RecordNotFoundException(TypeName, id.ToString()!),
            { Version: var version } when version != expectedVersion => throw new ConcurrencyConflictException(TypeName, id.ToString()!, expectedVersion, version),
            _ => unit.Set(s, $"{kind}/{id}", null), // its history stays
        });
        return Task.CompletedTask;
    }

    public IAsyncEnumerable<TRecord> QueryAsync(RecordQuery query, CancellationToken cancellationToken = default) =>
        query.Run(unit.Values<string>($"{kind}/").Select(Deserialize), query.Filter.NamesUsers ? unit.Values<WorkspaceUser>("user/") : null).ToAsyncEnumerable();

    /// <summary>Stages copies stamped with the next version; the caller's objects are stamped when the unit of work commits.</summary>
    private Task Save(IReadOnlyCollection<TRecord> records, bool adding)
    {
        var now = unit.Now;
        var saves = records.Select(r => (Record: r, Version: unit.Saves.VersionOf(r))).ToList();
        if (adding && saves.Find(s => s.Version != 0).Record is { } saved)
        {
            throw new ArgumentException($"{TypeName} {saved.Reference.Id} was saved already: only new records (version 0) can be added; use UpdateAsync.", nameof(records));
        }

        var copies = saves.Select(s => Copy(s.Record, now, s.Version + 1)).ToList();
        unit.Change(s => copies.Aggregate(s, (state, copy) => Put(Check(state, copy, adding), copy)));
        saves.ForEach(s => unit.Saves.Stage(s.Record, now, unit.ActingUser, s.Version + 1));
        return Task.CompletedTask;
    }

    private Documents Check(Documents state, TRecord copy, bool adding)
    {
        var id = copy.Reference.Id.ToString();
        var stored = Read(state, id);
        if (adding ? state.ContainsKey($"{kind}/{id}") : stored?.Version != copy.Version - 1)
        {
            throw adding || stored is not null || copy.Version > 1
                ? new ConcurrencyConflictException(TypeName, id, copy.Version - 1, adding ? stored?.Version ?? 1 : stored?.Version)
                : new RecordNotFoundException(TypeName, id);
        }

        if (copy.AssignedTo is { } user && unit.Get<WorkspaceUser>(state, $"user/{user}") is null)
        {
            throw new WorkspaceViolationException(nameof(copy.AssignedTo), $"{TypeName} {id} cannot be assigned to user {user}: that user does not share this workspace.");
        }

        return (copy.InitiatedBy?.User is { } referrer && unit.Get<WorkspaceUser>(state, $"user/{referrer}") is null)
            || (copy.InitiatedBy?.Contact is { } contact && !unit.Exists(state, new RecordReference(RecordKind.BusinessContact, contact.Value)))
            ? throw new WorkspaceViolationException(nameof(copy.InitiatedBy), $"{TypeName} {id} is initiated by a user or contact that is not in this workspace.")
            : state;
    }

    private TRecord Copy(TRecord record, Instant now, long version)
    {
        var copy = Deserialize(JsonSerializer.Serialize(record, LeadKitJsonOptions.Default));
        StoreRecords.MarkSaved(copy, now, unit.ActingUser, version);
        return copy;
    }

    private Documents Put(Documents state, TRecord record) =>
        unit.Set(state, $"{kind}/{record.Reference.Id}", JsonSerializer.Serialize(record, LeadKitJsonOptions.Default));

    private TRecord? Read(Documents state, string id) => unit.Get<string>(state, $"{kind}/{id}") is { } json ? Deserialize(json) : null;

    private static TRecord Deserialize(string json) => JsonSerializer.Deserialize<TRecord>(json, LeadKitJsonOptions.StoredDocuments)!;
}

/// <summary>The leads.</summary>
internal sealed class LeadRecords(DocumentUnitOfWork unit) : Records<Lead, LeadId>(unit, RecordKind.Lead), ILeadRepository;

/// <summary>The business contacts.</summary>
internal sealed class ContactRecords(DocumentUnitOfWork unit) : Records<BusinessContact, ContactId>(unit, RecordKind.BusinessContact), IBusinessContactRepository;
