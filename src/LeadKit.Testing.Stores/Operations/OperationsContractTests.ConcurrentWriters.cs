using LeadKit.History;
using LeadKit.BulkEdit;
using LeadKit.Leads;
using LeadKit.Operations;
using LeadKit.Querying;
using LeadKit.Scoring;
using LeadKit.Storage;
using LeadKit.Testing.Stores;
using LeadKit.Testing.Stores.Faults;

namespace LeadKit.Testing.Stores;

/// <content>
/// A concurrent writer during an operation: another unit of work changes a lead after the
/// operation read it and before the operation writes (interleaved through
/// <see cref="FaultPlan.BeforeEachCall"/>). No update is lost: the writer's change survives, and
/// the operation reports the conflict (bulk edit) or scores the new version (re-score).
/// </content>
public abstract partial class OperationsContractTests
{
    [StoreTheory]
    [InlineData(FailurePolicy.SkipFailed)]
    [InlineData(FailurePolicy.AllOrNothing)]
    public async Task BulkEdit_ConcurrentWriterBeforeTheWrite_ConflictReportedAndTheWritersChangeSurvives(FailurePolicy policy)
    {
        var ws = await NewWorkspaceAsync();
        var stored = await ws.AddLeadsAsync(NewLead("Ada Lovelace", "Analytical"), NewLead("Grace Hopper", "Navy"));
        var (raced, other) = (stored[0], stored[1]);
        var plan = new FaultPlan(0)
        {
            BeforeEachCall = (what, call) => call == 1 ? ChangeCompanyAsync(ws, raced.Id, "Concurrent Co") : Task.CompletedTask,
        };
        var context = new OperationContext(new FaultyStore(ws.Store, plan), ws.Id, Clock, ws.Actor);

        var result = await new BulkEditor(context).ApplyAsync(new BulkEditRequest(LeadSelection.Of(raced.Id, other.Id), FieldEdit.Set(RecordField.JobTitle, "CEO")) { Policy = policy });

        var failure = Assert.Single(result.Report.Failures);
        Assert.Equal(raced.Reference, failure.Record);
        Assert.Contains("version", failure.Reason, StringComparison.OrdinalIgnoreCase);
        var after = await ws.GetLeadAsync(raced.Id);
        Assert.Equal(("Concurrent Co", (string?)null, 2L), (after.CompanyName, after.JobTitle, after.Version));
        var untouched = await ws.GetLeadAsync(other.Id);
        Assert.Equal(policy == FailurePolicy.SkipFailed ? "CEO" : null, untouched.JobTitle);
    }

    [StoreFact]
    public async Task BulkEdit_ConflictInTheMiddleOfABatch_NamesThatLeadAndWritesNothing()
    {
        var ws = await NewWorkspaceAsync();
        var stored = await ws.AddLeadsAsync([.. Enumerable.Range(0, 7).Select(i => NewLead($"Lead Number{i}", "Contoso"))]);
        var raced = stored[3];
        var plan = new FaultPlan(0)
        {
            BeforeEachCall = (what, call) => call == 1 ? ChangeCompanyAsync(ws, raced.Id, "Concurrent Co") : Task.CompletedTask,
        };
        var context = new OperationContext(new FaultyStore(ws.Store, plan), ws.Id, Clock, ws.Actor);

        var result = await new BulkEditor(context).ApplyAsync(new BulkEditRequest(LeadSelection.Of([.. stored.Select(l => l.Id)]), FieldEdit.Set(RecordField.JobTitle, "CEO")) { RecordHistory = true });

        Assert.False(result.Report.IsCommitted);
        Assert.Null(result.Undo);
        var failure = Assert.Single(result.Report.Failures);
        Assert.Equal(raced.Reference, failure.Record);
        Assert.Contains("version", failure.Reason, StringComparison.OrdinalIgnoreCase);
        foreach (var lead in stored)
        {
            var after = await ws.GetLeadAsync(lead.Id);
            Assert.Equal((lead.Id == raced.Id ? "Concurrent Co" : "Contoso", (string?)null, lead.Id == raced.Id ? 2L : 1L), (after.CompanyName, after.JobTitle, after.Version));
            Assert.DoesNotContain(await ws.ActivitiesAsync(lead.Reference), a => a.Activity == ActivityKind.Edited);
        }

        Assert.Empty(await ws.ReadAsync(u => u.Operations.ListAsync()));
    }

    [StoreFact]
    public async Task Rescore_ConcurrentWriterBeforeTheScoresAreWritten_WritersChangeSurvivesAndItsNewVersionIsScored()
    {
        var ws = await NewWorkspaceAsync();
        var profiles = new ScoringProfiles(ws.Store, ws.Id, Clock, actingUser: ws.Actor);
        await profiles.AddCriterionAsync("Met at a trade show", Weight.Low);
        var stored = await ws.AddLeadsAsync(NewLead("Ada Lovelace", "Analytical"), NewLead("Grace Hopper", "Navy"));
        var plan = new FaultPlan(0)
        {
            BeforeEachCall = (what, call) => call == 1 ? ChangeCompanyAsync(ws, stored[0].Id, "Concurrent Co") : Task.CompletedTask,
        };

        var result = await new ScoringProfiles(new FaultyStore(ws.Store, plan), ws.Id, Clock, actingUser: ws.Actor).RescoreAsync();

        Assert.True(plan.Calls >= 3, $"The re-score wrote only {plan.Calls} times: it did not retry the page.");
        var after = await ws.GetLeadAsync(stored[0].Id);
        Assert.Equal(("Concurrent Co", 2L), (after.CompanyName, after.Version));
        Assert.NotNull(after.Score);
        Assert.Equal(2, result.Changed);

        // The scores stored are those of the current versions: a second re-score changes nothing.
        Assert.Equal(0, (await profiles.RescoreAsync()).Changed);
    }

    [StoreFact]
    public async Task Rescore_WriterChangingTheLeadBeforeEveryAttempt_ConflictReportedAndEveryChangeSurvives()
    {
        var ws = await NewWorkspaceAsync();
        await new ScoringProfiles(ws.Store, ws.Id, Clock, actingUser: ws.Actor).AddCriterionAsync("Met at a trade show", Weight.Low);
        var stored = await ws.AddLeadsAsync(NewLead("Ada Lovelace", "Analytical"));
        var changes = 0;
        var plan = new FaultPlan(0)
        {
            BeforeEachCall = (what, call) => what.EndsWith(nameof(ILeadRepository.UpdateStoredScoresAsync), StringComparison.Ordinal)
                ? ChangeCompanyAsync(ws, stored[0].Id, $"Concurrent Co {++changes}")
                : Task.CompletedTask,
        };

        var error = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => new ScoringProfiles(new FaultyStore(ws.Store, plan), ws.Id, Clock, actingUser: ws.Actor).RescoreAsync());

        Assert.Equal(stored[0].Id.ToString(), error.RecordId);
        var after = await ws.GetLeadAsync(stored[0].Id);
        Assert.Equal(($"Concurrent Co {changes}", 1L + changes), (after.CompanyName, after.Version));
    }

    private static Task ChangeCompanyAsync(TestWorkspace ws, LeadId id, string company) =>
        ws.WriteAsync(async u =>
        {
            var lead = await u.Leads.GetAsync(id);
            lead.SetCompanyName(company);
            await u.Leads.UpdateAsync([lead]);
        });
}
