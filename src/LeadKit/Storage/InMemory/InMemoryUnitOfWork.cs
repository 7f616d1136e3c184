using System;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.Leads;
using LeadKit.Querying;
using NodaTime;

namespace LeadKit.Storage.InMemory;

/// <summary>A unit of work of the in-memory store: stages changes, commits them atomically.</summary>
internal sealed class InMemoryUnitOfWork : IUnitOfWork
{
    private readonly InMemoryLeadRepository _leads;
    private readonly InMemoryBusinessContactRepository _contacts;
    private readonly InMemoryHistoryRepository _history;
    private readonly InMemoryOpportunityRepository _opportunities;
    private readonly InMemoryUserRepository _users;
    private readonly InMemoryCustomFieldRepository _customFields;
    private readonly InMemoryScoringProfileRepository _scoringProfiles;
    private readonly InMemorySavedReportRepository _savedReports;
    private readonly InMemoryPicklistRepository _picklists;
    private readonly InMemoryOperationRepository _operations;
    private readonly InMemoryAssignmentRuleRepository _assignmentRules;
    private bool _done;

    public InMemoryUnitOfWork(InMemoryLeadKitStore store, WorkspaceId workspace, UserId? actingUser)
    {
        Store = store;
        Workspace = workspace;
        ActingUser = actingUser;
        _leads = new InMemoryLeadRepository(this);
        _contacts = new InMemoryBusinessContactRepository(this);
        _history = new InMemoryHistoryRepository(this);
        _opportunities = new InMemoryOpportunityRepository(this);
        _users = new InMemoryUserRepository(this);
        _customFields = new InMemoryCustomFieldRepository(this);
        _scoringProfiles = new InMemoryScoringProfileRepository(this);
        _savedReports = new InMemorySavedReportRepository(this);
        _picklists = new InMemoryPicklistRepository(this);
        _operations = new InMemoryOperationRepository(this);
        _assignmentRules = new InMemoryAssignmentRuleRepository(this);
    }

    public WorkspaceId Workspace { get; }

    public ILeadRepository Leads => _leads;

    public IBusinessContactRepository Contacts => _contacts;

    public IHistoryRepository History => _history;

    public IOpportunityRepository Opportunities => _opportunities;

    public IUserRepository Users => _users;

    /// <summary>Binds user names in a filter against this unit of work's users (<see cref="Filter.BindUsers"/>).</summary>
    internal Filter BindUsers(Filter filter) => filter.NamesUsers ? filter.BindUsers(_users.Snapshot()) : filter;

    public ICustomFieldRepository CustomFields => _customFields;

    public IScoringProfileRepository ScoringProfiles => _scoringProfiles;

    public ISavedReportRepository SavedReports => _savedReports;

    public IPicklistRepository Picklists => _picklists;

    public IOperationRepository Operations => _operations;

    public IAssignmentRuleRepository AssignmentRules => _assignmentRules;

    internal InMemoryLeadKitStore Store { get; }

    internal UserId? ActingUser { get; }

    /// <summary>Gets the saves staged for the caller's record objects, applied at commit.</summary>
    internal StagedSaves Saves { get; } = new();

    internal Instant Now => Store.Clock.GetCurrentInstant();

    public Task CommitAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        EnsureOpen();
        Store.Commit(Workspace, [_users, _customFields, _scoringProfiles, _savedReports, _picklists, _leads, _contacts, _history, _opportunities, _operations, _assignmentRules]);
        _done = true;
        Saves.Apply();
        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        _done = true;
        Saves.Discard();
        return ValueTask.CompletedTask;
    }

    internal void EnsureOpen() =>
        ObjectDisposedException.ThrowIf(_done, this);

    internal bool RecordExists(RecordReference record) => record.Kind switch
    {
        RecordKind.Lead => _leads.Current(record.Id) is not null,
        RecordKind.BusinessContact => _contacts.Current(record.Id) is not null,
        _ => false,
    };

    /// <summary>Refuses a record that refers to a user or contact outside the workspace.</summary>
    internal void CheckReferences(ContactRecord record)
    {
        if (record.AssignedTo is { } user && !_users.Exists(user))
        {
            throw new WorkspaceViolationException(nameof(ContactRecord.AssignedTo), $"{record.Kind} {record.Reference.Id:D} cannot be assigned to user {user}: that user does not share this workspace.");
        }

        if (record.InitiatedBy?.User is { } referrer && !_users.Exists(referrer))
        {
            throw new WorkspaceViolationException(nameof(ContactRecord.InitiatedBy), $"{record.Kind} {record.Reference.Id:D} cannot be initiated by user {referrer}: that user does not share this workspace.");
        }

        if (record.InitiatedBy?.Contact is { } contact && _contacts.Current(contact.Value) is null)
        {
            throw new WorkspaceViolationException(nameof(ContactRecord.InitiatedBy), $"{record.Kind} {record.Reference.Id:D} cannot be initiated by business contact {contact}: no such contact in this workspace.");
        }
    }

}
