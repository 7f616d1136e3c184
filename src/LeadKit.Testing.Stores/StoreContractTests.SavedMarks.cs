using System.Text.Json;
using LeadKit.Serialization;
using LeadKit.Storage;

namespace LeadKit.Testing.Stores;

/// <content>
/// Nothing half-changed in memory: the caller's record objects get their new version and
/// modified stamps only when the unit of work commits.
/// </content>
public abstract partial class StoreContractTests
{
    [StoreFact]
    public async Task UpdateAsync_UnitDisposedWithoutCommit_TheObjectKeepsItsVersionAndStamps()
    {
        var (store, ws) = await NewWorkspaceAsync();
        var lead = NewLead("Ada Lovelace");
        await AddLeadsAsync(store, ws, lead);
        var copy = (await FindLeadAsync(store, ws, lead.Id))!;
        copy.SetJobTitle("Countess");
        var (version, modifiedAt, modifiedBy) = (copy.Version, copy.ModifiedAt, copy.ModifiedBy);

        await using (var unit = await store.BeginAsync(ws))
        {
            await unit.Leads.UpdateAsync([copy]);
            Assert.Equal(version, copy.Version);
        }

        Assert.Equal((version, modifiedAt, modifiedBy), (copy.Version, copy.ModifiedAt, copy.ModifiedBy));
        Assert.Equal(1, (await FindLeadAsync(store, ws, lead.Id))!.Version);

        // The object is still good to save: nothing of the abandoned unit of work stuck to it.
        await InUnitAsync(store, ws, u => u.Leads.UpdateAsync([copy]));
        Assert.Equal(2, copy.Version);
    }

    [StoreFact]
    public async Task AddAsync_UnitDisposedWithoutCommit_TheObjectStaysNew()
    {
        var (store, ws) = await NewWorkspaceAsync();
        var lead = NewLead("Ada Lovelace");
        var before = JsonSerializer.Serialize(lead, LeadKitJsonOptions.Default);

        await using (var unit = await store.BeginAsync(ws))
        {
            await unit.Leads.AddAsync([lead]);
        }

        Assert.Equal(before, JsonSerializer.Serialize(lead, LeadKitJsonOptions.Default));
        Assert.Equal(0, lead.Version);
        await AddLeadsAsync(store, ws, lead);
        Assert.Equal(1, lead.Version);
    }

    [StoreFact]
    public async Task UpdateAsync_LaterBatchConflicts_EarlierSavedObjectsKeepTheirVersions()
    {
        var (store, ws) = await NewWorkspaceAsync();
        var first = NewLead("Ada Lovelace");
        var second = NewLead("Grace Hopper");
        await AddLeadsAsync(store, ws, first, second);
        var stale = (await FindLeadAsync(store, ws, second.Id))!;
        await InUnitAsync(store, ws, async u =>
        {
            var fresh = await u.Leads.GetAsync(second.Id);
            fresh.SetJobTitle("Rear Admiral");
            await u.Leads.UpdateAsync([fresh]);
        });

        var saved = (await FindLeadAsync(store, ws, first.Id))!;
        var stamps = (saved.Version, saved.ModifiedAt, saved.ModifiedBy);
        await using (var unit = await store.BeginAsync(ws))
        {
            saved.SetJobTitle("Countess");
            await unit.Leads.UpdateAsync([saved]);
            stale.SetJobTitle("Too late");
            await Assert.ThrowsAsync<ConcurrencyConflictException>(() => unit.Leads.UpdateAsync([stale]));
        }

        Assert.Equal(stamps, (saved.Version, saved.ModifiedAt, saved.ModifiedBy));
        Assert.Equal(1, stale.Version);
        Assert.Null((await FindLeadAsync(store, ws, first.Id))!.JobTitle);
    }

    [StoreFact]
    public async Task CommitAsync_Succeeds_MarksEveryObjectWithTheStoredVersionAndStamps()
    {
        var (store, ws) = await NewWorkspaceAsync();
        var lead = NewLead("Ada Lovelace");
        await AddLeadsAsync(store, ws, lead);
        var copy = (await FindLeadAsync(store, ws, lead.Id))!;

        await InUnitAsync(store, ws, async u =>
        {
            copy.SetJobTitle("Countess");
            await u.Leads.UpdateAsync([copy]);
            Assert.Equal(1, copy.Version);
        });

        var stored = (await FindLeadAsync(store, ws, lead.Id))!;
        Assert.Equal((stored.Version, stored.ModifiedAt, stored.ModifiedBy), (copy.Version, copy.ModifiedAt, copy.ModifiedBy));
        Assert.Equal(2, copy.Version);
    }
}
