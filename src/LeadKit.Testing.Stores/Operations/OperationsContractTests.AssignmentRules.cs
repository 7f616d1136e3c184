using LeadKit.Assignment;
using LeadKit.AssignmentRules;
using LeadKit.BulkEdit;
using LeadKit.Contacts;
using LeadKit.History;
using LeadKit.Import;
using LeadKit.Leads;
using LeadKit.Operations;
using LeadKit.Querying;
using LeadKit.Storage;
using LeadKit.Testing.Stores;

namespace LeadKit.Testing.Stores;

/// <content>Assignment rules (<see cref="RuleAssignment"/>, <see cref="IAssignmentRuleRepository"/>): storage, on demand, on create, on import, undo.</content>
public abstract partial class OperationsContractTests
{
    [StoreFact]
    public async Task Rules_AddAtPositionsMoveAndRemove_KeepTheOrderWithoutGaps()
    {
        var ws = await NewWorkspaceAsync();
        var ann = await ws.AddUserAsync("Ann Lee");
        var (a, b, c, d) = (Rule("company = \"A\"", ann), Rule("company = \"B\"", ann), Rule("company = \"C\"", ann), Rule("company = \"D\"", ann));

        await ws.WriteAsync(async u =>
        {
            await u.AssignmentRules.AddAsync(a);
            await u.AssignmentRules.AddAsync(b);
            await u.AssignmentRules.AddAsync(c, position: 1);
            await u.AssignmentRules.AddAsync(d, position: 99);
        });
        Assert.Equal([c, a, b, d], await ws.ReadAsync(u => u.AssignmentRules.ListAsync()));

        await ws.WriteAsync(async u =>
        {
            Assert.True(await u.AssignmentRules.MoveAsync(c.Id, 3));
            Assert.True(await u.AssignmentRules.RemoveAsync(a.Id));
            Assert.False(await u.AssignmentRules.RemoveAsync(AssignmentRuleId.New()));
            Assert.False(await u.AssignmentRules.MoveAsync(AssignmentRuleId.New(), 1));
        });
        Assert.Equal([b, c, d], await ws.ReadAsync(u => u.AssignmentRules.ListAsync()));

        await ws.WriteAsync(async u => Assert.True(await u.AssignmentRules.MoveAsync(d.Id, 1)));
        Assert.Equal([d, b, c], await ws.ReadAsync(u => u.AssignmentRules.ListAsync()));
    }

    [StoreFact]
    public async Task Rules_ReplaceTurnsAndUncommittedChanges_RoundTripOrVanish()
    {
        var ws = await NewWorkspaceAsync();
        var (ann, bob) = (await ws.AddUserAsync("Ann Lee"), await ws.AddUserAsync("Bob Roe"));
        var rule = AssignmentRule.RoundRobin(Filter.Parse("source = \"Web\""), [ann.Id, bob.Id], AssignmentMode.ByLoad, "web leads");
        await ws.WriteAsync(u => u.AssignmentRules.AddAsync(rule));

        var disabled = rule.WithEnabled(false).WithDescription(null);
        await ws.WriteAsync(async u =>
        {
            await u.AssignmentRules.ReplaceAsync(disabled);
            await u.AssignmentRules.SetTurnAsync(rule.Id, bob.Id);
        });
        await using (var abandoned = await ws.Store.BeginAsync(ws.Id))
        {
            await abandoned.AssignmentRules.AddAsync(Rule("all", ann));
            await abandoned.AssignmentRules.SetTurnAsync(rule.Id, ann.Id);
        }

        Assert.Equal([disabled], await ws.ReadAsync(u => u.AssignmentRules.ListAsync()));
        Assert.Equal(bob.Id, (await ws.ReadAsync(u => u.AssignmentRules.GetTurnsAsync()))[rule.Id]);
        await ws.WriteAsync(u => u.AssignmentRules.RemoveAsync(rule.Id));
        Assert.Empty(await ws.ReadAsync(u => u.AssignmentRules.GetTurnsAsync()));
    }

