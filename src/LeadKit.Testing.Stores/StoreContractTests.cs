using LeadKit.Contacts;
using LeadKit.Leads;
using LeadKit.Storage;
using NodaTime;
using NodaTime.Testing;

namespace LeadKit.Testing.Stores;

/// <summary>
/// The behaviour every <see cref="ILeadKitStore"/> must show, written once and run against each
/// store: derive a class, implement <see cref="CreateStoreAsync"/>, and every test runs against
/// your store. Each test works in a workspace of its own, so a derived class may hand out the same
/// database to every test (a class fixture) and tests never see each other's records.
/// </summary>
/// <remarks>
/// Tests are <see cref="StoreFactAttribute"/>s: put a <see cref="StoreConditionAttribute"/> on the
/// derived class to skip them where the store cannot run (e.g. no database server configured).
/// Two units of work that both write are never interleaved on one thread: a database store holds
/// write locks until commit, so such a test would wait on itself.
/// </remarks>
public abstract partial class StoreContractTests
{
    /// <summary>The instant the tests' clock starts at.</summary>
    protected static readonly Instant Start = Instant.FromUtc(2026, 11, 27, 9, 0);

    /// <summary>Creates the tests.</summary>
    protected StoreContractTests()
    {
        // Whole milliseconds: every store keeps them exactly in its indexed columns.
        Clock = new FakeClock(Start, Duration.FromMilliseconds(1));
    }

    /// <summary>Gets the clock given to the store: it moves on by one millisecond each time it is read.</summary>
    protected FakeClock Clock { get; }

    /// <summary>Creates (or opens) the store under test, stamping changes with <paramref name="clock"/>; it need not be empty.</summary>
    /// <param name="clock">The clock the store must use.</param>
    /// <returns>The store; the suite calls <see cref="ILeadKitStore.InitializeAsync"/> on it.</returns>
    protected abstract Task<ILeadKitStore> CreateStoreAsync(IClock clock);

    /// <summary>Creates the store and a fresh workspace for one test.</summary>
    /// <returns>The store and the workspace.</returns>
    protected async Task<(ILeadKitStore Store, WorkspaceId Workspace)> NewWorkspaceAsync()
    {
        var store = await CreateStoreAsync(Clock);
        await store.InitializeAsync();
        var workspace = await store.CreateWorkspaceAsync("Contract " + Guid.NewGuid().ToString("N"));
        return (store, workspace.Id);
    }

    /// <summary>Runs <paramref name="work"/> in a unit of work and commits it.</summary>
    /// <param name="store">The store.</param>
    /// <param name="workspace">The workspace.</param>
    /// <param name="work">The work.</param>
    /// <returns>A task that completes after the commit.</returns>
    protected static async Task InUnitAsync(ILeadKitStore store, WorkspaceId workspace, Func<IUnitOfWork, Task> work)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(work);
        await using var unit = await store.BeginAsync(workspace);
        await work(unit);
        await unit.CommitAsync();
    }

    /// <summary>Reads something in a unit of work of its own (not committed).</summary>
    /// <typeparam name="T">What is read.</typeparam>
    /// <param name="store">The store.</param>
    /// <param name="workspace">The workspace.</param>
    /// <param name="read">The read.</param>
    /// <returns>What was read.</returns>
    protected static async Task<T> ReadAsync<T>(ILeadKitStore store, WorkspaceId workspace, Func<IUnitOfWork, Task<T>> read)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(read);
        await using var unit = await store.BeginAsync(workspace);
        return await read(unit);
    }

    /// <summary>Adds leads in a committed unit of work.</summary>
    /// <param name="store">The store.</param>
    /// <param name="workspace">The workspace.</param>
    /// <param name="leads">The leads.</param>
    /// <returns>A task that completes after the commit.</returns>
    protected static Task AddLeadsAsync(ILeadKitStore store, WorkspaceId workspace, params Lead[] leads) =>
        InUnitAsync(store, workspace, u => u.Leads.AddAsync(leads));

    /// <summary>Reads a lead in a unit of work of its own.</summary>
    /// <param name="store">The store.</param>
    /// <param name="workspace">The workspace.</param>
    /// <param name="id">The lead.</param>
    /// <returns>The stored lead, or <see langword="null"/>.</returns>
    protected static Task<Lead?> FindLeadAsync(ILeadKitStore store, WorkspaceId workspace, LeadId id) =>
        ReadAsync(store, workspace, u => u.Leads.FindAsync(id));

    /// <summary>Creates a new lead with a name and optionally a company.</summary>
    /// <param name="name">The full name.</param>
    /// <param name="company">The company.</param>
    /// <returns>The lead (version 0).</returns>
    protected Lead NewLead(string name, string? company = null)
    {
        var lead = Lead.Create(PersonName.Parse(name), Clock);
        lead.SetCompanyName(company);
        return lead;
    }

    /// <summary>Creates a new business contact.</summary>
    /// <param name="name">The full name.</param>
    /// <returns>The contact (version 0).</returns>
    protected BusinessContact NewContact(string name) => BusinessContact.Create(PersonName.Parse(name), Clock);

    /// <summary>Drains an async stream into a list.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="source">The stream.</param>
    /// <returns>The items.</returns>
    protected static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var list = new List<T>();
        await foreach (var item in source)
        {
            list.Add(item);
        }

        return list;
    }
}
