using LeadKit.Conversion;
using LeadKit.CustomFields;
using LeadKit.Leads;
using NodaTime;

namespace LeadKit.Tests.Operations;

public sealed class CustomFieldMappingTests
{
    private static readonly CustomFieldSchema Schema = new(
    [
        new CustomFieldDefinition(RecordKind.BusinessContact, "Count", CustomFieldType.Decimal),
        new CustomFieldDefinition(RecordKind.BusinessContact, "Label", CustomFieldType.Text, maxLength: 4),
        new CustomFieldDefinition(RecordKind.BusinessContact, "Tier", CustomFieldType.Choice, choices: ["Gold", "Silver"]),
        new CustomFieldDefinition(RecordKind.BusinessContact, "Budget", CustomFieldType.Currency, currencyCode: "EUR"),
        new CustomFieldDefinition(RecordKind.BusinessContact, "When", CustomFieldType.Date),
    ]);

    private static readonly CustomFieldDefinition EuroBudget = new(RecordKind.Lead, "Budget", CustomFieldType.Currency, currencyCode: "EUR");
    private static readonly CustomFieldDefinition DollarBudget = new(RecordKind.Lead, "Budget", CustomFieldType.Currency, currencyCode: "USD");

    [Fact]
    public void Map_CompatibleTypes_MapLosslessly()
    {
        var number = CustomFieldMapping.Map("count", CustomFieldValue.FromWholeNumber(12), null, Schema);
        var choiceToText = CustomFieldMapping.Map("Label", CustomFieldValue.FromChoice("Gold"), null, Schema);
        var textToChoice = CustomFieldMapping.Map("Tier", CustomFieldValue.FromText("silver"), null, Schema);
        var money = CustomFieldMapping.Map("Budget", CustomFieldValue.FromCurrency(10m), EuroBudget, Schema);
        var date = CustomFieldMapping.Map("When", CustomFieldValue.FromDate(new LocalDate(2027, 1, 1)), null, Schema);

        Assert.All([number, choiceToText, textToChoice, money, date], m => Assert.True(m.IsMapped));
        Assert.Equal(("Count", CustomFieldType.Decimal, "12"), (number.ContactField, number.ContactValue!.Type, number.ContactValue.ToInvariantString()));
        Assert.Equal(CustomFieldType.Text, choiceToText.ContactValue!.Type);
        Assert.Equal(("silver", CustomFieldType.Choice), (textToChoice.ContactValue!.AsText, textToChoice.ContactValue.Type));
        Assert.Null(number.Reason);
        Assert.Equal("count → Count: 12", number.ToString());
    }

    [Fact]
    public void Map_NoPlace_IsReportedWithTheReason()
    {
        var missing = CustomFieldMapping.Map("Shoe size", CustomFieldValue.FromWholeNumber(44), null, Schema);
        var type = CustomFieldMapping.Map("When", CustomFieldValue.FromText("soon"), null, Schema);
        var currency = CustomFieldMapping.Map("Budget", CustomFieldValue.FromCurrency(10m), DollarBudget, Schema);
        var unknownCurrency = CustomFieldMapping.Map("Budget", CustomFieldValue.FromCurrency(10m), null, Schema);
        var tooLong = CustomFieldMapping.Map("Label", CustomFieldValue.FromText("Platinum"), null, Schema);
        var notAChoice = CustomFieldMapping.Map("Tier", CustomFieldValue.FromText("Bronze"), null, Schema);

        Assert.Equal(CustomFieldMappingStatus.NoSuchField, missing.Status);
        Assert.Equal(CustomFieldMappingStatus.TypeMismatch, type.Status);
        Assert.Equal(CustomFieldMappingStatus.TypeMismatch, currency.Status);
        Assert.Contains("in USD", currency.Reason, StringComparison.Ordinal);
        Assert.Contains("no longer defines", unknownCurrency.Reason, StringComparison.Ordinal);
        Assert.Equal(CustomFieldMappingStatus.ValueDoesNotFit, tooLong.Status);
        Assert.Equal(CustomFieldMappingStatus.TypeMismatch, notAChoice.Status);
        Assert.All([missing, type, currency, tooLong, notAChoice], m => Assert.Null(m.ContactField));
        Assert.Equal("Shoe size (44): not carried over, business contacts have no custom field 'Shoe size'", missing.ToString());
    }
}
