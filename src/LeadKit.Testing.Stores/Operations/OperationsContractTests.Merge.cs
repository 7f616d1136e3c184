using LeadKit.BulkEdit;
using LeadKit.CustomFields;
using LeadKit.History;
using LeadKit.Leads;
using LeadKit.Merging;
using LeadKit.Operations;
using LeadKit.Scoring;
using LeadKit.Storage;
using LeadKit.Testing.Stores;
using LeadKit.Validation;
using NodaTime;

namespace LeadKit.Testing.Stores;

/// <content>Merging duplicate leads and undoing the merge: every documented behaviour and error path.</content>
public abstract partial class OperationsContractTests
{
    private static readonly CustomFieldSchema MergeSchema = new(
    [
        new CustomFieldDefinition(RecordKind.Lead, "Employees", CustomFieldType.WholeNumber),
        new CustomFieldDefinition(RecordKind.Lead, "Industry", CustomFieldType.Choice, choices: ["Software", "Retail"]),
    ]);

    [StoreFact]
    public async Task Merge_ByDefault_KeepsTheMastersValuesAndFillsItsEmptyOnesFromTheOthersInOrder()
    {
        var ws = await NewWorkspaceAsync(MergeSchema);
        var master = NewLead("Ann Lee");
        master.SetJobTitle("Buyer");
        var first = NewLead("Ann Lee", "Contoso");
        first.SetJobTitle("Head of purchasing");
        var second = NewLead("A. Lee", "Contoso Ltd");
        second.SetAreaOfInterest("Engines");
        second.SetCustomField(MergeSchema.Find(RecordKind.Lead, "Employees")!, CustomFieldValue.FromWholeNumber(250));
        await ws.AddLeadsAsync(master, first, second);

        var result = await new LeadMerger(ws.Context).MergeAsync(new MergeRequest(master.Id, [first.Id, second.Id]));

        var merged = await ws.GetLeadAsync(master.Id);
        Assert.Equal(("Ann Lee", "Buyer", "Contoso", "Engines"), (merged.Name.FullName, merged.JobTitle, merged.CompanyName, merged.AreaOfInterest));
        Assert.Equal(CustomFieldValue.FromWholeNumber(250), merged.CustomFields["Employees"]);
        Assert.Equal(2, merged.Version);
        Assert.Equal([first.Id, second.Id], result.Merged);
        Assert.Contains(new ValueNotTaken("title", "Head of purchasing", first.Id), result.NotTaken);
        Assert.Contains(new ValueNotTaken("company", "Contoso Ltd", second.Id), result.NotTaken);
        Assert.Contains(new ValueNotTaken("name", "A. Lee", second.Id), result.NotTaken);
        Assert.DoesNotContain(result.NotTaken, v => v.From == first.Id && v.Field == "name");
        Assert.Contains(new FieldChange("company", null, "Contoso"), result.Changes);
        Assert.Null(await ws.FindLeadAsync(first.Id));
        Assert.Null(await ws.FindLeadAsync(second.Id));
    }

    [StoreFact]
    public async Task Merge_WithPreferences_TakesEachPreferredFieldFromItsLead_EvenAnEmptyValue()
    {
        var ws = await NewWorkspaceAsync(MergeSchema);
        var master = NewLead("Ann Lee", "Contoso");
        master.SetJobTitle("Buyer");
        master.SetCustomField(MergeSchema.Find(RecordKind.Lead, "Industry")!, CustomFieldValue.FromChoice("Retail"));
        var other = NewLead("Ann Lee");
        other.SetJobTitle("Head of purchasing");
        other.SetCustomField(MergeSchema.Find(RecordKind.Lead, "Industry")!, CustomFieldValue.FromChoice("Software"));
        await ws.AddLeadsAsync(master, other);

        var request = new MergeRequest(master.Id, [other.Id])
            .Prefer("jobTitle", other.Id)
            .Prefer("company", other.Id)
            .Prefer("custom.Industry", other.Id);
        var result = await new LeadMerger(ws.Context).MergeAsync(request);

        var merged = await ws.GetLeadAsync(master.Id);
        Assert.Equal(("Head of purchasing", (string?)null), (merged.JobTitle, merged.CompanyName));
        Assert.Equal(CustomFieldValue.FromChoice("Software"), merged.CustomFields["Industry"]);
        Assert.Contains(new ValueNotTaken("title", "Buyer", master.Id), result.NotTaken);
        Assert.Contains(new ValueNotTaken("company", "Contoso", master.Id), result.NotTaken);
        Assert.Contains(new ValueNotTaken("custom.Industry", "Retail", master.Id), result.NotTaken);
    }

