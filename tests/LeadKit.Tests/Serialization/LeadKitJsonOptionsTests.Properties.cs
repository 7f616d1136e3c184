using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LeadKit.Contacts;
using LeadKit.CustomFields;
using LeadKit.History;
using LeadKit.Leads;
using LeadKit.Testing;
using LeadKit.Tests.Properties;
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

    /// <summary>
    /// Leads at every limit (50 entries of each kind, a 1 MiB photo, numbers at the ends of their
    /// ranges) survive the round trip; no case was discarded or fell short of a limit.
    /// </summary>
    [Fact]
    public void RoundTrip_LeadAtTheLimits_IsUnchanged()
    {
        var (cases, missed) = (0, new List<string>());
        PropertyRunner.Check(8, Prop.ForAll(Arb.From(LeadKitGenerators.LeadAtLimits()), lead =>
        {
            cases++;
            if (LimitCases.Missed(lead) is { } limit)
            {
                missed.Add(limit);
            }

            var json = Serialize(lead);
            var copy = Deserialize<Lead>(json);
            Assert.Empty(RecordComparer.Differences(lead, copy));
            Assert.Equal(json, Serialize(copy));
        }));

        Assert.Equal(8, cases);
        Assert.Empty(missed);
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
