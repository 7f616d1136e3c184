using LeadKit.Contacts;
using LeadKit.Conversion;
using LeadKit.CustomFields;
using LeadKit.History;
using LeadKit.Leads;
using LeadKit.Operations;
using LeadKit.Reporting;
using LeadKit.Storage;
using NodaTime;
using NodaTime.Testing;

namespace LeadKit.Testing.Stores;

/// <summary>
/// Reports and the sales funnel, written once against <see cref="ILeadKitStore"/> and run against
/// every store (derive a class and implement <see cref="CreateStoreAsync"/>): the built-in
/// reports and the funnel on a known data set with exact numbers, saved reports, drill-down, every
/// refusal, and properties over generated data that compare the store's result with the streaming
/// fallback's and with the in-memory store's. Each test works in a workspace of its own. Tests are
/// <see cref="StoreFactAttribute"/>s, so a <see cref="StoreConditionAttribute"/>
/// on the derived class can skip them.
/// </summary>
public abstract partial class ReportsContractTests
{
    /// <summary>The instant the known data set starts at: Monday 5 January 2026, 09:00 UTC.</summary>
    protected static readonly Instant T0 = Instant.FromUtc(2026, 1, 5, 9, 0);

    /// <summary>Creates the tests.</summary>
    protected ReportsContractTests()
    {
        Clock = new FakeClock(T0, Duration.FromMilliseconds(1));
    }

    /// <summary>Gets the clock of the store and the operations.</summary>
    protected FakeClock Clock { get; }

    /// <summary>Gets how many cases each property runs (fewer on database stores).</summary>
    protected virtual int PropertyRuns => 60;

    /// <summary>The custom field the known data set fills.</summary>
    protected static CustomFieldDefinition Region { get; } = new(RecordKind.Lead, "Region", CustomFieldType.Text);

    /// <summary>Creates (or opens) the store under test; it need not be empty.</summary>
    /// <param name="clock">The clock the store must use.</param>
    /// <returns>The store.</returns>
    protected abstract Task<ILeadKitStore> CreateStoreAsync(IClock clock);

