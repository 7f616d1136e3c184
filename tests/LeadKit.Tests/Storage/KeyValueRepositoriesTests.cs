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
}
