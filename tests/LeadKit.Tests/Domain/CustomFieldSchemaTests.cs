using LeadKit.CustomFields;
using LeadKit.Leads;

namespace LeadKit.Tests.Domain;

public sealed class CustomFieldSchemaTests
{
    private static readonly CustomFieldDefinition LeadBudget = new(RecordKind.Lead, "Budget", CustomFieldType.Currency, currencyCode: "EUR");
    private static readonly CustomFieldDefinition LeadSize = new(RecordKind.Lead, "Size", CustomFieldType.WholeNumber);
    private static readonly CustomFieldDefinition ContactBudget = new(RecordKind.BusinessContact, "Budget", CustomFieldType.Decimal);

    [Fact]
    public void Constructor_SameNameForTwoRecordKinds_IsAccepted()
    {
        var schema = new CustomFieldSchema([LeadBudget, LeadSize, ContactBudget]);

        Assert.Equal(3, schema.Count);
        Assert.Equal([LeadBudget, LeadSize], schema.For(RecordKind.Lead));
        Assert.Equal([ContactBudget], schema.For(RecordKind.BusinessContact));
        Assert.Equal([LeadBudget, LeadSize, ContactBudget], schema);
    }

    [Fact]
    public void Constructor_DuplicateNameIgnoringCase_IsRefusedWithDuplicate()
    {
        var twin = new CustomFieldDefinition(RecordKind.Lead, "BUDGET", CustomFieldType.Text);

        ValidationAssert.Single(() => new CustomFieldSchema([LeadBudget, LeadSize, twin]), "Budget", "LeadKit.CustomFieldSchema.Duplicate");
    }

    [Fact]
    public void Constructor_Null_ThrowsArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => new CustomFieldSchema(null!));
    }

    [Fact]
    public void Empty_HasNoDefinition()
    {
        Assert.Empty(CustomFieldSchema.Empty);
        Assert.Empty(CustomFieldSchema.Empty.For(RecordKind.Lead));
    }

    [Fact]
    public void Find_IgnoresCaseAndSurroundingSpaceAndMatchesTheRecordKind()
    {
        var schema = new CustomFieldSchema([LeadBudget, ContactBudget]);

        Assert.Same(LeadBudget, schema.Find(RecordKind.Lead, " budget "));
        Assert.Same(ContactBudget, schema.Find(RecordKind.BusinessContact, "BUDGET"));
        Assert.Null(schema.Find(RecordKind.Lead, "Size"));
        Assert.Null(schema.Find(RecordKind.Lead, null!));
    }
}
