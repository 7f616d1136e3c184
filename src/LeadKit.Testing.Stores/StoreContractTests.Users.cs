using LeadKit.CustomFields;
using LeadKit.Leads;
using LeadKit.Storage;

namespace LeadKit.Testing.Stores;

/// <content>Users who share a workspace, and custom-field definitions.</content>
public abstract partial class StoreContractTests
{
    [StoreFact]
    public async Task Users_AddListReplaceFind()
    {
        var (store, ws) = await NewWorkspaceAsync();
        var zoe = new WorkspaceUser(UserId.New(), "zoe Zimmer");
        var adam = new WorkspaceUser(UserId.New(), "Adam Alder");
        var mia = new WorkspaceUser(UserId.New(), "Mia Miller", isActive: false);
        await InUnitAsync(store, ws, async u =>
        {
            await u.Users.AddAsync(zoe);
            await u.Users.AddAsync(adam);
            await u.Users.AddAsync(mia);
        });

        var listed = await ReadAsync(store, ws, u => ToListAsync(u.Users.ListAsync()));
        Assert.Equal([adam, mia, zoe], listed);

        var renamed = new WorkspaceUser(zoe.Id, "Aaron Zimmer", isActive: false);
        await InUnitAsync(store, ws, u => u.Users.ReplaceAsync(renamed));
        Assert.Equal(renamed, await ReadAsync(store, ws, u => u.Users.FindAsync(zoe.Id)));
        Assert.Equal([renamed, adam, mia], await ReadAsync(store, ws, u => ToListAsync(u.Users.ListAsync())));
        Assert.Null(await ReadAsync(store, ws, u => u.Users.FindAsync(UserId.New())));
    }

    [StoreFact]
    public async Task Users_AddingAnExistingIdentifier_ThrowsConflict()
    {
        var (store, a) = await NewWorkspaceAsync();
        var b = (await store.CreateWorkspaceAsync("B")).Id;
        var user = new WorkspaceUser(UserId.New(), "Only Once");
        await InUnitAsync(store, a, u => u.Users.AddAsync(user));

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => InUnitAsync(store, a, u => u.Users.AddAsync(user)));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => InUnitAsync(store, b, u => u.Users.AddAsync(user with { })));
        Assert.Empty(await ReadAsync(store, b, u => ToListAsync(u.Users.ListAsync())));
    }

    [StoreFact]
    public async Task Users_ReplacingAMissingUser_ThrowsRecordNotFound()
    {
        var (store, ws) = await NewWorkspaceAsync();

        await Assert.ThrowsAsync<RecordNotFoundException>(() => InUnitAsync(store, ws, u => u.Users.ReplaceAsync(new WorkspaceUser(UserId.New(), "Ghost"))));
    }

    [StoreFact]
    public async Task CustomFields_SaveReplaceRemove()
    {
        var (store, ws) = await NewWorkspaceAsync();
        var employees = new CustomFieldDefinition(RecordKind.Lead, "Employees", CustomFieldType.WholeNumber);
        var budget = new CustomFieldDefinition(RecordKind.Lead, "Budget", CustomFieldType.Currency, currencyCode: "EUR");
        var tier = new CustomFieldDefinition(RecordKind.BusinessContact, "Tier", CustomFieldType.Choice, choices: ["Gold", "Silver"]);
        await InUnitAsync(store, ws, async u =>
        {
            await u.CustomFields.SaveAsync(employees);
            await u.CustomFields.SaveAsync(budget);
            await u.CustomFields.SaveAsync(tier);
        });

        var schema = await ReadAsync(store, ws, u => u.CustomFields.GetSchemaAsync());
        Assert.Equal(3, schema.Count);
        Assert.Equal(budget, schema.Find(RecordKind.Lead, "budget"));
        Assert.Equal(tier, schema.Find(RecordKind.BusinessContact, "Tier"));
        Assert.Null(schema.Find(RecordKind.BusinessContact, "Employees"));

        var renamedCase = new CustomFieldDefinition(RecordKind.Lead, "EMPLOYEES", CustomFieldType.Decimal, isRequired: true);
        await InUnitAsync(store, ws, u => u.CustomFields.SaveAsync(renamedCase));
        schema = await ReadAsync(store, ws, u => u.CustomFields.GetSchemaAsync());
        Assert.Equal(3, schema.Count);
        Assert.Equal(renamedCase, schema.Find(RecordKind.Lead, "Employees"));

        var removed = false;
        await InUnitAsync(store, ws, async u => removed = await u.CustomFields.RemoveAsync(RecordKind.Lead, "employees"));
        Assert.True(removed);
        Assert.False(await ReadAsync(store, ws, u => u.CustomFields.RemoveAsync(RecordKind.Lead, "Employees")));
        schema = await ReadAsync(store, ws, u => u.CustomFields.GetSchemaAsync());
        Assert.Equal([budget, tier], schema.OrderBy(d => d.Name, StringComparer.Ordinal));
    }

    [StoreFact]
    public async Task CustomFields_AreIsolatedPerWorkspace()
    {
        var (store, a) = await NewWorkspaceAsync();
        var b = (await store.CreateWorkspaceAsync("B")).Id;
        await InUnitAsync(store, a, u => u.CustomFields.SaveAsync(new CustomFieldDefinition(RecordKind.Lead, "Only In A", CustomFieldType.Text)));

        Assert.Empty(await ReadAsync(store, b, u => u.CustomFields.GetSchemaAsync()));
        Assert.False(await ReadAsync(store, b, u => u.CustomFields.RemoveAsync(RecordKind.Lead, "Only In A")));
        Assert.Single(await ReadAsync(store, a, u => u.CustomFields.GetSchemaAsync()));
    }
}