    /// <summary>
    /// Builds the known data set in a new workspace: users Ann Lee, bob roe and Carl Diaz; twelve
    /// leads created between 5 January and 6 March 2026, nine open and three converted into
    /// business contacts (on 4 February, 19 February and 16 March), with manual stars, ratings
    /// spelled in several cases, a custom field and opportunities (docs/reports.md lists it).
    /// </summary>
    /// <returns>The workspace and its people and leads.</returns>
    protected async Task<KnownData> KnownDataAsync()
    {
        var store = await CreateStoreAsync(Clock);
        await store.InitializeAsync();
        var workspace = (await store.CreateWorkspaceAsync("Reports " + Guid.NewGuid().ToString("N"))).Id;
        var ann = new WorkspaceUser(UserId.New(), "Ann Lee");
        var bob = new WorkspaceUser(UserId.New(), "bob roe");
        var carl = new WorkspaceUser(UserId.New(), "Carl Diaz");

        // Ids in creation order, so "the group's first record" is the first one listed here.
        var ids = Enumerable.Range(0, 12).Select(_ => Guid.CreateVersion7()).Order().ToArray();
        (string Name, WorkspaceUser? User, string? Rating, int? Stars, int Day, string? Region)[] rows =
        [
            ("Ann One", ann, "Hot", 5, 0, "North"),
            ("Ann Two", ann, "hot", 4, 10, "north"),
            ("Ann Three", ann, "Cold", 1, 40, null),
            ("Ann Four", ann, null, null, 41, null),
            ("Bob One", bob, "Warm", 3, 5, "South"),
            ("Bob Two", bob, "Hot", 5, 20, null),
            ("Bob Three", bob, "Warm", 3, 50, null),
            ("Una One", null, "Cold", 2, 15, null),
            ("Una Two", null, null, null, 60, null),
            ("Carl One", carl, "Hot", 4, 2, null),
            ("Ann Five", ann, "Hot", 5, 12, null),
            ("Bob Four", bob, "Good", 2, 25, null),
        ];
        var leads = rows.Select((r, i) =>
        {
            var lead = Lead.Restore(new LeadId(ids[i]), PersonName.Parse(r.Name), T0.Plus(Duration.FromDays(r.Day)));
            lead.SetCompanyName(i % 2 == 0 ? "Contoso" : "Fabrikam");
            lead.SetAssignedTo(r.User?.Id);
            lead.SetRating(r.Rating is null ? null : new Rating(r.Rating));
            if (r.Stars is { } stars)
            {
                lead.SetManualScore(stars);
            }

            if (r.Region is { } region)
            {
                lead.SetCustomField(Region, CustomFieldValue.FromText(region));
            }

            return lead;
        }).ToArray();

        await using (var unit = await store.BeginAsync(workspace))
        {
            await unit.Users.AddAsync(ann);
            await unit.Users.AddAsync(bob);
            await unit.Users.AddAsync(carl);
            await unit.CustomFields.SaveAsync(Region);
            await unit.Leads.AddAsync(leads);
            await unit.CommitAsync();
        }

        // Converted through the operation, so the stores hold what a conversion records.
        foreach (var (index, day) in new[] { (9, 30), (10, 45), (11, 70) })
        {
            var clock = new FakeClock(T0.Plus(Duration.FromDays(day)));
            var result = await new LeadConverter(new OperationContext(store, workspace, clock, ann.Id)).ConvertAsync(LeadSelection.Of(leads[index].Id));
            Assert.Single(result.Converted);
        }

        Opportunity Opportunity(int lead, bool onContact, string currency, decimal quantity, decimal price, OpportunityStage stage, int day) => new(
            OpportunityId.New(),
            onContact ? RecordReference.To(new ContactId(ids[lead])) : RecordReference.To(new LeadId(ids[lead])),
            $"Deal {lead}-{day}",
            currency,
            [new ProductLine("Licence", quantity, price)],
            stage,
            stage == OpportunityStage.ClosedWon ? 100 : 50,
            null,
            T0.Plus(Duration.FromDays(day)));

        await using (var unit = await store.BeginAsync(workspace))
        {
            await unit.Opportunities.AddAsync(
            [
                Opportunity(0, false, "EUR", 1, 1000m, OpportunityStage.Prospecting, 3),
                Opportunity(5, false, "EUR", 2, 500m, OpportunityStage.ClosedWon, 22),
                Opportunity(5, false, "USD", 1, 300m, OpportunityStage.ClosedLost, 23),
                Opportunity(9, true, "EUR", 3, 1000m, OpportunityStage.ClosedWon, 35),
                Opportunity(9, true, "USD", 1, 200m, OpportunityStage.ClosedWon, 36),
                Opportunity(10, true, "EUR", 1, 500m, OpportunityStage.Negotiation, 50),
            ]);
            await unit.CommitAsync();
        }

        return new KnownData(store, workspace, ann, bob, carl, [.. leads.Select(l => l.Id)]);
    }

    /// <summary>Runs an async property body synchronously, off xunit's synchronisation context.</summary>
    /// <param name="body">The body.</param>
    /// <returns>Its result.</returns>
    protected static bool Run(Func<Task<bool>> body) => Task.Run(body).GetAwaiter().GetResult();

    /// <summary>The known data set of one test.</summary>
    /// <param name="Store">The store.</param>
    /// <param name="Workspace">The workspace.</param>
    /// <param name="Ann">Ann Lee.</param>
    /// <param name="Bob">bob roe (lower case: groups order by name ignoring case).</param>
    /// <param name="Carl">Carl Diaz, whose only lead was converted.</param>
    /// <param name="Leads">The twelve leads, in the order of <see cref="KnownDataAsync"/>.</param>
    protected sealed record KnownData(ILeadKitStore Store, WorkspaceId Workspace, WorkspaceUser Ann, WorkspaceUser Bob, WorkspaceUser Carl, IReadOnlyList<LeadId> Leads)
    {
        /// <summary>Gets the reports of the workspace.</summary>
        public LeadReports Reports => new(Store, Workspace);
    }
}
