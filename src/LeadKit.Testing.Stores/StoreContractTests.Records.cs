using LeadKit.Contacts;
using LeadKit.Leads;
using LeadKit.Storage;

namespace LeadKit.Testing.Stores;

/// <content>Adding, reading, updating and deleting leads and business contacts; versions.</content>
public abstract partial class StoreContractTests
{
    [StoreFact]
    public async Task AddAsync_NewLead_IsStoredAtVersionOne()
    {
        var (store, ws) = await NewWorkspaceAsync();
        var lead = NewLead("Ada Lovelace", "Analytical Engines");

        await AddLeadsAsync(store, ws, lead);

        Assert.Equal(1, lead.Version);
        var stored = await FindLeadAsync(store, ws, lead.Id);
        Assert.NotNull(stored);
        Assert.Equal(1, stored.Version);
        Assert.Equal("Ada Lovelace", stored.Name.FullName);
        Assert.Equal("Analytical Engines", stored.CompanyName);
        Assert.Equal(lead.ModifiedAt, stored.ModifiedAt);
        Assert.Equal(lead.CreatedAt, stored.CreatedAt);
    }

    [StoreFact]
    public async Task AddAsync_StampsModifiedWithTheClockAndActingUser()
    {
        var (store, ws) = await NewWorkspaceAsync();
        var user = new WorkspaceUser(UserId.New(), "Grace Hopper");
        await InUnitAsync(store, ws, u => u.Users.AddAsync(user));
        var lead = NewLead("Ada Lovelace");
        var before = Clock.GetCurrentInstant();

        await using (var unit = await store.BeginAsync(ws, user.Id))
        {
            await unit.Leads.AddAsync([lead]);
            await unit.CommitAsync();
        }

        var stored = await FindLeadAsync(store, ws, lead.Id);
        Assert.NotNull(stored);
        Assert.Equal(user.Id, stored.ModifiedBy);
        Assert.True(stored.ModifiedAt > before);
    }

    [StoreFact]
    public async Task AddAsync_RecordNotAtVersionZero_IsRefused()
    {
        var (store, ws) = await NewWorkspaceAsync();
        var lead = NewLead("Ada Lovelace");
        StoreRecords.MarkSaved(lead, Clock.GetCurrentInstant(), null, 3);

        await using var unit = await store.BeginAsync(ws);
        await Assert.ThrowsAsync<ArgumentException>(() => unit.Leads.AddAsync([lead]));
    }

    [StoreFact]
    public async Task AddAsync_ExistingIdentifier_ThrowsConflict()
    {
        var (store, ws) = await NewWorkspaceAsync();
        var lead = NewLead("Ada Lovelace");
        await AddLeadsAsync(store, ws, lead);
        var again = Lead.Restore(lead.Id, PersonName.Parse("Someone Else"), Clock.GetCurrentInstant());

        var error = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => AddLeadsAsync(store, ws, again));

