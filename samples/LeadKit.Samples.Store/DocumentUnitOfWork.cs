using LeadKit.AssignmentRules;
using LeadKit.CustomFields;
using LeadKit.Leads;
using LeadKit.Reports;
using LeadKit.Scoring;
using LeadKit.Storage;
using NodaTime;

namespace LeadKit.Samples.Store;

/// <summary>
/// A unit of work: it reads the latest committed documents with its own changes replayed on them
/// (read committed, read your writes), and is itself the small repositories (users, settings, reports,
/// operations, assignment rules), each member a read of the view or a staged change.
/// </summary>
internal sealed class DocumentUnitOfWork(JsonDocumentStore store, WorkspaceId workspace, UserId? actingUser)
    : IUnitOfWork, IUserRepository, ICustomFieldRepository, IScoringProfileRepository, IPicklistRepository, ISavedReportRepository, IOperationRepository, IAssignmentRuleRepository
{
    private readonly List<Func<Documents, Documents>> _changes = [];
    private Documents _base = store.State, _view = store.State;
    private bool _done;

    public WorkspaceId Workspace => workspace;

    public UserId? ActingUser => actingUser;

    public StagedSaves Saves { get; } = new();

    public Instant Now => store.Clock.GetCurrentInstant();

    public ILeadRepository Leads => field ??= new LeadRecords(this);

    public IBusinessContactRepository Contacts => field ??= new ContactRecords(this);

    public IHistoryRepository History => field ??= new HistoryItems(this);

    public IOpportunityRepository Opportunities => field ??= new OpportunityItems(this);

    public IUserRepository Users => this;

    public ICustomFieldRepository CustomFields => this;

    public IScoringProfileRepository ScoringProfiles => this;

    public IPicklistRepository Picklists => this;

    public ISavedReportRepository SavedReports => this;

    public IOperationRepository Operations => this;

    public IAssignmentRuleRepository AssignmentRules => this;

    /// <summary>Gets the documents as this unit sees them: the latest commit with this unit's changes replayed on it.</summary>
    public Documents View
    {
        get
        {
            var latest = store.State;
            if (!ReferenceEquals(latest, _base))
            {
                try
                {
                    _view = _changes.Aggregate(latest, (state, change) => change(state));
                }
                catch (LeadKitException)
                {
                    // A change of this unit no longer fits: keep the older view, and let the commit refuse it.
                }

                _base = latest;
            }

            return _view;
        }
    }

    /// <summary>Stages a change: applied to the view now (a throw leaves it as it was), replayed on the latest state at commit.</summary>
    public void Write(Func<Documents, Documents> change)
    {
        ObjectDisposedException.ThrowIf(_done, this);
        _view = change(View);
        _changes.Add(change);
    }

    public T? Get<T>(Documents state, string key) where T : class =>
        state.TryGetValue(key, out var document) && document.Workspace == workspace ? (T)document.Value : null;

    public IEnumerable<T> All<T>(string prefix) =>
        View.Where(d => d.Key.StartsWith(prefix, StringComparison.Ordinal) && d.Value.Workspace == workspace).Select(d => (T)d.Value.Value);

    public Documents Put(Documents state, string key, object? value) =>
        value is null ? state.Remove(key) : state.SetItem(key, new Document(workspace, value));

    public bool Exists(Documents state, RecordReference record) => Get<string>(state, $"{record.Kind}/{record.Id}") is not null;

    public Task CommitAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_done, this);
        store.Commit(_changes);
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

    Task IUserRepository.AddAsync(WorkspaceUser user, CancellationToken cancellationToken) => Stage(s =>
        s.ContainsKey($"user/{user.Id}") ? throw new ConcurrencyConflictException(nameof(WorkspaceUser), user.Id.ToString(), 0, 1) : Put(s, $"user/{user.Id}", user));

    Task IUserRepository.ReplaceAsync(WorkspaceUser user, CancellationToken cancellationToken) => Stage(s =>
        Get<WorkspaceUser>(s, $"user/{user.Id}") is null ? throw new RecordNotFoundException(nameof(WorkspaceUser), user.Id.ToString()) : Put(s, $"user/{user.Id}", user));

    Task<WorkspaceUser?> IUserRepository.FindAsync(UserId id, CancellationToken cancellationToken) => Task.FromResult(Get<WorkspaceUser>(View, $"user/{id}"));

    IAsyncEnumerable<WorkspaceUser> IUserRepository.ListAsync(CancellationToken cancellationToken) =>
        All<WorkspaceUser>("user/").OrderBy(u => u.DisplayName, StringComparer.OrdinalIgnoreCase).ThenBy(u => u.Id).ToAsyncEnumerable();

    Task<CustomFieldSchema> ICustomFieldRepository.GetSchemaAsync(CancellationToken cancellationToken) =>
        Task.FromResult(new CustomFieldSchema(All<CustomFieldDefinition>($"field/{workspace}/").OrderBy(d => d.RecordKind).ThenBy(d => d.Name, StringComparer.OrdinalIgnoreCase)));

    Task ICustomFieldRepository.SaveAsync(CustomFieldDefinition definition, CancellationToken cancellationToken) =>
        Stage(s => Put(s, $"field/{workspace}/{definition.RecordKind}/{definition.Name.ToUpperInvariant()}", definition));

    Task<bool> ICustomFieldRepository.RemoveAsync(RecordKind recordKind, string name, CancellationToken cancellationToken) =>
        Remove($"field/{workspace}/{recordKind}/{name.Trim().ToUpperInvariant()}");

    Task<ScoringProfile?> IScoringProfileRepository.GetAsync(CancellationToken cancellationToken) => Task.FromResult(Get<ScoringProfile>(View, $"profile/{workspace}"));

    Task IScoringProfileRepository.SaveAsync(ScoringProfile profile, long? expectedVersion, CancellationToken cancellationToken) => !profile.IsSerializable
        ? throw new ArgumentException("The profile has a C# rule; only rules that are data can be stored.", nameof(profile))
        : Stage(s => Get<ScoringProfile>(s, $"profile/{workspace}") is var stored && stored?.Version == expectedVersion
            ? Put(s, $"profile/{workspace}", profile)
            : throw new ConcurrencyConflictException(nameof(ScoringProfile), workspace.ToString(), expectedVersion ?? 0, stored?.Version));

    Task<Picklist> IPicklistRepository.GetAsync(PicklistKind kind, CancellationToken cancellationToken) => Task.FromResult(List(View, kind));

    Task IPicklistRepository.SaveAsync(PicklistKind kind, Picklist entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        _ = Picklist.DefaultFor(kind); // refuses an undefined kind
        return Stage(s => Put(s, $"picklist/{workspace}/{kind}", entries));
    }

    Task<bool> IPicklistRepository.AddAsync(PicklistKind kind, string entry, CancellationToken cancellationToken)
    {
        _ = new Picklist([entry]); // validates the entry
        if (List(View, kind).Contains(entry))
        {
            return Task.FromResult(false);
        }

        // Appended to the list as committed, so that concurrent adds of other entries are all kept.
        Write(s => List(s, kind) is var current && current.Contains(entry) ? s : Put(s, $"picklist/{workspace}/{kind}", current.Add(entry)));
        return Task.FromResult(true);
    }

    Task ISavedReportRepository.SaveAsync(SavedReport report, CancellationToken cancellationToken) =>
        Stage(s => Put(s, $"report/{workspace}/{report.Name.ToUpperInvariant()}", report));

    Task<SavedReport?> ISavedReportRepository.FindAsync(string name, CancellationToken cancellationToken) =>
        Task.FromResult(Get<SavedReport>(View, $"report/{workspace}/{name.Trim().ToUpperInvariant()}"));

    Task<IReadOnlyList<SavedReport>> ISavedReportRepository.ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<SavedReport>>([.. All<SavedReport>($"report/{workspace}/").OrderBy(r => r.Name, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.Name, StringComparer.Ordinal)]);

    Task<bool> ISavedReportRepository.DeleteAsync(string name, CancellationToken cancellationToken) => Remove($"report/{workspace}/{name.Trim().ToUpperInvariant()}");

    Task IOperationRepository.AddAsync(OperationSummary operation, CancellationToken cancellationToken) => Stage(s => s.ContainsKey($"operation/{operation.Id}")
        ? throw new ConcurrencyConflictException("Operation", operation.Id.ToString(), 0, 1)
        : Put(s, $"operation/{operation.Id}", operation));

    Task IOperationRepository.AddEntriesAsync(OperationId operation, IReadOnlyList<OperationUndoEntry> entries, CancellationToken cancellationToken)
    {
        var added = entries.ToImmutableList();
        return Stage(s => Put(s, $"entries/{operation}", (Get<ImmutableList<OperationUndoEntry>>(s, $"entries/{operation}") ?? []).AddRange(added)));
    }

    Task<OperationSummary?> IOperationRepository.FindAsync(OperationId id, CancellationToken cancellationToken) => Task.FromResult(Get<OperationSummary>(View, $"operation/{id}"));

    Task<IReadOnlyList<OperationUndoEntry>> IOperationRepository.ReadEntriesAsync(OperationId id, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<OperationUndoEntry>>(Get<ImmutableList<OperationUndoEntry>>(View, $"entries/{id}") ?? []);

    Task<IReadOnlyList<OperationSummary>> IOperationRepository.ListAsync(int limit, CancellationToken cancellationToken) => limit < 1
        ? throw new ArgumentOutOfRangeException(nameof(limit), limit, "List at least one operation.")
        : Task.FromResult<IReadOnlyList<OperationSummary>>([.. All<OperationSummary>("operation/").OrderByDescending(o => o.At).ThenByDescending(o => o.Id.Value).Take(limit)]);

    Task IOperationRepository.MarkUndoneAsync(OperationId id, OperationId undoneBy, CancellationToken cancellationToken) => Stage(s =>
        Put(s, $"operation/{id}", (Get<OperationSummary>(s, $"operation/{id}") ?? throw new RecordNotFoundException("Operation", id.ToString())) with { UndoneBy = undoneBy }));

    Task<int> IOperationRepository.ForgetRecordAsync(RecordReference record, CancellationToken cancellationToken)
    {
        var removed = All<ImmutableList<OperationUndoEntry>>("entries/").Sum(entries => entries.Count(e => e.Record == record));
        Write(s => s.Where(d => d.Key.StartsWith("entries/", StringComparison.Ordinal) && d.Value.Workspace == workspace)
            .Aggregate(s, (state, d) => Put(state, d.Key, ((ImmutableList<OperationUndoEntry>)d.Value.Value).RemoveAll(e => e.Record == record))));
        return Task.FromResult(removed);
    }

    Task<IReadOnlyList<AssignmentRule>> IAssignmentRuleRepository.ListAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<AssignmentRule>>(Rules(View));

    Task IAssignmentRuleRepository.AddAsync(AssignmentRule rule, int? position, CancellationToken cancellationToken) => position < 1
        ? throw new ArgumentOutOfRangeException(nameof(position), position, "Rule positions start at 1.")
        : Stage(s => Rules(s) is var rules && rules.Exists(r => r.Id == rule.Id)
            ? throw new ConcurrencyConflictException(nameof(AssignmentRule), rule.Id.ToString(), 0, 1)
            : Put(s, $"rules/{workspace}", rules.Insert(Math.Min(position ?? int.MaxValue, rules.Count + 1) - 1, rule)));

    Task IAssignmentRuleRepository.ReplaceAsync(AssignmentRule rule, CancellationToken cancellationToken) => Stage(s => Rules(s) is var rules && rules.FindIndex(r => r.Id == rule.Id) is var i and >= 0
        ? Put(s, $"rules/{workspace}", rules.SetItem(i, rule))
        : throw new RecordNotFoundException(nameof(AssignmentRule), rule.Id.ToString()));

    async Task<bool> IAssignmentRuleRepository.MoveAsync(AssignmentRuleId id, int position, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(position, 1);
        var found = Rules(View).Exists(r => r.Id == id);
        await Stage(s => Rules(s) is var rules && rules.Find(r => r.Id == id) is { } rule
            ? Put(s, $"rules/{workspace}", rules.Remove(rule).Insert(Math.Min(position, rules.Count) - 1, rule)) : s).ConfigureAwait(false);
        return found;
    }

    async Task<bool> IAssignmentRuleRepository.RemoveAsync(AssignmentRuleId id, CancellationToken cancellationToken)
    {
        var found = Rules(View).Exists(r => r.Id == id);
        await Stage(s => Put(Put(s, $"rules/{workspace}", Rules(s).RemoveAll(r => r.Id == id)), $"turns/{workspace}", Turns(s).Remove(id))).ConfigureAwait(false);
        return found;
    }

    Task<IReadOnlyDictionary<AssignmentRuleId, UserId>> IAssignmentRuleRepository.GetTurnsAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<AssignmentRuleId, UserId>>(Turns(View));

    Task IAssignmentRuleRepository.SetTurnAsync(AssignmentRuleId id, UserId lastAssigned, CancellationToken cancellationToken) =>
        Stage(s => Rules(s).Exists(r => r.Id == id) ? Put(s, $"turns/{workspace}", Turns(s).SetItem(id, lastAssigned)) : s);

    /// <summary>Stages a change (<see cref="Write"/>) as a completed write call.</summary>
    public Task Stage(Func<Documents, Documents> change)
    {
        Write(change);
        return Task.CompletedTask;
    }

    private async Task<bool> Remove(string key)
    {
        var found = Get<object>(View, key) is not null;
        if (found)
        {
            await Stage(s => Put(s, key, null)).ConfigureAwait(false);
        }

        return found;
    }

    private Picklist List(Documents state, PicklistKind kind) => Get<Picklist>(state, $"picklist/{workspace}/{kind}") ?? Picklist.DefaultFor(kind);

    private ImmutableList<AssignmentRule> Rules(Documents state) => Get<ImmutableList<AssignmentRule>>(state, $"rules/{workspace}") ?? [];

    private ImmutableDictionary<AssignmentRuleId, UserId> Turns(Documents state) => Get<ImmutableDictionary<AssignmentRuleId, UserId>>(state, $"turns/{workspace}") ?? ImmutableDictionary<AssignmentRuleId, UserId>.Empty;
}
