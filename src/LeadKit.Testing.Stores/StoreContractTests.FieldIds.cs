using LeadKit.Leads;
using LeadKit.Querying;
using LeadKit.Storage;

namespace LeadKit.Testing.Stores;

/// <content>Conditions that compare ids: the record's own (<c>id</c>) and a referenced record's (<c>account</c>, <c>initiatedBy</c>).</content>
public abstract partial class StoreContractTests
{
    [StoreFact]
    public async Task Query_Id_FindsRecordsByTheirIds()
    {
        var (store, ws) = await NewWorkspaceAsync();
        var ann = NewLead("Ann Lee");
        var bob = NewLead("Bob Stone");
        var cy = NewLead("Cy Moss");
        await AddLeadsAsync(store, ws, ann, bob, cy);

        async Task<LeadId[]> IdsAsync(string filter) =>
            [.. (await ReadAsync(store, ws, u => ToListAsync(u.Leads.QueryAsync(new RecordQuery(Filter.Parse(filter), SortSpec.Parse("name")))))).Select(l => l.Id)];

        Assert.Equal([bob.Id], await IdsAsync($"id = \"{bob.Id}\""));
        Assert.Equal([bob.Id], await IdsAsync($"id = \"{bob.Id.Value.ToString("D").ToUpperInvariant()}\""));
        Assert.Equal([ann.Id, cy.Id], await IdsAsync($"id in (\"{cy.Id}\", \"{ann.Id}\", \"{Guid.NewGuid()}\")"));
        Assert.Equal([ann.Id, cy.Id], await IdsAsync($"id != \"{bob.Id}\""));
        Assert.Empty(await IdsAsync($"id = \"{Guid.NewGuid()}\" or id is empty"));
        Assert.Equal(2, await ReadAsync(store, ws, u => u.Leads.CountAsync(RecordField.Id.In(ann.Id.ToString(), cy.Id.ToString()))));
    }

    [StoreFact]
    public async Task Query_AccountAndInitiatedBy_CompareTheNameOrTheIdTheLiteralNames()
    {
        var (store, ws) = await NewWorkspaceAsync();
        var contoso = new AccountReference(AccountId.New(), "Contoso");
        var referrer = new WorkspaceUser(UserId.New(), "Bo Chen");
        await InUnitAsync(store, ws, u => u.Users.AddAsync(referrer));
        var ann = NewLead("Ann Lee");
        ann.LinkAccount(contoso);
        ann.SetInitiatedBy(InitiatedBy.FromUser(referrer.Id, "Bo Chen"));
        var bob = NewLead("Bob Stone");
        bob.LinkAccount(new AccountReference(AccountId.New(), "Contoso"));
        var cy = NewLead("Cy Moss");
        await AddLeadsAsync(store, ws, ann, bob, cy);

        async Task<LeadId[]> IdsAsync(string filter) =>
            [.. (await ReadAsync(store, ws, u => ToListAsync(u.Leads.QueryAsync(new RecordQuery(Filter.Parse(filter), SortSpec.Parse("name")))))).Select(l => l.Id)];

        Assert.Equal([ann.Id, bob.Id], await IdsAsync("account = \"contoso\""));
        Assert.Equal([ann.Id], await IdsAsync($"account = \"{contoso.Id}\""));
        Assert.Equal([ann.Id], await IdsAsync($"account = \"{RecordField.Account.FormatValue(contoso)}\""));
        Assert.Equal([bob.Id, cy.Id], await IdsAsync($"account != \"{contoso.Id.ToString().ToUpperInvariant()} Contoso\""));
        Assert.Equal([ann.Id, bob.Id], await IdsAsync($"account in (\"{contoso.Id}\", \"CONTOSO\")"));
        Assert.Equal([ann.Id], await IdsAsync($"account in (\"{contoso.Id}\", \"Fabrikam\")"));
        Assert.Equal([ann.Id], await IdsAsync("initiatedBy = \"bo chen\""));
        Assert.Equal([ann.Id], await IdsAsync($"initiatedBy = \"user:{referrer.Id}\""));
        Assert.Empty(await IdsAsync($"initiatedBy = \"{referrer.Id}\""));
        Assert.Equal([ann.Id], await IdsAsync($"initiatedBy = \"{RecordField.InitiatedBy.FormatValue(ann.InitiatedBy!)}\""));
        Assert.Empty(await IdsAsync($"initiatedBy = \"user:{Guid.NewGuid()} Bo Chen\""));
    }
}
