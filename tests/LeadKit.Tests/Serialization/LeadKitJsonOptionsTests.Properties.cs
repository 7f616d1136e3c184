using FsCheck.Xunit;
using LeadKit.Contacts;
using LeadKit.CustomFields;
using LeadKit.History;
using LeadKit.Leads;
using LeadKit.Testing;
using static LeadKit.Tests.Serialization.SerializationFixtures;

namespace LeadKit.Tests.Serialization;

/// <summary>Any valid value survives the JSON round trip unchanged, and writes the same JSON again.</summary>
public sealed partial class LeadKitJsonOptionsTests
{
    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(LeadKitArbitraries) })]
    public void RoundTrip_AnyLead_IsUnchanged(Lead lead)
    {
        var json = Serialize(lead);
        var copy = Deserialize<Lead>(json);

        Assert.Empty(RecordComparer.Differences(lead, copy));
        Assert.Equal(json, Serialize(copy));
    }

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(LeadKitArbitraries) })]
    public void RoundTrip_AnyBusinessContact_IsUnchanged(BusinessContact contact)
    {
        var json = Serialize(contact);
        var copy = Deserialize<BusinessContact>(json);

        Assert.Empty(RecordComparer.Differences(contact, copy));
        Assert.Equal(json, Serialize(copy));
    }

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(LeadKitArbitraries) })]
    public void RoundTrip_AnyHistoryItem_IsUnchanged(HistoryItem item)
    {
        var json = Serialize(item);
        var copy = Deserialize<HistoryItem>(json);

        Assert.Equal(item, copy);
        Assert.Equal(json, Serialize(copy));
    }

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(LeadKitArbitraries) })]
    public void RoundTrip_AnyOpportunity_IsUnchanged(Opportunity opportunity)
    {
        var json = Serialize(opportunity);
        var copy = Deserialize<Opportunity>(json);

        // Equality compares decimals by value; the second JSON text also checks their scale.
        Assert.Equal(opportunity, copy);
        Assert.Equal(json, Serialize(copy));
    }

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(LeadKitArbitraries) })]
    public void RoundTrip_AnyCustomFieldValue_KeepsTypeAndInvariantText(CustomFieldValue value)
    {
        var copy = RoundTrip(value);

        Assert.Equal((value.Type, value.ToInvariantString()), (copy.Type, copy.ToInvariantString()));
    }

    [Property(MaxTest = 300, Arbitrary = new[] { typeof(LeadKitArbitraries) })]
    public void RoundTrip_AnyCustomFieldSchema_WritesTheSameJsonAgain(CustomFieldSchema schema) =>
        Assert.Equal(Serialize(schema), Serialize(RoundTrip(schema)));
}
