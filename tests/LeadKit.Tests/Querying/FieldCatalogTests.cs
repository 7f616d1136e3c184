using LeadKit.CustomFields;
using LeadKit.Leads;
using LeadKit.Querying;
using LeadKit.Tests.Domain;

namespace LeadKit.Tests.Querying;

public sealed class FieldCatalogTests
{
    private static readonly CustomFieldDefinition Employees = new(RecordKind.Lead, "Employees", CustomFieldType.WholeNumber);
    private static readonly CustomFieldDefinition Vip = new(RecordKind.BusinessContact, "VIP", CustomFieldType.YesNo);

    [Fact]
    public void Find_ByFilterNameAliasAndBareCustomName()
    {
        var catalog = FieldCatalog.For(new CustomFieldSchema([Employees]));
        var quoted = FieldCatalog.For(new CustomFieldSchema([new CustomFieldDefinition(RecordKind.Lead, "Annual revenue", CustomFieldType.Decimal)]));

        Assert.Same(RecordField.Email, catalog.Find("emails"));
        Assert.Same(RecordField.ManualStars, catalog.Find("manualScore"));
        Assert.Same(RecordField.Checked, catalog.Find("CRITERIA"));
        Assert.Same(RecordField.Created, catalog.Find("createdAt"));
        Assert.Same(RecordField.FileAs, catalog.Find("fileAs"));
        Assert.Same(RecordField.FileAsFormat, catalog.Find("FILEASFORMAT"));
        Assert.Same(RecordField.Id, catalog.Find("id"));
        Assert.Equal("custom.Employees", catalog.Find("employees")!.Name);
        Assert.Same(Employees, catalog.Find("custom.employees")!.CustomField);
        Assert.Equal("custom.\"Annual revenue\"", quoted.Find("custom.\"Annual revenue\"")!.Name);
        Assert.Null(catalog.Find("nothing"));
        Assert.Equal(RecordField.BuiltIn.Count, FieldCatalog.BuiltIn.Count);
        Assert.Null(FieldCatalog.BuiltIn.Find("Employees"));
    }

    [Fact]
    public void Get_UnknownField_RefusedListingTheFields()
    {
        var error = ValidationAssert.Single(() => FieldCatalog.BuiltIn.Get("nothing"), "nothing", "LeadKit.Field.Unknown");

        Assert.StartsWith("'nothing' is not a field. The fields are: id, name, first,", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void For_TakesTheCustomFieldsOfOneKind()
    {
        var schema = new CustomFieldSchema([Employees, Vip]);

        Assert.Equal("custom.Employees", FieldCatalog.For(schema)[^1].Name);
        Assert.Equal("custom.VIP", FieldCatalog.For(schema, RecordKind.BusinessContact)[^1].Name);
        Assert.Null(FieldCatalog.For(schema).Find("VIP"));
    }

    [Fact]
    public void Supporting_PicksTheFieldsOfOneUse()
    {
        var catalog = FieldCatalog.For(new CustomFieldSchema([Employees]));

        Assert.Equal(
            ["name", "title", "company", "account", "assignedTo", "source", "rating", "initiatedBy", "areaOfInterest", "email", "phone", "webPage", "scoreType", "manualStars", "comments",
                "department", "office", "profession", "manager", "assistant", "nickname", "phoneticFirst", "phoneticLast", "phoneticCompany", "spouse", "imAddress", "territory", "birthday", "anniversary", "doNotCall", "doNotEmail", "doNotFax", "doNotSendLetter", "preferredContactMethod", "active", "custom.Employees"],
            catalog.Supporting(FieldCapabilities.Filter | FieldCapabilities.Set).Select(f => f.Name));
        Assert.Equal(catalog.Where(f => f.IsSortable), catalog.Supporting(FieldCapabilities.Sort));
        Assert.Empty(catalog.Supporting(FieldCapabilities.None));
    }
}