    [StoreFact]
    public async Task Merge_UnitesEmailsAndPhonesByTheirMatchKeys_AndAddressesWithoutDuplicates()
    {
        var ws = await NewWorkspaceAsync();
        var home = new PostalAddress(AddressKind.Home, "1 Main St", city: "Springfield", isMailing: true);
        var work = new PostalAddress(AddressKind.Business, "5 Market St", city: "Springfield", isMailing: true);
        var master = NewLead("Jane Doe");
        master.AddEmail(new EmailEntry(EmailKind.Business, EmailAddress.Parse("jane.doe@example.com")));
        master.AddPhone(new PhoneNumber(PhoneKind.Business, "(415) 555-0123"));
        master.AddAddress(home);
        var other = NewLead("Jane Doe");
        other.AddEmail(new EmailEntry(EmailKind.Personal, EmailAddress.Parse("Jane.Doe@Example.COM")));
        other.AddEmail(new EmailEntry(EmailKind.Other, EmailAddress.Parse("jd@example.org")));
        other.AddPhone(new PhoneNumber(PhoneKind.Mobile, "+1 415 555 0123"));
        other.AddPhone(new PhoneNumber(PhoneKind.Home, "+1 415 555 0199"));
        other.AddAddress(home.WithMailing(false));
        other.AddAddress(work);
        await ws.AddLeadsAsync(master, other);

        var result = await new LeadMerger(ws.Context).MergeAsync(new MergeRequest(master.Id, [other.Id]));

        var merged = await ws.GetLeadAsync(master.Id);
        Assert.Equal(["jane.doe@example.com", "jd@example.org"], merged.Emails.Select(e => e.Address.Value));
        Assert.Equal(["(415) 555-0123", "+1 415 555 0199"], merged.Phones.Select(p => p.Number));
        Assert.Equal([home, work.WithMailing(false)], merged.Addresses);
        Assert.Equal(home, merged.MailingAddress);
        Assert.Contains(result.NotTaken, v => v is { Field: "email" } && v.Value.StartsWith("personal:Jane.Doe@Example.COM (the same as business:jane.doe@example.com)", StringComparison.Ordinal));
        Assert.Contains(result.NotTaken, v => v is { Field: "phone", Value: "mobile:+1 415 555 0123 (the same as business:(415) 555-0123)" });
        Assert.Contains(result.NotTaken, v => v.Field == "address" && v.Value.EndsWith("(its mailing address)", StringComparison.Ordinal));
    }

