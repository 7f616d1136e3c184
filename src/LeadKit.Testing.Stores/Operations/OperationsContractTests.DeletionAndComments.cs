using System.Globalization;
using LeadKit.History;
using LeadKit.Leads;
using LeadKit.Operations;
using LeadKit.Storage;
using LeadKit.Testing.Stores;
using LeadKit.Validation;
using NodaTime;

namespace LeadKit.Testing.Stores;

/// <content>Deleting and restoring leads; comments.</content>
public abstract partial class OperationsContractTests
{
    [StoreFact]
    public async Task Delete_RemovesTheLeadAndRecordsTheDeletionWithASnapshot()
    {
        var ws = await NewWorkspaceAsync();
        var lead = NewLead("Ada", "Contoso");
        await ws.AddLeadsAsync(lead);
        await ws.WriteAsync(u => u.History.AddAsync([new BusinessNote(HistoryItemId.New(), lead.Reference, "Note", null, Start)]));
        var deletion = new LeadDeletion(ws.Context);

        var report = await deletion.DeleteAsync(LeadSelection.Of(lead.Id), "Not interested");

        Assert.True(report.IsCommitted);
        Assert.Equal(OutcomeStatus.Deleted, Assert.Single(report.Outcomes).Status);
        Assert.Null(await ws.FindLeadAsync(lead.Id));
        Assert.Equal(0, await ws.ReadAsync(u => u.Leads.CountAsync()));
        var entry = await deletion.FindDeletionAsync(lead.Id);
        Assert.NotNull(entry);
        Assert.Equal((ActivityKind.Deleted, "Deleted lead Ada: Not interested", "Not interested", ws.Actor), (entry.Activity, entry.Subject, entry.Body, entry.CreatedBy));
        Assert.Contains("\"companyName\":\"Contoso\"", entry.Snapshot, StringComparison.Ordinal);
        Assert.Equal(2, (await ws.HistoryAsync(lead.Reference)).Count);
    }

    [StoreFact]
    public async Task Delete_ManyWithOneMissing_AllOrNothing_NothingDeleted()
    {
        var ws = await NewWorkspaceAsync();
        var leads = new[] { NewLead("Ada"), NewLead("Bea") };
        await ws.AddLeadsAsync(leads);

        var report = await new LeadDeletion(ws.Context).DeleteAsync(LeadSelection.Of(leads[0].Id, LeadId.New(), leads[1].Id));

        Assert.Equal([OutcomeStatus.Skipped, OutcomeStatus.Failed, OutcomeStatus.Skipped], report.Outcomes.Select(o => o.Status));
        Assert.Equal(2, await ws.ReadAsync(u => u.Leads.CountAsync()));
        Assert.Empty(await ws.HistoryAsync(leads[0].Reference));

        var partial = await new LeadDeletion(ws.Context).DeleteAsync(LeadSelection.Of(leads[0].Id, LeadId.New(), leads[1].Id), policy: FailurePolicy.SkipFailed);

        Assert.Equal((2, 1), (partial.Deleted, partial.Failed));
        Assert.Equal(0, await ws.ReadAsync(u => u.Leads.CountAsync()));
    }

    [StoreFact]
    public async Task Delete_ByFilter_DeletesTheMatchesOnly()
    {
        var ws = await NewWorkspaceAsync();
        await ws.AddLeadsAsync(NewLead("Ada", "Contoso"), NewLead("Bea", "Fabrikam"), NewLead("Cy", "Contoso"));

        var report = await new LeadDeletion(ws.Context).DeleteAsync(LeadSelection.Matching("company = \"Contoso\""));

        Assert.Equal(2, report.Deleted);
        Assert.Equal("Bea", Assert.Single(await ws.ReadAsync(u => ToListAsync(u.Leads.QueryAsync(RecordQuery.All)))).Name.FullName);
    }

