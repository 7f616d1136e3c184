using LeadKit.Assignment;
using LeadKit.BulkEdit;
using LeadKit.CustomFields;
using LeadKit.History;
using LeadKit.Leads;
using LeadKit.Operations;
using LeadKit.Querying;
using LeadKit.Scoring;
using LeadKit.Storage;
using LeadKit.Testing.Stores;
using LeadKit.Validation;
using NodaTime;

namespace LeadKit.Testing.Stores;

/// <content>Bulk edit: set, clear, add, remove, dry run, undo.</content>
public abstract partial class OperationsContractTests
{
    /// <summary>Custom fields of the bulk-edit tests: optional ones of several types and a required choice.</summary>
    protected static readonly CustomFieldSchema EditSchema = new(
    [
        new CustomFieldDefinition(RecordKind.Lead, "Employees", CustomFieldType.WholeNumber),
        new CustomFieldDefinition(RecordKind.Lead, "Industry", CustomFieldType.Choice, choices: ["Software", "Retail"]),
        new CustomFieldDefinition(RecordKind.Lead, "Annual revenue", CustomFieldType.Currency, currencyCode: "EUR"),
        new CustomFieldDefinition(RecordKind.Lead, "Region", CustomFieldType.Choice, isRequired: true, choices: ["EMEA", "APAC"]),
    ]);

