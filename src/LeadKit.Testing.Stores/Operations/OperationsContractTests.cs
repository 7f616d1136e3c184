using System.Text.Json;
using LeadKit.Contacts;
using LeadKit.CustomFields;
using LeadKit.History;
using LeadKit.Leads;
using LeadKit.Operations;
using LeadKit.Serialization;
using LeadKit.Storage;
using LeadKit.Testing;
using NodaTime;
using NodaTime.Testing;

namespace LeadKit.Testing.Stores;

/// <summary>
/// The lead operations (assignment, bulk edit and undo, conversion, deletion and restore,
/// comments), written once against <see cref="ILeadKitStore"/> and run against every store:
/// derive a class and implement <see cref="CreateStoreAsync"/>. Each test works in a workspace of
/// its own. Tests are <see cref="StoreFactAttribute"/>s, so a
/// <see cref="StoreConditionAttribute"/> on the derived class can skip them.
/// </summary>
public abstract partial class OperationsContractTests
{
    /// <summary>The instant the clock starts at.</summary>
    protected static readonly Instant Start = Instant.FromUtc(2026, 11, 27, 9, 0);

    /// <summary>Audit fields a saved change moves on; everything else must be restored exactly.</summary>
    protected static readonly string[] AuditFields = ["ModifiedAt", "ModifiedBy", "Version"];

    /// <summary>Creates the tests.</summary>
    protected OperationsContractTests()
    {
        // Whole milliseconds, as every store keeps them in its indexed columns.
        Clock = new FakeClock(Start, Duration.FromMilliseconds(1));
    }

    /// <summary>Gets the clock of the store and the operations.</summary>
    protected FakeClock Clock { get; }

    /// <summary>Gets how many cases each property runs (fewer on database stores).</summary>
    protected virtual int PropertyRuns => 60;

    /// <summary>Creates (or opens) the store under test; it need not be empty.</summary>
    /// <param name="clock">The clock the store must use.</param>
    /// <returns>The store.</returns>
    protected abstract Task<ILeadKitStore> CreateStoreAsync(IClock clock);

    /// <summary>Creates a workspace with an acting user ("Olivia Operator") and, optionally, custom fields.</summary>
    /// <param name="schema">The custom fields to define.</param>
    /// <returns>The workspace.</returns>
    protected async Task<TestWorkspace> NewWorkspaceAsync(CustomFieldSchema? schema = null)
    {
        var store = await CreateStoreAsync(Clock);
        await store.InitializeAsync();
        var workspace = await store.CreateWorkspaceAsync("Operations " + Guid.NewGuid().ToString("N"));
        var actor = new WorkspaceUser(UserId.New(), "Olivia Operator");
        await using (var unit = await store.BeginAsync(workspace.Id))
        {
            await unit.Users.AddAsync(actor);
            foreach (var definition in schema ?? CustomFieldSchema.Empty)
            {
                await unit.CustomFields.SaveAsync(definition);
            }

            await unit.CommitAsync();
        }

        return new TestWorkspace(store, workspace.Id, actor.Id, new OperationContext(store, workspace.Id, Clock, actor.Id));
    }

    /// <summary>Creates a new lead (version 0).</summary>
    /// <param name="name">The full name.</param>
    /// <param name="company">The company.</param>
    /// <returns>The lead.</returns>
    protected Lead NewLead(string name, string? company = null)
    {
        var lead = Lead.Create(PersonName.Parse(name), Clock);
        lead.SetCompanyName(company);
        return lead;
    }

    /// <summary>Returns a copy of a generated record at version 0, through the JSON format (generated records carry arbitrary audit fields).</summary>
    /// <param name="lead">The generated lead.</param>
    /// <param name="keepConversion">Whether to keep a generated <see cref="Lead.ConvertedTo"/>.</param>
    /// <returns>The copy.</returns>
    protected static Lead AsNew(Lead lead, bool keepConversion = true)
    {
        var node = JsonSerializer.SerializeToNode(lead, LeadKitJsonOptions.Default)!.AsObject();
        node["version"] = 0;
        node.Remove("modifiedBy");
        node["modifiedAt"] = node["createdAt"]?.DeepClone();
        if (!keepConversion)
        {
            node.Remove("convertedTo");
        }

        return node.Deserialize<Lead>(LeadKitJsonOptions.Default)!;
    }

    /// <summary>Lists the differences between two records, leaving out the audit fields a save moves on.</summary>
    /// <param name="expected">The expected record.</param>
    /// <param name="actual">The actual record.</param>
    /// <returns>The differences that are not audit fields.</returns>
    protected static List<string> DataDifferences(ContactRecord expected, ContactRecord actual) =>
        [.. RecordComparer.Differences(expected, actual).Where(d => !AuditFields.Any(a => d.StartsWith(a + ":", StringComparison.Ordinal)))];

