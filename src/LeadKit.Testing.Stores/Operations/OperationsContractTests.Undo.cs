using LeadKit.Assignment;
using LeadKit.BulkEdit;
using LeadKit.History;
using LeadKit.Leads;
using LeadKit.Operations;
using LeadKit.Querying;
using LeadKit.Storage;
using LeadKit.Testing;
using LeadKit.Testing.Stores;
using LeadKit.Validation;

namespace LeadKit.Testing.Stores;

/// <content>
/// Recorded operations and the undo rebuilt from what the store persisted
/// (<see cref="BulkEditor.UndoOperationAsync"/>), and the set-based seams bulk writes use
/// (<see cref="IRecordRepository{TRecord, TId}.FindManyAsync"/>, <see cref="IRecordRepository{TRecord, TId}.UpdateChangedAsync"/>).
/// </content>
public abstract partial class OperationsContractTests
{
    [StoreFact]
    public async Task BulkEdit_Apply_RecordsTheOperationWithOneUndoEntryPerChangedLead()
    {
        var ws = await NewWorkspaceAsync();
        var (a, b) = (NewLead("Ada", "Contoso"), NewLead("Bea", "Fabrikam"));
        await ws.AddLeadsAsync(a, b);

        var result = await new BulkEditor(ws.Context).ApplyAsync(new BulkEditRequest(LeadSelection.Of(a.Id, b.Id), FieldEdit.Set(RecordField.Company, "Fabrikam")));

        var id = result.Report.Operation!.Value;
        Assert.Equal(id, result.Undo!.Operation);
        var summary = (await ws.ReadAsync(u => u.Operations.FindAsync(id)))!;
        var entries = await ws.ReadAsync(u => u.Operations.ReadEntriesAsync(id));
        Assert.Equal((OperationKind.BulkEdit, 1, ws.Actor, true), (summary.Kind, summary.Count, summary.By, summary.RecordHistory));
        Assert.Equal(["company"], summary.Fields);
        var entry = Assert.Single(entries);
        Assert.Equal((a.Reference, 2L), (entry.Record, entry.Version));
        Assert.Equal(id, Assert.Single(await ws.ReadAsync(u => u.Operations.ListAsync())).Id);
    }

    [StoreFact]
    public async Task BulkEdit_ManyBatchesWithHistory_WritesEveryHistoryAndUndoEntry_AndTheUndoRestoresEveryValue()
    {
        var ws = await NewWorkspaceAsync();
        var leads = Enumerable.Range(0, 8).Select(i => NewLead($"Lead Number{i}", "Contoso")).ToArray();
        for (var i = 0; i < leads.Length; i += 2)
        {
            leads[i].SetJobTitle(i % 4 == 0 ? "Buyer" : "Clerk \"quoted\" ü");
        }

        var stored = await ws.AddLeadsAsync(leads);

        var edit = await new BulkEditor(ws.With(batchSize: 3)).ApplyAsync(new BulkEditRequest(LeadSelection.Of([.. stored.Select(l => l.Id)]), FieldEdit.Set(RecordField.JobTitle, "CEO")) { RecordHistory = true });

        Assert.True(edit.Report.IsCommitted);
        Assert.Equal(leads.Length, edit.Report.Changed);
        var entries = await ws.ReadAsync(u => u.Operations.ReadEntriesAsync(edit.Report.Operation!.Value));
        Assert.Equal(stored.Select(l => (l.Reference, 2L)), entries.Select(e => (e.Record, e.Version)));
        foreach (var lead in stored)
        {
            var activity = Assert.Single(await ws.ActivitiesAsync(lead.Reference), a => a.Activity == ActivityKind.Edited);
            Assert.Equal((lead.JobTitle, "CEO"), (activity.Changes.Single().OldValue, activity.Changes.Single().NewValue));
            Assert.Equal("CEO", (await ws.GetLeadAsync(lead.Id)).JobTitle);
        }

        var undo = await new BulkEditor(ws.With()).UndoOperationAsync(edit.Report.Operation!.Value);

        Assert.True(undo.Report.IsCommitted);
        foreach (var lead in stored)
        {
            var after = await ws.GetLeadAsync(lead.Id);
            Assert.Equal((lead.JobTitle, 3L), (after.JobTitle, after.Version));
        }
    }

