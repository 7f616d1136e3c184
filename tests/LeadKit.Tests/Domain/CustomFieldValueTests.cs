using LeadKit.CustomFields;
using NodaTime;

namespace LeadKit.Tests.Domain;

public sealed class CustomFieldValueTests
{
    [Fact]
    public void FromText_ExposesTheText()
    {
        var value = CustomFieldValue.FromText("hello");

        Assert.Equal(CustomFieldType.Text, value.Type);
        Assert.Equal("hello", value.AsText);
        Assert.Equal("hello", value.ToInvariantString());
        Assert.Equal("Text: hello", value.ToString());
    }

    [Fact]
    public void FromChoice_ExposesTheChoiceAsText()
    {
        var value = CustomFieldValue.FromChoice("Gold");

        Assert.Equal(CustomFieldType.Choice, value.Type);
        Assert.Equal("Gold", value.AsText);
    }

    [Fact]
    public void FromWholeNumber_ExposesTheNumberAndItsDecimalWidening()
    {
        var value = CustomFieldValue.FromWholeNumber(long.MinValue);

        Assert.Equal(long.MinValue, value.AsWholeNumber);
        Assert.Equal(long.MinValue, value.AsDecimal);
        Assert.Equal("-9223372036854775808", value.ToInvariantString());
    }

    [Fact]
    public void FromDecimal_KeepsEveryDigit()
    {
        var value = CustomFieldValue.FromDecimal(0.1m + 0.2m);

        Assert.Equal(0.3m, value.AsDecimal);
        Assert.Equal("0.3", value.ToInvariantString());
    }

    [Fact]
    public void FromCurrency_ExposesTheAmount()
    {
        var value = CustomFieldValue.FromCurrency(1234.50m);

        Assert.Equal(CustomFieldType.Currency, value.Type);
        Assert.Equal(1234.50m, value.AsDecimal);
        Assert.Equal("1234.50", value.ToInvariantString());
    }

    [Fact]
    public void FromDate_RendersIso()
    {
        var value = CustomFieldValue.FromDate(new LocalDate(2026, 11, 27));

        Assert.Equal(new LocalDate(2026, 11, 27), value.AsDate);
        Assert.Equal("2026-11-27", value.ToInvariantString());
    }

    [Fact]
    public void FromYesNo_RendersTrueOrFalse()
    {
        Assert.True(CustomFieldValue.FromYesNo(true).AsYesNo);
        Assert.False(CustomFieldValue.FromYesNo(false).AsYesNo);
        Assert.Equal("true", CustomFieldValue.FromYesNo(true).ToInvariantString());
        Assert.Equal("false", CustomFieldValue.FromYesNo(false).ToInvariantString());
    }

    [Fact]
    public void FromTextOrChoice_Null_ThrowsArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => CustomFieldValue.FromText(null!));
        Assert.Throws<ArgumentNullException>(() => CustomFieldValue.FromChoice(null!));
    }

    [Fact]
    public void Accessors_OfAnotherType_ThrowInvalidOperation()
    {
        var text = CustomFieldValue.FromText("x");
        var date = CustomFieldValue.FromDate(new LocalDate(2026, 1, 1));

        Assert.Throws<InvalidOperationException>(() => text.AsWholeNumber);
        Assert.Throws<InvalidOperationException>(() => text.AsDecimal);
        Assert.Throws<InvalidOperationException>(() => text.AsDate);
        Assert.Throws<InvalidOperationException>(() => text.AsYesNo);
        Assert.Throws<InvalidOperationException>(() => date.AsText);
        Assert.Throws<InvalidOperationException>(() => CustomFieldValue.FromDecimal(1m).AsWholeNumber);
        Assert.Throws<InvalidOperationException>(() => CustomFieldValue.FromYesNo(true).AsDecimal);
    }

    [Fact]
    public void Equals_ComparesTypeAndValue()
    {
        Assert.Equal(CustomFieldValue.FromText("a"), CustomFieldValue.FromText("a"));
        Assert.Equal(CustomFieldValue.FromText("a").GetHashCode(), CustomFieldValue.FromText("a").GetHashCode());
        Assert.NotEqual(CustomFieldValue.FromText("a"), CustomFieldValue.FromText("A"));
        Assert.NotEqual(CustomFieldValue.FromText("Gold"), CustomFieldValue.FromChoice("Gold"));
        Assert.NotEqual(CustomFieldValue.FromDecimal(1m), CustomFieldValue.FromCurrency(1m));
        Assert.NotEqual(CustomFieldValue.FromWholeNumber(1), CustomFieldValue.FromYesNo(true));
        Assert.False(CustomFieldValue.FromText("a").Equals(null));
    }
}
