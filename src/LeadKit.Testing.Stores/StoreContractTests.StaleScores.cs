using LeadKit.Leads;
using LeadKit.Operations;
using LeadKit.Querying;
using LeadKit.Scoring;
using LeadKit.Storage;
using NodaTime;

namespace LeadKit.Testing.Stores;

/// <content>One stored score: displayed stars computed once, stale scores found by a query, and the stale re-score.</content>
public abstract partial class StoreContractTests
{
    /// <summary>
    /// Every star scale (1 to 10 most stars) and every manual star count (0 to 10): the engine's
    /// displayed stars, the record's stars and the store's <c>stars</c> filter and sort all agree.
    /// The domain is small, so it is checked exhaustively rather than sampled.
    /// </summary>
    [StoreFact]
    public async Task ManualScore_SavedThroughTheRescorer_IsCurrentAndAgreesWithTheStarsFilter()
    {
        for (var maxStars = 1; maxStars <= ScoringProfile.MaxStarsLimit; maxStars++)
        {
            var (store, ws) = await NewWorkspaceAsync();
            var profile = Abc().WithMaxStars(maxStars);
            await InUnitAsync(store, ws, u => u.ScoringProfiles.SaveAsync(profile, null));
            var leads = Enumerable.Range(0, ContactRecord.MaxManualStars + 1).Select(k =>
            {
                var lead = NewLead($"Manual {k}");
                lead.SetManualScore(k);
                return lead;
            }).ToArray();

            // Saved through the operations' rescorer: the stored score is current from the first write.
            await InUnitAsync(store, ws, async u =>
            {
                await new ProfileRescorer(Clock).RescoreAsync(u, leads);
                await u.Leads.AddAsync(leads);
            });

            foreach (var lead in leads)
            {
                var engine = LeadScorer.Default.Score(lead, profile, Clock.GetCurrentInstant()).Stars;
                Assert.Equal(Math.Min(lead.ManualStars!.Value, maxStars), engine);
                Assert.Equal(engine, lead.Stars);
                var found = await ReadAsync(store, ws, u => ToListAsync(u.Leads.QueryAsync(new RecordQuery(Filter.Parse($"stars = {engine} and name = \"Manual {lead.ManualStars}\"")))));
                Assert.Equal([lead.Id], found.Select(l => l.Id));
            }

            var sorted = await ReadAsync(store, ws, u => ToListAsync(u.Leads.QueryAsync(new RecordQuery(Filter.All, SortSpec.Parse("stars:desc")))));
            Assert.Equal(sorted.Select(l => LeadScorer.Default.Score(l, profile, Start).Stars).OrderDescending(), sorted.Select(l => l.Stars));
            Assert.Equal(0, await ReadAsync(store, ws, u => u.Leads.CountStaleScoresAsync(profile.Version, Clock.GetCurrentInstant())));
        }
    }

    [StoreFact]
    public async Task StaleScores_NeverScoredEditedProfileChangedOrExpired_AreFound_AndOnlyThey()
    {
        var (store, ws) = await NewWorkspaceAsync();
        var profile = Abc().WithValidity(C, Duration.FromDays(30));
        await InUnitAsync(store, ws, u => u.ScoringProfiles.SaveAsync(profile, null));
        var current = NewLead("Current");
        current.CheckCriterion(A, Start);
        var edited = NewLead("Edited Later");
        var expiring = NewLead("Expiring");
        expiring.CheckCriterion(C, Start);
        await InUnitAsync(store, ws, async u =>
        {
            await new ProfileRescorer(Clock).RescoreAsync(u, [current, edited, expiring]);
            await u.Leads.AddAsync([current, edited, expiring]);
        });
        var never = NewLead("Never Scored");
        await AddLeadsAsync(store, ws, never);
        var old = NewLead("Old Document");
        StoreRecords.SetStoredScore(old, new StoredScore(0, -6, 0, 6, 5));
        await AddLeadsAsync(store, ws, old);

        // Edited through the repository alone (no rescorer): its score no longer describes it.
        await InUnitAsync(store, ws, async u =>
        {
            var copy = await u.Leads.GetAsync(edited.Id);
            copy.SetCompanyName("Changed");
            await u.Leads.UpdateAsync([copy]);
        });

        var now = Clock.GetCurrentInstant();
        Assert.Equal(new HashSet<LeadId> { never.Id, edited.Id, old.Id }, await StaleIdsAsync(store, ws, profile.Version, now));
        Assert.False((await FindLeadAsync(store, ws, current.Id))!.IsScoreStale(profile.Version, now));

        // The check of C lapses after 30 days; another profile version makes every score stale.
        var later = Start + Duration.FromDays(31);
        Assert.Equal(new HashSet<LeadId> { never.Id, edited.Id, expiring.Id, old.Id }, await StaleIdsAsync(store, ws, profile.Version, later));
        Assert.Equal(5, await ReadAsync(store, ws, u => u.Leads.CountStaleScoresAsync(profile.Version + 1, now)));
    }