    [StoreFact]
    public async Task BulkEdit_DryRunOrNothingChanged_RecordsNoOperation()
    {
        var ws = await NewWorkspaceAsync();
        var lead = NewLead("Ada", "Contoso");
        await ws.AddLeadsAsync(lead);
        var editor = new BulkEditor(ws.Context);

        var dryRun = await editor.PreviewAsync(new BulkEditRequest(LeadSelection.Of(lead.Id), FieldEdit.Set(RecordField.Company, "Fabrikam")));
        var unchanged = await editor.ApplyAsync(new BulkEditRequest(LeadSelection.Of(lead.Id), FieldEdit.Set(RecordField.Company, "Contoso")));

        Assert.Null(dryRun.Report.Operation);
        Assert.Null(unchanged.Report.Operation);
        Assert.Empty(await ws.ReadAsync(u => u.Operations.ListAsync()));
    }

    [StoreFact]
    public async Task UndoOperation_FromANewEditor_RestoresTheLeadsExactlyAndMarksTheOperationUndone()
    {
        var ws = await NewWorkspaceAsync();
        var (a, b) = (NewLead("Ada", "Contoso"), NewLead("Bea"));
        var stored = await ws.AddLeadsAsync(a, b);
        var edit = await new BulkEditor(ws.Context).ApplyAsync(new BulkEditRequest(LeadSelection.Of(a.Id, b.Id), FieldEdit.Set(RecordField.Company, "Fabrikam"), FieldEdit.Set(RecordField.JobTitle, "Buyer")));

        var undo = await new BulkEditor(ws.With()).UndoOperationAsync(edit.Report.Operation!.Value);

        Assert.True(undo.Report.IsCommitted, undo.Report.ToString());
        Assert.Equal(2, undo.Report.Changed);
        foreach (var lead in stored)
        {
            Assert.Empty(DataDifferences(lead, await ws.GetLeadAsync(lead.Id)));
        }

        var summary = await ws.ReadAsync(u => u.Operations.FindAsync(edit.Report.Operation!.Value));
        Assert.Equal(undo.Report.Operation, summary!.UndoneBy);
        var undoSummary = await ws.ReadAsync(u => u.Operations.FindAsync(undo.Report.Operation!.Value));
        Assert.Equal((OperationKind.Undo, edit.Report.Operation), (undoSummary!.Kind, undoSummary.Undoes));
        Assert.Equal([ActivityKind.Edited, ActivityKind.EditUndone], (await ws.ActivitiesAsync(a.Reference)).Select(x => x.Activity));
    }

    [StoreFact]
    public async Task UndoOperation_Twice_RefusedAsAlreadyUndone_ButTheUndoCanBeUndone()
    {
        var ws = await NewWorkspaceAsync();
        var lead = NewLead("Ada", "Contoso");
        await ws.AddLeadsAsync(lead);
        var editor = new BulkEditor(ws.Context);
        var edit = await editor.ApplyAsync(new BulkEditRequest(LeadSelection.Of(lead.Id), FieldEdit.Set(RecordField.Company, "Fabrikam")));
        var undo = await editor.UndoOperationAsync(edit.Report.Operation!.Value);

        var e = await Assert.ThrowsAsync<LeadKitValidationException>(() => editor.UndoOperationAsync(edit.Report.Operation!.Value));
        var redo = await editor.UndoOperationAsync(undo.Report.Operation!.Value);

        Assert.Equal("LeadKit.BulkEdit.AlreadyUndone", Assert.Single(e.Errors).ErrorCode);
        Assert.True(redo.Report.IsCommitted);
        Assert.Equal("Fabrikam", (await ws.GetLeadAsync(lead.Id)).CompanyName);
    }

    [StoreFact]
    public async Task UndoOperation_Unknown_ThrowsNotFound()
    {
        var ws = await NewWorkspaceAsync();

        await Assert.ThrowsAsync<RecordNotFoundException>(() => new BulkEditor(ws.Context).UndoOperationAsync(OperationId.New()));
    }

