using System.Collections.Concurrent;
using LeadKit.BulkEdit;
using LeadKit.Leads;
using LeadKit.Operations;
using LeadKit.Querying;
using LeadKit.Scoring;
using LeadKit.Storage;
using NodaTime;
using Xunit.Abstractions;

namespace LeadKit.EntityFrameworkCore.Tests;

/// <summary>
/// The store under load on a real PostgreSQL server: many writers updating the same few leads at
/// once while a re-score and bulk edits (of those leads and of others no writer touches) run beside them. No update is lost, no write lands twice,
/// every refused write is surfaced as a <see cref="ConcurrencyConflictException"/> (or a failed
/// outcome), and the final state is what replaying the accepted writes one after another gives.
/// </summary>
/// <remarks>
/// The number of updates per writer defaults to 1 000 and can be lowered with
/// <c>LEADKIT_LOAD_UPDATES</c> for a quick local run. Throughput is measured by the
/// <c>ConcurrentWriterBenchmarks</c>, not here.
/// </remarks>
public sealed class PostgresLoadTests(ITestOutputHelper output) : IDisposable
{
    private const int Writers = 16;
    private const int SharedLeads = 8;
    private const int QuietLeads = 8;
    private const int BulkRounds = 6;

    private readonly PostgresDatabase _database = new();

    private static int UpdatesPerWriter =>
        int.TryParse(Environment.GetEnvironmentVariable("LEADKIT_LOAD_UPDATES"), out var n) && n > 0 ? n : 1000;

    public void Dispose() => _database.Dispose();

