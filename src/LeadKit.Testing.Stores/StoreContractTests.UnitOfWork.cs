using LeadKit.History;
using LeadKit.Leads;
using LeadKit.Querying;
using LeadKit.Storage;

namespace LeadKit.Testing.Stores;

/// <content>Optimistic concurrency and the all-or-nothing unit of work.</content>
public abstract partial class StoreContractTests
{
    [StoreFact]
    public async Task UpdateAsync_StaleCopy_ThrowsConflictNamingTheRecordAndVersions()
    {
        var (store, ws) = await NewWorkspaceAsync();
        var lead = NewLead("Ada Lovelace", "Original");
        await AddLeadsAsync(store, ws, lead);
        var stale = (await FindLeadAsync(store, ws, lead.Id))!;
        await InUnitAsync(store, ws, async u =>
        {
            var fresh = await u.Leads.GetAsync(lead.Id);
            fresh.SetCompanyName("Someone else's change");
            await u.Leads.UpdateAsync([fresh]);
        });

        stale.SetCompanyName("My change");
        var error = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => InUnitAsync(store, ws, u => u.Leads.UpdateAsync([stale])));

        Assert.Equal(nameof(Lead), error.RecordType);
        Assert.Equal(lead.Id.ToString(), error.RecordId);
        Assert.Equal(1, error.ExpectedVersion);
        Assert.Equal(2, error.ActualVersion);
        var stored = await FindLeadAsync(store, ws, lead.Id);
        Assert.Equal(2, stored!.Version);
        Assert.Equal("Someone else's change", stored.CompanyName);
    }

    [StoreFact]
    public async Task UpdateAsync_RecordDeletedMeanwhile_ThrowsConflictWithoutActualVersion()
    {
        var (store, ws) = await NewWorkspaceAsync();
        var lead = NewLead("Ada Lovelace");
        await AddLeadsAsync(store, ws, lead);
        var copy = (await FindLeadAsync(store, ws, lead.Id))!;
        await InUnitAsync(store, ws, u => u.Leads.DeleteAsync(lead.Id, 1));

        copy.SetJobTitle("Too late");
        var error = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => InUnitAsync(store, ws, u => u.Leads.UpdateAsync([copy])));

        Assert.Equal(lead.Id.ToString(), error.RecordId);
        Assert.Equal(1, error.ExpectedVersion);
        Assert.Null(error.ActualVersion);
        Assert.Null(await FindLeadAsync(store, ws, lead.Id));
    }

    [StoreFact]
    public async Task UpdateAsync_RecordDeletedInTheSameUnitOfWork_ThrowsConflict()
    {
        var (store, ws) = await NewWorkspaceAsync();
        var lead = NewLead("Ada Lovelace");
        await AddLeadsAsync(store, ws, lead);

        await using var unit = await store.BeginAsync(ws);
        var copy = await unit.Leads.GetAsync(lead.Id);
        await unit.Leads.DeleteAsync(lead.Id, 1);
        var error = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => unit.Leads.UpdateAsync([copy]));
        Assert.Null(error.ActualVersion);
    }

    [StoreFact]
    public async Task DeleteAsync_StaleVersion_ThrowsConflictAndKeepsTheRecord()
    {
        var (store, ws) = await NewWorkspaceAsync();
        var lead = NewLead("Ada Lovelace");
        await AddLeadsAsync(store, ws, lead);
        await InUnitAsync(store, ws, async u =>
        {
            var fresh = await u.Leads.GetAsync(lead.Id);
            fresh.SetJobTitle("Countess");
            await u.Leads.UpdateAsync([fresh]);
        });

        var error = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => InUnitAsync(store, ws, u => u.Leads.DeleteAsync(lead.Id, 1)));

        Assert.Equal(1, error.ExpectedVersion);
        Assert.Equal(2, error.ActualVersion);
        Assert.NotNull(await FindLeadAsync(store, ws, lead.Id));
    }

    [StoreFact]
    public async Task UpdateAsync_BatchWithOneStaleRecord_WritesNothingOfTheBatch()
    {
        var (store, ws) = await NewWorkspaceAsync();
        var first = NewLead("First Lead");
        var second = NewLead("Second Lead");
        var third = NewLead("Third Lead");
        await AddLeadsAsync(store, ws, first, second, third);
        var staleSecond = (await FindLeadAsync(store, ws, second.Id))!;
        await InUnitAsync(store, ws, async u =>
        {
            var fresh = await u.Leads.GetAsync(second.Id);
            fresh.SetJobTitle("Changed elsewhere");
            await u.Leads.UpdateAsync([fresh]);
        });

        await using (var unit = await store.BeginAsync(ws))
        {
            var a = await unit.Leads.GetAsync(first.Id);
            var c = await unit.Leads.GetAsync(third.Id);
            a.SetJobTitle("Batch");
            staleSecond.SetJobTitle("Batch");
            c.SetJobTitle("Batch");
            await Assert.ThrowsAsync<ConcurrencyConflictException>(async () =>
            {
                await unit.Leads.UpdateAsync([a, staleSecond, c]);
                await unit.CommitAsync();
            });
        }

        var stored = await ReadAsync(store, ws, u => ToListAsync(u.Leads.QueryAsync(RecordQuery.All)));
        Assert.Equal([1L, 2L, 1L], stored.OrderBy(l => l.Name.FullName, StringComparer.Ordinal).Select(l => l.Version));
        Assert.DoesNotContain(stored, l => l.JobTitle == "Batch");
    }

    [StoreFact]
    public async Task AddAsync_BatchWithOneDuplicate_WritesNothingOfTheBatch()
    {
        var (store, ws) = await NewWorkspaceAsync();
        var existing = NewLead("Existing Lead");
        await AddLeadsAsync(store, ws, existing);
        var fresh = NewLead("Fresh Lead");
        var duplicate = Lead.Restore(existing.Id, PersonName.Parse("Duplicate Lead"), Clock.GetCurrentInstant());

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => AddLeadsAsync(store, ws, fresh, duplicate));

        Assert.Null(await FindLeadAsync(store, ws, fresh.Id));
        Assert.Equal(1, await ReadAsync(store, ws, u => u.Leads.CountAsync()));
    }

    [StoreFact]
    public async Task UnitOfWork_DisposedWithoutCommit_WritesNothing()
    {
        var (store, ws) = await NewWorkspaceAsync();
        var kept = NewLead("Kept Lead");
        await AddLeadsAsync(store, ws, kept);
        var discarded = NewLead("Discarded Lead");

        await using (var unit = await store.BeginAsync(ws))
        {
            await unit.Leads.AddAsync([discarded]);
            var current = await unit.Leads.GetAsync(kept.Id);
            current.SetJobTitle("Discarded title");
            await unit.Leads.UpdateAsync([current]);
            await unit.Users.AddAsync(new WorkspaceUser(UserId.New(), "Discarded User"));
            await unit.History.AddAsync([new BusinessNote(HistoryItemId.New(), kept.Reference, "Discarded note", null, Clock.GetCurrentInstant())]);
        }

        Assert.Null(await FindLeadAsync(store, ws, discarded.Id));
        var stored = await FindLeadAsync(store, ws, kept.Id);
        Assert.Equal(1, stored!.Version);
        Assert.Null(stored.JobTitle);
        Assert.Empty(await ReadAsync(store, ws, u => ToListAsync(u.Users.ListAsync())));
        Assert.Empty(await ReadAsync(store, ws, u => ToListAsync(u.History.ListForAsync(kept.Reference))));
    }

    [StoreFact]
    public async Task UnitOfWork_ConflictThenDispose_WritesNothingOfTheUnit()
    {
        var (store, ws) = await NewWorkspaceAsync();
        var lead = NewLead("Ada Lovelace");
        await AddLeadsAsync(store, ws, lead);
        var stale = (await FindLeadAsync(store, ws, lead.Id))!;
        await InUnitAsync(store, ws, async u =>
        {
            var fresh = await u.Leads.GetAsync(lead.Id);
            fresh.SetJobTitle("Elsewhere");
            await u.Leads.UpdateAsync([fresh]);
        });
        var added = NewLead("Added Before The Conflict");

        await using (var unit = await store.BeginAsync(ws))
        {
            await unit.Leads.AddAsync([added]);
            stale.SetJobTitle("Mine");
            await Assert.ThrowsAsync<ConcurrencyConflictException>(async () =>
            {
                await unit.Leads.UpdateAsync([stale]);
                await unit.CommitAsync();
            });
        }

        Assert.Null(await FindLeadAsync(store, ws, added.Id));
        Assert.Equal("Elsewhere", (await FindLeadAsync(store, ws, lead.Id))!.JobTitle);
    }

    [StoreFact]
    public async Task UnitOfWork_ReadsItsOwnWrites()
    {
        var (store, ws) = await NewWorkspaceAsync();
        var existing = NewLead("Existing Lead", "Contoso");
        await AddLeadsAsync(store, ws, existing);

        await using var unit = await store.BeginAsync(ws);
        var added = NewLead("Added Lead", "Contoso");
        await unit.Leads.AddAsync([added]);
        Assert.NotNull(await unit.Leads.FindAsync(added.Id));
        Assert.Equal(2, await unit.Leads.CountAsync());
        Assert.Equal(2, await unit.Leads.CountAsync(Filter.Parse("company = \"contoso\"")));

        var current = await unit.Leads.GetAsync(existing.Id);
        current.SetCompanyName("Fabrikam");
        await unit.Leads.UpdateAsync([current]);
        var reread = await unit.Leads.GetAsync(existing.Id);
        Assert.Equal(2, reread.Version);
        Assert.Equal("Fabrikam", reread.CompanyName);
        var contoso = await ToListAsync(unit.Leads.QueryAsync(new RecordQuery(Filter.Parse("company = \"Contoso\""))));
        Assert.Equal([added.Id], contoso.Select(l => l.Id));

        await unit.Leads.DeleteAsync(added.Id, 1);
        Assert.Null(await unit.Leads.FindAsync(added.Id));
        Assert.Equal(1, await unit.Leads.CountAsync());

        var note = new BusinessNote(HistoryItemId.New(), existing.Reference, "Own note", null, Clock.GetCurrentInstant());
        await unit.History.AddAsync([note]);
        Assert.Equal([note.Id], (await ToListAsync(unit.History.ListForAsync(existing.Reference))).Select(i => i.Id));
        var user = new WorkspaceUser(UserId.New(), "Own User");
        await unit.Users.AddAsync(user);
        Assert.Equal(user, await unit.Users.FindAsync(user.Id));
    }

    [StoreFact]
    public async Task UnitOfWork_CommittedTwice_IsRefused()
    {
        var (store, ws) = await NewWorkspaceAsync();

        await using var unit = await store.BeginAsync(ws);
        await unit.Leads.AddAsync([NewLead("Ada Lovelace")]);
        await unit.CommitAsync();
        await Assert.ThrowsAnyAsync<InvalidOperationException>(() => unit.CommitAsync());
    }

    [StoreFact]
    public async Task UnitOfWork_Committed_ChangesAreVisibleToLaterUnits()
    {
        var (store, ws) = await NewWorkspaceAsync();
        var lead = NewLead("Ada Lovelace");

        await using (var unit = await store.BeginAsync(ws))
        {
            await unit.Leads.AddAsync([lead]);
            await unit.CommitAsync();
        }

        Assert.NotNull(await FindLeadAsync(store, ws, lead.Id));
    }

    [StoreFact]
    public async Task BeginAsync_UnknownWorkspace_ThrowsRecordNotFound()
    {
        var (store, _) = await NewWorkspaceAsync();

        await Assert.ThrowsAsync<RecordNotFoundException>(() => store.BeginAsync(WorkspaceId.New()));
    }

    [StoreFact]
    public async Task InitializeAsync_CalledAgain_KeepsTheData()
    {
        var (store, ws) = await NewWorkspaceAsync();
        var lead = NewLead("Ada Lovelace");
        await AddLeadsAsync(store, ws, lead);

        await store.InitializeAsync();
        var reopened = await CreateStoreAsync(Clock);
        await reopened.InitializeAsync();

        Assert.NotNull(await FindLeadAsync(reopened, ws, lead.Id));
    }

    [StoreFact]
    public async Task CreateWorkspaceAsync_ListsWorkspacesOldestFirst()
    {
        var (store, first) = await NewWorkspaceAsync();
        var second = await store.CreateWorkspaceAsync("Second");

        var all = await ToListAsync(store.ListWorkspacesAsync());

        var mine = all.Where(w => w.Id == first || w.Id == second.Id).ToList();
        Assert.Equal([first, second.Id], mine.Select(w => w.Id));
        Assert.Equal("Second", mine[1].Name);
        Assert.True(mine[0].CreatedAt < mine[1].CreatedAt);
    }
}