    [StoreFact]
    public async Task Merge_UnitesCriterionChecksAtTheirLatestInstant_AndFillsAMissingManualScore()
    {
        var ws = await NewWorkspaceAsync();
        var (budget, need, authority) = (new CriterionId("budget"), new CriterionId("need"), new CriterionId("authority"));
        var master = NewLead("Ann Lee");
        master.CheckCriterion(budget, Start - Duration.FromDays(10));
        var first = NewLead("Ann Lee");
        first.CheckCriterion(budget, Start - Duration.FromDays(2));
        first.CheckCriterion(need, Start - Duration.FromDays(5));
        first.SetManualScore(4);
        var second = NewLead("Ann Lee");
        second.CheckCriterion(authority, Start - Duration.FromDays(1));
        second.SetManualScore(2);
        await ws.AddLeadsAsync(master, first, second);

        var result = await new LeadMerger(ws.Context).MergeAsync(new MergeRequest(master.Id, [first.Id, second.Id]));

        var merged = await ws.GetLeadAsync(master.Id);
        Assert.Equal(
            new Dictionary<CriterionId, Instant> { [authority] = Start - Duration.FromDays(1), [budget] = Start - Duration.FromDays(2), [need] = Start - Duration.FromDays(5) },
            merged.CriterionChecks.ToDictionary());
        Assert.Equal((ScoreType.Manual, (int?)4), (merged.ScoreType, merged.ManualStars));
        Assert.Contains(new ValueNotTaken("manualStars", "2", second.Id), result.NotTaken);
        Assert.Contains(result.NotTaken, v => v.Field == "checked" && v.From == master.Id && v.Value.StartsWith("budget checked at", StringComparison.Ordinal));
    }

    [StoreFact]
    public async Task Merge_KeepsTheMastersManualScore_AndAnAutomaticMasterWithoutStarsTakesNone()
    {
        var ws = await NewWorkspaceAsync();
        var master = NewLead("Ann Lee");
        master.SetManualScore(5);
        var other = NewLead("Ann Lee");
        other.SetManualScore(1);
        var automatic = NewLead("Bob Roe");
        var alsoAutomatic = NewLead("Bob Roe");
        await ws.AddLeadsAsync(master, other, automatic, alsoAutomatic);
        var merger = new LeadMerger(ws.Context);

        await merger.MergeAsync(new MergeRequest(master.Id, [other.Id]));
        await merger.MergeAsync(new MergeRequest(automatic.Id, [alsoAutomatic.Id]));

        Assert.Equal((ScoreType.Manual, (int?)5), ((await ws.GetLeadAsync(master.Id)).ScoreType, (await ws.GetLeadAsync(master.Id)).ManualStars));
        Assert.Equal((ScoreType.Automatic, (int?)null), ((await ws.GetLeadAsync(automatic.Id)).ScoreType, (await ws.GetLeadAsync(automatic.Id)).ManualStars));
    }

    [StoreFact]
    public async Task Merge_CarriesHistoryOpportunitiesAndComments_AndDeletesTheOthersRestorably()
    {
        var ws = await NewWorkspaceAsync();
        var master = NewLead("Ann Lee");
        master.SetComments("Met at the fair.");
        var other = NewLead("Ann Lee");
        other.SetComments("Wants a demo.");
        await ws.AddLeadsAsync(master, other);
        var masterNote = new BusinessNote(HistoryItemId.New(), master.Reference, "Master's note", null, Start);
        var note = new BusinessNote(HistoryItemId.New(), other.Reference, "Other's note", null, Start);
        var deal = new Opportunity(OpportunityId.New(), other.Reference, "Engines", "EUR", [], OpportunityStage.Prospecting, 10, null, Start);
        await ws.WriteAsync(async u =>
        {
            await u.History.AddAsync([masterNote, note]);
            await u.Opportunities.AddAsync([deal]);
        });

        var result = await new LeadMerger(ws.Context).MergeAsync(new MergeRequest(master.Id, [other.Id]));

        Assert.Equal((1, 1), (result.HistoryMoved, result.OpportunitiesMoved));
        var merged = await ws.GetLeadAsync(master.Id);
        Assert.Equal("Met at the fair.\nWants a demo.", merged.Comments);
        var history = await ws.HistoryAsync(master.Reference);
        Assert.Contains(history, h => h.Id == note.Id);
        Assert.Contains(history, h => h.Id == masterNote.Id);
        Assert.Equal(deal.Id, Assert.Single(await ws.ReadAsync(u => ToListAsync(u.Opportunities.ListForAsync(master.Reference)))).Id);
        var deletion = Assert.Single(await ws.ActivitiesAsync(other.Reference));
        Assert.Equal((ActivityKind.Deleted, "Merged into lead Ann Lee", master.Reference), (deletion.Activity, deletion.Subject, deletion.Related));

        // The deletion mechanism can bring a merged lead back on its own.
        var restored = await new LeadDeletion(ws.Context).RestoreAsync([other.Id]);
        Assert.Equal(1, restored.Created);
        Assert.Equal("Wants a demo.", (await ws.GetLeadAsync(other.Id)).Comments);
    }

