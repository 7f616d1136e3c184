using LeadKit.Leads;
using LeadKit.Storage;
using NodaTime;

namespace LeadKit.Samples.Store;

/// <summary>
/// A unit of work: it reads the latest committed documents with its own changes replayed on them
/// (read committed, read your writes). The small repositories (users, settings, reports, operations,
/// assignment rules) are LeadKit's <see cref="KeyValueRepositories{TState}"/>, on the primitives here.
/// </summary>
internal sealed class DocumentUnitOfWork(JsonDocumentStore store, WorkspaceId workspace, UserId? actingUser) : KeyValueRepositories<Documents>, IUnitOfWork
{
    public override WorkspaceId Workspace => workspace;

    public UserId? ActingUser => actingUser;

    public StagedSaves Saves { get; } = new();

    public Instant Now => store.Clock.GetCurrentInstant();

    public ILeadRepository Leads => field ??= new LeadRecords(this);

    public IBusinessContactRepository Contacts => field ??= new ContactRecords(this);

    public IHistoryRepository History => field ??= new HistoryItems(this);

    public IOpportunityRepository Opportunities => field ??= new OpportunityItems(this);

    protected override Documents Latest => store.State;

    protected override T? Read<T>(Documents state, string key) where T : class =>
        state.TryGetValue(key, out var document) && document.Workspace == workspace ? (T)document.Value : null;

    protected override IEnumerable<KeyValuePair<string, T>> Scan<T>(Documents state, string prefix) =>
        state.Where(d => d.Key.StartsWith(prefix, StringComparison.Ordinal) && d.Value.Workspace == workspace).Select(d => KeyValuePair.Create(d.Key, (T)d.Value.Value));

    protected override bool IsUsed(Documents state, string key) => state.ContainsKey(key);

    protected override Documents Put(Documents state, string key, object? value) =>
        value is null ? state.Remove(key) : state.SetItem(key, new Document(workspace, value));

    // The primitives are protected in the base class; the record and item repositories reach them through these.
    internal Documents Current => View;

    internal T? Get<T>(Documents state, string key) where T : class => Read<T>(state, key);

    internal Documents Set(Documents state, string key, object? value) => Put(state, key, value);

    internal IEnumerable<T> Values<T>(string prefix) => All<T>(prefix);

    internal void Change(Func<Documents, Documents> change) => Write(change);

    internal Task Staged(Func<Documents, Documents> change) => Stage(change);

    internal bool Exists(Documents state, RecordReference record) => Read<string>(state, $"{record.Kind}/{record.Id}") is not null;

    public Task CommitAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(IsClosed, this);
        store.Commit(Changes);
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
}