    [StoreFact]
    public async Task RescoreStale_ScoresOnlyStaleRecords_IsIdempotent_AndResumesAfterAnInterruption()
    {
        var (store, ws) = await NewWorkspaceAsync();
        await InUnitAsync(store, ws, u => u.ScoringProfiles.SaveAsync(Abc(), null));
        var leads = Enumerable.Range(0, 7).Select(i => NewLead($"Lead {i}")).ToArray();
        leads[0].CheckCriterion(A, Start);
        leads[1].SetManualScore(4);
        await AddLeadsAsync(store, ws, leads);
        var profiles = new ScoringProfiles(store, ws, Clock) { PageSize = 2 };

        // Interrupted after the first page: that page stays saved, the rest is still stale.
        using (var cancel = new CancellationTokenSource())
        {
            var progress = new SyncProgress<RescoreProgress>(_ => cancel.Cancel());
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => profiles.RescoreStaleAsync(progress, cancel.Token));
        }

        Assert.Equal(5, await ReadAsync(store, ws, u => u.Leads.CountStaleScoresAsync(1, Clock.GetCurrentInstant())));

        var resumed = await profiles.RescoreStaleAsync();
        Assert.Equal(new RescoreResult(5, 5, 1), resumed);
        Assert.Equal(0, await ReadAsync(store, ws, u => u.Leads.CountStaleScoresAsync(1, Clock.GetCurrentInstant())));
        Assert.Equal(new StoredScore(3, 0, 3, 6, 5), ResultOf((await FindLeadAsync(store, ws, leads[0].Id))!.Score));
        Assert.Equal(4, (await FindLeadAsync(store, ws, leads[1].Id))!.Stars);

        // Idempotent: nothing is stale, so nothing is scanned or written; a full re-score writes nothing either.
        var before = await ReadAsync(store, ws, u => ToListAsync(u.Leads.QueryAsync(new RecordQuery())));
        Assert.Equal(new RescoreResult(0, 0, 1), await profiles.RescoreStaleAsync());
        Assert.Equal(new RescoreResult(7, 0, 1), await profiles.RescoreAsync());
        var after = await ReadAsync(store, ws, u => ToListAsync(u.Leads.QueryAsync(new RecordQuery())));
        Assert.Equal(before.Select(Json), after.Select(Json));
    }

    private static async Task<HashSet<LeadId>> StaleIdsAsync(ILeadKitStore store, WorkspaceId ws, long profileVersion, Instant asOf)
    {
        var stale = await ReadAsync(store, ws, u => u.Leads.ListStaleScoresAsync(profileVersion, asOf, RecordQuery.MaxLimit));
        Assert.Equal(stale.Count, await ReadAsync(store, ws, u => u.Leads.CountStaleScoresAsync(profileVersion, asOf)));
        Assert.All(stale, l => Assert.True(l.IsScoreStale(profileVersion, asOf)));
        return [.. stale.Select(l => l.Id)];
    }
}
