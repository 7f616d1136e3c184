using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.AssignmentRules;
using LeadKit.CustomFields;
using LeadKit.Leads;
using LeadKit.Reports;
using LeadKit.Scoring;

namespace LeadKit.Storage;

/// <summary>
/// For store adapters that keep values under string keys (a document or key-value store): the seven
/// small repositories of a unit of work — users, custom fields, the scoring profile, picklists, saved
/// reports, operations and assignment rules — written once on a handful of primitives the store
/// implements (<see cref="Latest"/>, <see cref="Read{T}"/>, <see cref="Scan{T}"/>, <see cref="IsUsed"/>,
/// <see cref="Put"/>). The unit's staged changes and its view of the state are kept here
/// (<see cref="Write"/>, <see cref="View"/>, <see cref="Changes"/>, <see cref="Close"/>): the store replays
/// <see cref="Changes"/> at commit. All are protected, so they stay the unit's own. Derive the store's
/// unit of work from it, and the unit's <see cref="Users"/>, <see cref="CustomFields"/>, … properties are
/// these repositories.
/// </summary>
/// <remarks>
/// <para>
/// Every write is a <b>change</b>: a function from one state to the next. <see cref="Write"/> applies it
/// to the unit's view at once (a change that throws leaves the view as it was, so a failed call did not
/// happen) and keeps it, and the store replays the unit's changes on the latest committed state at
/// commit, all or none (a change that throws there refuses the commit). Replaying is what keeps the
/// rules no composition of the interfaces' other members keeps: a picklist add appends to the list as
/// committed (concurrent adds are all kept), an assignment rule's move or a turn keeps a concurrent
/// edit of the rule, a profile save checks the version committed meanwhile, and a rule replaced here but
/// removed by a unit that committed first is a <see cref="ConcurrencyConflictException"/>.
/// </para>
/// <para>
/// The keys: identifiers are unique across workspaces (<c>user/{id}</c>, <c>operation/{id}</c>), the
/// rest is per workspace (<c>field/{workspace}/{kind}/{NAME}</c>, <c>profile/{workspace}</c>,
/// <c>picklist/{workspace}/{kind}</c>, <c>report/{workspace}/{NAME}</c>, <c>rules/{workspace}</c>,
/// <c>turns/{workspace}</c>, and an operation's undo entries, <c>entries/{workspace}/{operation}</c>). Values are the immutable objects the interfaces
/// take (a store that writes them elsewhere serializes them in <see cref="Put"/> and reads them back in
/// <see cref="Read{T}"/>). The in-memory store and <c>samples/LeadKit.Samples.Store</c> use it, and the
/// store contract kit checks it on both.
/// </para>
/// </remarks>
/// <typeparam name="TState">The store's state: an immutable snapshot of every key's value.</typeparam>
public abstract class KeyValueRepositories<TState> : IUserRepository, ICustomFieldRepository, IScoringProfileRepository, IPicklistRepository, ISavedReportRepository, IOperationRepository, IAssignmentRuleRepository
    where TState : class
{
    private readonly List<Func<TState, TState>> _changes = [];
    private TState? _base, _view;

    /// <summary>Initializes the repositories; the derived unit of work supplies the primitives.</summary>
    protected KeyValueRepositories()
    {
    }

    /// <summary>Gets the workspace of the unit of work.</summary>
    public abstract WorkspaceId Workspace { get; }

    /// <summary>Gets the store's latest committed state (what <see cref="View"/> replays the unit's changes on).</summary>
    protected abstract TState Latest { get; }

    /// <summary>
    /// Gets the state as the unit of work sees it: the latest commit with the unit's changes replayed on it
    /// (read committed, read your writes). When a change of the unit no longer fits a newer commit, the
    /// view stays as it was, and the commit refuses the change.
    /// </summary>
    protected TState View
    {
        get
        {
            var latest = Latest;
            if (!ReferenceEquals(latest, _base))
            {
                try
                {
                    _view = _changes.Aggregate(latest, (state, change) => change(state));
                }
                catch (LeadKitException) when (_view is not null)
                {
                    // Keep the older view; the commit refuses the change.
                }

                _base = latest;
            }

            return _view!;
        }
    }

    /// <summary>Gets the unit's changes in the order they were staged: what the store replays, all or none, at commit.</summary>
    protected IReadOnlyList<Func<TState, TState>> Changes => _changes;

    /// <summary>Gets a value indicating whether the unit of work committed or was disposed (<see cref="Close"/>).</summary>
    protected bool IsClosed { get; private set; }

    /// <summary>Gets the users who share the workspace (this object).</summary>
    public IUserRepository Users => this;

    /// <summary>Gets the workspace's custom-field schema (this object).</summary>
    public ICustomFieldRepository CustomFields => this;

    /// <summary>Gets the workspace's scoring profile (this object).</summary>
    public IScoringProfileRepository ScoringProfiles => this;

    /// <summary>Gets the workspace's picklists (this object).</summary>
    public IPicklistRepository Picklists => this;

    /// <summary>Gets the workspace's saved reports (this object).</summary>
    public ISavedReportRepository SavedReports => this;

    /// <summary>Gets the workspace's recorded operations (this object).</summary>
    public IOperationRepository Operations => this;

    /// <summary>Gets the workspace's assignment rules (this object).</summary>
    public IAssignmentRuleRepository AssignmentRules => this;

    /// <summary>Reads the value this workspace keeps under a key.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="state">The state to read.</param>
    /// <param name="key">The key.</param>
    /// <returns>The value, or <see langword="null"/> when there is none in this workspace (another workspace's value is never returned).</returns>
    protected abstract T? Read<T>(TState state, string key)
        where T : class;

    /// <summary>Reads every key this workspace uses that starts with <paramref name="prefix"/>, with its value, in no particular order.</summary>
    /// <typeparam name="T">The values' type.</typeparam>
    /// <param name="state">The state to read.</param>
    /// <param name="prefix">The start of the keys.</param>
    /// <returns>The keys and their values.</returns>
    protected abstract IEnumerable<KeyValuePair<string, T>> Scan<T>(TState state, string prefix);

    /// <summary>Reads every value this workspace keeps under keys that start with <paramref name="prefix"/>, as the unit sees them (<see cref="View"/>).</summary>
    /// <typeparam name="T">The values' type.</typeparam>
    /// <param name="prefix">The start of the keys.</param>
    /// <returns>The values, in no particular order.</returns>
    protected IEnumerable<T> All<T>(string prefix) => Scan<T>(View, prefix).Select(kv => kv.Value);

    /// <summary>Returns whether any workspace keeps a value under a key (identifiers are unique across workspaces).</summary>
    /// <param name="state">The state to read.</param>
    /// <param name="key">The key.</param>
    /// <returns>Whether the key is used.</returns>
    protected abstract bool IsUsed(TState state, string key);

    /// <summary>Sets or removes this workspace's value under a key.</summary>
    /// <param name="state">The state to change.</param>
    /// <param name="key">The key.</param>
    /// <param name="value">The value, or <see langword="null"/> to remove it.</param>
    /// <returns>The next state (<paramref name="state"/> itself is not changed).</returns>
    protected abstract TState Put(TState state, string key, object? value);

    /// <summary>
    /// Stages a change: applies it to <see cref="View"/> now (when it throws, the view stays as it was and
    /// nothing is staged) and replays it on the latest committed state when the unit of work commits.
    /// </summary>
    /// <param name="change">The change, from one state to the next; it throws when it no longer fits.</param>
    /// <exception cref="ObjectDisposedException">The unit of work committed or was disposed.</exception>
    protected void Write(Func<TState, TState> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        ObjectDisposedException.ThrowIf(IsClosed, this);
        _view = change(View);
        _changes.Add(change);
    }

    /// <summary>Marks the unit of work committed or disposed: from then on <see cref="Write"/> refuses changes.</summary>
    protected void Close() => IsClosed = true;

    /// <summary>Stages a change (<see cref="Write"/>) as a completed write call.</summary>
    /// <param name="change">The change.</param>
    /// <returns>A completed task.</returns>
    protected Task Stage(Func<TState, TState> change)
    {
        Write(change);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    Task IUserRepository.AddAsync(WorkspaceUser user, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ArgumentNullException.ThrowIfNull(user);
        return Stage(s => IsUsed(s, $"user/{user.Id}") ? throw new ConcurrencyConflictException(nameof(WorkspaceUser), user.Id.ToString(), 0, 1) : Put(s, $"user/{user.Id}", user));
    }

    /// <inheritdoc />
    Task IUserRepository.ReplaceAsync(WorkspaceUser user, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ArgumentNullException.ThrowIfNull(user);
        return Stage(s => Read<WorkspaceUser>(s, $"user/{user.Id}") is null ? throw new RecordNotFoundException(nameof(WorkspaceUser), user.Id.ToString()) : Put(s, $"user/{user.Id}", user));
    }

    /// <inheritdoc />
    Task<WorkspaceUser?> IUserRepository.FindAsync(UserId id, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Read<WorkspaceUser>(View, $"user/{id}"));
    }

    /// <inheritdoc />
    IAsyncEnumerable<WorkspaceUser> IUserRepository.ListAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return All<WorkspaceUser>("user/").OrderBy(u => u.DisplayName, StringComparer.OrdinalIgnoreCase).ThenBy(u => u.Id).ToAsyncEnumerable();
    }

    /// <inheritdoc />
    Task<CustomFieldSchema> ICustomFieldRepository.GetSchemaAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(new CustomFieldSchema(All<CustomFieldDefinition>($"field/{Workspace}/").OrderBy(d => d.RecordKind).ThenBy(d => d.Name, StringComparer.OrdinalIgnoreCase)));
    }

    /// <inheritdoc />
    Task ICustomFieldRepository.SaveAsync(CustomFieldDefinition definition, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ArgumentNullException.ThrowIfNull(definition);
        return Stage(s => Put(s, $"field/{Workspace}/{definition.RecordKind}/{definition.Name.ToUpperInvariant()}", definition));
    }

    /// <inheritdoc />
    Task<bool> ICustomFieldRepository.RemoveAsync(RecordKind recordKind, string name, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ArgumentNullException.ThrowIfNull(name);
        return Remove($"field/{Workspace}/{recordKind}/{name.Trim().ToUpperInvariant()}");
    }

    /// <inheritdoc />
    Task<ScoringProfile?> IScoringProfileRepository.GetAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Read<ScoringProfile>(View, $"profile/{Workspace}"));
    }

    /// <inheritdoc />
    Task IScoringProfileRepository.SaveAsync(ScoringProfile profile, long? expectedVersion, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ArgumentNullException.ThrowIfNull(profile);
        return !profile.IsSerializable
            ? throw new ArgumentException("The profile has a C# rule; only rules that are data can be stored.", nameof(profile))
            : Stage(s => Read<ScoringProfile>(s, $"profile/{Workspace}") is var stored && stored?.Version == expectedVersion
                ? Put(s, $"profile/{Workspace}", profile)
                : throw new ConcurrencyConflictException(nameof(ScoringProfile), Workspace.ToString(), expectedVersion ?? 0, stored?.Version));
    }

    /// <inheritdoc />
    Task<Picklist> IPicklistRepository.GetAsync(PicklistKind kind, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(List(View, kind));
    }

    /// <inheritdoc />
    Task IPicklistRepository.SaveAsync(PicklistKind kind, Picklist entries, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ArgumentNullException.ThrowIfNull(entries);
        _ = Picklist.DefaultFor(kind); // refuses an undefined kind
        return Stage(s => Put(s, $"picklist/{Workspace}/{kind}", entries));
    }

    /// <inheritdoc />
    Task<bool> IPicklistRepository.AddAsync(PicklistKind kind, string entry, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var name = Picklist.CheckEntry(entry, nameof(Picklist), LeadSource.MaxLength);
        if (List(View, kind).Contains(name))
        {
            return Task.FromResult(false);
        }

        // Appended to the list as committed, so that concurrent adds of other entries are all kept.
        Write(s => List(s, kind) is var current && current.Contains(name) ? s : Put(s, $"picklist/{Workspace}/{kind}", current.Add(name)));
        return Task.FromResult(true);
    }

    /// <inheritdoc />
    Task ISavedReportRepository.SaveAsync(SavedReport report, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ArgumentNullException.ThrowIfNull(report);
        return Stage(s => Put(s, $"report/{Workspace}/{report.Name.ToUpperInvariant()}", report));
    }

    /// <inheritdoc />
    Task<SavedReport?> ISavedReportRepository.FindAsync(string name, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ArgumentNullException.ThrowIfNull(name);
        return Task.FromResult(Read<SavedReport>(View, $"report/{Workspace}/{name.Trim().ToUpperInvariant()}"));
    }

    /// <inheritdoc />
    Task<IReadOnlyList<SavedReport>> ISavedReportRepository.ListAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult<IReadOnlyList<SavedReport>>([.. All<SavedReport>($"report/{Workspace}/").OrderBy(r => r.Name, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.Name, StringComparer.Ordinal)]);
    }

    /// <inheritdoc />
    Task<bool> ISavedReportRepository.DeleteAsync(string name, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ArgumentNullException.ThrowIfNull(name);
        return Remove($"report/{Workspace}/{name.Trim().ToUpperInvariant()}");
    }

    /// <inheritdoc />
    Task IOperationRepository.AddAsync(OperationSummary operation, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ArgumentNullException.ThrowIfNull(operation);
        return Stage(s => IsUsed(s, $"operation/{operation.Id}")
            ? throw new ConcurrencyConflictException("Operation", operation.Id.ToString(), 0, 1)
            : Put(s, $"operation/{operation.Id}", operation));
    }

    /// <inheritdoc />
    Task IOperationRepository.AddEntriesAsync(OperationId operation, IReadOnlyList<OperationUndoEntry> entries, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ArgumentNullException.ThrowIfNull(entries);
        var added = entries.ToImmutableList();
        return Stage(s => Put(s, EntriesKey(operation), Entries(s, operation).AddRange(added)));
    }

    /// <inheritdoc />
    Task<OperationSummary?> IOperationRepository.FindAsync(OperationId id, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Read<OperationSummary>(View, $"operation/{id}"));
    }

    /// <inheritdoc />
    Task<IReadOnlyList<OperationUndoEntry>> IOperationRepository.ReadEntriesAsync(OperationId id, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult<IReadOnlyList<OperationUndoEntry>>(Entries(View, id));
    }

    /// <inheritdoc />
    Task<IReadOnlyList<OperationSummary>> IOperationRepository.ListAsync(int limit, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return limit < 1
            ? throw new ArgumentOutOfRangeException(nameof(limit), limit, "List at least one operation.")
            : Task.FromResult<IReadOnlyList<OperationSummary>>([.. All<OperationSummary>("operation/").OrderByDescending(o => o.At).ThenByDescending(o => o.Id.Value).Take(limit)]);
    }

    /// <inheritdoc />
    Task IOperationRepository.MarkUndoneAsync(OperationId id, OperationId undoneBy, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Stage(s =>
            Put(s, $"operation/{id}", (Read<OperationSummary>(s, $"operation/{id}") ?? throw new RecordNotFoundException("Operation", id.ToString())) with { UndoneBy = undoneBy }));
    }

    /// <inheritdoc />
    Task<int> IOperationRepository.ForgetRecordAsync(RecordReference record, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var removed = All<ImmutableList<OperationUndoEntry>>($"entries/{Workspace}/").Sum(entries => entries.Count(e => e.Record == record));
        Write(s => Scan<ImmutableList<OperationUndoEntry>>(s, $"entries/{Workspace}/").Aggregate(s, (state, kv) => Put(state, kv.Key, kv.Value.RemoveAll(e => e.Record == record))));
        return Task.FromResult(removed);
    }

    /// <inheritdoc />
    Task<IReadOnlyList<AssignmentRule>> IAssignmentRuleRepository.ListAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult<IReadOnlyList<AssignmentRule>>(Rules(View));
    }

    /// <inheritdoc />
    Task IAssignmentRuleRepository.AddAsync(AssignmentRule rule, int? position, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ArgumentNullException.ThrowIfNull(rule);
        return position < 1
            ? throw new ArgumentOutOfRangeException(nameof(position), position, "Rule positions start at 1.")
            : Stage(s => Rules(s) is var rules && rules.Exists(r => r.Id == rule.Id)
                ? throw new ConcurrencyConflictException(nameof(AssignmentRule), rule.Id.ToString(), 0, 1)
                : Put(s, $"rules/{Workspace}", rules.Insert(Math.Min(position ?? int.MaxValue, rules.Count + 1) - 1, rule)));
    }

    /// <inheritdoc />
    Task IAssignmentRuleRepository.ReplaceAsync(AssignmentRule rule, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ArgumentNullException.ThrowIfNull(rule);

        // A rule the unit does not see is not found; one removed by a unit that committed meanwhile is a conflict.
        return !Rules(View).Exists(r => r.Id == rule.Id)
            ? throw new RecordNotFoundException(nameof(AssignmentRule), rule.Id.ToString())
            : Stage(s => Rules(s) is var rules && rules.FindIndex(r => r.Id == rule.Id) is var i and >= 0
                ? Put(s, $"rules/{Workspace}", rules.SetItem(i, rule))
                : throw new ConcurrencyConflictException(nameof(AssignmentRule), rule.Id.ToString(), 1, null));
    }

    /// <inheritdoc />
    async Task<bool> IAssignmentRuleRepository.MoveAsync(AssignmentRuleId id, int position, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ArgumentOutOfRangeException.ThrowIfLessThan(position, 1);
        var found = Rules(View).Exists(r => r.Id == id);
        await Stage(s => Rules(s) is var rules && rules.Find(r => r.Id == id) is { } rule
            ? Put(s, $"rules/{Workspace}", rules.Remove(rule).Insert(Math.Min(position, rules.Count) - 1, rule)) : s).ConfigureAwait(false);
        return found;
    }

    /// <inheritdoc />
    async Task<bool> IAssignmentRuleRepository.RemoveAsync(AssignmentRuleId id, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var found = Rules(View).Exists(r => r.Id == id);
        await Stage(s => Put(Put(s, $"rules/{Workspace}", Rules(s).RemoveAll(r => r.Id == id)), $"turns/{Workspace}", Turns(s).Remove(id))).ConfigureAwait(false);
        return found;
    }

    /// <inheritdoc />
    Task<IReadOnlyDictionary<AssignmentRuleId, UserId>> IAssignmentRuleRepository.GetTurnsAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult<IReadOnlyDictionary<AssignmentRuleId, UserId>>(Turns(View));
    }

    /// <inheritdoc />
    Task IAssignmentRuleRepository.SetTurnAsync(AssignmentRuleId id, UserId lastAssigned, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Stage(s => Rules(s).Exists(r => r.Id == id) ? Put(s, $"turns/{Workspace}", Turns(s).SetItem(id, lastAssigned)) : s);
    }

    private async Task<bool> Remove(string key)
    {
        var found = Read<object>(View, key) is not null;
        if (found)
        {
            await Stage(s => Put(s, key, null)).ConfigureAwait(false);
        }

        return found;
    }

    private Picklist List(TState state, PicklistKind kind) => Read<Picklist>(state, $"picklist/{Workspace}/{kind}") ?? Picklist.DefaultFor(kind);

    private ImmutableList<OperationUndoEntry> Entries(TState state, OperationId operation) => Read<ImmutableList<OperationUndoEntry>>(state, EntriesKey(operation)) ?? [];

    /// <summary>
    /// The key of an operation's undo entries in this workspace: per workspace, so that entries added under
    /// an operation id of another workspace never touch that workspace's entries, whatever <see cref="Put"/> does
    /// with a key another workspace wrote.
    /// </summary>
    private string EntriesKey(OperationId operation) => $"entries/{Workspace}/{operation}";

    private ImmutableList<AssignmentRule> Rules(TState state) => Read<ImmutableList<AssignmentRule>>(state, $"rules/{Workspace}") ?? [];

    private ImmutableDictionary<AssignmentRuleId, UserId> Turns(TState state) => Read<ImmutableDictionary<AssignmentRuleId, UserId>>(state, $"turns/{Workspace}") ?? ImmutableDictionary<AssignmentRuleId, UserId>.Empty;
}