    [StoreFact]
    public async Task BulkEdit_Catalog_HasEveryBuiltInFieldAndTheWorkspacesCustomFields()
    {
        var ws = await NewWorkspaceAsync(EditSchema);

        var catalog = await new BulkEditor(ws.Context).GetCatalogAsync();

        Assert.Equal(RecordField.BuiltIn.Count + 4, catalog.Count);
        Assert.Same(RecordField.JobTitle, catalog.Get("title"));
        Assert.Same(RecordField.JobTitle, catalog.Get("JobTitle"));
        Assert.Equal("custom.\"Annual revenue\"", catalog.Get("custom.\"Annual revenue\"").Name);
        Assert.Same(catalog.Get("Annual revenue"), catalog.Get("custom.\"annual revenue\""));
        Assert.False(catalog.Get("custom.Region").Supports(FieldCapabilities.Clear));
        Assert.True(catalog.Get("custom.Employees").Supports(FieldCapabilities.Clear));
        Assert.Equal(typeof(CustomFieldValue), catalog.Get("Employees").ClrType);
        var e = Assert.Throws<LeadKitValidationException>(() => catalog.Get("shoeSize"));
        Assert.Equal("LeadKit.Field.Unknown", Assert.Single(e.Errors).ErrorCode);
        Assert.Contains("custom.Employees", e.Message, StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task BulkEdit_SetTitle_ChangesEverySelectedLeadAndRecordsOldToNew()
    {
        var ws = await NewWorkspaceAsync();
        var (a, b) = (NewLead("Ada"), NewLead("Bea"));
        a.SetJobTitle("Analyst");
        var stored = await ws.AddLeadsAsync(a, b);

        var result = await new BulkEditor(ws.Context).ApplyAsync(new BulkEditRequest(LeadSelection.Of(a.Id, b.Id), FieldEdit.Set(RecordField.JobTitle, "CEO")));

        Assert.True(result.Report.IsCommitted);
        Assert.Equal(2, result.Report.Changed);
        Assert.Equal(new FieldChange("title", "Analyst", "CEO"), Assert.Single(result.Report.Outcomes[0].Changes));
        Assert.Equal(new FieldChange("title", null, "CEO"), Assert.Single(result.Report.Outcomes[1].Changes));
        Assert.Equal("CEO", (await ws.GetLeadAsync(a.Id)).JobTitle);
        Assert.Equal(stored[1].Version + 1, (await ws.GetLeadAsync(b.Id)).Version);
        var entry = Assert.Single(await ws.ActivitiesAsync(a.Reference));
        Assert.Equal(ActivityKind.Edited, entry.Activity);
        Assert.Equal("Bulk edit: set title = \"CEO\"", entry.Subject);
        Assert.Equal(result.Report.Outcomes[0].Changes, entry.Changes);
        Assert.Equal(2, result.Undo!.Count);
    }

    [StoreFact]
    public async Task BulkEdit_ClearEveryClearableField_EmptiesItAndUndoRestoresExactly()
    {
        var ws = await NewWorkspaceAsync(EditSchema);
        var editor = new BulkEditor(ws.Context);
        var catalog = await editor.GetCatalogAsync();
        Assert.Equal(
            new[]
            {
                "account", "address", "areaOfInterest", "assignedTo", "checked", "comments", "company", "custom.\"Annual revenue\"", "custom.Employees", "custom.Industry", "email", "initiatedBy", "manualStars", "phone", "photo", "rating", "source", "title", "webPage",
                "department", "office", "profession", "manager", "assistant", "nickname", "phoneticFirst", "phoneticLast", "phoneticCompany", "spouse", "imAddress", "territory",
                "birthday", "anniversary", "doNotCall", "doNotEmail", "doNotFax", "doNotSendLetter", "preferredContactMethod", "active",
            }.Order(StringComparer.Ordinal),
            catalog.Where(f => f.Supports(FieldCapabilities.Clear)).Select(f => f.Name).Order(StringComparer.Ordinal));

        foreach (var field in catalog.Where(f => f.Supports(FieldCapabilities.Clear)))
        {
            var stored = (await ws.AddLeadsAsync(await FullLeadAsync(ws)))[0];
            Assert.NotNull(field.Editor!.Display(field.Editor.Capture(stored)));

            var result = await editor.ApplyAsync(new BulkEditRequest(LeadSelection.Of(stored.Id), FieldEdit.Clear(field)));

            Assert.True(result.Report.IsCommitted, field.Name);
            Assert.Equal(OutcomeStatus.Changed, Assert.Single(result.Report.Outcomes).Status);
            var cleared = await ws.GetLeadAsync(stored.Id);

            // The fields that are never missing go back to their default.
            Assert.Equal(ClearedDisplay(field), field.Editor!.Display(field.Editor.Capture(cleared)));
            var undone = await editor.UndoAsync(result.Undo!);
            Assert.True(undone.Report.IsCommitted, field.Name);
            var restored = await ws.GetLeadAsync(stored.Id);
            Assert.True(DataDifferences(stored, restored).Count == 0, $"{field.Name}: {string.Join("; ", DataDifferences(stored, restored))}");
        }
    }

    [StoreFact]
    public async Task BulkEdit_SetTerritoryAndClearActive_IsFoundByTheNewFieldsAndUndone()
    {
        var ws = await NewWorkspaceAsync();
        var (a, b, c) = (NewLead("Ada"), NewLead("Bea"), NewLead("Cy"));
        a.SetTerritory("North");
        a.SetActive(false);
        c.SetTerritory("West");
        await ws.AddLeadsAsync(a, b, c);
        var editor = new BulkEditor(ws.Context);

        var result = await editor.ApplyAsync(new BulkEditRequest(
            LeadSelection.Of(a.Id, b.Id),
            FieldEdit.Parse(RecordField.Territory, EditOperation.Set, "South"),
            FieldEdit.Clear(RecordField.Active)));

        Assert.True(result.Report.IsCommitted);
        Assert.Equal(2, result.Report.Changed);
        Assert.Equal([new FieldChange("territory", "North", "South"), new FieldChange("active", "false", "true")], result.Report.Outcomes.Single(o => o.Record == a.Reference).Changes);
        Assert.Equal([new FieldChange("territory", null, "South")], result.Report.Outcomes.Single(o => o.Record == b.Reference).Changes);
        var south = await ws.ReadAsync(u => ToListAsync(u.Leads.QueryAsync(new RecordQuery(Filter.Parse("territory = \"south\" and active = true")))));
        Assert.Equal(new[] { a.Id, b.Id }.Order(), south.Select(l => l.Id).Order());
        Assert.Equal([c.Id], (await ws.ReadAsync(u => ToListAsync(u.Leads.QueryAsync(new RecordQuery(Filter.Parse("territory starts-with \"w\"")))))).Select(l => l.Id));

        await editor.UndoAsync(result.Undo!);

        var restored = await ws.GetLeadAsync(a.Id);
        Assert.Equal("North", restored.Territory);
        Assert.False(restored.IsActive);
        Assert.Null((await ws.GetLeadAsync(b.Id)).Territory);
    }

    [StoreFact]
    public async Task BulkEdit_FieldsThatCannotBeEmpty_RefuseClearBeforeAnythingIsTouched()
    {
        var ws = await NewWorkspaceAsync(EditSchema);
        var catalog = await new BulkEditor(ws.Context).GetCatalogAsync();

        foreach (var name in new[] { "name", "fileAsFormat", "scoreType", "custom.Region" })
        {
            var e = Assert.Throws<LeadKitValidationException>(() => FieldEdit.Clear(catalog.Get(name)));
            Assert.Equal("LeadKit.BulkEdit.CannotClear", Assert.Single(e.Errors).ErrorCode);
        }

        Assert.Equal("'name' cannot be cleared: every lead needs a name.", Assert.Throws<LeadKitValidationException>(() => FieldEdit.Parse(catalog.Get("name"), EditOperation.Clear, null)).Errors[0].Message);
    }

    [StoreFact]
    public async Task BulkEdit_DryRun_ShowsOldToNewAndWritesNothing()
    {
        var ws = await NewWorkspaceAsync();
        var lead = NewLead("Ada");
        lead.SetSource(new LeadSource("Web"));
        var stored = (await ws.AddLeadsAsync(lead, NewLead("Bea")))[0];

        var preview = await new BulkEditor(ws.Context).PreviewAsync(new BulkEditRequest(LeadSelection.All, FieldEdit.Set(RecordField.Source, "Trade Show"), FieldEdit.Set(RecordField.ManualStars, 4)));

        Assert.True(preview.Report.IsDryRun);
        Assert.False(preview.Report.IsCommitted);
        Assert.Null(preview.Undo);
        Assert.Equal(
            [new FieldChange("source", "Web", "Trade Show"), new FieldChange("manualStars", null, "4"), new FieldChange("scoreType", "Automatic", "Manual")],
            preview.Report.Outcomes.Single(o => o.Record == lead.Reference).Changes);
        Assert.Empty(AllDifferences(stored, await ws.GetLeadAsync(lead.Id)));
        Assert.Empty(await ws.HistoryAsync(lead.Reference));
    }

    [StoreFact]
    public async Task BulkEdit_ValueAlreadySet_Unchanged()
    {
        var ws = await NewWorkspaceAsync();
        var lead = NewLead("Ada");
        lead.SetRating(new Rating("Good"));
        lead.AddEmail(EmailEntry.Business("ada@example.com"));
        var stored = (await ws.AddLeadsAsync(lead))[0];

        var result = await new BulkEditor(ws.Context).ApplyAsync(new BulkEditRequest(
            LeadSelection.Of(lead.Id),
            FieldEdit.Set(RecordField.Rating, "Good"),
            FieldEdit.Add(RecordField.Email, "ada@example.com"),
            FieldEdit.Remove(RecordField.Email, "nobody@example.com")));

        Assert.Equal(OutcomeStatus.Unchanged, Assert.Single(result.Report.Outcomes).Status);
        Assert.Null(result.Undo);
        Assert.Equal(stored.Version, (await ws.GetLeadAsync(lead.Id)).Version);
    }

    [StoreFact]
    public async Task BulkEdit_AddAndRemoveEmailsAndPhones()
    {
        var ws = await NewWorkspaceAsync();
        var lead = NewLead("Ada");
        lead.AddEmail(EmailEntry.Business("old@example.com"));
        lead.AddPhone(new PhoneNumber(PhoneKind.Mobile, "+1 (555) 010-0100"));
        await ws.AddLeadsAsync(lead);

        var result = await new BulkEditor(ws.Context).ApplyAsync(new BulkEditRequest(
            LeadSelection.Of(lead.Id),
            FieldEdit.Parse(RecordField.Email, EditOperation.Add, "personal:Ada L. <ada@home.example>"),
            FieldEdit.Parse(RecordField.Email, EditOperation.Remove, "old@EXAMPLE.com"),
            FieldEdit.Parse(RecordField.Phone, EditOperation.Remove, "15550100100"),
            FieldEdit.Parse(RecordField.Phone, EditOperation.Add, "home:+44 20 7946 0000")));

        var after = await ws.GetLeadAsync(lead.Id);
        var email = Assert.Single(after.Emails);
        Assert.Equal((EmailKind.Personal, "ada@home.example", "Ada L."), (email.Kind, email.Address.Value, email.DisplayName));
        var phone = Assert.Single(after.Phones);
        Assert.Equal((PhoneKind.Home, "+44 20 7946 0000"), (phone.Kind, phone.Number));
        Assert.Equal(
            [new FieldChange("email", "business:old@example.com", "personal:Ada L. <ada@home.example>"), new FieldChange("phone", "mobile:+1 (555) 010-0100", "home:+44 20 7946 0000")],
            Assert.Single(result.Report.Outcomes).Changes);
    }

    [StoreFact]
    public async Task BulkEdit_OneLeadRefuses_AllOrNothing_NothingWrittenAndEveryFailureReported()
    {
        var ws = await NewWorkspaceAsync();
        var full = NewLead("Full");
        for (var i = 0; i < ContactRecord.MaxEntries; i++)
        {
            full.AddEmail(EmailEntry.Business($"a{i}@example.com"));
        }

        var stored = await ws.AddLeadsAsync(NewLead("Ada"), full, NewLead("Bea"));

        var result = await new BulkEditor(ws.Context).ApplyAsync(new BulkEditRequest(LeadSelection.Of(stored.Select(l => l.Id)), FieldEdit.Add(RecordField.Email, "new@example.com")));

        Assert.False(result.Report.IsCommitted);
        Assert.Null(result.Undo);
        Assert.Equal([OutcomeStatus.Skipped, OutcomeStatus.Failed, OutcomeStatus.Skipped], result.Report.Outcomes.Select(o => o.Status));
        Assert.Equal("LeadKit.Record.TooManyEntries", Assert.Single(result.Report.Outcomes[1].Errors).ErrorCode);
        Assert.Equal(new FieldChange("email", null, "business:new@example.com"), Assert.Single(result.Report.Outcomes[0].Changes));
        foreach (var lead in stored)
        {
            Assert.Equal(lead.Version, (await ws.GetLeadAsync(lead.Id)).Version);
            Assert.Empty(await ws.HistoryAsync(lead.Reference));
        }
    }

    [StoreFact]
    public async Task BulkEdit_OneLeadRefuses_SkipFailed_WritesTheOthers()
    {
        var ws = await NewWorkspaceAsync();
        var noStars = NewLead("No Stars");
        var stars = NewLead("Stars");
        stars.SetManualScore(3);
        stars.SetAutomaticScore();
        await ws.AddLeadsAsync(noStars, stars);

        var result = await new BulkEditor(ws.Context).ApplyAsync(new BulkEditRequest(LeadSelection.Of(noStars.Id, stars.Id), FieldEdit.Set(RecordField.ScoreType, "Manual")) { Policy = FailurePolicy.SkipFailed });

        Assert.True(result.Report.IsCommitted);
        Assert.Equal("LeadKit.Field.ManualStarsRequired", Assert.Single(result.Report.Failures).Errors.Single().ErrorCode);
        Assert.Equal(ScoreType.Manual, (await ws.GetLeadAsync(stars.Id)).ScoreType);
        Assert.Equal(ScoreType.Automatic, (await ws.GetLeadAsync(noStars.Id)).ScoreType);
        Assert.Equal([stars.Id], result.Undo!.Leads);
    }

    [StoreFact]
    public async Task BulkEdit_ManualStars_SetMakesManual_ClearReturnsToAutomatic()
    {
        var ws = await NewWorkspaceAsync();
        var lead = NewLead("Ada");
        await ws.AddLeadsAsync(lead);
        var editor = new BulkEditor(ws.Context);

        await editor.ApplyAsync(new BulkEditRequest(LeadSelection.Of(lead.Id), FieldEdit.Set(RecordField.ManualStars, 5)));
        var set = await ws.GetLeadAsync(lead.Id);
        var cleared = await editor.ApplyAsync(new BulkEditRequest(LeadSelection.Of(lead.Id), FieldEdit.Clear(RecordField.ManualStars)));
        var after = await ws.GetLeadAsync(lead.Id);

        Assert.Equal((ScoreType.Manual, (int?)5), (set.ScoreType, set.ManualStars));
        Assert.Equal((ScoreType.Automatic, (int?)null), (after.ScoreType, after.ManualStars));
        Assert.Equal([new FieldChange("manualStars", "5", null), new FieldChange("scoreType", "Manual", "Automatic")], Assert.Single(cleared.Report.Outcomes).Changes);
    }

    [StoreFact]
    public async Task BulkEdit_CheckedCriteria_AddChecksNowRemoveUnchecks()
    {
        var ws = await NewWorkspaceAsync();
        var lead = NewLead("Ada");
        lead.CheckCriterion(new CriterionId("budget"), Start - Duration.FromDays(3));
        await ws.AddLeadsAsync(lead);

        await new BulkEditor(ws.Context).ApplyAsync(new BulkEditRequest(
            LeadSelection.Of(lead.Id),
            FieldEdit.Add(RecordField.Checked, "need"),
            FieldEdit.Add(RecordField.Checked, "budget"),
            FieldEdit.Remove(RecordField.Checked, "timeline")));

        var checks = (await ws.GetLeadAsync(lead.Id)).CriterionChecks;
        Assert.Equal(Start - Duration.FromDays(3), checks[new CriterionId("budget")]);
        Assert.True(checks[new CriterionId("need")] > Start);
    }

    [StoreFact]
    public async Task BulkEdit_CustomField_SetParsedByItsDefinitionAndClear()
    {
        var ws = await NewWorkspaceAsync(EditSchema);
        var editor = new BulkEditor(ws.Context);
        var catalog = await editor.GetCatalogAsync();
        var lead = NewLead("Ada");
        await ws.AddLeadsAsync(lead);

        await editor.ApplyAsync(new BulkEditRequest(
            LeadSelection.Of(lead.Id),
            FieldEdit.Parse(catalog.Get("Employees"), EditOperation.Set, "1.250", System.Globalization.CultureInfo.GetCultureInfo("de-DE")),
            FieldEdit.Parse(catalog.Get("industry"), EditOperation.Set, "retail"),
            FieldEdit.Parse(catalog.Get("custom.\"Annual revenue\""), EditOperation.Set, "1234.50 EUR")));
        var set = await ws.GetLeadAsync(lead.Id);
        await editor.ApplyAsync(new BulkEditRequest(LeadSelection.Of(lead.Id), FieldEdit.Clear(catalog.Get("Industry"))));
        var cleared = await ws.GetLeadAsync(lead.Id);

        Assert.Equal(1250, set.CustomFields["Employees"].AsWholeNumber);
        Assert.Equal("Retail", set.CustomFields["Industry"].AsText);
        Assert.Equal(1234.50m, set.CustomFields["Annual revenue"].AsDecimal);
        Assert.False(cleared.CustomFields.ContainsKey("Industry"));
    }

    [StoreFact]
    public async Task BulkEdit_CustomFieldRemovedSinceTheCatalogWasRead_RefusedWithNoChange()
    {
        var ws = await NewWorkspaceAsync(EditSchema);
        var editor = new BulkEditor(ws.Context);
        var field = (await editor.GetCatalogAsync()).Get("Employees");
        var stored = (await ws.AddLeadsAsync(NewLead("Ada")))[0];
        await ws.WriteAsync(u => u.CustomFields.RemoveAsync(RecordKind.Lead, "Employees"));

        var e = await Assert.ThrowsAsync<LeadKitValidationException>(() => editor.ApplyAsync(new BulkEditRequest(LeadSelection.Of(stored.Id), FieldEdit.Set(field, "12"))));

        Assert.Equal("LeadKit.BulkEdit.FieldNotDefined", Assert.Single(e.Errors).ErrorCode);
        Assert.Equal(stored.Version, (await ws.GetLeadAsync(stored.Id)).Version);
    }

    [StoreFact]
    public async Task BulkEdit_AssignedToAnInactiveOrForeignUser_RefusedWithNoChange()
    {
        var ws = await NewWorkspaceAsync();
        var gone = await ws.AddUserAsync("Gone Away", isActive: false);
        var stored = (await ws.AddLeadsAsync(NewLead("Ada")))[0];
        var editor = new BulkEditor(ws.Context);

        var inactive = await Assert.ThrowsAsync<AssignmentRefusedException>(() => editor.ApplyAsync(new BulkEditRequest(LeadSelection.All, FieldEdit.Set(RecordField.AssignedTo, gone.Id))));
        var foreign = await Assert.ThrowsAsync<AssignmentRefusedException>(() => editor.PreviewAsync(new BulkEditRequest(LeadSelection.All, FieldEdit.Set(RecordField.AssignedTo, UserId.New()))));

        Assert.Equal(AssignmentRefusal.Inactive, inactive.Reason);
        Assert.Equal(AssignmentRefusal.NotInWorkspace, foreign.Reason);
        Assert.Equal(stored.Version, (await ws.GetLeadAsync(stored.Id)).Version);
    }

    [StoreFact]
    public async Task BulkEdit_UsersByDisplayName_AreResolvedAndFoundByTheSameNameInAFilter()
    {
        var ws = await NewWorkspaceAsync();
        var priya = await ws.AddUserAsync("Priya Raman");
        var ada = (await ws.AddLeadsAsync(NewLead("Ada"), NewLead("Bea")))[0];
        var editor = new BulkEditor(ws.Context);

        var result = await editor.ApplyAsync(new BulkEditRequest(
            LeadSelection.Of(ada.Id),
            FieldEdit.Parse(RecordField.AssignedTo, EditOperation.Set, "priya raman"),
            FieldEdit.Set(RecordField.InitiatedBy, " Priya Raman ")));

        Assert.True(result.Report.IsCommitted);
        var edited = await ws.GetLeadAsync(ada.Id);
        Assert.Equal(priya.Id, edited.AssignedTo);
        Assert.Equal(InitiatedBy.FromUser(priya.Id, "Priya Raman"), edited.InitiatedBy);
        var matching = await editor.PreviewAsync(new BulkEditRequest(LeadSelection.Matching("assignedTo = \"Priya Raman\" and initiatedBy = \"Priya Raman\""), FieldEdit.Set(RecordField.JobTitle, "CEO")));
        Assert.Equal([ada.Reference], matching.Report.Outcomes.Select(o => o.Record));
    }

    [StoreFact]
    public async Task BulkEdit_UnknownOrAmbiguousUserName_RefusedBeforeAnyLeadIsRead()
    {
        var ws = await NewWorkspaceAsync();
        await ws.AddUserAsync("Bo Chen");
        await ws.AddUserAsync("bo chen", isActive: false);
        var stored = (await ws.AddLeadsAsync(NewLead("Ada")))[0];
        var editor = new BulkEditor(ws.Context);

        var unknown = await Assert.ThrowsAsync<LeadKitValidationException>(() => editor.ApplyAsync(new BulkEditRequest(LeadSelection.All, FieldEdit.Set(RecordField.AssignedTo, "Nobody"))));
        var ambiguous = await Assert.ThrowsAsync<LeadKitValidationException>(() => editor.PreviewAsync(new BulkEditRequest(LeadSelection.All, FieldEdit.Set(RecordField.InitiatedBy, "Bo Chen"))));

        Assert.Equal(("assignedTo", "LeadKit.BulkEdit.UnknownUser"), (Assert.Single(unknown.Errors).PropertyPath, unknown.Errors[0].ErrorCode));
        Assert.Contains("No user is named \"Nobody\"", unknown.Message, StringComparison.Ordinal);
        Assert.Equal(("initiatedBy", "LeadKit.BulkEdit.AmbiguousUser"), (Assert.Single(ambiguous.Errors).PropertyPath, ambiguous.Errors[0].ErrorCode));
        Assert.Equal(stored.Version, (await ws.GetLeadAsync(stored.Id)).Version);
    }

    [StoreFact]
    public async Task BulkEdit_ReferrerOutsideTheWorkspace_RefusedWithNoChange()
    {
        var ws = await NewWorkspaceAsync();
        await ws.AddLeadsAsync(NewLead("Ada"));
        var editor = new BulkEditor(ws.Context);

        var contact = await Assert.ThrowsAsync<WorkspaceViolationException>(() => editor.ApplyAsync(new BulkEditRequest(LeadSelection.All, FieldEdit.Parse(RecordField.InitiatedBy, EditOperation.Set, $"contact:{Guid.NewGuid()} Someone"))));
        var user = await Assert.ThrowsAsync<WorkspaceViolationException>(() => editor.ApplyAsync(new BulkEditRequest(LeadSelection.All, FieldEdit.Parse(RecordField.InitiatedBy, EditOperation.Set, $"user:{Guid.NewGuid()}"))));

        Assert.Equal(("InitiatedBy", "InitiatedBy"), (contact.Field, user.Field));
    }

    [StoreFact]
    public async Task BulkEdit_MissingLead_FailsAsNotFound()
    {
        var ws = await NewWorkspaceAsync();
        var missing = LeadId.New();

        var result = await new BulkEditor(ws.Context).ApplyAsync(new BulkEditRequest(LeadSelection.Of(missing), FieldEdit.Clear(RecordField.Rating)));

        Assert.Equal(RecordReference.To(missing), Assert.Single(result.Report.Failures).Record);
        Assert.False(result.Report.IsCommitted);
    }

    [StoreFact]
    public async Task BulkEdit_FilterSelection_StreamsInBatchesAndEditsEveryMatch()
    {
        var ws = await NewWorkspaceAsync();
        var leads = Enumerable.Range(0, 23).Select(i => NewLead($"Lead {i:00}", i % 2 == 0 ? "Contoso" : "Fabrikam")).ToArray();
        await ws.AddLeadsAsync(leads);
        var rescorer = new RecordingRescorer(_ => { });

        var result = await new BulkEditor(ws.With(rescorer, batchSize: 4)).ApplyAsync(new BulkEditRequest(LeadSelection.Matching("company = \"Contoso\""), FieldEdit.Set(RecordField.Source, "Web")));

        Assert.Equal(12, result.Report.Changed);
        Assert.Equal(12, rescorer.Seen.Count);
        var web = await ws.ReadAsync(u => u.Leads.CountAsync(LeadKit.Querying.Filter.Parse("source = \"Web\"")));
        Assert.Equal(12, web);
        Assert.Equal(leads.Where((_, i) => i % 2 == 0).Select(l => l.Id).Order(), result.Report.Outcomes.Select(o => new LeadId(o.Record!.Value.Id)));
    }

    [StoreFact]
    public async Task BulkEdit_WithoutHistory_WritesNoEntries()
    {
        var ws = await NewWorkspaceAsync();
        var lead = NewLead("Ada");
        await ws.AddLeadsAsync(lead);

        var result = await new BulkEditor(ws.Context).ApplyAsync(new BulkEditRequest(LeadSelection.Of(lead.Id), FieldEdit.Set(RecordField.Company, "Contoso")) { RecordHistory = false });
        await new BulkEditor(ws.Context).UndoAsync(result.Undo!);

        Assert.Empty(await ws.HistoryAsync(lead.Reference));
    }

    [StoreFact]
    public async Task BulkEdit_Undo_RestoresPreviousValuesAndCanBeRedone()
    {
        var ws = await NewWorkspaceAsync();
        var lead = NewLead("Ada", "Contoso");
        var stored = (await ws.AddLeadsAsync(lead))[0];
        var editor = new BulkEditor(ws.Context);

        var edit = await editor.ApplyAsync(new BulkEditRequest(LeadSelection.Of(lead.Id), FieldEdit.Set(RecordField.Company, "Fabrikam"), FieldEdit.Set(RecordField.FullName, "Ada Byron")));
        var undo = await editor.UndoAsync(edit.Undo!);
        var undone = await ws.GetLeadAsync(lead.Id);
        var redo = await editor.UndoAsync(undo.Undo!);
        var redone = await ws.GetLeadAsync(lead.Id);

        Assert.Empty(DataDifferences(stored, undone));
        Assert.Equal([new FieldChange("name", "Ada Byron", "Ada"), new FieldChange("company", "Fabrikam", "Contoso")], Assert.Single(undo.Report.Outcomes).Changes.OrderByDescending(c => c.Field).ToList());
        Assert.Equal(("Ada Byron", "Fabrikam"), (redone.Name.FullName, redone.CompanyName));
        Assert.True(redo.Report.IsCommitted);
        Assert.Equal([ActivityKind.Edited, ActivityKind.EditUndone, ActivityKind.EditUndone], (await ws.ActivitiesAsync(lead.Reference)).Select(a => a.Activity));
    }

    [StoreFact]
    public async Task BulkEdit_UndoAfterALaterChange_RefusedWithAConflict_NothingRestored()
    {
        var ws = await NewWorkspaceAsync();
        var (a, b) = (NewLead("Ada"), NewLead("Bea"));
        await ws.AddLeadsAsync(a, b);
        var editor = new BulkEditor(ws.Context);
        var edit = await editor.ApplyAsync(new BulkEditRequest(LeadSelection.Of(a.Id, b.Id), FieldEdit.Set(RecordField.Company, "Fabrikam")));
        await ws.WriteAsync(async u =>
        {
            var later = await u.Leads.GetAsync(b.Id);
            later.SetJobTitle("Changed later");
            await u.Leads.UpdateAsync([later]);
        });

        var undo = await editor.UndoAsync(edit.Undo!);

        Assert.False(undo.Report.IsCommitted);
        var conflict = Assert.Single(undo.Report.Failures);
        Assert.Equal(b.Reference, conflict.Record);
        Assert.Equal("LeadKit.BulkEdit.UndoConflict", Assert.Single(conflict.Errors).ErrorCode);
        Assert.Contains("changed after the bulk edit", conflict.Reason, StringComparison.Ordinal);
        Assert.Equal("Fabrikam", (await ws.GetLeadAsync(a.Id)).CompanyName);
        Assert.Equal(("Fabrikam", "Changed later"), ((await ws.GetLeadAsync(b.Id)).CompanyName, (await ws.GetLeadAsync(b.Id)).JobTitle));

        var partial = await editor.UndoAsync(edit.Undo!, FailurePolicy.SkipFailed);

        Assert.True(partial.Report.IsCommitted);
        Assert.Null((await ws.GetLeadAsync(a.Id)).CompanyName);
        Assert.Equal("Fabrikam", (await ws.GetLeadAsync(b.Id)).CompanyName);
    }

    [StoreFact]
    public async Task BulkEdit_UndoOfADeletedLead_RefusedWithAConflict()
    {
        var ws = await NewWorkspaceAsync();
        var lead = NewLead("Ada");
        await ws.AddLeadsAsync(lead);
        var editor = new BulkEditor(ws.Context);
        var edit = await editor.ApplyAsync(new BulkEditRequest(LeadSelection.Of(lead.Id), FieldEdit.Set(RecordField.Company, "Fabrikam")));
        await new LeadDeletion(ws.Context).DeleteAsync(LeadSelection.Of(lead.Id));

        var undo = await editor.UndoAsync(edit.Undo!);

        Assert.Contains("was deleted after the bulk edit", Assert.Single(undo.Report.Failures).Reason, StringComparison.Ordinal);
    }

    /// <summary>Compares two records completely (audit fields too).</summary>
    private static IReadOnlyList<string> AllDifferences(ContactRecord expected, ContactRecord actual) => LeadKit.Testing.RecordComparer.Differences(expected, actual);

    /// <summary>Builds a lead with every field set (in <see cref="EditSchema"/>), its references added to the workspace.</summary>
    /// <summary>What a cleared field shows: nothing, or the default of a field that is never missing (false for doNotCall, true for active, Any for preferredContactMethod).</summary>
    private static string? ClearedDisplay(RecordField field) => field.Name switch
    {
        "doNotCall" or "doNotEmail" or "doNotFax" or "doNotSendLetter" => "false",
        "active" => "true",
        "preferredContactMethod" => "Any",
        _ => null,
    };

    private async Task<Lead> FullLeadAsync(TestWorkspace ws)
    {
        var user = await ws.AddUserAsync("Assignee " + Guid.NewGuid().ToString("N")[..6]);
        var lead = NewLead("Dr. Ada Lovelace", "Analytical Engines");
        lead.SetFileAs(FileAsFormat.CompanyLastFirst);
        lead.SetJobTitle("Analyst");
        lead.LinkAccount(new AccountReference(AccountId.New(), "Babbage & Co."));
        lead.SetAssignedTo(user.Id);
        lead.SetPhoto(new Photo([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3], "image/png"));
        lead.AddEmail(new EmailEntry(EmailKind.Business, EmailAddress.Parse("ada@Example.COM"), "Ada"));
        lead.AddEmail(EmailEntry.Business("second@example.com"));
        lead.AddPhone(new PhoneNumber(PhoneKind.Mobile, "07700 900123"));
        lead.AddAddress(new PostalAddress(AddressKind.Business, "12 St James's Square", city: "London", country: "UK", isMailing: true));
        lead.AddAddress(new PostalAddress(AddressKind.Home, city: "Ockham"));
        lead.SetWebPage(new Uri("https://example.com/ada?x=1"));
        lead.SetSource(new LeadSource("Employee Referral"));
        lead.SetInitiatedBy(InitiatedBy.FromUser(user.Id, "The Assignee"));
        lead.SetAreaOfInterest("Engines");
        lead.SetRating(new Rating("Excellent"));
        lead.SetManualScore(4);
        lead.CheckCriterion(new CriterionId("budget"), Start - Duration.FromNanoseconds(123_456_789));
        lead.CheckCriterion(new CriterionId("need"), Start - Duration.FromDays(400));
        lead.SetComments("First line\nSecond line");
        lead.SetDepartment("Mathematics");
        lead.SetOffice("Room 4");
        lead.SetProfession("Mathematician");
        lead.SetManagerName("Charles Babbage");
        lead.SetAssistantName("Mary Somerville");
        lead.SetNickname("Enchantress of Numbers");
        lead.SetPhoneticName(new PhoneticName("Ay-da", "Luv-lace", "An-a-lit-i-cal"));
        lead.SetSpouse("William King");
        lead.SetImAddress("ada@im.example.com");
        lead.SetTerritory("South");
        lead.SetBirthday(new LocalDate(1815, 12, 10));
        lead.SetAnniversary(new LocalDate(1835, 7, 8));
        lead.SetDoNotCall(true);
        lead.SetDoNotEmail(true);
        lead.SetDoNotFax(true);
        lead.SetDoNotSendLetter(true);
        lead.SetPreferredContactMethod(PreferredContactMethod.Letter);
        lead.SetActive(false);
        foreach (var definition in EditSchema)
        {
            lead.SetCustomField(definition, definition.Type switch
            {
                CustomFieldType.WholeNumber => CustomFieldValue.FromWholeNumber(42),
                CustomFieldType.Currency => CustomFieldValue.FromCurrency(1234.5000m),
                _ => CustomFieldValue.FromChoice(definition.Choices![0]),
            });
        }

        return lead;
    }
}
