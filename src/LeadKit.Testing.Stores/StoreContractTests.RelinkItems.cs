using LeadKit.History;
using LeadKit.Leads;
using LeadKit.Storage;
using NodaTime;

namespace LeadKit.Testing.Stores;

/// <content>Moving named history items and opportunities to another record (the seam merges use).</content>
public abstract partial class StoreContractTests
{
    [StoreFact]
    public async Task RelinkItemsAsync_MovesTheNamedItemsOnly_AndSkipsUnknownAndAlreadyLinkedOnes()
    {
        var (store, ws) = await NewWorkspaceAsync();
        var from = NewLead("Ada Lovelace");
        var other = NewLead("Ada L.");
        var to = NewLead("Ada King");
        var notes = Enumerable.Range(0, 4).Select(i => (HistoryItem)new BusinessNote(HistoryItemId.New(), i < 3 ? from.Reference : other.Reference, $"Note {i}", null, Start + Duration.FromMinutes(i))).ToArray();
        var staying = new BusinessNote(HistoryItemId.New(), from.Reference, "Stays", null, Start);
        var already = new BusinessNote(HistoryItemId.New(), to.Reference, "Already there", null, Start);
        var deal = new Opportunity(OpportunityId.New(), from.Reference, "Deal", "EUR", [], OpportunityStage.Proposal, 50, null, Start);
        await InUnitAsync(store, ws, async u =>
        {
            await u.Leads.AddAsync([from, other, to]);
            await u.History.AddAsync([.. notes, staying, already]);
            await u.Opportunities.AddAsync([deal]);
        });

        int movedItems = 0, movedOpportunities = 0;
        await InUnitAsync(store, ws, async u =>
        {
            movedItems = await u.History.RelinkItemsAsync([.. notes.Select(n => n.Id), notes[0].Id, already.Id, HistoryItemId.New()], to.Reference);
            movedOpportunities = await u.Opportunities.RelinkItemsAsync([deal.Id], to.Reference);
            Assert.Equal(5, (await ToListAsync(u.History.ListForAsync(to.Reference))).Count);
        });

        Assert.Equal((4, 1), (movedItems, movedOpportunities));
        Assert.Equal([staying], await ReadAsync(store, ws, u => ToListAsync(u.History.ListForAsync(from.Reference))));
        Assert.Empty(await ReadAsync(store, ws, u => ToListAsync(u.History.ListForAsync(other.Reference))));
        var moved = await ReadAsync(store, ws, u => ToListAsync(u.History.ListForAsync(to.Reference)));
        Assert.Equal([.. notes.Select(n => n.RelinkTo(to.Reference)).Append(already).OrderBy(i => i.Id)], moved.OrderBy(i => i.Id));
        Assert.Equal([deal.RelinkTo(to.Reference)], await ReadAsync(store, ws, u => ToListAsync(u.Opportunities.ListForAsync(to.Reference))));
        Assert.Equal(0, await ReadAsync(store, ws, u => u.History.RelinkItemsAsync([], to.Reference)));
    }

    [StoreFact]
    public async Task RelinkItemsAsync_ToARecordOfAnotherWorkspace_ThrowsWorkspaceViolation_AndMovesNothing()
    {
        var (store, a) = await NewWorkspaceAsync();
        var b = (await store.CreateWorkspaceAsync("B")).Id;
        var lead = NewLead("Ada Lovelace");
        var foreign = NewLead("Foreign Lead");
        var note = new BusinessNote(HistoryItemId.New(), lead.Reference, "Note", null, Start);
        await InUnitAsync(store, b, u => u.Leads.AddAsync([foreign]));
        await InUnitAsync(store, a, async u =>
        {
            await u.Leads.AddAsync([lead]);
            await u.History.AddAsync([note]);
        });

        await Assert.ThrowsAsync<WorkspaceViolationException>(() => InUnitAsync(store, a, u => u.History.RelinkItemsAsync([note.Id], foreign.Reference)));
        await Assert.ThrowsAsync<WorkspaceViolationException>(() => InUnitAsync(store, a, u => u.Opportunities.RelinkItemsAsync([OpportunityId.New()], foreign.Reference)));

        Assert.Equal([note], await ReadAsync(store, a, u => ToListAsync(u.History.ListForAsync(lead.Reference))));
    }

    [StoreFact]
    public async Task RelinkItemsAsync_OfItemsOfAnotherWorkspace_MovesNothing()
    {
        var (store, a) = await NewWorkspaceAsync();
        var b = (await store.CreateWorkspaceAsync("B")).Id;
        var foreign = NewLead("Foreign Lead");
        var foreignNote = new BusinessNote(HistoryItemId.New(), foreign.Reference, "Theirs", null, Start);
        var lead = NewLead("Ada Lovelace");
        await InUnitAsync(store, b, async u =>
        {
            await u.Leads.AddAsync([foreign]);
            await u.History.AddAsync([foreignNote]);
        });
        await InUnitAsync(store, a, u => u.Leads.AddAsync([lead]));

        var moved = await ReadAsync(store, a, async u =>
        {
            var count = await u.History.RelinkItemsAsync([foreignNote.Id], lead.Reference);
            await u.CommitAsync();
            return count;
        });

        Assert.Equal(0, moved);
        Assert.Equal([foreignNote], await ReadAsync(store, b, u => ToListAsync(u.History.ListForAsync(foreign.Reference))));
    }
}