    [StoreFact]
    public async Task Merge_RecordsItOnTheMasterWithTheLeadsMergedAndEveryValueNotTaken()
    {
        var ws = await NewWorkspaceAsync();
        var master = NewLead("Ann Lee", "Contoso");
        var other = NewLead("Ann Lee", "Fabrikam");
        await ws.AddLeadsAsync(master, other);

        var result = await new LeadMerger(ws.Context).MergeAsync(new MergeRequest(master.Id, [other.Id]));

        var entry = Assert.Single(await ws.ActivitiesAsync(master.Reference));
        Assert.Equal((ActivityKind.Merged, "Merged 1 lead into this one: Ann Lee", other.Reference, ws.Actor), (entry.Activity, entry.Subject, entry.Related, entry.CreatedBy));
        Assert.Contains($"- lead {other.Id} (Ann Lee)", entry.Body, StringComparison.Ordinal);
        Assert.Contains($"- company: Fabrikam (from lead {other.Id})", entry.Body, StringComparison.Ordinal);
        Assert.Contains($"Merged by operation {result.Operation}", entry.Body, StringComparison.Ordinal);
        var summary = await ws.ReadAsync(u => u.Operations.FindAsync(result.Operation));
        Assert.Equal((OperationKind.Merge, 2, ws.Actor), (summary!.Kind, summary.Count, summary.By));
    }

    [StoreFact]
    public async Task Undo_OfAMerge_RestoresTheMasterTheOthersAndTheirItemsExactly()
    {
        var ws = await NewWorkspaceAsync(MergeSchema);
        var master = NewLead("Ann Lee");
        master.SetComments("Met at the fair.");
        master.AddEmail(new EmailEntry(EmailKind.Business, EmailAddress.Parse("ann@example.com")));
        var other = NewLead("Ann Lee", "Contoso");
        other.AddEmail(new EmailEntry(EmailKind.Business, EmailAddress.Parse("ann@contoso.com")));
        other.SetCustomField(MergeSchema.Find(RecordKind.Lead, "Employees")!, CustomFieldValue.FromWholeNumber(12));
        other.CheckCriterion(new CriterionId("budget"), Start);
        var stored = await ws.AddLeadsAsync(master, other);
        var note = new BusinessNote(HistoryItemId.New(), other.Reference, "Other's note", null, Start);
        var deal = new Opportunity(OpportunityId.New(), other.Reference, "Engines", "EUR", [], OpportunityStage.Prospecting, 10, null, Start);
        await ws.WriteAsync(async u =>
        {
            await u.History.AddAsync([note]);
            await u.Opportunities.AddAsync([deal]);
        });
        var merger = new LeadMerger(ws.Context);
        var merge = await merger.MergeAsync(new MergeRequest(master.Id, [other.Id]));

        var report = await merger.UndoAsync(merge.Operation);

        Assert.True(report.IsCommitted);
        Assert.Equal([OutcomeStatus.Changed, OutcomeStatus.Created], report.Outcomes.Select(o => o.Status));
        Assert.NotNull(report.Operation);
        Assert.Empty(DataDifferences(stored[0], await ws.GetLeadAsync(master.Id)));
        Assert.Empty(DataDifferences(stored[1], await ws.GetLeadAsync(other.Id)));
        Assert.Equal(note.Id, Assert.Single(await ws.HistoryAsync(other.Reference), h => h is not ActivityEntry).Id);
        Assert.Equal(deal.Id, Assert.Single(await ws.ReadAsync(u => ToListAsync(u.Opportunities.ListForAsync(other.Reference)))).Id);
        Assert.Empty(await ws.ReadAsync(u => ToListAsync(u.Opportunities.ListForAsync(master.Reference))));
        Assert.Equal([ActivityKind.Merged, ActivityKind.MergeUndone], (await ws.ActivitiesAsync(master.Reference)).Select(a => a.Activity));
        Assert.Equal([ActivityKind.Deleted, ActivityKind.Restored], (await ws.ActivitiesAsync(other.Reference)).Select(a => a.Activity));
        var summary = await ws.ReadAsync(u => u.Operations.FindAsync(merge.Operation));
        Assert.Equal(report.Operation, summary!.UndoneBy);
    }

