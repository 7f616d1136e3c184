using LeadKit.Leads;
using LeadKit.Operations;
using LeadKit.Querying;
using LeadKit.Scoring;
using LeadKit.Storage;

namespace LeadKit.Testing.Stores;

/// <content>
/// Scoring rules that name users by display name: bound to ids when <see cref="ScoringProfiles"/>
/// saves the profile, so they keep working when a user is renamed, and they give the answer the same
/// filter gives through the store's own queries (in memory, on SQLite, on PostgreSQL).
/// </content>
public abstract partial class StoreContractTests
{
    [StoreFact]
    public async Task RuleNamingAUser_IsSavedWithTheUsersId_AndScoresTheirRecords()
    {
        var (store, ws) = await NewWorkspaceAsync();
        var (priya, bo, leads) = await PriyaAndBoAsync(store, ws);
        var profiles = new ScoringProfiles(store, ws, Clock);

        var change = await profiles.AddCriterionAsync("Priya's", Weight.High, ScoringRule.Parse("assignedTo = \"  priya RAMAN \""));

        var stored = (await ReadAsync(store, ws, u => u.ScoringProfiles.GetAsync()))!;
        var rule = Assert.IsType<FilterRule>(stored[change.Criterion!.Value].Rule);
        Assert.Equal($"assignedTo = \"{priya.Id}\"", rule.ToString());
        Assert.False(rule.NamesUsers);
        Assert.Equal(stored, change.Profile);
        Assert.Equal(1, stored.Version);
        Assert.Equal("assignedTo = \"Priya Raman\"", rule.ToDisplayText([priya, bo]));
        Assert.Equal(new RescoreResult(3, 3, 1), change.Rescore);
        Assert.Equal(new[] { true, false, false }, await MetAsync(store, ws, leads));
    }

    [StoreFact]
    public async Task RuleNamingAUser_KeepsWorking_WhenTheUserIsRenamed()
    {
        var (store, ws) = await NewWorkspaceAsync();
        var (priya, bo, leads) = await PriyaAndBoAsync(store, ws);
        var profiles = new ScoringProfiles(store, ws, Clock);
        await profiles.AddCriterionAsync("Priya's or Bo's", Weight.High, ScoringRule.Parse("assignedTo in (\"Priya Raman\", \"Bo Chen\") and not (assignedTo = \"Bo Chen\")"));
        var before = (await ReadAsync(store, ws, u => u.ScoringProfiles.GetAsync()))!;

        var renamed = new WorkspaceUser(priya.Id, "Priya Shah");
        await InUnitAsync(store, ws, u => u.Users.ReplaceAsync(renamed));
        await profiles.EditCriterionAsync(before.Criteria[0].Id, weight: Weight.Low);
        await profiles.RescoreAsync();

        var after = (await ReadAsync(store, ws, u => u.ScoringProfiles.GetAsync()))!;
        Assert.Equal(before.Criteria[0].Rule, after.Criteria[0].Rule);
        Assert.Equal(new[] { true, false, false }, await MetAsync(store, ws, leads));
        Assert.Equal(
            "assignedTo in (\"Priya Shah\", \"Bo Chen\") and not (assignedTo = \"Bo Chen\")",
            ((ScoringRule)after.Criteria[0].Rule!).ToDisplayText(await ReadAsync(store, ws, u => ToListAsync(u.Users.ListAsync()))));

        // The old name now names nobody: a new rule with it is refused.
        var ex = await Assert.ThrowsAsync<FilterException>(() => profiles.AddCriterionAsync("Old name", Weight.Low, ScoringRule.Parse("assignedTo = \"Priya Raman\"")));
        Assert.Equal("assignedTo", ex.Field);
        Assert.Contains("\"Priya Shah\"", ex.Message, StringComparison.Ordinal);
        _ = bo;
    }

