using LeadKit.Leads;
using LeadKit.Operations;
using LeadKit.Querying;
using LeadKit.Reports;
using LeadKit.Scoring;
using LeadKit.Storage;

namespace LeadKit.Testing.Stores;

/// <content>The scoring profile, saved reports, stored scores and the batch re-score.</content>
public abstract partial class StoreContractTests
{
    private static readonly CriterionId A = new("a");
    private static readonly CriterionId B = new("b");
    private static readonly CriterionId C = new("c");

    private static ScoringProfile Abc() => new(
    [
        new ScoringCriterion(A, "A", Weight.High),
        new ScoringCriterion(B, "B", Weight.Normal),
        new ScoringCriterion(C, "C", Weight.Low),
    ]);

    [StoreFact]
    public async Task ScoringProfiles_NewWorkspace_HasNone_ThenSaveAndGetRoundTrips()
    {
        var (store, ws) = await NewWorkspaceAsync();
        Assert.Null(await ReadAsync(store, ws, u => u.ScoringProfiles.GetAsync()));

        await InUnitAsync(store, ws, u => u.ScoringProfiles.SaveAsync(ScoringProfile.Default, null));
        Assert.Equal(ScoringProfile.Default, await ReadAsync(store, ws, u => u.ScoringProfiles.GetAsync()));

        var edited = ScoringProfile.Default.Edit(new CriterionId("need-identified"), weight: Weight.High);
        await InUnitAsync(store, ws, u => u.ScoringProfiles.SaveAsync(edited, ScoringProfile.Default.Version));
        Assert.Equal(edited, await ReadAsync(store, ws, u => u.ScoringProfiles.GetAsync()));
    }

