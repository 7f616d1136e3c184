using LeadKit.Contacts;
using LeadKit.CustomFields;
using LeadKit.History;
using LeadKit.Leads;
using LeadKit.Scoring;
using LeadKit.Testing;
using NodaTime;
using static LeadKit.Tests.Serialization.SerializationFixtures;

namespace LeadKit.Tests.Serialization;

/// <summary>Every field survives a write and a read, exactly.</summary>
public sealed partial class LeadKitJsonOptionsTests
{
    [Fact]
    public void RoundTrip_FullLead_KeepsEveryField()
    {
        var lead = FullLead();

        var copy = RoundTrip(lead);

        Assert.Empty(RecordComparer.Differences(lead, copy));
        Assert.Equal(Serialize(lead), Serialize(copy));
    }

    [Fact]
    public void RoundTrip_FullLead_KeepsTheDetailsEqualityDoesNotSee()
    {
        var copy = RoundTrip(FullLead());

        Assert.Equal(Precise, copy.CriterionChecks[new CriterionId("budget-confirmed")]);
        Assert.Equal(new CriterionId[] { new("1st-contact"), new("budget-confirmed") }, copy.CriterionChecks.Keys);
        Assert.Equal(4, copy.CustomFields["discount"].AsDecimal.Scale);
        Assert.Equal(-0.0750m, copy.CustomFields["Discount"].AsDecimal);
        Assert.Equal(2, copy.CustomFields["Budget"].AsDecimal.Scale);
        Assert.Equal(CustomFieldType.Currency, copy.CustomFields["Budget"].Type);
        Assert.Equal(CustomFieldType.Choice, copy.CustomFields["Tier"].Type);
        Assert.Equal(long.MaxValue, copy.CustomFields["Seats"].AsWholeNumber);
        Assert.Equal("  EMEA (west) ", copy.CustomFields["Region"].AsText);
        Assert.Equal(PngBytes, copy.Photo!.Content.ToArray());
        Assert.Equal("Example.COM", copy.Emails[0].Address.Domain);
        Assert.Equal(ScoreType.Automatic, copy.ScoreType);
        Assert.Equal(4, copy.ManualStars);
        Assert.Equal(1, copy.Addresses.ToList().FindIndex(a => a.IsMailing));
        Assert.Equal(AnnContactId, copy.ConvertedTo);
        Assert.Equal((Created, Owner, Precise, Editor, 7L), (copy.CreatedAt, copy.CreatedBy, copy.ModifiedAt, copy.ModifiedBy, copy.Version));
        Assert.Equal("https://example.com/ann?ref=fair#top", copy.WebPage!.OriginalString);
    }

    [Fact]
    public void RoundTrip_MinimalLead_StaysMinimal()
    {
        var lead = MinimalLead();

        var copy = RoundTrip(lead);

        Assert.Empty(RecordComparer.Differences(lead, copy));
        Assert.Null(copy.ConvertedTo);
        Assert.Empty(copy.CustomFields);
    }

    [Fact]
    public void RoundTrip_ManualScore_KeepsTypeAndStars()
    {
        var lead = MinimalLead();
        lead.SetManualScore(0);

        var copy = RoundTrip(lead);

        Assert.Equal((ScoreType.Manual, (int?)0), (copy.ScoreType, copy.ManualStars));
    }

    [Fact]
    public void RoundTrip_FullBusinessContact_KeepsEveryField()
    {
        var contact = FullContact();

        var copy = RoundTrip(contact);

        Assert.Empty(RecordComparer.Differences(contact, copy));
        Assert.Equal(AnnLeadId, copy.ConvertedFrom);
        Assert.Equal(Serialize(contact), Serialize(copy));
    }

    public static TheoryData<HistoryItem> HistoryItems => new() { Note(), Call(), Meeting(), Task() };

    [Theory]
    [MemberData(nameof(HistoryItems))]
    public void RoundTrip_HistoryItem_KeepsSubclassAndEveryField(HistoryItem item)
    {
        var copy = RoundTrip(item);

        Assert.Equal(item.GetType(), copy.GetType());
        Assert.Equal(item, copy);
        Assert.Equal(Serialize(item), Serialize(copy));
    }