    [StoreFact]
    public async Task RuleNamingAnUnknownOrSharedName_RefusesTheSave_WithTheFiltersError()
    {
        var (store, ws) = await NewWorkspaceAsync();
        var first = new WorkspaceUser(UserId.New(), "Sam Lee");
        var second = new WorkspaceUser(UserId.New(), "sam lee");
        await InUnitAsync(store, ws, async u =>
        {
            await u.Users.AddAsync(first);
            await u.Users.AddAsync(second);
            await u.Users.AddAsync(new WorkspaceUser(UserId.New(), "Priya Raman"));
        });
        var profiles = new ScoringProfiles(store, ws, Clock);

        var unknown = await Assert.ThrowsAsync<FilterException>(() => profiles.AddCriterionAsync("Priya's", Weight.High, ScoringRule.Parse("assignedTo = \"Priya\" or history.note is not empty")));
        var asFilter = await Assert.ThrowsAsync<FilterException>(() => ReadAsync(store, ws, u => u.Leads.CountAsync(Filter.Parse("assignedTo = \"Priya\""))));
        Assert.Equal("assignedTo", unknown.Field);
        Assert.StartsWith($"Criterion '{ScoringProfile.Empty.SuggestId("Priya's")}' (assignedTo = \"Priya\" or history.note is not empty): ", unknown.Message, StringComparison.Ordinal);
        // The filter's own message follows (its list of names may spell "Sam Lee" / "sam lee" either way).
        var resolver = asFilter.Message[..asFilter.Message.IndexOf(" (users: ", StringComparison.Ordinal)];
        Assert.Contains(": " + resolver + " (users: ", unknown.Message, StringComparison.Ordinal);
        Assert.Contains("\"Priya Raman\"", unknown.Message, StringComparison.Ordinal);

        var ambiguous = await Assert.ThrowsAsync<FilterException>(() => profiles.EditAsync(p => p.Add(new ScoringCriterion(new CriterionId("sam"), "Sam's", Weight.Low, ScoringRule.Parse("assignedTo != \"SAM LEE\"")))));
        Assert.Equal("assignedTo", ambiguous.Field);
        Assert.Contains(first.Id.ToString(), ambiguous.Message, StringComparison.Ordinal);
        Assert.Contains(second.Id.ToString(), ambiguous.Message, StringComparison.Ordinal);

        // Nothing was saved.
        Assert.Null(await ReadAsync(store, ws, u => u.ScoringProfiles.GetAsync()));
    }

    [StoreFact]
    public async Task RuleNamingAUser_AgreesWithTheSameFilter_InTheStoresQueries()
    {
        var (store, ws) = await NewWorkspaceAsync();
        var (priya, bo, leads) = await PriyaAndBoAsync(store, ws, bosSource: "Web");
        string[] texts =
        [
            "assignedTo = \"Priya Raman\"",
            "assignedTo != \"Priya Raman\"",
            "assignedTo in (\"bo chen\", \"priya raman\")",
            "not (assignedTo = \"Bo Chen\") and source = \"Web\"",
            "assignedTo = \"Bo Chen\" or assignedTo is empty",
        ];
        var profiles = new ScoringProfiles(store, ws, Clock);
        await profiles.EditAsync(p => new ScoringProfile(texts.Select((t, i) => new ScoringCriterion(new CriterionId($"r{i}"), $"Rule {i}", Weight.Normal, ScoringRule.Parse(t))), version: 1));
        var profile = (await ReadAsync(store, ws, u => u.ScoringProfiles.GetAsync()))!;
        var scorer = LeadScorer.Default;

        for (var i = 0; i < texts.Length; i++)
        {
            var text = texts[i];
            var matching = (await ReadAsync(store, ws, u => ToListAsync(u.Leads.QueryAsync(new RecordQuery(Filter.Parse(text)))))).Select(l => l.Id).ToHashSet();
            var bound = ((FilterRule)profile.Criteria[i].Rule!).Filter;
            var matchingBound = (await ReadAsync(store, ws, u => ToListAsync(u.Leads.QueryAsync(new RecordQuery(bound))))).Select(l => l.Id).ToHashSet();
            foreach (var lead in leads)
            {
                var stored = (await FindLeadAsync(store, ws, lead.Id))!;
                var met = scorer.Explain(stored, profile, Start).Criteria[i].Met;
                Assert.True(met == matching.Contains(lead.Id), $"{text} on {lead.Name}: the rule says {met}, the store's query {!met}.");
                Assert.Equal(matching.Contains(lead.Id), matchingBound.Contains(lead.Id));
            }
        }

        _ = (priya, bo);
    }

    /// <summary>Adds Priya Raman and Bo Chen (inactive), and three leads: Priya's, Bo's and nobody's.</summary>
    private async Task<(WorkspaceUser Priya, WorkspaceUser Bo, Lead[] Leads)> PriyaAndBoAsync(ILeadKitStore store, WorkspaceId ws, string? bosSource = null)
    {
        var priya = new WorkspaceUser(UserId.New(), "Priya Raman");
        var bo = new WorkspaceUser(UserId.New(), "Bo Chen", isActive: false);
        await InUnitAsync(store, ws, async u =>
        {
            await u.Users.AddAsync(priya);
            await u.Users.AddAsync(bo);
        });
        var forPriya = NewLead("Ann Lee");
        forPriya.SetAssignedTo(priya.Id);
        var forBo = NewLead("Ben Ode");
        forBo.SetAssignedTo(bo.Id);
        forBo.SetSource(bosSource is null ? null : new LeadSource(bosSource));
        var nobodys = NewLead("Nia Moss");
        await AddLeadsAsync(store, ws, forPriya, forBo, nobodys);
        return (priya, bo, [forPriya, forBo, nobodys]);
    }

    /// <summary>Whether each lead's stored score meets the profile's one criterion (M &gt; 0).</summary>
    private static async Task<bool[]> MetAsync(ILeadKitStore store, WorkspaceId ws, Lead[] leads)
    {
        var met = new bool[leads.Length];
        for (var i = 0; i < leads.Length; i++)
        {
            met[i] = (await FindLeadAsync(store, ws, leads[i].Id))!.Score!.Met > 0;
        }

        return met;
    }
}