    [StoreFact]
    public async Task Undo_OfAMergeThroughTheBulkEditor_IsTheSameUndo()
    {
        var ws = await NewWorkspaceAsync();
        var stored = await ws.AddLeadsAsync(NewLead("Ann Lee", "Contoso"), NewLead("Ann Lee", "Fabrikam"), NewLead("Ann Lee"));
        var merge = await new LeadMerger(ws.Context).MergeAsync(new MergeRequest(stored[0].Id, [stored[1].Id, stored[2].Id]));

        var result = await new BulkEditor(ws.Context).UndoOperationAsync(merge.Operation);

        Assert.True(result.Report.IsCommitted);
        Assert.Null(result.Undo);
        Assert.Equal((1, 2), (result.Report.Changed, result.Report.Created));
        foreach (var lead in stored)
        {
            Assert.Empty(DataDifferences(lead, await ws.GetLeadAsync(lead.Id)));
        }
    }

    [StoreFact]
    public async Task Undo_AfterTheMasterChanged_IsRefusedAndWritesNothing()
    {
        var ws = await NewWorkspaceAsync();
        var stored = await ws.AddLeadsAsync(NewLead("Ann Lee", "Contoso"), NewLead("Ann Lee", "Fabrikam"));
        var merger = new LeadMerger(ws.Context);
        var merge = await merger.MergeAsync(new MergeRequest(stored[0].Id, [stored[1].Id]));
        var master = await ws.GetLeadAsync(stored[0].Id);
        master.SetJobTitle("Buyer");
        await ws.WriteAsync(u => u.Leads.UpdateAsync([master]));

        var report = await merger.UndoAsync(merge.Operation);

        Assert.False(report.IsCommitted);
        Assert.Equal([OutcomeStatus.Failed, OutcomeStatus.Skipped], report.Outcomes.Select(o => o.Status));
        Assert.Equal("LeadKit.Merge.UndoConflict", Assert.Single(report.Outcomes[0].Errors).ErrorCode);
        Assert.Equal("Buyer", (await ws.GetLeadAsync(stored[0].Id)).JobTitle);
        Assert.Null(await ws.FindLeadAsync(stored[1].Id));
        Assert.Null((await ws.ReadAsync(u => u.Operations.FindAsync(merge.Operation)))!.UndoneBy);
    }

