using LeadKit.Contacts;
using LeadKit.CustomFields;
using LeadKit.Leads;
using LeadKit.Querying;
using LeadKit.Scoring;
using LeadKit.Storage;

namespace LeadKit.Testing.Stores;

/// <content>Updates of multi-valued fields (e-mails, phones, addresses, criteria, custom values): filters see exactly the new values.</content>
public abstract partial class StoreContractTests
{
    [StoreFact]
    public async Task UpdateAsync_MultiValuedFieldsChangedInOneBatch_FiltersSeeOnlyTheNewValues()
    {
        var (store, ws) = await NewWorkspaceAsync();
        var size = new CustomFieldDefinition(RecordKind.Lead, "Size", CustomFieldType.WholeNumber);
        var sizeText = new CustomFieldDefinition(RecordKind.Lead, "Size", CustomFieldType.Text);
        var budget = new CustomFieldDefinition(RecordKind.Lead, "Budget", CustomFieldType.Currency, currencyCode: "EUR");
        var tag = new CustomFieldDefinition(RecordKind.Lead, "Tag", CustomFieldType.Text);

        Lead Seeded(string name)
        {
            var lead = NewLead(name);
            lead.AddEmail(EmailEntry.Business($"{name.ToLowerInvariant()}@old.example"));
            lead.AddEmail(EmailEntry.Business($"{name.ToLowerInvariant()}@keep.example"));
            lead.AddPhone(new PhoneNumber(PhoneKind.Business, "+1 555 010 0001"));
            lead.AddAddress(new PostalAddress(AddressKind.Business, city: "London", country: "UK"));
            lead.AddAddress(new PostalAddress(AddressKind.Home, city: "Paris", country: "France"));
            lead.CheckCriterion(new CriterionId("budget"), Start);
            lead.SetCustomField(size, CustomFieldValue.FromWholeNumber(10));
            lead.SetCustomField(budget, CustomFieldValue.FromCurrency(99.99m));
            return lead;
        }

        var (changed, scalarOnly, untouched) = (Seeded("Changed"), Seeded("Scalar"), Seeded("Untouched"));
        await InUnitAsync(store, ws, u => u.Leads.AddAsync([changed, scalarOnly, untouched]));

        await InUnitAsync(store, ws, async u =>
        {
            var c = await u.Leads.GetAsync(changed.Id);
            c.RemoveEmail(EmailAddress.Parse("changed@old.example"));
            c.AddEmail(EmailEntry.Business("changed@new.example"));
            c.ClearPhones();
            c.ClearAddresses();
            c.AddAddress(new PostalAddress(AddressKind.Business, city: "Berlin", country: "Germany"));
            c.UncheckCriterion(new CriterionId("budget"));
            c.CheckCriterion(new CriterionId("authority"), Start);
            c.SetCustomField(size, null);
            c.SetCustomField(sizeText, CustomFieldValue.FromText("large"));
            c.SetCustomField(budget, CustomFieldValue.FromCurrency(100m));
            c.SetCustomField(tag, CustomFieldValue.FromText("vip"));
            var s = await u.Leads.GetAsync(scalarOnly.Id);
            s.SetJobTitle("Buyer");
            await u.Leads.UpdateAsync([c, s]);
        });

        async Task<string[]> Names(string filter)
        {
            var found = await ReadAsync(store, ws, u => ToListAsync(u.Leads.QueryAsync(new RecordQuery(Filter.Parse(filter)))));
            var labels = new Dictionary<LeadId, string> { [changed.Id] = "Changed", [scalarOnly.Id] = "Scalar", [untouched.Id] = "Untouched" };
            return [.. found.Select(l => labels[l.Id]).Order(StringComparer.Ordinal)];
        }

        Assert.Equal(["Scalar", "Untouched"], await Names("email ends-with \"@old.example\""));
        Assert.Equal(["Changed"], await Names("email = \"changed@new.example\""));
        Assert.Equal(["Changed", "Scalar", "Untouched"], await Names("email ends-with \"@keep.example\""));
        Assert.Equal(["Scalar", "Untouched"], await Names("phone is not empty"));
        Assert.Equal(["Changed"], await Names("phone is empty"));
        Assert.Equal(["Scalar", "Untouched"], await Names("city = \"paris\""));
        Assert.Equal(["Changed"], await Names("city = \"berlin\""));
        Assert.Empty(await Names("city = \"london\" and country = \"germany\""));
        Assert.Equal(["Scalar", "Untouched"], await Names("checked = \"budget\""));
        Assert.Equal(["Changed"], await Names("checked = \"authority\""));
        Assert.Equal(["Scalar", "Untouched"], await Names("custom.Size = 10"));
        Assert.Equal(["Changed"], await Names("custom.Size = \"large\""));
        Assert.Equal(["Changed"], await Names("custom.Budget = 100"));
        Assert.Equal(["Scalar", "Untouched"], await Names("custom.Budget = 99.99"));
        Assert.Equal(["Changed"], await Names("custom.Tag is not empty"));
        Assert.Equal(["Scalar"], await Names("title = \"buyer\""));
    }
}
