using LeadKit.History;
using LeadKit.Leads;
using LeadKit.Querying;
using LeadKit.Storage;

namespace LeadKit.Testing.Stores;

/// <content>Workspaces are isolated from each other.</content>
public abstract partial class StoreContractTests
{
    [StoreFact]
    public async Task Workspaces_LeadOfAnotherWorkspace_IsNotFound()
    {
        var (store, a) = await NewWorkspaceAsync();
        var b = (await store.CreateWorkspaceAsync("B")).Id;
        var lead = NewLead("Ada Lovelace", "Contoso");
        await AddLeadsAsync(store, a, lead);

        Assert.Null(await FindLeadAsync(store, b, lead.Id));
        await Assert.ThrowsAsync<RecordNotFoundException>(() => ReadAsync(store, b, u => u.Leads.GetAsync(lead.Id)));
        Assert.Equal(0, await ReadAsync(store, b, u => u.Leads.CountAsync()));
        Assert.Empty(await ReadAsync(store, b, u => ToListAsync(u.Leads.QueryAsync(new RecordQuery(Filter.Parse("company = \"Contoso\""))))));
        var page = await ReadAsync(store, b, u => u.Leads.PageAsync(RecordQuery.All, 10));
        Assert.Empty(page.Items);
    }

    [StoreFact]
    public async Task Workspaces_UpdateOrDeleteThroughAnotherWorkspace_IsRefused()
    {
        var (store, a) = await NewWorkspaceAsync();
        var b = (await store.CreateWorkspaceAsync("B")).Id;
        var lead = NewLead("Ada Lovelace");
        await AddLeadsAsync(store, a, lead);
        var copy = (await FindLeadAsync(store, a, lead.Id))!;
        copy.SetJobTitle("Hijacked");

        await Assert.ThrowsAnyAsync<LeadKitException>(() => InUnitAsync(store, b, u => u.Leads.UpdateAsync([copy])));
        await Assert.ThrowsAsync<RecordNotFoundException>(() => InUnitAsync(store, b, u => u.Leads.DeleteAsync(lead.Id, 1)));

        var stored = await FindLeadAsync(store, a, lead.Id);
        Assert.Equal(1, stored!.Version);
        Assert.Null(stored.JobTitle);
    }

    [StoreFact]
    public async Task Workspaces_AddingAnIdentifierUsedInAnotherWorkspace_ThrowsConflict()
    {
        var (store, a) = await NewWorkspaceAsync();
        var b = (await store.CreateWorkspaceAsync("B")).Id;
        var lead = NewLead("Ada Lovelace");
        await AddLeadsAsync(store, a, lead);
        var twin = Lead.Restore(lead.Id, PersonName.Parse("Twin"), Clock.GetCurrentInstant());

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => AddLeadsAsync(store, b, twin));

