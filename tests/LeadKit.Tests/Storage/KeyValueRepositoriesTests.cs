using LeadKit.AssignmentRules;
using LeadKit.Leads;
using LeadKit.Querying;
using LeadKit.Reports;
using LeadKit.Storage;
using LeadKit.Storage.InMemory;
using NodaTime.Testing;

namespace LeadKit.Tests.Storage;

/// <summary>
/// Rules of <see cref="KeyValueRepositories{TState}"/> the store contract kit leaves open, checked on the
/// in-memory store, whose unit of work derives from it (the sample store's does too).
/// </summary>
public sealed class KeyValueRepositoriesTests
{
    private readonly InMemoryLeadKitStore _store = new(new FakeClock(NodaTime.Instant.FromUtc(2025, 1, 1, 0, 0)));

    [Fact]
    public async Task ReplaceRule_RemovedByAUnitThatCommittedFirst_CommitConflictsAndWritesNothing()
    {
        var workspace = (await _store.CreateWorkspaceAsync("Acme")).Id;
        var ann = new WorkspaceUser(UserId.New(), "Ann Lee");
        var rule = AssignmentRule.ToUser(Filter.All, ann.Id);
        await using (var setup = await _store.BeginAsync(workspace))
        {
            await setup.Users.AddAsync(ann);
            await setup.AssignmentRules.AddAsync(rule);
            await setup.CommitAsync();
        }

        await using var editor = await _store.BeginAsync(workspace);
        await editor.AssignmentRules.ReplaceAsync(rule.WithEnabled(false));
        await editor.SavedReports.SaveAsync(new SavedReport("Mine", BuiltInReports.ByScore));
        await using (var remover = await _store.BeginAsync(workspace))
        {
            Assert.True(await remover.AssignmentRules.RemoveAsync(rule.Id));
            await remover.CommitAsync();
        }

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => editor.CommitAsync());
        await using var reader = await _store.BeginAsync(workspace);
        Assert.Empty(await reader.AssignmentRules.ListAsync());
        Assert.Empty(await reader.SavedReports.ListAsync());
    }

    [Fact]
    public async Task Writes_NullArguments_RefusedNamingTheParameter()
    {
        var workspace = (await _store.CreateWorkspaceAsync("Acme")).Id;
        await using var unit = await _store.BeginAsync(workspace);

        Assert.Equal("user", (await Assert.ThrowsAsync<ArgumentNullException>(() => unit.Users.AddAsync(null!))).ParamName);
        Assert.Equal("user", (await Assert.ThrowsAsync<ArgumentNullException>(() => unit.Users.ReplaceAsync(null!))).ParamName);
        Assert.Equal("definition", (await Assert.ThrowsAsync<ArgumentNullException>(() => unit.CustomFields.SaveAsync(null!))).ParamName);
        Assert.Equal("name", (await Assert.ThrowsAsync<ArgumentNullException>(() => unit.CustomFields.RemoveAsync(RecordKind.Lead, null!))).ParamName);
        Assert.Equal("profile", (await Assert.ThrowsAsync<ArgumentNullException>(() => unit.ScoringProfiles.SaveAsync(null!, null))).ParamName);
        Assert.Equal("report", (await Assert.ThrowsAsync<ArgumentNullException>(() => unit.SavedReports.SaveAsync(null!))).ParamName);
        Assert.Equal("name", (await Assert.ThrowsAsync<ArgumentNullException>(() => unit.SavedReports.FindAsync(null!))).ParamName);
        Assert.Equal("name", (await Assert.ThrowsAsync<ArgumentNullException>(() => unit.SavedReports.DeleteAsync(null!))).ParamName);
        Assert.Equal("operation", (await Assert.ThrowsAsync<ArgumentNullException>(() => unit.Operations.AddAsync(null!))).ParamName);
        Assert.Equal("entries", (await Assert.ThrowsAsync<ArgumentNullException>(() => unit.Operations.AddEntriesAsync(OperationId.New(), null!))).ParamName);
        Assert.Equal("rule", (await Assert.ThrowsAsync<ArgumentNullException>(() => unit.AssignmentRules.AddAsync(null!))).ParamName);
        Assert.Equal("rule", (await Assert.ThrowsAsync<ArgumentNullException>(() => unit.AssignmentRules.ReplaceAsync(null!))).ParamName);
    }

    [Fact]
    public async Task EveryMember_ACancelledToken_IsRefusedAndNothingIsStaged()
    {
        var workspace = (await _store.CreateWorkspaceAsync("Acme")).Id;
        var ann = new WorkspaceUser(UserId.New(), "Ann Lee");
        var rule = AssignmentRule.ToUser(Filter.All, ann.Id);
        var operation = OperationId.New();
        var cancelled = new CancellationToken(canceled: true);
        await using (var unit = await _store.BeginAsync(workspace))
        {
            List<Func<Task>> calls =
            [
                () => unit.Users.AddAsync(ann, cancelled),
                () => unit.Users.ReplaceAsync(ann, cancelled),
                () => unit.Users.FindAsync(ann.Id, cancelled),
                () => unit.Users.ListAsync(cancelled).ToListAsync().AsTask(),
                () => unit.CustomFields.GetSchemaAsync(cancelled),
                () => unit.CustomFields.SaveAsync(new LeadKit.CustomFields.CustomFieldDefinition(RecordKind.Lead, "Budget", LeadKit.CustomFields.CustomFieldType.Decimal), cancelled),
                () => unit.CustomFields.RemoveAsync(RecordKind.Lead, "Budget", cancelled),
                () => unit.ScoringProfiles.GetAsync(cancelled),
                () => unit.Picklists.GetAsync(PicklistKind.LeadSources, cancelled),
                () => unit.Picklists.SaveAsync(PicklistKind.LeadSources, Picklist.DefaultFor(PicklistKind.LeadSources).Add("Podcast"), cancelled),
                () => unit.Picklists.AddAsync(PicklistKind.LeadSources, "Podcast", cancelled),
                () => unit.SavedReports.SaveAsync(new SavedReport("Mine", BuiltInReports.ByScore), cancelled),
                () => unit.SavedReports.FindAsync("Mine", cancelled),
                () => unit.SavedReports.ListAsync(cancelled),
                () => unit.SavedReports.DeleteAsync("Mine", cancelled),
                () => unit.Operations.AddEntriesAsync(operation, [], cancelled),
                () => unit.Operations.FindAsync(operation, cancelled),
                () => unit.Operations.ReadEntriesAsync(operation, cancelled),
                () => unit.Operations.ListAsync(10, cancelled),
                () => unit.Operations.MarkUndoneAsync(operation, OperationId.New(), cancelled),
                () => unit.Operations.ForgetRecordAsync(new RecordReference(RecordKind.Lead, Guid.NewGuid()), cancelled),
                () => unit.AssignmentRules.ListAsync(cancelled),
                () => unit.AssignmentRules.AddAsync(rule, null, cancelled),
                () => unit.AssignmentRules.ReplaceAsync(rule, cancelled),
                () => unit.AssignmentRules.MoveAsync(rule.Id, 1, cancelled),
                () => unit.AssignmentRules.RemoveAsync(rule.Id, cancelled),
                () => unit.AssignmentRules.GetTurnsAsync(cancelled),
                () => unit.AssignmentRules.SetTurnAsync(rule.Id, ann.Id, cancelled),
            ];
            foreach (var call in calls)
            {
                await Assert.ThrowsAsync<OperationCanceledException>(call);
            }

            await unit.CommitAsync();
        }

        await using var reader = await _store.BeginAsync(workspace);
        Assert.Empty(await reader.Users.ListAsync().ToListAsync());
        Assert.Empty(await reader.CustomFields.GetSchemaAsync());
        Assert.Equal(Picklist.DefaultFor(PicklistKind.LeadSources), await reader.Picklists.GetAsync(PicklistKind.LeadSources));
        Assert.Empty(await reader.SavedReports.ListAsync());
        Assert.Empty(await reader.AssignmentRules.ListAsync());
    }
}