    [StoreFact]
    public async Task Rules_AddExistingOrReplaceMissing_Refused()
    {
        var ws = await NewWorkspaceAsync();
        var ann = await ws.AddUserAsync("Ann Lee");
        var rule = Rule("all", ann);
        await ws.WriteAsync(u => u.AssignmentRules.AddAsync(rule));

        await using var unit = await ws.Store.BeginAsync(ws.Id);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => unit.AssignmentRules.AddAsync(rule));
        await Assert.ThrowsAsync<RecordNotFoundException>(() => unit.AssignmentRules.ReplaceAsync(Rule("all", ann)));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => unit.AssignmentRules.AddAsync(Rule("all", ann), position: 0));
        Assert.Equal([rule], await unit.AssignmentRules.ListAsync());
    }

    [StoreFact]
    public async Task Rules_OtherWorkspace_SeesNone()
    {
        var ws = await NewWorkspaceAsync();
        var other = await NewWorkspaceAsync();
        var ann = await ws.AddUserAsync("Ann Lee");
        await new RuleAssignment(ws.Context).AddRuleFromTextAsync("all", AssignmentMode.User, ["Ann Lee"]);

        Assert.Empty(await new RuleAssignment(other.Context).ListRulesAsync());
        Assert.Single(await new RuleAssignment(ws.Context).ListRulesAsync());
        Assert.NotNull(ann);
    }

    [StoreFact]
    public async Task AddRuleFromText_UsersByNameOrId_ResolvedAndFilterNamesBound()
    {
        var ws = await NewWorkspaceAsync();
        var (priya, bob) = (await ws.AddUserAsync("Priya Raman"), await ws.AddUserAsync("Bob Roe"));
        var rules = new RuleAssignment(ws.Context);

        var added = await rules.AddRuleFromTextAsync("assignedTo != \"priya raman\" and source = \"Web\"", AssignmentMode.RoundRobin, [" Priya Raman ", bob.Id.ToString()], "  web  ");

        Assert.Equal([priya.Id, bob.Id], added.Users);
        Assert.Equal("web", added.Description);
        Assert.Equal($"assignedTo != \"{priya.Id}\" and source = \"Web\"", added.Filter.ToString());
        Assert.Equal([added], await rules.ListRulesAsync());
    }

    [StoreFact]
    public async Task AddRuleFromText_Refusals_NothingWritten()
    {
        var ws = await NewWorkspaceAsync();
        await ws.AddUserAsync("Gone Away", isActive: false);
        await ws.AddUserAsync("Ann Lee");
        var rules = new RuleAssignment(ws.Context);

        var syntax = await Assert.ThrowsAsync<AssignmentRuleException>(() => rules.AddRuleFromTextAsync("source = ", AssignmentMode.User, ["Ann Lee"]));
        var unknown = await Assert.ThrowsAsync<AssignmentRuleException>(() => rules.AddRuleFromTextAsync("all", AssignmentMode.User, ["Nobody Here"]));
        var inactive = await Assert.ThrowsAsync<AssignmentRuleException>(() => rules.AddRuleFromTextAsync("all", AssignmentMode.RoundRobin, ["Ann Lee", "Gone Away"]));
        var empty = await Assert.ThrowsAsync<AssignmentRuleException>(() => rules.AddRuleFromTextAsync("all", AssignmentMode.RoundRobin, []));
        var position = await Assert.ThrowsAsync<AssignmentRuleException>(() => rules.AddRuleFromTextAsync("all", AssignmentMode.User, ["Ann Lee"], position: 0));
        var missing = await Assert.ThrowsAsync<AssignmentRuleException>(() => rules.RemoveRuleAsync(AssignmentRuleId.New()));
        var stranger = await Assert.ThrowsAsync<AssignmentRuleException>(() => rules.AddRuleAsync(AssignmentRule.ToUser(Filter.All, UserId.New())));

        Assert.Equal((AssignmentRuleException.InvalidFilterCode, "filter", 10), (syntax.Code, syntax.Field, syntax.Column!.Value));
        Assert.Equal((AssignmentRuleException.UnknownUserCode, "Nobody Here"), (unknown.Code, unknown.User));
        Assert.Equal((AssignmentRuleException.InactiveUserCode, "Gone Away"), (inactive.Code, inactive.User));
        Assert.Equal(AssignmentRuleException.NoUsersCode, empty.Code);
        Assert.Equal(AssignmentRuleException.PositionCode, position.Code);
        Assert.Equal(AssignmentRuleException.NotFoundCode, missing.Code);
        Assert.Equal(AssignmentRuleException.UnknownUserCode, stranger.Code);
        Assert.Empty(await rules.ListRulesAsync());
    }

    [StoreFact]
    public async Task ApplyRules_FirstMatchingRuleWins_RecordsTheRuleInHistoryAndOutcome()
    {
        var ws = await NewWorkspaceAsync();
        var (ann, bob) = (await ws.AddUserAsync("Ann Lee"), await ws.AddUserAsync("Bob Roe"));
        var rules = new RuleAssignment(ws.Context);
        var contoso = await rules.AddRuleFromTextAsync("company = \"Contoso\"", AssignmentMode.User, ["Ann Lee"], "Contoso accounts");
        var everyone = await rules.AddRuleFromTextAsync("all", AssignmentMode.User, ["Bob Roe"]);
        var (ada, bea) = (NewLead("Ada", "Contoso"), NewLead("Bea", "Fabrikam"));
        await ws.AddLeadsAsync(ada, bea);

        var report = await rules.ApplyAsync();

        Assert.True(report.IsCommitted);
        Assert.NotNull(report.Operation);
        Assert.Equal(2, report.Changed);
        var first = Assert.Single(report.Outcomes, o => o.Record == ada.Reference);
        Assert.Equal((contoso.Id, "assigned by rule 1 (Contoso accounts)"), (first.Rule!.Value, first.Reason));
        Assert.Equal(new FieldChange("assignedTo", null, ann.Id.ToString()), Assert.Single(first.Changes));
        Assert.Equal(everyone.Id, Assert.Single(report.Outcomes, o => o.Record == bea.Reference).Rule);
        Assert.Equal(ann.Id, (await ws.GetLeadAsync(ada.Id)).AssignedTo);
        Assert.Equal(bob.Id, (await ws.GetLeadAsync(bea.Id)).AssignedTo);
        var entry = Assert.Single(await ws.ActivitiesAsync(ada.Reference));
        Assert.Equal(ActivityKind.Assigned, entry.Activity);
        Assert.Equal("Assigned to Ann Lee by rule 1 (Contoso accounts)", entry.Subject);
        Assert.Contains(contoso.Id.ToString(), entry.Body, StringComparison.Ordinal);
        Assert.Equal(ws.Actor, entry.CreatedBy);
    }

    [StoreFact]
    public async Task ApplyRules_NoRuleMatches_LeadStaysUnassignedAndIsReportedSo()
    {
        var ws = await NewWorkspaceAsync();
        await ws.AddUserAsync("Ann Lee");
        var rules = new RuleAssignment(ws.Context);
        await rules.AddRuleFromTextAsync("company = \"Contoso\"", AssignmentMode.User, ["Ann Lee"]);
        var bea = NewLead("Bea", "Fabrikam");
        await ws.AddLeadsAsync(bea);

        var report = await rules.ApplyAsync();

        var outcome = Assert.Single(report.Outcomes);
        Assert.Equal((OutcomeStatus.Unchanged, "no assignment rule matches", null), (outcome.Status, outcome.Reason, outcome.Rule));
        Assert.Null(report.Operation);
        Assert.Null((await ws.GetLeadAsync(bea.Id)).AssignedTo);
        Assert.Empty(await ws.HistoryAsync(bea.Reference));
    }

    [StoreFact]
    public async Task ApplyRules_SelectionWithAssignedAndConvertedLeads_LeavesThemUnchanged()
    {
        var ws = await NewWorkspaceAsync();
        var (ann, bob) = (await ws.AddUserAsync("Ann Lee"), await ws.AddUserAsync("Bob Roe"));
        var rules = new RuleAssignment(ws.Context);
        await rules.AddRuleFromTextAsync("all", AssignmentMode.User, ["Ann Lee"]);
        var taken = NewLead("Cy");
        taken.SetAssignedTo(bob.Id);
        var open = NewLead("Di");
        await ws.AddLeadsAsync(taken, open);

        var report = await rules.ApplyAsync(LeadSelection.Of(taken.Id, open.Id));

        Assert.Equal([OutcomeStatus.Unchanged, OutcomeStatus.Changed], report.Outcomes.Select(o => o.Status));
        Assert.Contains("already assigned", report.Outcomes[0].Reason, StringComparison.Ordinal);
        Assert.Equal(bob.Id, (await ws.GetLeadAsync(taken.Id)).AssignedTo);
        Assert.Equal(ann.Id, (await ws.GetLeadAsync(open.Id)).AssignedTo);
    }

    [StoreFact]
    public async Task ApplyRules_DisabledRule_IsSkipped()
    {
        var ws = await NewWorkspaceAsync();
        var (_, bob) = (await ws.AddUserAsync("Ann Lee"), await ws.AddUserAsync("Bob Roe"));
        var rules = new RuleAssignment(ws.Context);
        var first = await rules.AddRuleFromTextAsync("all", AssignmentMode.User, ["Ann Lee"]);
        await rules.AddRuleFromTextAsync("all", AssignmentMode.User, ["Bob Roe"]);
        Assert.False((await rules.SetEnabledAsync(first.Id, isEnabled: false)).IsEnabled);
        var lead = NewLead("Ada");
        await ws.AddLeadsAsync(lead);

        var report = await rules.ApplyAsync();

        Assert.Equal("assigned by rule 2 (" + (await rules.ListRulesAsync())[1].Id + ")", Assert.Single(report.Outcomes).Reason);
        Assert.Equal(bob.Id, (await ws.GetLeadAsync(lead.Id)).AssignedTo);
    }

    [StoreFact]
    public async Task ApplyRules_RoundRobin_TakesTurnsAcrossCallsAndPassesOverInactiveUsers()
    {
        var ws = await NewWorkspaceAsync();
        var (ann, bob, cy) = (await ws.AddUserAsync("Ann Lee"), await ws.AddUserAsync("Bob Roe"), await ws.AddUserAsync("Cy Young"));
        var rules = new RuleAssignment(ws.Context);
        await rules.AddRuleFromTextAsync("all", AssignmentMode.RoundRobin, ["Ann Lee", "Bob Roe", "Cy Young"]);
        var first = Enumerable.Range(1, 4).Select(i => NewLead($"First {i}")).ToArray();
        await ws.AddLeadsAsync(first);
        await rules.ApplyAsync(LeadSelection.Of(first.Select(l => l.Id)));
        Assert.Equal([ann.Id, bob.Id, cy.Id, ann.Id], (await Task.WhenAll(first.Select(l => ws.GetLeadAsync(l.Id)))).Select(l => l.AssignedTo!.Value));

        await ws.WriteAsync(u => u.Users.ReplaceAsync(new WorkspaceUser(cy.Id, "Cy Young", isActive: false)));
        var second = Enumerable.Range(1, 3).Select(i => NewLead($"Second {i}")).ToArray();
        await ws.AddLeadsAsync(second);
        await new RuleAssignment(ws.Context).ApplyAsync(LeadSelection.Of(second.Select(l => l.Id)));

        Assert.Equal([bob.Id, ann.Id, bob.Id], (await Task.WhenAll(second.Select(l => ws.GetLeadAsync(l.Id)))).Select(l => l.AssignedTo!.Value));
    }

    [StoreFact]
    public async Task ApplyRules_ByLoad_GivesTheLeadToTheUserWithFewestOpenLeadsTiesByListOrder()
    {
        var ws = await NewWorkspaceAsync();
        var (ann, bob, cy) = (await ws.AddUserAsync("Ann Lee"), await ws.AddUserAsync("Bob Roe"), await ws.AddUserAsync("Cy Young"));
        var held = new List<Lead>();
        foreach (var (user, count) in new[] { (ann, 2), (bob, 0), (cy, 1) })
        {
            for (var i = 0; i < count; i++)
            {
                var lead = NewLead($"Held {user.DisplayName} {i}");
                lead.SetAssignedTo(user.Id);
                held.Add(lead);
            }
        }

        var converted = NewLead("Converted Bob");
        converted.SetAssignedTo(bob.Id);
        converted.MarkConverted(ContactId.New());
        await ws.AddLeadsAsync([.. held, converted]);
        var rules = new RuleAssignment(ws.Context);
        await rules.AddRuleFromTextAsync("all", AssignmentMode.ByLoad, ["Ann Lee", "Bob Roe", "Cy Young"]);
        var fresh = Enumerable.Range(1, 4).Select(i => NewLead($"Fresh {i}")).ToArray();
        await ws.AddLeadsAsync(fresh);

        await rules.ApplyAsync(LeadSelection.Of(fresh.Select(l => l.Id)));

        // Loads 2/0/1 (the converted lead is not open): Bob, then Bob and Cy tie at 1 (Bob is listed first), then Cy, then all at 2: Ann.
        Assert.Equal([bob.Id, bob.Id, cy.Id, ann.Id], (await Task.WhenAll(fresh.Select(l => ws.GetLeadAsync(l.Id)))).Select(l => l.AssignedTo!.Value));
    }

    [StoreFact]
    public async Task ApplyRules_RuleWithoutActiveUser_FailsItsLeadsAndWritesNothing()
    {
        var ws = await NewWorkspaceAsync();
        var gone = await ws.AddUserAsync("Gone Away");
        await ws.AddUserAsync("Ann Lee");
        var rules = new RuleAssignment(ws.Context);
        var stale = await rules.AddRuleFromTextAsync("company = \"Contoso\"", AssignmentMode.User, ["Gone Away"]);
        await rules.AddRuleFromTextAsync("all", AssignmentMode.User, ["Ann Lee"]);
        await ws.WriteAsync(u => u.Users.ReplaceAsync(new WorkspaceUser(gone.Id, "Gone Away", isActive: false)));
        var (ada, bea) = (NewLead("Ada", "Contoso"), NewLead("Bea", "Fabrikam"));
        await ws.AddLeadsAsync(ada, bea);

        var report = await rules.ApplyAsync();
        var skipping = await rules.ApplyAsync(policy: FailurePolicy.SkipFailed);

        Assert.False(report.IsCommitted);
        var failed = Assert.Single(report.Failures);
        Assert.Equal(ada.Reference, failed.Record);
        Assert.Contains(stale.Id.ToString(), failed.Reason, StringComparison.Ordinal);
        Assert.Contains("'Gone Away'", failed.Reason, StringComparison.Ordinal);
        Assert.True(skipping.IsCommitted);
        Assert.Null((await ws.GetLeadAsync(ada.Id)).AssignedTo);
        Assert.NotNull((await ws.GetLeadAsync(bea.Id)).AssignedTo);
    }

    [StoreFact]
    public async Task ApplyRules_ThenUndoOperation_UnassignsTheLeadsAgain()
    {
        var ws = await NewWorkspaceAsync();
        await ws.AddUserAsync("Ann Lee");
        var rules = new RuleAssignment(ws.Context);
        await rules.AddRuleFromTextAsync("all", AssignmentMode.User, ["Ann Lee"]);
        var leads = new[] { NewLead("Ada"), NewLead("Bea") };
        await ws.AddLeadsAsync(leads);
        var report = await rules.ApplyAsync();

        var summary = (await ws.ReadAsync(u => u.Operations.FindAsync(report.Operation!.Value)))!;
        var undo = await new BulkEditor(ws.Context).UndoOperationAsync(report.Operation!.Value);

        Assert.Equal((OperationKind.Assignment, 2), (summary.Kind, summary.Count));
        Assert.True(undo.Report.IsCommitted);
        foreach (var lead in leads)
        {
            Assert.Null((await ws.GetLeadAsync(lead.Id)).AssignedTo);
        }
    }

    [StoreFact]
    public async Task AddLeads_AssignsTheUnassignedNewLeadsByRulesAndKeepsTheOthers()
    {
        var ws = await NewWorkspaceAsync();
        var (ann, bob) = (await ws.AddUserAsync("Ann Lee"), await ws.AddUserAsync("Bob Roe"));
        var rules = new RuleAssignment(ws.Context);
        var web = await rules.AddRuleFromTextAsync("company = \"Contoso\"", AssignmentMode.RoundRobin, ["Ann Lee", "Bob Roe"]);
        var (ada, bea, cy) = (NewLead("Ada", "Contoso"), NewLead("Bea", "Fabrikam"), NewLead("Cy", "Contoso"));
        cy.SetAssignedTo(bob.Id);

        var report = await rules.AddLeadsAsync([ada, bea, cy]);

        Assert.True(report.IsCommitted);
        Assert.All(report.Outcomes, o => Assert.Equal(OutcomeStatus.Created, o.Status));
        Assert.Equal([web.Id, null, null], report.Outcomes.Select(o => o.Rule));
        Assert.Equal("no assignment rule matches", report.Outcomes[1].Reason);
        Assert.Equal(ann.Id, (await ws.GetLeadAsync(ada.Id)).AssignedTo);
        Assert.Null((await ws.GetLeadAsync(bea.Id)).AssignedTo);
        Assert.Equal(bob.Id, (await ws.GetLeadAsync(cy.Id)).AssignedTo);
        Assert.Equal(1, (await ws.GetLeadAsync(ada.Id)).Version);
        Assert.Equal(ActivityKind.Assigned, Assert.Single(await ws.ActivitiesAsync(ada.Reference)).Activity);

        // The turn was stored with the leads: the next new lead goes to Bob.
        var di = NewLead("Di", "Contoso");
        await rules.AddLeadsAsync([di]);
        Assert.Equal(bob.Id, (await ws.GetLeadAsync(di.Id)).AssignedTo);
    }

    [StoreFact]
    public async Task StageLeads_InTheCallersUnitOfWork_WritesNothingUntilItCommits()
    {
        var ws = await NewWorkspaceAsync();
        var ann = await ws.AddUserAsync("Ann Lee");
        var rules = new RuleAssignment(ws.Context);
        await rules.AddRuleFromTextAsync("all", AssignmentMode.RoundRobin, ["Ann Lee"]);
        var lead = NewLead("Ada");

        await using (var unit = await ws.Store.BeginAsync(ws.Id, ws.Actor))
        {
            var report = await rules.StageLeadsAsync(unit, [lead]);
            Assert.False(report.IsCommitted);
            Assert.Equal(ann.Id, lead.AssignedTo);
        }

        Assert.Null(await ws.FindLeadAsync(lead.Id));
        Assert.Empty(await ws.ReadAsync(u => u.AssignmentRules.GetTurnsAsync()));
    }

    [StoreFact]
    public async Task Import_WithRules_AssignsTheImportedUnassignedLeadsAndNamesTheRule()
    {
        var ws = await NewWorkspaceAsync();
        var (ann, bob) = (await ws.AddUserAsync("Ann Lee"), await ws.AddUserAsync("Bob Roe"));
        var rules = new RuleAssignment(ws.Context);
        var fair = await rules.AddRuleFromTextAsync("company = \"Contoso\"", AssignmentMode.RoundRobin, ["Ann Lee", "Bob Roe"]);
        var source = People(
            ["Ada", "Lovelace", "ada@example.com", "Contoso", "", ""],
            ["Bea", "Smith", "bea@example.com", "Fabrikam", "", ""],
            ["Cy", "Young", "cy@example.com", "Contoso", "", ""]);

        var result = await new LeadImport(ws.With(batchSize: 2)).ImportAsync(source, ImportOptions.Default with { ReportImportedRows = true });

        Assert.Equal(3, result.Imported);
        Assert.Equal([fair.Id, null, fair.Id], result.Outcomes.Select(o => o.Rule));
        Assert.Equal([2L, 3L, 4L], result.Outcomes.Select(o => o.Row!.Value));
        var leads = (await ws.ReadAsync(u => ToListAsync(u.Leads.QueryAsync(RecordQuery.All)))).ToDictionary(l => l.Name.First!);
        Assert.Equal((ann.Id, (UserId?)null, bob.Id), (leads["Ada"].AssignedTo!.Value, leads["Bea"].AssignedTo, leads["Cy"].AssignedTo!.Value));
        var history = await ws.ActivitiesAsync(leads["Cy"].Reference);
        Assert.Equal([ActivityKind.Imported, ActivityKind.Assigned], history.Select(h => h.Activity));

        var off = await new LeadImport(ws.Context).ImportAsync(People(["Di", "Ng", "di@example.com", "Contoso", "", ""]), ImportOptions.Default with { AssignByRules = false });
        Assert.Equal(1, off.Imported);
        Assert.Null((await ws.ReadAsync(u => ToListAsync(u.Leads.QueryAsync(new RecordQuery(Filter.Parse("first = \"Di\"")))))).Single().AssignedTo);
    }

    private static AssignmentRule Rule(string filter, WorkspaceUser user) => AssignmentRule.ToUser(Filter.Parse(filter), user.Id);
}