    [StoreFact]
    public async Task ScoringProfiles_StaleSave_ThrowsConflict_AndLeavesTheStoredProfile()
    {
        var (store, ws) = await NewWorkspaceAsync();
        var other = (await store.CreateWorkspaceAsync("Other")).Id;
        await InUnitAsync(store, ws, u => u.ScoringProfiles.SaveAsync(Abc(), null));
        var first = Abc().Edit(A, weight: Weight.Low);
        await InUnitAsync(store, ws, u => u.ScoringProfiles.SaveAsync(first, 1));

        var stale = Abc().Edit(B, weight: Weight.Low);
        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => InUnitAsync(store, ws, u => u.ScoringProfiles.SaveAsync(stale, 1)));
        Assert.Equal(2, conflict.ActualVersion);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => InUnitAsync(store, ws, u => u.ScoringProfiles.SaveAsync(stale, null)));
        Assert.Equal(first, await ReadAsync(store, ws, u => u.ScoringProfiles.GetAsync()));
        Assert.Null(await ReadAsync(store, other, u => u.ScoringProfiles.GetAsync()));
    }

    [StoreFact]
    public async Task SavedReports_SaveReplaceFindListDelete_NamesIgnoreCase()
    {
        var (store, ws) = await NewWorkspaceAsync();
        var other = (await store.CreateWorkspaceAsync("Other")).Id;
        var hot = SavedReport.FromBuiltIn("Hot leads", BuiltInReport.ByScore, "stars >= 4", "company", ["name", "company"]);
        var mine = SavedReport.FromBuiltIn("mine", BuiltInReport.ByAssigned);
        await InUnitAsync(store, ws, async u =>
        {
            await u.SavedReports.SaveAsync(hot);
            await u.SavedReports.SaveAsync(mine);
        });

        Assert.Equal(hot, await ReadAsync(store, ws, u => u.SavedReports.FindAsync("HOT LEADS")));
        Assert.Equal([hot, mine], await ReadAsync(store, ws, u => u.SavedReports.ListAsync()));
        Assert.Empty(await ReadAsync(store, other, u => u.SavedReports.ListAsync()));

        var replaced = SavedReport.FromBuiltIn("HOT leads", BuiltInReport.ByAssignedRating, "source = \"Web\"");
        await InUnitAsync(store, ws, u => u.SavedReports.SaveAsync(replaced));
        Assert.Equal([replaced, mine], await ReadAsync(store, ws, u => u.SavedReports.ListAsync()));

        await InUnitAsync(store, ws, async u => Assert.True(await u.SavedReports.DeleteAsync("Mine")));
        await InUnitAsync(store, ws, async u => Assert.False(await u.SavedReports.DeleteAsync("mine")));
        Assert.Equal([replaced], await ReadAsync(store, ws, u => u.SavedReports.ListAsync()));
        Assert.Null(await ReadAsync(store, ws, u => u.SavedReports.FindAsync("mine")));
    }

    [StoreFact]
    public async Task StoredScore_RoundTrips_AndStarsFilterAndSort()
    {
        var (store, ws) = await NewWorkspaceAsync();
        var three = NewLead("Three Stars");
        StoreRecords.SetStoredScore(three, new StoredScore(3, 0, 3, 6, 5));
        var five = NewLead("Five Stars");
        StoreRecords.SetStoredScore(five, new StoredScore(5, 6, 6, 6, 5));
        var manual = NewLead("Manual Four");
        StoreRecords.SetStoredScore(manual, new StoredScore(0, -6, 0, 6, 5));
        manual.SetManualScore(4);
        var never = NewLead("Never Scored");
        await AddLeadsAsync(store, ws, three, five, manual, never);

        var read = await FindLeadAsync(store, ws, three.Id);
        Assert.Equal(new StoredScore(3, 0, 3, 6, 5), read!.Score);
        Assert.Null((await FindLeadAsync(store, ws, never.Id))!.Score);

        var atLeastThree = await ReadAsync(store, ws, u => ToListAsync(u.Leads.QueryAsync(new RecordQuery(Filter.Parse("stars >= 3"), SortSpec.Parse("stars:desc")))));
        Assert.Equal([five.Id, manual.Id, three.Id], atLeastThree.Select(l => l.Id));
        var byPoints = await ReadAsync(store, ws, u => ToListAsync(u.Leads.QueryAsync(new RecordQuery(Filter.Parse("scorePoints < 1"), SortSpec.Parse("scorePoints")))));
        Assert.Equal([manual.Id, three.Id], byPoints.Select(l => l.Id));
        Assert.Equal(1, await ReadAsync(store, ws, u => u.Leads.CountAsync(Filter.Parse("stars = 0"))));
    }

    [StoreFact]
    public async Task Rescore_EditingACriterionsWeight_RescoresEveryLead_ManualOnesKeepTheirManualStars()
    {
        var (store, ws) = await NewWorkspaceAsync();
        await InUnitAsync(store, ws, u => u.ScoringProfiles.SaveAsync(Abc(), null));
        var onlyA = NewLead("Only A");
        onlyA.CheckCriterion(A, Start);
        var onlyC = NewLead("Only C");
        onlyC.CheckCriterion(C, Start);
        var manual = NewLead("Manual A");
        manual.CheckCriterion(A, Start);
        manual.SetManualScore(1);
        await AddLeadsAsync(store, ws, onlyA, onlyC, manual);
        var profiles = new ScoringProfiles(store, ws, Clock) { PageSize = 2 };

        var first = await profiles.RescoreAsync();
        Assert.Equal(new RescoreResult(3, 3, 1), first);
        Assert.Equal(new StoredScore(3, 0, 3, 6, 5), ResultOf((await FindLeadAsync(store, ws, onlyA.Id))!.Score));
        Assert.Equal(new StoredScore(1, -4, 1, 6, 5), ResultOf((await FindLeadAsync(store, ws, onlyC.Id))!.Score));
        var manualBefore = await FindLeadAsync(store, ws, manual.Id);

        var reports = new List<RescoreProgress>();
        var change = await profiles.EditCriterionAsync(A, weight: Weight.Low, progress: new SyncProgress<RescoreProgress>(reports.Add));

        Assert.Equal(2, change.Profile.Version);
        Assert.Equal(new RescoreResult(3, 3, 2), change.Rescore);
        Assert.Equal(new RescoreProgress(3, 3, 3), reports[^1]);
        Assert.Equal(new StoredScore(1, -2, 1, 4, 5), ResultOf((await FindLeadAsync(store, ws, onlyA.Id))!.Score));
        Assert.Equal(new StoredScore(1, -2, 1, 4, 5), ResultOf((await FindLeadAsync(store, ws, onlyC.Id))!.Score));
        var manualAfter = await FindLeadAsync(store, ws, manual.Id);
        // Manual records are re-scored too (score-only, no new version): the automatic result is kept
        // for switching back, and the manual stars stay what is displayed.
        Assert.Equal(manualBefore!.Version, manualAfter!.Version);
        Assert.Equal(new StoredScore(1, -2, 1, 4, 5), ResultOf(manualAfter.Score));
        Assert.Equal(2, manualAfter.Score!.ProfileVersion);
        Assert.Equal(1, manualAfter.Stars);
        Assert.Equal(2, (await ReadAsync(store, ws, u => u.ScoringProfiles.GetAsync()))!.Version);
    }

    [StoreFact]
    public async Task Rescore_WritesOnlyRecordsWhoseScoreChanged()
    {
        var (store, ws) = await NewWorkspaceAsync();
        await InUnitAsync(store, ws, u => u.ScoringProfiles.SaveAsync(Abc(), null));
        var leads = Enumerable.Range(0, 5).Select(i => NewLead($"Lead {i}")).ToArray();
        leads[0].CheckCriterion(B, Start);
        await AddLeadsAsync(store, ws, leads);
        var profiles = new ScoringProfiles(store, ws, Clock) { PageSize = 2 };
        await profiles.RescoreAsync();
        var versions = new Dictionary<LeadId, long>();
        foreach (var lead in leads)
        {
            versions[lead.Id] = (await FindLeadAsync(store, ws, lead.Id))!.Version;
        }

        // Nothing changed since: nothing is written.
        Assert.Equal(new RescoreResult(5, 0, 1), await profiles.RescoreAsync());
        var change = await profiles.AddCriterionAsync("D", Weight.Low);
        Assert.Equal(new CriterionId("d"), change.Criterion);
        Assert.Equal(5, change.Rescore.Changed); // W grows from 6 to 7: every stored score changes.
        Assert.Equal(versions[leads[1].Id], (await FindLeadAsync(store, ws, leads[1].Id))!.Version); // a score-only write: no new version
        Assert.Equal(new StoredScore(1, -3, 2, 7, 5), ResultOf((await FindLeadAsync(store, ws, leads[0].Id))!.Score));
    }

    /// <summary>
    /// The displayed-stars rule exists once: for every star scale and every manual star count, the
    /// engine's stars, the stored record's <see cref="ContactRecord.Stars"/> and the store's
    /// <c>stars</c> filter and sort agree (a manual 8 on a 10-star profile is 8 everywhere).
    /// </summary>
    [StoreFact]
    public async Task ManualScore_AndTheStarsFilter_AgreeOnEveryStarScale()
    {
        var (store, ws) = await NewWorkspaceAsync();
        var leads = Enumerable.Range(0, ContactRecord.MaxManualStars + 1).Select(m =>
        {
            var lead = NewLead($"Manual {m}");
            lead.SetManualScore(m);
            return lead;
        }).Append(NewLead("Automatic")).ToArray();
        leads[^1].CheckCriterion(A, Start);
        await AddLeadsAsync(store, ws, leads);
        await InUnitAsync(store, ws, u => u.ScoringProfiles.SaveAsync(Abc(), null));
        var profiles = new ScoringProfiles(store, ws, Clock);

        for (var maxStars = 1; maxStars <= ScoringProfile.MaxStarsLimit; maxStars++)
        {
            var scale = maxStars;
            var profile = (await profiles.EditAsync(p => p.WithMaxStars(scale))).Profile;
            foreach (var lead in leads)
            {
                var read = (await FindLeadAsync(store, ws, lead.Id))!;
                var engine = LeadScorer.Default.Score(read, profile, Clock.GetCurrentInstant()).Stars;
                Assert.Equal(engine, read.Stars);
                var matching = await ReadAsync(store, ws, u => ToListAsync(u.Leads.QueryAsync(new RecordQuery(Filter.Parse($"stars = {engine}")))));
                Assert.Contains(lead.Id, matching.Select(l => l.Id));
                Assert.All(matching, l => Assert.Equal(engine, l.Stars));
            }

            var sorted = await ReadAsync(store, ws, u => ToListAsync(u.Leads.QueryAsync(new RecordQuery(Filter.All, SortSpec.Parse("stars:desc")))));
            Assert.Equal(sorted.Select(l => l.Stars).OrderDescending(), sorted.Select(l => l.Stars));
            Assert.Equal(Math.Min(8, scale), sorted.Single(l => l.Id == leads[8].Id).Stars);
        }
    }
    /// <summary>The result of a stored score without its provenance (profile version, instants, record version).</summary>
    private static StoredScore? ResultOf(StoredScore? score) =>
        score is null ? null : new StoredScore(score.AutomaticStars, score.Points, score.Met, score.Total, score.MaxStars);

    /// <summary>An <see cref="IProgress{T}"/> that reports on the caller's thread (Progress&lt;T&gt; posts to the thread pool).</summary>
    private sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