    [Fact]
    public void RoundTrip_HistoryItemReadAsItsSubclass_KeepsIt()
    {
        var call = Call();

        var copy = Deserialize<PhoneLog>(Serialize(call));

        Assert.Equal(call, copy);
        Assert.Equal(Duration.FromSeconds(754).Plus(Duration.FromNanoseconds(5)), copy.Duration);
    }

    [Fact]
    public void RoundTrip_Opportunity_KeepsLinesAndDecimalScale()
    {
        var deal = Deal();

        var copy = RoundTrip(deal);

        Assert.Equal(deal, copy);
        Assert.Equal([2, 3], copy.Lines.Select(l => (int)l.UnitPrice.Scale));
        Assert.Equal(2, copy.Lines[0].Quantity.Scale);
        Assert.Equal(Serialize(deal), Serialize(copy));
    }

    [Fact]
    public void RoundTrip_OpportunityWithoutLinesOrCloseDate_KeepsThemAbsent()
    {
        var deal = new Opportunity(OpportunityId.New(), RecordReference.To(AnnContactId), "Maybe", "USD", [], OpportunityStage.Prospecting, 0, null, Created);

        var copy = RoundTrip(deal);

        Assert.Equal(deal, copy);
        Assert.Empty(copy.Lines);
        Assert.Null(copy.ExpectedCloseDate);
    }

    [Fact]
    public void RoundTrip_CustomFieldSchema_KeepsEveryDefinition()
    {
        var copy = RoundTrip(Schema);

        Assert.Equal(Schema.Count, copy.Count);
        foreach (var (expected, actual) in Schema.Zip(copy))
        {
            Assert.Equal(
                (expected.RecordKind, expected.Name, expected.Type, expected.IsRequired, expected.MaxLength, expected.CurrencyCode),
                (actual.RecordKind, actual.Name, actual.Type, actual.IsRequired, actual.MaxLength, actual.CurrencyCode));
            Assert.Equal(expected.Choices?.ToArray(), actual.Choices?.ToArray());
        }
    }

    [Fact]
    public void RoundTrip_ValuesOnTheirOwn_AreEqual()
    {
        Assert.Equal(Picklist.DefaultLeadSources.ToArray(), RoundTrip(Picklist.DefaultLeadSources).ToArray());
        Assert.Equal(new WorkspaceUser(Owner, "Bo Chen", false), RoundTrip(new WorkspaceUser(Owner, "Bo Chen", false)));
        Assert.Equal(InitiatedBy.FromContact(AnnContactId, "Ann"), RoundTrip(InitiatedBy.FromContact(AnnContactId, "Ann")));
        Assert.Equal(new AccountReference(ContosoId, "Contoso"), RoundTrip(new AccountReference(ContosoId, "Contoso")));
        Assert.Equal(RecordReference.To(AnnContactId), RoundTrip(RecordReference.To(AnnContactId)));
        Assert.Equal(new Photo(PngBytes, "image/png"), RoundTrip(new Photo(PngBytes, "image/png")));
        Assert.Equal(EmailAddress.Parse("Ann@example.com"), RoundTrip(EmailAddress.Parse("Ann@example.com")));
        Assert.Equal(new CriterionId("a-1"), RoundTrip(new CriterionId("a-1")));
        Assert.Equal(AnnLeadId, RoundTrip(AnnLeadId));
        Assert.Equal(CustomFieldValue.FromDate(new LocalDate(2026, 2, 28)), RoundTrip(CustomFieldValue.FromDate(new LocalDate(2026, 2, 28))));
    }

    [Fact]
    public void RoundTrip_NullableAndNullValues_StayNull()
    {
        Assert.Equal("null", Serialize<Lead?>(null));
        Assert.Null(Deserialize<Lead?>("null"));
        Assert.Null(Deserialize<LeadId?>("null"));
        Assert.Equal(AnnLeadId, Deserialize<LeadId?>("\"0193b6a1-0000-7000-8000-000000000001\""));
    }
}
