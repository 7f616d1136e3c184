using LeadKit.History;
using LeadKit.Leads;
using LeadKit.Storage;
using NodaTime;

namespace LeadKit.Testing.Stores;

/// <content>Communication history and opportunities.</content>
public abstract partial class StoreContractTests
{
    [StoreFact]
    public async Task History_ListForAsync_OldestFirstAcrossItemKinds()
    {
        var (store, ws) = await NewWorkspaceAsync();
        var lead = NewLead("Ada Lovelace");
        var other = NewLead("Grace Hopper");
        var t = Start + Duration.FromDays(1);
        var appointment = new Appointment(HistoryItemId.New(), lead.Reference, "Meeting", "Agenda", t, t + Duration.FromHours(3), t + Duration.FromHours(4), "Room 1");
        var call = new PhoneLog(HistoryItemId.New(), lead.Reference, "Call", null, t, CallDirection.Outgoing, "+44 20 7946 0000", t + Duration.FromHours(1), Duration.FromMinutes(5));
        var note = new BusinessNote(HistoryItemId.New(), lead.Reference, "Note", "Body", t - Duration.FromHours(1));
        var task = new TaskItem(HistoryItemId.New(), lead.Reference, "Follow up", null, t + Duration.FromHours(2), new LocalDate(2026, 12, 1), TaskItemStatus.InProgress, TaskPriority.High);
        var elsewhere = new BusinessNote(HistoryItemId.New(), other.Reference, "Other note", null, t);

        await InUnitAsync(store, ws, async u =>
        {
            await u.Leads.AddAsync([lead, other]);
            await u.History.AddAsync([appointment, call, note, task, elsewhere]);
        });

        var listed = await ReadAsync(store, ws, u => ToListAsync(u.History.ListForAsync(lead.Reference)));
        var expected = new HistoryItem[] { appointment, call, note, task }.OrderBy(i => i.OccurredAt).ThenBy(i => i.Id).ToList();
        Assert.Equal(expected.Select(i => i.Id), listed.Select(i => i.Id));
        Assert.Equal(expected, listed);
    }

    [StoreFact]
    public async Task History_ListForManyAsync_GivesEachRecordWhatListForAsyncGives()
    {
        var (store, ws) = await NewWorkspaceAsync();
        var leads = Enumerable.Range(0, 4).Select(i => NewLead($"Lead {i}")).ToArray();
        var contact = NewContact("Contact Person");
        var quiet = NewLead("No History");
        var elsewhere = NewLead("Other Workspace");
        var other = (await store.CreateWorkspaceAsync("Other")).Id;
        var items = leads.SelectMany((l, i) => Enumerable.Range(0, i + 1).Select(k =>
                (HistoryItem)new BusinessNote(HistoryItemId.New(), l.Reference, $"Note {k}", null, Start + Duration.FromMinutes(10 - k))))
            .Append(new PhoneLog(HistoryItemId.New(), contact.Reference, "Call", null, Start, CallDirection.Incoming, "+44 20 7946 0000", Start, Duration.FromMinutes(3)))
            .ToArray();
        await InUnitAsync(store, ws, async u =>
        {
            await u.Leads.AddAsync([.. leads, quiet]);
            await u.Contacts.AddAsync([contact]);
            await u.History.AddAsync(items);
        });
        await InUnitAsync(store, other, async u =>
        {
            await u.Leads.AddAsync([elsewhere]);
            await u.History.AddAsync([new BusinessNote(HistoryItemId.New(), elsewhere.Reference, "Not yours", null, Start)]);
        });

        RecordReference[] wanted = [.. leads.Select(l => l.Reference), contact.Reference, quiet.Reference, leads[0].Reference, elsewhere.Reference];
        var many = await ReadAsync(store, ws, u => u.History.ListForManyAsync(wanted));

        Assert.Equal(wanted.Distinct().OrderBy(r => r.Id), many.Keys.OrderBy(r => r.Id));
        foreach (var record in wanted.Distinct())
        {
            var one = await ReadAsync(store, ws, u => ToListAsync(u.History.ListForAsync(record)));
            Assert.Equal(one, many[record]);
        }

        Assert.Empty(many[quiet.Reference]);
        Assert.Empty(many[elsewhere.Reference]);
        Assert.Equal(4, many[leads[3].Reference].Count);
    }

    [StoreFact]
    public async Task History_SameInstant_OrderedByIdentifier()
    {
        var (store, ws) = await NewWorkspaceAsync();
        var lead = NewLead("Ada Lovelace");
        var notes = Enumerable.Range(0, 6).Select(i => new BusinessNote(HistoryItemId.New(), lead.Reference, $"Note {i}", null, Start)).Reverse().ToArray();

        await InUnitAsync(store, ws, async u =>
        {
            await u.Leads.AddAsync([lead]);
            await u.History.AddAsync(notes);
        });

        var listed = await ReadAsync(store, ws, u => ToListAsync(u.History.ListForAsync(lead.Reference)));
        Assert.Equal(notes.Select(n => n.Id).OrderBy(i => i), listed.Select(i => i.Id));
    }