        Assert.Equal(lead.Id.ToString(), error.RecordId);
        Assert.Equal("Ada Lovelace", (await FindLeadAsync(store, ws, lead.Id))!.Name.FullName);
    }

    [StoreFact]
    public async Task AddAsync_SameIdentifierTwiceInOneBatch_ThrowsConflict()
    {
        var (store, ws) = await NewWorkspaceAsync();
        var lead = NewLead("Ada Lovelace");
        var twin = Lead.Restore(lead.Id, PersonName.Parse("Ada Twin"), Clock.GetCurrentInstant());

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => AddLeadsAsync(store, ws, lead, twin));

        Assert.Null(await FindLeadAsync(store, ws, lead.Id));
    }

    [StoreFact]
    public async Task AddAsync_ManyLeads_AllStored()
    {
        var (store, ws) = await NewWorkspaceAsync();
        var leads = Enumerable.Range(0, 250).Select(i => NewLead($"Lead {i:D3}", $"Company {i % 7}")).ToArray();

        await AddLeadsAsync(store, ws, leads);

        var count = await ReadAsync(store, ws, u => u.Leads.CountAsync());
        Assert.Equal(250, count);
        Assert.All(leads, l => Assert.Equal(1, l.Version));
        var stored = await ReadAsync(store, ws, u => ToListAsync(u.Leads.QueryAsync(RecordQuery.All)));
        Assert.Equal(leads.Select(l => l.Id).OrderBy(i => i), stored.Select(l => l.Id));
    }

    [StoreFact]
    public async Task GetAsync_Missing_ThrowsRecordNotFound()
    {
        var (store, ws) = await NewWorkspaceAsync();
        var id = LeadId.New();

        var error = await Assert.ThrowsAsync<RecordNotFoundException>(() => ReadAsync(store, ws, u => u.Leads.GetAsync(id)));

        Assert.Equal(id.ToString(), error.RecordId);
        Assert.Null(await FindLeadAsync(store, ws, id));
    }

    [StoreFact]
    public async Task FindAsync_ReturnsACopy_ChangingItChangesNothingStored()
    {
        var (store, ws) = await NewWorkspaceAsync();
        var lead = NewLead("Ada Lovelace", "Before");
        await AddLeadsAsync(store, ws, lead);

        await using (var unit = await store.BeginAsync(ws))
        {
            var copy = await unit.Leads.GetAsync(lead.Id);
            copy.SetCompanyName("After");
            var again = await unit.Leads.GetAsync(lead.Id);
            Assert.Equal("Before", again.CompanyName);
            await unit.CommitAsync();
        }

        Assert.Equal("Before", (await FindLeadAsync(store, ws, lead.Id))!.CompanyName);
    }

    [StoreFact]
    public async Task UpdateAsync_IncrementsVersionByOnePerUpdate()
    {
        var (store, ws) = await NewWorkspaceAsync();
        var lead = NewLead("Ada Lovelace");
        await AddLeadsAsync(store, ws, lead);

        for (var i = 2; i <= 4; i++)
        {
            var n = i;
            Lead? current = null;
            await InUnitAsync(store, ws, async u =>
            {
                current = await u.Leads.GetAsync(lead.Id);
                current.SetJobTitle($"Title {n}");
                await u.Leads.UpdateAsync([current]);
                Assert.Equal(n - 1, current.Version);
            });
            Assert.Equal(n, current!.Version);
        }

        var stored = await FindLeadAsync(store, ws, lead.Id);
        Assert.Equal(4, stored!.Version);
        Assert.Equal("Title 4", stored.JobTitle);
    }

    [StoreFact]
    public async Task UpdateAsync_TwiceInOneUnitOfWork_CountsTwoVersions()
    {
        var (store, ws) = await NewWorkspaceAsync();
        var lead = NewLead("Ada Lovelace");
        await AddLeadsAsync(store, ws, lead);

        Lead? current = null;
        await InUnitAsync(store, ws, async u =>
        {
            current = await u.Leads.GetAsync(lead.Id);
            current.SetJobTitle("First");
            await u.Leads.UpdateAsync([current]);
            current.SetJobTitle("Second");
            await u.Leads.UpdateAsync([current]);
            Assert.Equal(1, current.Version);
        });
        Assert.Equal(3, current!.Version);

        var stored = await FindLeadAsync(store, ws, lead.Id);
        Assert.Equal(3, stored!.Version);
        Assert.Equal("Second", stored.JobTitle);
    }

    [StoreFact]
    public async Task UpdateAsync_StampsModifiedAt()
    {
        var (store, ws) = await NewWorkspaceAsync();
        var lead = NewLead("Ada Lovelace");
        await AddLeadsAsync(store, ws, lead);
        var addedAt = lead.ModifiedAt;

        await InUnitAsync(store, ws, async u =>
        {
            var current = await u.Leads.GetAsync(lead.Id);
            current.SetJobTitle("Countess");
            await u.Leads.UpdateAsync([current]);
        });

        var stored = await FindLeadAsync(store, ws, lead.Id);
        Assert.True(stored!.ModifiedAt > addedAt);
        Assert.Equal(lead.CreatedAt, stored.CreatedAt);
    }

    [StoreFact]
    public async Task UpdateAsync_ManyLeadsInOneBatch_AllUpdated()
    {
        var (store, ws) = await NewWorkspaceAsync();
        var leads = Enumerable.Range(0, 120).Select(i => NewLead($"Lead {i:D3}")).ToArray();
        await AddLeadsAsync(store, ws, leads);

        await InUnitAsync(store, ws, async u =>
        {
            var all = await ToListAsync(u.Leads.QueryAsync(RecordQuery.All));
            foreach (var lead in all)
            {
                lead.SetManualScore(3);
            }

            await u.Leads.UpdateAsync(all);
        });

        var stored = await ReadAsync(store, ws, u => ToListAsync(u.Leads.QueryAsync(RecordQuery.All)));
        Assert.Equal(120, stored.Count);
        Assert.All(stored, l => Assert.Equal((2L, 3), (l.Version, l.ManualStars ?? -1)));
    }

    [StoreFact]
    public async Task DeleteAsync_CurrentVersion_RemovesTheRecord()
    {
        var (store, ws) = await NewWorkspaceAsync();
        var lead = NewLead("Ada Lovelace");
        await AddLeadsAsync(store, ws, lead);

        await InUnitAsync(store, ws, u => u.Leads.DeleteAsync(lead.Id, 1));

        Assert.Null(await FindLeadAsync(store, ws, lead.Id));
        Assert.Equal(0, await ReadAsync(store, ws, u => u.Leads.CountAsync()));
    }

    [StoreFact]
    public async Task DeleteAsync_Missing_ThrowsRecordNotFound()
    {
        var (store, ws) = await NewWorkspaceAsync();

        await using var unit = await store.BeginAsync(ws);
        await Assert.ThrowsAsync<RecordNotFoundException>(() => unit.Leads.DeleteAsync(LeadId.New(), 1));
    }

    [StoreFact]
    public async Task Contacts_AddUpdateDelete_BehaveLikeLeads()
    {
        var (store, ws) = await NewWorkspaceAsync();
        var contact = NewContact("Charles Babbage");
        contact.SetDepartment("Engines");
        contact.SetNickname("Charlie");

        await InUnitAsync(store, ws, u => u.Contacts.AddAsync([contact]));
        Assert.Equal(1, contact.Version);

        BusinessContact? current = null;
        await InUnitAsync(store, ws, async u =>
        {
            current = await u.Contacts.GetAsync(contact.Id);
            Assert.Equal("Charlie", current.Nickname);
            current.SetDepartment("Difference Engines");
            current.SetNickname(null);
            await u.Contacts.UpdateAsync([current]);
        });
        Assert.Equal(2, current!.Version);

        var stored = await ReadAsync(store, ws, u => u.Contacts.FindAsync(contact.Id));
        Assert.Equal(2, stored!.Version);
        Assert.Equal("Difference Engines", stored.Department);
        Assert.Null(stored.Nickname);
        Assert.Null(await FindLeadAsync(store, ws, new LeadId(contact.Id.Value)));

        await InUnitAsync(store, ws, u => u.Contacts.DeleteAsync(contact.Id, 2));
        Assert.Null(await ReadAsync(store, ws, u => u.Contacts.FindAsync(contact.Id)));
    }

    [StoreFact]
    public async Task Contacts_ConvertedLead_KeepsBothLinks()
    {
        var (store, ws) = await NewWorkspaceAsync();
        var lead = NewLead("Ada Lovelace", "Analytical Engines");
        await AddLeadsAsync(store, ws, lead);

        var contactId = ContactId.New();
        await InUnitAsync(store, ws, async u =>
        {
            var current = await u.Leads.GetAsync(lead.Id);
            var contact = BusinessContact.FromLead(current, contactId, Clock.GetCurrentInstant());
            current.MarkConverted(contactId);
            await u.Contacts.AddAsync([contact]);
            await u.Leads.UpdateAsync([current]);
        });

        var storedLead = await FindLeadAsync(store, ws, lead.Id);
        var storedContact = await ReadAsync(store, ws, u => u.Contacts.GetAsync(contactId));
        Assert.Equal(contactId, storedLead!.ConvertedTo);
        Assert.Equal(lead.Id, storedContact.ConvertedFrom);
        Assert.Equal("Analytical Engines", storedContact.CompanyName);
    }
}
