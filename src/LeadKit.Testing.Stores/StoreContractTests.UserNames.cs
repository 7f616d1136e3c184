using LeadKit.Leads;
using LeadKit.Querying;
using LeadKit.Storage;

namespace LeadKit.Testing.Stores;

/// <content><c>assignedTo</c> conditions that name users by display name (<see cref="Filter.BindUsers"/>).</content>
public abstract partial class StoreContractTests
{
    [StoreFact]
    public async Task Query_AssignedToByDisplayName_FindsThatUsersRecords()
    {
        var (store, ws) = await NewWorkspaceAsync();
        var alice = new WorkspaceUser(UserId.New(), "Alice Martin");
        var bob = new WorkspaceUser(UserId.New(), "Bob Stone", isActive: false);
        await InUnitAsync(store, ws, async u =>
        {
            await u.Users.AddAsync(alice);
            await u.Users.AddAsync(bob);
        });
        var forAlice = NewLead("Ann Lee");
        forAlice.SetAssignedTo(alice.Id);
        var forBob = NewLead("Ben Ode");
        forBob.SetAssignedTo(bob.Id);
        var nobody = NewLead("Nia Moss");
        await AddLeadsAsync(store, ws, forAlice, forBob, nobody);

        async Task<LeadId[]> IdsAsync(string filter) =>
            [.. (await ReadAsync(store, ws, u => ToListAsync(u.Leads.QueryAsync(new RecordQuery(Filter.Parse(filter), SortSpec.Parse("name")))))).Select(l => l.Id)];

        Assert.Equal([forAlice.Id], await IdsAsync("assignedTo = \"alice martin\""));
        Assert.Equal([forAlice.Id], await IdsAsync($"assignedTo = \"{alice.Id}\""));
        Assert.Equal([forBob.Id], await IdsAsync("assignedTo = \"  Bob Stone \""));
        Assert.Equal([forAlice.Id, forBob.Id], await IdsAsync("assignedTo in (\"Alice Martin\", \"BOB STONE\")"));
        Assert.Equal([forBob.Id, nobody.Id], await IdsAsync("assignedTo != \"Alice Martin\""));
        Assert.Equal([forAlice.Id], await IdsAsync("not (assignedTo != \"Alice Martin\") and name starts-with \"A\""));
        Assert.Equal(1, await ReadAsync(store, ws, u => u.Leads.CountAsync(Filter.Parse("assignedTo = \"Alice Martin\""))));
        var page = await ReadAsync(store, ws, u => u.Leads.PageAsync(new RecordQuery(Filter.Parse("assignedTo = \"Bob Stone\"")), 10));
        Assert.Equal([forBob.Id], page.Items.Select(l => l.Id));
    }

    [StoreFact]
    public async Task Query_AssignedToUnknownOrAmbiguousName_IsAFilterExceptionNamingTheField()
    {
        var (store, ws) = await NewWorkspaceAsync();
        var first = new WorkspaceUser(UserId.New(), "Sam Lee");
        var second = new WorkspaceUser(UserId.New(), "sam lee");
        await InUnitAsync(store, ws, async u =>
        {
            await u.Users.AddAsync(first);
            await u.Users.AddAsync(second);
            await u.Users.AddAsync(new WorkspaceUser(UserId.New(), "Priya Raman"));
        });

        var unknown = await Assert.ThrowsAsync<FilterException>(() => ReadAsync(store, ws, u => u.Leads.CountAsync(Filter.Parse("assignedTo = \"Priya\""))));
        Assert.Equal("assignedTo", unknown.Field);
        Assert.Contains("\"Priya\"", unknown.Message, StringComparison.Ordinal);
        Assert.Contains("\"Priya Raman\"", unknown.Message, StringComparison.Ordinal);

        var ambiguous = await Assert.ThrowsAsync<FilterException>(() => ReadAsync(store, ws, u => ToListAsync(u.Leads.QueryAsync(new RecordQuery(Filter.Parse("assignedTo in (\"Sam Lee\")"))))));
        Assert.Equal("assignedTo", ambiguous.Field);
        Assert.Contains(first.Id.ToString(), ambiguous.Message, StringComparison.Ordinal);
        Assert.Contains(second.Id.ToString(), ambiguous.Message, StringComparison.Ordinal);
    }
}