    [StoreFact]
    public async Task Restore_BringsBackTheLeadAsItWasWithItsHistory()
    {
        var ws = await NewWorkspaceAsync(EditSchema);
        var stored = (await ws.AddLeadsAsync(await FullLeadAsync(ws)))[0];
        var note = new BusinessNote(HistoryItemId.New(), stored.Reference, "Note", null, Start);
        await ws.WriteAsync(u => u.History.AddAsync([note]));
        var deletion = new LeadDeletion(ws.Context);
        await deletion.DeleteAsync(LeadSelection.Of(stored.Id));

        var report = await deletion.RestoreAsync([stored.Id]);

        Assert.True(report.IsCommitted);
        Assert.Equal(OutcomeStatus.Created, Assert.Single(report.Outcomes).Status);
        var restored = await ws.GetLeadAsync(stored.Id);
        Assert.Empty(DataDifferences(stored, restored));
        Assert.Equal(1, restored.Version);
        Assert.Equal(
            [typeof(BusinessNote), typeof(ActivityEntry), typeof(ActivityEntry)],
            (await ws.HistoryAsync(stored.Reference)).Select(h => h.GetType()));
        Assert.Equal([ActivityKind.Deleted, ActivityKind.Restored], (await ws.ActivitiesAsync(stored.Reference)).Select(a => a.Activity));
    }

    [StoreFact]
    public async Task Restore_ALeadThatExists_Unchanged_AndOneNeverDeleted_Fails()
    {
        var ws = await NewWorkspaceAsync();
        var lead = NewLead("Ada");
        await ws.AddLeadsAsync(lead);
        var never = LeadId.New();

        var report = await new LeadDeletion(ws.Context).RestoreAsync([lead.Id, never], FailurePolicy.SkipFailed);

        Assert.Equal([OutcomeStatus.Unchanged, OutcomeStatus.Failed], report.Outcomes.Select(o => o.Status));
        Assert.Contains("No deletion of lead", report.Outcomes[1].Reason, StringComparison.Ordinal);
        Assert.Null(await new LeadDeletion(ws.Context).FindDeletionAsync(never));
    }

    [StoreFact]
    public async Task Comments_AddComment_AppendsAParagraphAndSaves()
    {
        var ws = await NewWorkspaceAsync();
        var lead = NewLead("Ada");
        lead.SetComments("First.");
        var stored = (await ws.AddLeadsAsync(lead))[0];

        var appended = await new LeadComments(ws.Context).AddCommentAsync(lead.Id, "Second.");

        Assert.Equal("Second.", appended);
        var after = await ws.GetLeadAsync(lead.Id);
        Assert.Equal("First.\nSecond.", after.Comments);
        Assert.Equal(stored.Version + 1, after.Version);
    }

    [StoreFact]
    public async Task Comments_AddTimestamp_WritesTheClocksTimeInTheUsersZoneAndCulture()
    {
        var ws = await NewWorkspaceAsync();
        var lead = NewLead("Ada");
        await ws.AddLeadsAsync(lead);
        Clock.Reset(Instant.FromUtc(2026, 12, 24, 17, 5));

        var appended = await new LeadComments(ws.Context).AddTimestampAsync(lead.Id, DateTimeZoneProviders.Tzdb["Europe/Paris"], CultureInfo.GetCultureInfo("fr-FR"), "Rappeler en janvier.");

        Assert.Equal("24/12/2026 18:05\nRappeler en janvier.", appended);
        Assert.Equal(appended, (await ws.GetLeadAsync(lead.Id)).Comments);
    }

    [StoreFact]
    public async Task Comments_ErrorPaths_BlankTextMissingLeadTooLong()
    {
        var ws = await NewWorkspaceAsync();
        var lead = NewLead("Ada");
        lead.SetComments(new string('x', ContactRecord.MaxCommentsLength - 3));
        var stored = (await ws.AddLeadsAsync(lead))[0];
        var comments = new LeadComments(ws.Context);

        var blank = await Assert.ThrowsAsync<LeadKitValidationException>(() => comments.AddCommentAsync(lead.Id, "  "));
        await Assert.ThrowsAsync<RecordNotFoundException>(() => comments.AddCommentAsync(LeadId.New(), "Hello"));
        var tooLong = await Assert.ThrowsAsync<LeadKitValidationException>(() => comments.AddCommentAsync(lead.Id, "Hello"));

        Assert.Equal("LeadKit.Comments.TextRequired", Assert.Single(blank.Errors).ErrorCode);
        Assert.Equal("LeadKit.Record.CommentsTooLong", Assert.Single(tooLong.Errors).ErrorCode);
        Assert.Equal(stored.Version, (await ws.GetLeadAsync(lead.Id)).Version);
    }
}