        Assert.Null(await FindLeadAsync(store, b, lead.Id));
        Assert.Equal("Ada Lovelace", (await FindLeadAsync(store, a, lead.Id))!.Name.FullName);
    }

    [StoreFact]
    public async Task Workspaces_AssigningToAUserOfAnotherWorkspace_ThrowsWorkspaceViolation()
    {
        var (store, a) = await NewWorkspaceAsync();
        var b = (await store.CreateWorkspaceAsync("B")).Id;
        var outsider = new WorkspaceUser(UserId.New(), "Outsider");
        await InUnitAsync(store, b, u => u.Users.AddAsync(outsider));
        var lead = NewLead("Ada Lovelace");
        lead.SetAssignedTo(outsider.Id);

        var onAdd = await Assert.ThrowsAsync<WorkspaceViolationException>(() => AddLeadsAsync(store, a, lead));
        Assert.Equal(nameof(ContactRecord.AssignedTo), onAdd.Field);
        Assert.Null(await FindLeadAsync(store, a, lead.Id));

        var fine = NewLead("Grace Hopper");
        await AddLeadsAsync(store, a, fine);
        fine.SetAssignedTo(outsider.Id);
        await Assert.ThrowsAsync<WorkspaceViolationException>(() => InUnitAsync(store, a, u => u.Leads.UpdateAsync([fine])));
        Assert.Null((await FindLeadAsync(store, a, fine.Id))!.AssignedTo);
    }

    [StoreFact]
    public async Task Workspaces_AssigningToAnUnknownUser_ThrowsWorkspaceViolation()
    {
        var (store, a) = await NewWorkspaceAsync();
        var lead = NewLead("Ada Lovelace");
        lead.SetAssignedTo(UserId.New());

        await Assert.ThrowsAsync<WorkspaceViolationException>(() => AddLeadsAsync(store, a, lead));
    }

    [StoreFact]
    public async Task Workspaces_AssigningToAUserOfTheWorkspace_IsStored()
    {
        var (store, a) = await NewWorkspaceAsync();
        var user = new WorkspaceUser(UserId.New(), "Insider");
        var lead = NewLead("Ada Lovelace");
        lead.SetAssignedTo(user.Id);
        lead.SetInitiatedBy(InitiatedBy.FromUser(user.Id, "Insider"));

        await InUnitAsync(store, a, async u =>
        {
            await u.Users.AddAsync(user);
            await u.Leads.AddAsync([lead]);
        });

        Assert.Equal(user.Id, (await FindLeadAsync(store, a, lead.Id))!.AssignedTo);
    }

    [StoreFact]
    public async Task Workspaces_InitiatedByAContactOfAnotherWorkspace_ThrowsWorkspaceViolation()
    {
        var (store, a) = await NewWorkspaceAsync();
        var b = (await store.CreateWorkspaceAsync("B")).Id;
        var referrer = NewContact("Referrer Elsewhere");
        await InUnitAsync(store, b, u => u.Contacts.AddAsync([referrer]));
        var lead = NewLead("Ada Lovelace");
        lead.SetInitiatedBy(InitiatedBy.FromContact(referrer.Id, "Referrer"));

        var error = await Assert.ThrowsAsync<WorkspaceViolationException>(() => AddLeadsAsync(store, a, lead));

        Assert.Equal(nameof(ContactRecord.InitiatedBy), error.Field);
    }

    [StoreFact]
    public async Task Workspaces_HistoryLinkedToARecordOfAnotherWorkspace_ThrowsWorkspaceViolation()
    {
        var (store, a) = await NewWorkspaceAsync();
        var b = (await store.CreateWorkspaceAsync("B")).Id;
        var foreign = NewLead("Foreign Lead");
        await AddLeadsAsync(store, b, foreign);
        var note = new BusinessNote(HistoryItemId.New(), foreign.Reference, "Sneaky", null, Clock.GetCurrentInstant());
        var opportunity = new Opportunity(OpportunityId.New(), foreign.Reference, "Sneaky deal", "EUR", [], OpportunityStage.Prospecting, 10, null, Clock.GetCurrentInstant());

        await Assert.ThrowsAsync<WorkspaceViolationException>(() => InUnitAsync(store, a, u => u.History.AddAsync([note])));
        await Assert.ThrowsAsync<WorkspaceViolationException>(() => InUnitAsync(store, a, u => u.Opportunities.AddAsync([opportunity])));

        Assert.Empty(await ReadAsync(store, b, u => ToListAsync(u.History.ListForAsync(foreign.Reference))));
        Assert.Null(await ReadAsync(store, a, u => u.History.FindAsync(note.Id)));
    }

    [StoreFact]
    public async Task Workspaces_UsersAndHistoryOfAnotherWorkspace_AreInvisible()
    {
        var (store, a) = await NewWorkspaceAsync();
        var b = (await store.CreateWorkspaceAsync("B")).Id;
        var user = new WorkspaceUser(UserId.New(), "Only In A");
        var lead = NewLead("Ada Lovelace");
        var note = new BusinessNote(HistoryItemId.New(), lead.Reference, "Only in A", null, Clock.GetCurrentInstant());
        await InUnitAsync(store, a, async u =>
        {
            await u.Users.AddAsync(user);
            await u.Leads.AddAsync([lead]);
            await u.History.AddAsync([note]);
        });

        Assert.Null(await ReadAsync(store, b, u => u.Users.FindAsync(user.Id)));
        Assert.Empty(await ReadAsync(store, b, u => ToListAsync(u.Users.ListAsync())));
        Assert.Null(await ReadAsync(store, b, u => u.History.FindAsync(note.Id)));
        Assert.Empty(await ReadAsync(store, b, u => ToListAsync(u.History.ListForAsync(lead.Reference))));
        Assert.False(await ReadAsync(store, b, u => u.History.DeleteAsync(note.Id)));
        Assert.NotNull(await ReadAsync(store, a, u => u.History.FindAsync(note.Id)));
    }

    [StoreFact]
    public async Task Workspaces_UndoEntriesAddedUnderAnotherWorkspacesOperation_LeaveItsEntriesAlone()
    {
        var (store, a) = await NewWorkspaceAsync();
        var b = (await store.CreateWorkspaceAsync("B")).Id;
        var lead = NewLead("Ada Lovelace");
        await AddLeadsAsync(store, a, lead);
        var operation = new OperationSummary(OperationId.New(), OperationKind.BulkEdit, Clock.GetCurrentInstant(), null, 1, ["jobTitle"], false);
        OperationUndoEntry[] ours = [new(lead.Reference, 2, """{"jobTitle":"Buyer"}""")];
        await InUnitAsync(store, a, async u =>
        {
            await u.Operations.AddAsync(operation);
            await u.Operations.AddEntriesAsync(operation.Id, ours);
        });

        OperationUndoEntry[] theirs = [new(new RecordReference(RecordKind.Lead, Guid.NewGuid()), 7, null)];
        await InUnitAsync(store, b, u => u.Operations.AddEntriesAsync(operation.Id, theirs));

        Assert.Equal(ours, await ReadAsync(store, a, u => u.Operations.ReadEntriesAsync(operation.Id)));
        Assert.Null(await ReadAsync(store, b, u => u.Operations.FindAsync(operation.Id)));
        Assert.DoesNotContain(ours[0], await ReadAsync(store, b, u => u.Operations.ReadEntriesAsync(operation.Id)));
    }
}