    [StoreFact]
    public async Task UndoOperation_LeadChangedSince_RefusedWithAConflict_NothingRestored()
    {
        var ws = await NewWorkspaceAsync();
        var (a, b) = (NewLead("Ada"), NewLead("Bea"));
        await ws.AddLeadsAsync(a, b);
        var edit = await new BulkEditor(ws.Context).ApplyAsync(new BulkEditRequest(LeadSelection.Of(a.Id, b.Id), FieldEdit.Set(RecordField.Company, "Fabrikam")));
        await ws.WriteAsync(async u =>
        {
            var later = await u.Leads.GetAsync(b.Id);
            later.SetJobTitle("Changed later");
            await u.Leads.UpdateAsync([later]);
        });

        var undo = await new BulkEditor(ws.Context).UndoOperationAsync(edit.Report.Operation!.Value);

        Assert.False(undo.Report.IsCommitted);
        Assert.Null(undo.Report.Operation);
        var conflict = Assert.Single(undo.Report.Failures);
        Assert.Equal(b.Reference, conflict.Record);
        Assert.Equal("LeadKit.BulkEdit.UndoConflict", Assert.Single(conflict.Errors).ErrorCode);
        Assert.Equal("Fabrikam", (await ws.GetLeadAsync(a.Id)).CompanyName);
        Assert.Null((await ws.ReadAsync(u => u.Operations.FindAsync(edit.Report.Operation!.Value)))!.UndoneBy);
    }

    [StoreFact]
    public async Task UndoOperation_CustomFieldDeletedSince_RefusedWithNoChange()
    {
        var ws = await NewWorkspaceAsync(EditSchema);
        var editor = new BulkEditor(ws.Context);
        var field = (await editor.GetCatalogAsync()).Get("Employees");
        var lead = NewLead("Ada");
        await ws.AddLeadsAsync(lead);
        var edit = await editor.ApplyAsync(new BulkEditRequest(LeadSelection.Of(lead.Id), FieldEdit.Set(field, "12")));
        var edited = await ws.GetLeadAsync(lead.Id);
        await ws.WriteAsync(u => u.CustomFields.RemoveAsync(RecordKind.Lead, "Employees"));

        var e = await Assert.ThrowsAsync<LeadKitValidationException>(() => editor.UndoOperationAsync(edit.Report.Operation!.Value));

        Assert.Equal("LeadKit.BulkEdit.FieldNotDefined", Assert.Single(e.Errors).ErrorCode);
        Assert.Equal(edited.Version, (await ws.GetLeadAsync(lead.Id)).Version);
    }

    [StoreFact]
    public async Task UndoOperation_Assignment_RestoresThePreviousAssignee()
    {
        var ws = await NewWorkspaceAsync();
        var (ann, bob) = (await ws.AddUserAsync("Ann"), await ws.AddUserAsync("Bob"));
        var (a, b) = (NewLead("Ada"), NewLead("Bea"));
        a.SetAssignedTo(ann.Id);
        var stored = await ws.AddLeadsAsync(a, b);

        var report = await new LeadAssignment(ws.Context).AssignAsync(LeadSelection.Of(a.Id, b.Id), bob.Id);
        var summary = await ws.ReadAsync(u => u.Operations.FindAsync(report.Operation!.Value));
        var undo = await new BulkEditor(ws.Context).UndoOperationAsync(report.Operation!.Value);

        Assert.Equal((OperationKind.Assignment, 2), (summary!.Kind, summary.Count));
        Assert.True(undo.Report.IsCommitted, undo.Report.ToString());
        Assert.Equal(ann.Id, (await ws.GetLeadAsync(a.Id)).AssignedTo);
        Assert.Null((await ws.GetLeadAsync(b.Id)).AssignedTo);
        Assert.Empty(DataDifferences(stored[1], await ws.GetLeadAsync(b.Id)));
    }

    [StoreFact]
    public async Task FindManyAsync_SomeMissing_ReturnsTheFoundOnesOnly()
    {
        var ws = await NewWorkspaceAsync();
        var (a, b) = (NewLead("Ada"), NewLead("Bea"));
        await ws.AddLeadsAsync(a, b);

        var found = await ws.ReadAsync(u => u.Leads.FindManyAsync([a.Id, LeadId.New(), b.Id, a.Id]));

        Assert.Equal(new[] { a.Id, b.Id }.Order(), found.Select(l => l.Id).Order());
    }