    [StoreFact]
    public async Task Undo_AfterAMergedLeadWasRestored_IsRefused()
    {
        var ws = await NewWorkspaceAsync();
        var stored = await ws.AddLeadsAsync(NewLead("Ann Lee", "Contoso"), NewLead("Ann Lee", "Fabrikam"));
        var merger = new LeadMerger(ws.Context);
        var merge = await merger.MergeAsync(new MergeRequest(stored[0].Id, [stored[1].Id]));
        await new LeadDeletion(ws.Context).RestoreAsync([stored[1].Id]);

        var report = await merger.UndoAsync(merge.Operation);

        Assert.Equal([OutcomeStatus.Skipped, OutcomeStatus.Failed], report.Outcomes.Select(o => o.Status));
        Assert.Contains("exists again", report.Outcomes[1].Reason, StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task Undo_AfterTheMasterWasDeletedOrADeletionEntryRemoved_IsRefused()
    {
        var ws = await NewWorkspaceAsync();
        var stored = await ws.AddLeadsAsync(NewLead("Ann Lee"), NewLead("Ann Lee"), NewLead("Bob Roe"), NewLead("Bob Roe"));
        var merger = new LeadMerger(ws.Context);
        var first = await merger.MergeAsync(new MergeRequest(stored[0].Id, [stored[1].Id]));
        var second = await merger.MergeAsync(new MergeRequest(stored[2].Id, [stored[3].Id]));
        await new LeadDeletion(ws.Context).DeleteAsync(LeadSelection.Of(stored[0].Id));
        var deletion = Assert.Single(await ws.ActivitiesAsync(stored[3].Reference));
        await ws.WriteAsync(u => u.History.DeleteAsync(deletion.Id));

        var masterGone = await merger.UndoAsync(first.Operation);
        var entryGone = await merger.UndoAsync(second.Operation);

        Assert.Equal(OutcomeStatus.Failed, masterGone.Outcomes[0].Status);
        Assert.Contains("was deleted after the merge", masterGone.Outcomes[0].Reason, StringComparison.Ordinal);
        Assert.Equal([OutcomeStatus.Skipped, OutcomeStatus.Failed], entryGone.Outcomes.Select(o => o.Status));
        Assert.Contains("is gone", entryGone.Outcomes[1].Reason, StringComparison.Ordinal);
        Assert.False(masterGone.IsCommitted || entryGone.IsCommitted);
    }

    [StoreFact]
    public async Task Undo_Twice_OrTheUndoOfTheUndo_IsRefusedWithACode()
    {
        var ws = await NewWorkspaceAsync();
        var stored = await ws.AddLeadsAsync(NewLead("Ann Lee"), NewLead("Ann Lee"));
        var merger = new LeadMerger(ws.Context);
        var merge = await merger.MergeAsync(new MergeRequest(stored[0].Id, [stored[1].Id]));
        var undo = await merger.UndoAsync(merge.Operation);

        var twice = await Assert.ThrowsAsync<LeadKitValidationException>(() => merger.UndoAsync(merge.Operation));
        var again = await Assert.ThrowsAsync<LeadKitValidationException>(() => new BulkEditor(ws.Context).UndoOperationAsync(undo.Operation!.Value));
        var unknown = await Assert.ThrowsAsync<RecordNotFoundException>(() => merger.UndoAsync(OperationId.New()));

        Assert.Equal("LeadKit.Merge.AlreadyUndone", Assert.Single(twice.Errors).ErrorCode);
        Assert.Equal("LeadKit.Merge.UndoOfUndo", Assert.Single(again.Errors).ErrorCode);
        Assert.Equal("Operation", unknown.RecordType);
    }

    [StoreFact]
    public async Task Undo_OfAnOperationThatIsNotAMerge_IsRefusedByTheMerger()
    {
        var ws = await NewWorkspaceAsync();
        var stored = await ws.AddLeadsAsync(NewLead("Ann Lee"));
        var edit = await new BulkEditor(ws.Context).ApplyAsync(new BulkEditRequest(LeadSelection.Of(stored[0].Id), FieldEdit.Set(LeadKit.Querying.RecordField.JobTitle, "Buyer")));

        var error = await Assert.ThrowsAsync<LeadKitValidationException>(() => new LeadMerger(ws.Context).UndoAsync(edit.Report.Operation!.Value));

        Assert.Equal("LeadKit.Merge.NotAMerge", Assert.Single(error.Errors).ErrorCode);
    }

    [StoreFact]
    public async Task Merge_BadRequests_AreRefusedWithTheirReason_AndChangeNothing()
    {
        var ws = await NewWorkspaceAsync();
        var stored = await ws.AddLeadsAsync(NewLead("Ann Lee", "Contoso"), NewLead("Ann Lee"), NewLead("Bob Roe"));
        var (a, b, c) = (stored[0].Id, stored[1].Id, stored[2].Id);
        var merger = new LeadMerger(ws.Context);

        async Task<MergeRefusedException> Refused(MergeRequest request) => await Assert.ThrowsAsync<MergeRefusedException>(() => merger.MergeAsync(request));

        Assert.Equal((MergeRefusal.NothingToMerge, (LeadId?)a), ((await Refused(new MergeRequest(a, []))).Reason, (await Refused(new MergeRequest(a, []))).Lead));
        Assert.Equal(MergeRefusal.MasterAmongOthers, (await Refused(new MergeRequest(a, [b, a]))).Reason);
        Assert.Equal((MergeRefusal.DuplicateLead, (LeadId?)b), ((await Refused(new MergeRequest(a, [b, c, b]))).Reason, (await Refused(new MergeRequest(a, [b, c, b]))).Lead));
        var unknown = await Refused(new MergeRequest(a, [b]).Prefer("budget", b));
        Assert.Equal((MergeRefusal.UnknownField, "budget"), (unknown.Reason, unknown.Field));
        Assert.Contains("title", unknown.Message, StringComparison.Ordinal);
        Assert.Equal((MergeRefusal.FieldNotPreferable, "created"), ((await Refused(new MergeRequest(a, [b]).Prefer("created", b))).Reason, (await Refused(new MergeRequest(a, [b]).Prefer("created", b))).Field));
        var list = await Refused(new MergeRequest(a, [b]).Prefer("emails", b));
        Assert.Equal((MergeRefusal.FieldNotPreferable, "email"), (list.Reason, list.Field));
        Assert.Contains("united", list.Message, StringComparison.Ordinal);
        var stranger = await Refused(new MergeRequest(a, [b]).Prefer("title", c));
        Assert.Equal((MergeRefusal.PreferredLeadNotInMerge, (LeadId?)c), (stranger.Reason, stranger.Lead));
        Assert.Equal(MergeRefusal.ConflictingPreferences, (await Refused(new MergeRequest(a, [b]).Prefer("title", a).Prefer("jobTitle", b))).Reason);
        Assert.Equal(MergeRefusal.ConflictingPreferences, (await Refused(new MergeRequest(a, [b]).Prefer("manualStars", a).Prefer("scoreType", b))).Reason);

        // The same lead twice is no conflict.
        await merger.MergeAsync(new MergeRequest(a, [b]).Prefer("title", b).Prefer("jobTitle", b));

        Assert.NotNull(await ws.FindLeadAsync(c));
        Assert.Equal(1, (await ws.GetLeadAsync(c)).Version);
    }

    [StoreFact]
    public async Task Merge_WithAMissingLeadOrOneOfAnotherWorkspace_IsNotFound_AndChangesNothing()
    {
        var ws = await NewWorkspaceAsync();
        var elsewhere = await NewWorkspaceAsync();
        var stored = await ws.AddLeadsAsync(NewLead("Ann Lee"), NewLead("Ann Lee"));
        var foreign = (await elsewhere.AddLeadsAsync(NewLead("Ann Lee")))[0];
        var missing = LeadId.New();
        var merger = new LeadMerger(ws.Context);

        var error = await Assert.ThrowsAsync<RecordNotFoundException>(() => merger.MergeAsync(new MergeRequest(stored[0].Id, [stored[1].Id, missing])));
        var other = await Assert.ThrowsAsync<RecordNotFoundException>(() => merger.MergeAsync(new MergeRequest(stored[0].Id, [foreign.Id])));
        var master = await Assert.ThrowsAsync<RecordNotFoundException>(() => merger.MergeAsync(new MergeRequest(foreign.Id, [stored[0].Id])));

        Assert.Equal(("Lead", missing.ToString()), (error.RecordType, error.RecordId));
        Assert.Equal(foreign.Id.ToString(), other.RecordId);
        Assert.Equal(foreign.Id.ToString(), master.RecordId);
        Assert.NotNull(await ws.FindLeadAsync(stored[1].Id));
        Assert.NotNull(await elsewhere.FindLeadAsync(foreign.Id));
    }

    [StoreFact]
    public async Task Merge_OfAConvertedLead_IsRefused()
    {
        var ws = await NewWorkspaceAsync();
        var stored = await ws.AddLeadsAsync(NewLead("Ann Lee"), NewLead("Ann Lee"));
        await new Conversion.LeadConverter(ws.Context).ConvertAsync(LeadSelection.Of(stored[1].Id));

        var asOther = await Assert.ThrowsAsync<MergeRefusedException>(() => new LeadMerger(ws.Context).MergeAsync(new MergeRequest(stored[0].Id, [stored[1].Id])));
        var asMaster = await Assert.ThrowsAsync<MergeRefusedException>(() => new LeadMerger(ws.Context).MergeAsync(new MergeRequest(stored[1].Id, [stored[0].Id])));

        Assert.Equal((MergeRefusal.Converted, (LeadId?)stored[1].Id), (asOther.Reason, asOther.Lead));
        Assert.Equal(MergeRefusal.Converted, asMaster.Reason);
    }

    [StoreFact]
    public async Task Merge_WithMoreEntriesThanALeadHolds_IsRefused()
    {
        var ws = await NewWorkspaceAsync();
        var master = NewLead("Ann Lee");
        var other = NewLead("Ann Lee");
        for (var i = 0; i < 30; i++)
        {
            master.AddPhone(new PhoneNumber(PhoneKind.Business, $"+1 415 555 {1000 + i}"));
            other.AddPhone(new PhoneNumber(PhoneKind.Business, $"+1 415 555 {2000 + i}"));
        }

        await ws.AddLeadsAsync(master, other);

        var error = await Assert.ThrowsAsync<MergeRefusedException>(() => new LeadMerger(ws.Context).MergeAsync(new MergeRequest(master.Id, [other.Id])));

        Assert.Equal((MergeRefusal.TooManyEntries, "phone", (LeadId?)other.Id), (error.Reason, error.Field, error.Lead));
        Assert.NotNull(await ws.FindLeadAsync(other.Id));
        Assert.Equal(30, (await ws.GetLeadAsync(master.Id)).Phones.Count);
    }

    [StoreFact]
    public async Task Merge_WhenAMergedLeadChangesMeanwhile_IsAConflict_AndWritesNothing()
    {
        var ws = await NewWorkspaceAsync();
        var stored = await ws.AddLeadsAsync(NewLead("Ann Lee", "Contoso"), NewLead("Ann Lee", "Fabrikam"));
        var context = ws.With(new ConcurrentEdit(ws, stored[1].Id));

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => new LeadMerger(context).MergeAsync(new MergeRequest(stored[0].Id, [stored[1].Id])));

        Assert.Equal(1, (await ws.GetLeadAsync(stored[0].Id)).Version);
        Assert.Equal("Meanwhile", (await ws.GetLeadAsync(stored[1].Id)).JobTitle);
        Assert.Empty(await ws.ActivitiesAsync(stored[0].Reference));
        Assert.Empty(await ws.ActivitiesAsync(stored[1].Reference));
    }

    /// <summary>A rescorer that, once, changes a lead in a unit of work of its own: someone else's save between the merge's read and its write.</summary>
    private sealed class ConcurrentEdit(TestWorkspace ws, LeadId lead) : IRecordRescorer
    {
        private bool _done;

        public async Task RescoreAsync(IUnitOfWork unitOfWork, IReadOnlyList<ContactRecord> records, CancellationToken cancellationToken = default)
        {
            if (_done)
            {
                return;
            }

            _done = true;
            var changed = await ws.GetLeadAsync(lead);
            changed.SetJobTitle("Meanwhile");
            await ws.WriteAsync(u => u.Leads.UpdateAsync([changed]));
        }
    }
}