    /// <summary>Drains an async stream.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="source">The stream.</param>
    /// <returns>The items.</returns>
    protected static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> source)
    {
        var list = new List<T>();
        await foreach (var item in source)
        {
            list.Add(item);
        }

        return list;
    }

    /// <summary>Runs an async property body synchronously, off xunit's synchronisation context.</summary>
    /// <param name="body">The body.</param>
    /// <returns>Its result.</returns>
    protected static bool Run(Func<Task<bool>> body) => Task.Run(body).GetAwaiter().GetResult();

    /// <summary>A workspace of one test: its store, identifier, acting user and the operation context.</summary>
    /// <param name="Store">The store.</param>
    /// <param name="Id">The workspace.</param>
    /// <param name="Actor">The acting user.</param>
    /// <param name="Context">The context the operations run in.</param>
    protected sealed record TestWorkspace(ILeadKitStore Store, WorkspaceId Id, UserId Actor, OperationContext Context)
    {
        /// <summary>Returns a context like <see cref="Context"/> with a rescorer and a batch size.</summary>
        /// <param name="rescorer">The rescorer.</param>
        /// <param name="batchSize">The batch size.</param>
        /// <returns>The context.</returns>
        public OperationContext With(IRecordRescorer? rescorer = null, int batchSize = OperationContext.DefaultBatchSize) =>
            new(Store, Id, Context.Clock, Actor) { Rescorer = rescorer, BatchSize = batchSize };

        /// <summary>Runs work in a unit of work and commits it.</summary>
        /// <param name="work">The work.</param>
        /// <returns>A task.</returns>
        public async Task WriteAsync(Func<IUnitOfWork, Task> work)
        {
            await using var unit = await Store.BeginAsync(Id, Actor);
            await work(unit);
            await unit.CommitAsync();
        }

        /// <summary>Reads in a unit of work of its own.</summary>
        /// <typeparam name="T">What is read.</typeparam>
        /// <param name="read">The read.</param>
        /// <returns>What was read.</returns>
        public async Task<T> ReadAsync<T>(Func<IUnitOfWork, Task<T>> read)
        {
            await using var unit = await Store.BeginAsync(Id, Actor);
            return await read(unit);
        }

        /// <summary>Adds a user.</summary>
        /// <param name="name">The display name.</param>
        /// <param name="isActive">Whether active.</param>
        /// <returns>The user.</returns>
        public async Task<WorkspaceUser> AddUserAsync(string name, bool isActive = true)
        {
            var user = new WorkspaceUser(UserId.New(), name, isActive);
            await WriteAsync(u => u.Users.AddAsync(user));
            return user;
        }

        /// <summary>
        /// Adds leads (version 0), first adding the users and contacts they refer to that the
        /// workspace lacks; returns them as stored.
        /// </summary>
        /// <param name="leads">The leads.</param>
        /// <returns>The stored leads, in order.</returns>
        public async Task<List<Lead>> AddLeadsAsync(params Lead[] leads)
        {
            await WriteAsync(async u =>
            {
                foreach (var id in leads.SelectMany(l => new[] { l.AssignedTo, l.InitiatedBy?.User }).OfType<UserId>().Distinct())
                {
                    if (await u.Users.FindAsync(id) is null)
                    {
                        await u.Users.AddAsync(new WorkspaceUser(id, "User " + id));
                    }
                }

                var contacts = new List<BusinessContact>();
                foreach (var id in leads.Select(l => l.InitiatedBy?.Contact).OfType<ContactId>().Distinct())
                {
                    if (await u.Contacts.FindAsync(id) is null)
                    {
                        contacts.Add(BusinessContact.Restore(id, PersonName.Parse("Referrer " + id.ToString()[..8]), Start));
                    }
                }

                await u.Contacts.AddAsync(contacts);
                await u.Leads.AddAsync(leads);
            });
            return await ReadAsync(async u =>
            {
                var stored = new List<Lead>();
                foreach (var lead in leads)
                {
                    stored.Add(await u.Leads.GetAsync(lead.Id));
                }

                return stored;
            });
        }

        /// <summary>Reads a lead, or null.</summary>
        /// <param name="id">The lead.</param>
        /// <returns>The lead.</returns>
        public Task<Lead?> FindLeadAsync(LeadId id) => ReadAsync(u => u.Leads.FindAsync(id));

        /// <summary>Reads a lead that exists.</summary>
        /// <param name="id">The lead.</param>
        /// <returns>The lead.</returns>
        public Task<Lead> GetLeadAsync(LeadId id) => ReadAsync(u => u.Leads.GetAsync(id));

        /// <summary>Reads a record's history, oldest first.</summary>
        /// <param name="record">The record.</param>
        /// <returns>The items.</returns>
        public Task<List<HistoryItem>> HistoryAsync(RecordReference record) => ReadAsync(u => ToListAsync(u.History.ListForAsync(record)));

        /// <summary>Reads a record's activity entries, oldest first.</summary>
        /// <param name="record">The record.</param>
        /// <returns>The entries.</returns>
        public async Task<List<ActivityEntry>> ActivitiesAsync(RecordReference record) => [.. (await HistoryAsync(record)).OfType<ActivityEntry>()];
    }
}