    [StoreFact]
    public async Task UpdateChangedAsync_NotCommitted_LeavesTheCallersObjectsAndTheStoreUnchanged()
    {
        var ws = await NewWorkspaceAsync();
        var stored = (await ws.AddLeadsAsync(NewLead("Ada", "Contoso")))[0];
        var original = await ws.GetLeadAsync(stored.Id);
        var changed = original.Copy();
        changed.SetCompanyName("Fabrikam");

        await using (var unit = await ws.Store.BeginAsync(ws.Id, ws.Actor))
        {
            await unit.Leads.UpdateChangedAsync([new RecordUpdate<Lead>(original, changed)]);
            Assert.Equal("Fabrikam", (await unit.Leads.GetAsync(stored.Id)).CompanyName);
        }

        Assert.Equal((stored.Version, stored.Version), (original.Version, changed.Version));
        Assert.Empty(RecordComparer.Differences(stored, await ws.GetLeadAsync(stored.Id)));
    }

    [StoreFact]
    public async Task UpdateChangedAsync_Committed_WritesTheChangeAtTheNextVersionWithUnchangedChildRows()
    {
        var ws = await NewWorkspaceAsync();
        var lead = NewLead("Ada", "Contoso");
        lead.AddEmail(new EmailEntry(EmailKind.Business, EmailAddress.Parse("ada@contoso.example")));
        var stored = (await ws.AddLeadsAsync(lead))[0];
        var changed = stored.Copy();
        changed.SetCompanyName("Fabrikam");

        await ws.WriteAsync(u => u.Leads.UpdateChangedAsync([new RecordUpdate<Lead>(stored, changed)]));
        var after = await ws.GetLeadAsync(stored.Id);
        var byCompany = await ws.ReadAsync(u => u.Leads.CountAsync(LeadKit.Querying.Filter.Parse("company = \"Fabrikam\" and email = \"ada@contoso.example\"")));

        Assert.Equal((stored.Version + 1, "Fabrikam"), (after.Version, after.CompanyName));
        Assert.Equal(1, byCompany);
        Assert.Empty(DataDifferences(changed, after));
    }

    [StoreFact]
    public async Task UpdateChangedAsync_VersionMoved_ThrowsAConflictAndWritesNothing()
    {
        var ws = await NewWorkspaceAsync();
        var stored = (await ws.AddLeadsAsync(NewLead("Ada", "Contoso")))[0];
        var stale = stored.Copy();
        await ws.WriteAsync(async u =>
        {
            var later = await u.Leads.GetAsync(stored.Id);
            later.SetJobTitle("Later");
            await u.Leads.UpdateAsync([later]);
        });
        var changed = stale.Copy();
        changed.SetCompanyName("Fabrikam");

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => ws.WriteAsync(u => u.Leads.UpdateChangedAsync([new RecordUpdate<Lead>(stale, changed)])));

        var after = await ws.GetLeadAsync(stored.Id);
        Assert.Equal(("Contoso", "Later"), (after.CompanyName, after.JobTitle));
    }

    [StoreFact]
    public async Task UpdateChangedAsync_ReadBeforeAScoreOnlyWrite_StarsFilterAgreesWithTheSavedDocument()
    {
        var ws = await NewWorkspaceAsync();
        var stored = (await ws.AddLeadsAsync(NewLead("Ada", "Contoso")))[0];
        var original = await ws.GetLeadAsync(stored.Id);
        await ws.WriteAsync(async u => Assert.Empty(await u.Leads.UpdateStoredScoresAsync([StoredScoreChange.For(stored, new Scoring.StoredScore(4, 0, 4, 6, 5))])));
        var changed = original.Copy();
        changed.SetCompanyName("Fabrikam");

        await ws.WriteAsync(u => u.Leads.UpdateChangedAsync([new RecordUpdate<Lead>(original, changed)]));

        var after = await ws.GetLeadAsync(stored.Id);
        var matching = await ws.ReadAsync(u => u.Leads.CountAsync(LeadKit.Querying.Filter.Parse($"stars = {after.Stars}")));
        Assert.Equal(1, matching);
    }
}