    [StoreFact]
    public async Task History_FindReplaceDelete()
    {
        var (store, ws) = await NewWorkspaceAsync();
        var lead = NewLead("Ada Lovelace");
        var note = new BusinessNote(HistoryItemId.New(), lead.Reference, "Draft", null, Start);
        await InUnitAsync(store, ws, async u =>
        {
            await u.Leads.AddAsync([lead]);
            await u.History.AddAsync([note]);
        });

        Assert.Equal(note, await ReadAsync(store, ws, u => u.History.FindAsync(note.Id)));
        var edited = new BusinessNote(note.Id, lead.Reference, "Final", "Now with a body", Start);
        await InUnitAsync(store, ws, u => u.History.ReplaceAsync(edited));
        Assert.Equal(edited, await ReadAsync(store, ws, u => u.History.FindAsync(note.Id)));

        await Assert.ThrowsAsync<RecordNotFoundException>(() => InUnitAsync(store, ws, u => u.History.ReplaceAsync(new BusinessNote(HistoryItemId.New(), lead.Reference, "Ghost", null, Start))));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => InUnitAsync(store, ws, u => u.History.AddAsync([note])));

        var deleted = false;
        await InUnitAsync(store, ws, async u => deleted = await u.History.DeleteAsync(note.Id));
        Assert.True(deleted);
        Assert.Null(await ReadAsync(store, ws, u => u.History.FindAsync(note.Id)));
        Assert.False(await ReadAsync(store, ws, u => u.History.DeleteAsync(note.Id)));
    }

    [StoreFact]
    public async Task History_AddForAMissingRecord_ThrowsWorkspaceViolation()
    {
        var (store, ws) = await NewWorkspaceAsync();
        var note = new BusinessNote(HistoryItemId.New(), RecordReference.To(LeadId.New()), "Orphan", null, Start);

        await Assert.ThrowsAsync<WorkspaceViolationException>(() => InUnitAsync(store, ws, u => u.History.AddAsync([note])));
    }

    [StoreFact]
    public async Task History_AddForALeadUpdatedThenDeletedInTheSameUnit_ThrowsWorkspaceViolation()
    {
        // A store may skip the existence check for records the unit of work itself just updated
        // (the EF Core store does): a deletion in the same unit must still count.
        var (store, ws) = await NewWorkspaceAsync();
        var lead = NewLead("Ada Lovelace");
        await InUnitAsync(store, ws, u => u.Leads.AddAsync([lead]));

        await Assert.ThrowsAsync<WorkspaceViolationException>(() => InUnitAsync(store, ws, async u =>
        {
            var read = await u.Leads.GetAsync(lead.Id);
            var changed = read.Copy();
            changed.SetJobTitle("Countess");
            await u.Leads.UpdateChangedAsync([new RecordUpdate<Lead>(read, changed)]);
            await u.Leads.DeleteAsync(lead.Id, read.Version + 1);
            await u.History.AddAsync([new BusinessNote(HistoryItemId.New(), lead.Reference, "Too late", null, Start)]);
        }));
    }

    [StoreFact]
    public async Task History_AddForALeadUpdatedInTheSameUnit_IsWrittenWithTheUpdate()
    {
        var (store, ws) = await NewWorkspaceAsync();
        var lead = NewLead("Ada Lovelace");
        await InUnitAsync(store, ws, u => u.Leads.AddAsync([lead]));
        var note = new BusinessNote(HistoryItemId.New(), lead.Reference, "Promoted", null, Start);

        await InUnitAsync(store, ws, async u =>
        {
            var read = await u.Leads.GetAsync(lead.Id);
            var changed = read.Copy();
            changed.SetJobTitle("Countess");
            await u.Leads.UpdateChangedAsync([new RecordUpdate<Lead>(read, changed)]);
            await u.History.AddAsync([note]);
        });

        Assert.Equal(note, await ReadAsync(store, ws, u => u.History.FindAsync(note.Id)));
        Assert.Equal("Countess", (await ReadAsync(store, ws, u => u.Leads.GetAsync(lead.Id))).JobTitle);
    }

    [StoreFact]
    public async Task History_RelinkAsync_MovesEveryItemToTheContact()
    {
        var (store, ws) = await NewWorkspaceAsync();
        var lead = NewLead("Ada Lovelace");
        var contact = NewContact("Ada Lovelace");
        var items = Enumerable.Range(0, 3).Select(i => (HistoryItem)new BusinessNote(HistoryItemId.New(), lead.Reference, $"Note {i}", null, Start + Duration.FromMinutes(i))).ToArray();
        var opportunity = new Opportunity(OpportunityId.New(), lead.Reference, "Deal", "EUR", [new ProductLine("Engine", 1, 100m)], OpportunityStage.Proposal, 50, null, Start);
        await InUnitAsync(store, ws, async u =>
        {
            await u.Leads.AddAsync([lead]);
            await u.Contacts.AddAsync([contact]);
            await u.History.AddAsync(items);
            await u.Opportunities.AddAsync([opportunity]);
        });

        int movedItems = 0, movedOpportunities = 0;
        await InUnitAsync(store, ws, async u =>
        {
            movedItems = await u.History.RelinkAsync(lead.Reference, contact.Reference);
            movedOpportunities = await u.Opportunities.RelinkAsync(lead.Reference, contact.Reference);
            Assert.Equal(3, (await ToListAsync(u.History.ListForAsync(contact.Reference))).Count);
        });

        Assert.Equal(3, movedItems);
        Assert.Equal(1, movedOpportunities);
        Assert.Empty(await ReadAsync(store, ws, u => ToListAsync(u.History.ListForAsync(lead.Reference))));
        var moved = await ReadAsync(store, ws, u => ToListAsync(u.History.ListForAsync(contact.Reference)));
        Assert.Equal(items.Select(i => i.RelinkTo(contact.Reference)), moved);
        var deals = await ReadAsync(store, ws, u => ToListAsync(u.Opportunities.ListForAsync(contact.Reference)));
        Assert.Equal([opportunity.RelinkTo(contact.Reference)], deals);
        Assert.Equal(0, await ReadAsync(store, ws, u => u.History.RelinkAsync(lead.Reference, contact.Reference)));
    }

    [StoreFact]
    public async Task History_RelinkToARecordOfAnotherWorkspace_ThrowsWorkspaceViolation()
    {
        var (store, a) = await NewWorkspaceAsync();
        var b = (await store.CreateWorkspaceAsync("B")).Id;
        var lead = NewLead("Ada Lovelace");
        var foreign = NewContact("Foreign Contact");
        await InUnitAsync(store, b, u => u.Contacts.AddAsync([foreign]));
        await InUnitAsync(store, a, async u =>
        {
            await u.Leads.AddAsync([lead]);
            await u.History.AddAsync([new BusinessNote(HistoryItemId.New(), lead.Reference, "Note", null, Start)]);
        });

        await Assert.ThrowsAsync<WorkspaceViolationException>(() => InUnitAsync(store, a, u => u.History.RelinkAsync(lead.Reference, foreign.Reference)));
        await Assert.ThrowsAsync<WorkspaceViolationException>(() => InUnitAsync(store, a, u => u.Opportunities.RelinkAsync(lead.Reference, foreign.Reference)));
        Assert.Single(await ReadAsync(store, a, u => ToListAsync(u.History.ListForAsync(lead.Reference))));
    }

    [StoreFact]
    public async Task Opportunities_AddListReplaceDelete()
    {
        var (store, ws) = await NewWorkspaceAsync();
        var lead = NewLead("Ada Lovelace");
        var later = new Opportunity(OpportunityId.New(), lead.Reference, "Later deal", "EUR", [new ProductLine("Support", 12, 99.99m)], OpportunityStage.Qualification, 20, new LocalDate(2027, 3, 31), Start + Duration.FromDays(2));
        var earlier = new Opportunity(OpportunityId.New(), lead.Reference, "Earlier deal", "usd", [new ProductLine("Engine", 2.5m, 1000.125m), new ProductLine("Manual", 1, 0m)], OpportunityStage.Negotiation, 75, null, Start + Duration.FromDays(1));
        await InUnitAsync(store, ws, async u =>
        {
            await u.Leads.AddAsync([lead]);
            await u.Opportunities.AddAsync([later, earlier]);
        });

        var listed = await ReadAsync(store, ws, u => ToListAsync(u.Opportunities.ListForAsync(lead.Reference)));
        Assert.Equal([earlier, later], listed);
        Assert.Equal(2500.3125m, listed[0].Total);

        var won = earlier.WithStage(OpportunityStage.ClosedWon, 100);
        await InUnitAsync(store, ws, u => u.Opportunities.ReplaceAsync(won));
        Assert.Equal(won, await ReadAsync(store, ws, u => u.Opportunities.FindAsync(earlier.Id)));
        await Assert.ThrowsAsync<RecordNotFoundException>(() => InUnitAsync(store, ws, u => u.Opportunities.ReplaceAsync(new Opportunity(OpportunityId.New(), lead.Reference, "Ghost", "EUR", [], OpportunityStage.Prospecting, 0, null, Start))));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => InUnitAsync(store, ws, u => u.Opportunities.AddAsync([later])));

        var deleted = false;
        await InUnitAsync(store, ws, async u => deleted = await u.Opportunities.DeleteAsync(later.Id));
        Assert.True(deleted);
        Assert.False(await ReadAsync(store, ws, u => u.Opportunities.DeleteAsync(later.Id)));
        Assert.Equal([won], await ReadAsync(store, ws, u => ToListAsync(u.Opportunities.ListForAsync(lead.Reference))));
    }
}