    [PostgresFact]
    public async Task SixteenWritersARescoreAndBulkEdits_NoUpdateLostEveryConflictSurfacedAndTheStateIsASerialReplay()
    {
        using var store = EfLeadKitStore.Create(LeadKitStoreOptions.ForPostgres(_database.ConnectionString, SystemClock.Instance) with { BusyTimeout = TimeSpan.FromMinutes(2) });
        await store.InitializeAsync();
        var workspace = (await store.CreateWorkspaceAsync("Load")).Id;
        var actor = new WorkspaceUser(UserId.New(), "Load Runner");
        var initial = Enumerable.Range(0, SharedLeads + QuietLeads).Select(i =>
        {
            var lead = Lead.Create(PersonName.Parse($"Shared Lead{i}"), SystemClock.Instance);
            lead.SetJobTitle("initial");
            return lead;
        }).ToList();
        await using (var unit = await store.BeginAsync(workspace))
        {
            await unit.Users.AddAsync(actor);
            await unit.Leads.AddAsync(initial);
            await unit.CommitAsync();
        }

        var profiles = new ScoringProfiles(store, workspace, SystemClock.Instance, actingUser: actor.Id);
        await profiles.AddCriterionAsync("Title ends in 7", Weight.High, ScoringRule.Parse("title ends-with \"7\""));
        var ids = initial.Select(l => l.Id).ToArray();
        var shared = ids[..SharedLeads];
        var startVersions = (await ReadAllAsync(store, workspace, ids)).ToDictionary(l => l.Id, l => l.Version);

        var accepted = new ConcurrentBag<(LeadId Lead, long Version, string Title)>();
        var conflicts = new int[Writers];
        var writing = new CancellationTokenSource();
        var writers = Enumerable.Range(0, Writers).Select(w => Task.Run(async () =>
        {
            var random = new Random(w);
            for (var i = 0; i < UpdatesPerWriter; i++)
            {
                var id = shared[random.Next(shared.Length)];
                var title = $"w{w}-{i}";
                try
                {
                    await using var unit = await store.BeginAsync(workspace, actor.Id);
                    var lead = await unit.Leads.GetAsync(id);
                    await Task.Yield();
                    lead.SetJobTitle(title);
                    await unit.Leads.UpdateAsync([lead]);
                    await unit.CommitAsync();
                    accepted.Add((id, lead.Version, title));
                }
                catch (ConcurrencyConflictException conflict)
                {
                    Assert.Equal(id.ToString(), conflict.RecordId);
                    conflicts[w]++;
                }
            }
        })).ToArray();

        // Beside the writers: re-scores until they are done, and bulk edits of another field.
        var rescores = 0;
        var rescoreConflicts = 0;
        var rescorer = Task.Run(async () =>
        {
            while (!writing.IsCancellationRequested)
            {
                try
                {
                    await profiles.RescoreAsync();
                    rescores++;
                }
                catch (ConcurrencyConflictException)
                {
                    rescoreConflicts++;
                }
            }
        });
        var bulkChanged = new List<(int Round, LeadId Lead)>();
        var bulkFailed = 0;
        var bulk = Task.Run(async () =>
        {
            var editor = new BulkEditor(new OperationContext(store, workspace, SystemClock.Instance, actor.Id));
            for (var round = 0; round < BulkRounds; round++)
            {
                var result = await editor.ApplyAsync(new BulkEditRequest(LeadSelection.Of(ids), FieldEdit.Set(RecordField.Department, $"bulk-{round}")) { Policy = FailurePolicy.SkipFailed, RecordHistory = true });
                Assert.True(result.Report.IsCommitted);
                foreach (var outcome in result.Report.Outcomes)
                {
                    var lead = ids.Single(id => outcome.Record == RecordReference.To(id));
                    switch (outcome.Status)
                    {
                        case OutcomeStatus.Changed:
                            bulkChanged.Add((round, lead));
                            break;
                        case OutcomeStatus.Failed:
                            Assert.Contains("version", outcome.Reason, StringComparison.OrdinalIgnoreCase);
                            bulkFailed++;
                            break;
                        default:
                            Assert.Fail($"Bulk edit round {round}: unexpected {outcome.Status} for {lead}: {outcome.Reason}");
                            break;
                    }
                }
            }
        });

        await Task.WhenAll([.. writers, bulk]);
        await writing.CancelAsync();
        await rescorer;

        var final = (await ReadAllAsync(store, workspace, ids)).ToDictionary(l => l.Id);
        var writes = accepted.ToList();
        output.WriteLine($"{Writers} writers × {UpdatesPerWriter} updates on {SharedLeads} shared leads: {writes.Count} accepted, {conflicts.Sum()} conflicts; bulk edit: {bulkChanged.Count} changed, {bulkFailed} refused; {rescores} re-scores, {rescoreConflicts} gave up on a conflict.");

        // Every attempt is accounted for: accepted or refused with a conflict, never both, never lost.
        Assert.Equal(Writers * UpdatesPerWriter, writes.Count + conflicts.Sum());
        Assert.Equal(ids.Length * BulkRounds, bulkChanged.Count + bulkFailed);
        Assert.True(conflicts.Sum() > 0, "The writers never met: the test exercised no contention.");
        Assert.Equal(QuietLeads * BulkRounds, bulkChanged.Count(b => !shared.Contains(b.Lead)));

        // Serial replay: apply the accepted writes in the order of the versions they made.
        foreach (var id in ids)
        {
            var mine = writes.Where(w => w.Lead == id).OrderBy(w => w.Version).ToList();
            var bulkWrites = bulkChanged.Where(b => b.Lead == id).OrderBy(b => b.Round).ToList();
            var lead = final[id];

            // No lost and no phantom update: each accepted write made exactly one new version.
            Assert.Equal(startVersions[id] + mine.Count + bulkWrites.Count, lead.Version);
            Assert.Equal(mine.Count, mine.Select(w => w.Version).Distinct().Count());
            Assert.All(mine, w => Assert.InRange(w.Version, startVersions[id] + 1, lead.Version));

            var replayedTitle = mine.Count == 0 ? "initial" : mine[^1].Title;
            var replayedDepartment = bulkWrites.Count == 0 ? null : $"bulk-{bulkWrites[^1].Round}";
            Assert.Equal((replayedTitle, replayedDepartment), (lead.JobTitle, lead.Department));
        }

        // The derived score: once the load is over, one re-score leaves every lead scored for what it holds.
        await profiles.RescoreAsync();
        var profile = await profiles.GetAsync();
        foreach (var lead in await ReadAllAsync(store, workspace, ids))
        {
            var expected = new LeadScorer().Explain(lead, profile, SystemClock.Instance.GetCurrentInstant());
            Assert.NotNull(lead.Score);
            Assert.Equal((expected.Score.Points, expected.Score.Met), (lead.Score.Points, lead.Score.Met));
            Assert.Equal(lead.JobTitle!.EndsWith('7'), expected.Criteria.Single(c => c.Description == "Title ends in 7").Met);
        }
    }

    private static async Task<IReadOnlyList<Lead>> ReadAllAsync(EfLeadKitStore store, WorkspaceId workspace, IReadOnlyCollection<LeadId> ids)
    {
        await using var unit = await store.BeginAsync(workspace);
        return await unit.Leads.FindManyAsync(ids);
    }
}
