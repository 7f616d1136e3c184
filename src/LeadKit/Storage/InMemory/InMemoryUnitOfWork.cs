using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.Leads;
using LeadKit.Querying;
using NodaTime;

namespace LeadKit.Storage.InMemory;

/// <summary>
/// A unit of work of the in-memory store: its record and item repositories stage changes that are
/// checked and applied at commit; the seven small repositories are <see cref="KeyValueRepositories{TState}"/>
/// on the store's <see cref="InMemoryKeyValues"/>, whose changes are replayed on the latest values at
/// commit. Both happen under the store's lock, all or none.
/// </summary>
internal sealed class InMemoryUnitOfWork : KeyValueRepositories<InMemoryKeyValues>, IUnitOfWork
{
    private readonly InMemoryLeadRepository _leads;
    private readonly InMemoryBusinessContactRepository _contacts;
    private readonly InMemoryHistoryRepository _history;
    private readonly InMemoryOpportunityRepository _opportunities;

    public InMemoryUnitOfWork(InMemoryLeadKitStore store, WorkspaceId workspace, UserId? actingUser)
    {
        Store = store;
        Workspace = workspace;
        ActingUser = actingUser;
        _leads = new InMemoryLeadRepository(this);
        _contacts = new InMemoryBusinessContactRepository(this);
        _history = new InMemoryHistoryRepository(this);
        _opportunities = new InMemoryOpportunityRepository(this);
    }

    public override WorkspaceId Workspace { get; }

    public ILeadRepository Leads => _leads;

    public IBusinessContactRepository Contacts => _contacts;

    public IHistoryRepository History => _history;

    public IOpportunityRepository Opportunities => _opportunities;

    /// <inheritdoc />
    protected override InMemoryKeyValues Latest => Store.KeyValues;

    internal InMemoryLeadKitStore Store { get; }

    internal UserId? ActingUser { get; }

    /// <summary>Gets the saves staged for the caller's record objects, applied at commit.</summary>
    internal StagedSaves Saves { get; } = new();

    internal Instant Now => Store.Clock.GetCurrentInstant();

    protected override T? Read<T>(InMemoryKeyValues state, string key)
        where T : class => state.Read<T>(Workspace, key);

    protected override IEnumerable<KeyValuePair<string, T>> Scan<T>(InMemoryKeyValues state, string prefix) => state.Scan<T>(Workspace, prefix);

    protected override bool IsUsed(InMemoryKeyValues state, string key) => state.IsUsed(key);

    protected override InMemoryKeyValues Put(InMemoryKeyValues state, string key, object? value) => state.Put(Workspace, key, value);

    public Task CommitAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        EnsureOpen();
        Store.Commit(Workspace, [_leads, _contacts, _history, _opportunities], Changes);
        Close();
        Saves.Apply();
        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        Close();
        Saves.Discard();
        return ValueTask.CompletedTask;
    }

    /// <summary>Binds user names in a filter against this unit of work's users (<see cref="Filter.BindUsers"/>).</summary>
    internal Filter BindUsers(Filter filter) => filter.NamesUsers ? filter.BindUsers(All<WorkspaceUser>("user/")) : filter;

    internal void EnsureOpen() =>
        ObjectDisposedException.ThrowIf(IsClosed, this);

    internal bool RecordExists(RecordReference record) => record.Kind switch
    {
        RecordKind.Lead => _leads.Current(record.Id) is not null,
        RecordKind.BusinessContact => _contacts.Current(record.Id) is not null,
        _ => false,
    };

    /// <summary>Refuses a record that refers to a user or contact outside the workspace.</summary>
    internal void CheckReferences(ContactRecord record)
    {
        if (record.AssignedTo is { } user && !UserExists(user))
        {
            throw new WorkspaceViolationException(nameof(ContactRecord.AssignedTo), $"{record.Kind} {record.Reference.Id:D} cannot be assigned to user {user}: that user does not share this workspace.");
        }

        if (record.InitiatedBy?.User is { } referrer && !UserExists(referrer))
        {
            throw new WorkspaceViolationException(nameof(ContactRecord.InitiatedBy), $"{record.Kind} {record.Reference.Id:D} cannot be initiated by user {referrer}: that user does not share this workspace.");
        }

        if (record.InitiatedBy?.Contact is { } contact && _contacts.Current(contact.Value) is null)
        {
            throw new WorkspaceViolationException(nameof(ContactRecord.InitiatedBy), $"{record.Kind} {record.Reference.Id:D} cannot be initiated by business contact {contact}: no such contact in this workspace.");
        }
    }

    private bool UserExists(UserId id) => Read<WorkspaceUser>(View, $"user/{id}") is not null;
}
