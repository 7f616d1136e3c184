using System.Buffers;
using System.Text;
using System.Text.Json;
using FsCheck.Xunit;
using LeadKit.Contacts;
using LeadKit.History;
using LeadKit.Leads;
using LeadKit.Serialization;
using LeadKit.Testing;

namespace LeadKit.Tests.Serialization;

/// <summary>
/// LeadKit writes its documents through the code System.Text.Json's generator emitted for them
/// (<c>Documents.Write</c>), which the serializer itself would not take because LeadKit's context
/// names converters. Whatever a record holds, that code must write exactly what the serializer's
/// metadata path writes.
/// </summary>
public sealed class GeneratedWriterTests
{
    [Property(MaxTest = 500, Arbitrary = new[] { typeof(LeadKitArbitraries) })]
    public void Write_AnyLead_IsWhatTheMetadataPathWrites(Lead lead) => AssertSameJson(LeadDocument.From(lead));

    [Property(MaxTest = 500, Arbitrary = new[] { typeof(LeadKitArbitraries) })]
    public void Write_AnyBusinessContact_IsWhatTheMetadataPathWrites(BusinessContact contact) => AssertSameJson(BusinessContactDocument.From(contact));

    [Property(MaxTest = 500, Arbitrary = new[] { typeof(LeadKitArbitraries) })]
    public void Write_AnyHistoryItem_IsWhatTheMetadataPathWrites(HistoryItem item) => AssertSameJson(HistoryItemDocument.From(item));

    [Property(MaxTest = 500, Arbitrary = new[] { typeof(LeadKitArbitraries) })]
    public void Write_AnyOpportunity_IsWhatTheMetadataPathWrites(Opportunity opportunity) => AssertSameJson(OpportunityDocument.From(opportunity));

    [Fact]
    public void Write_AScoringProfile_IsWhatTheMetadataPathWrites() =>
        AssertSameJson(ScoringProfileDocument.From(LeadKit.Tests.LeadScoring.ScoringFixtures.Abc));

    [Fact]
    public void Write_ADocumentOfTheRecordTypes_TakesTheGeneratedCode()
    {
        // Without generated code Documents.Write falls back to the metadata path: correct, but the
        // reason it exists (about half the cost of writing a record) would be gone unnoticed.
        Assert.NotNull(Documents.TypeInfo<LeadDocument>().SerializeHandler);
        Assert.NotNull(Documents.TypeInfo<BusinessContactDocument>().SerializeHandler);
        Assert.NotNull(Documents.TypeInfo<HistoryItemDocument>().SerializeHandler);
        Assert.NotNull(Documents.TypeInfo<OpportunityDocument>().SerializeHandler);
    }

    private static void AssertSameJson<TDocument>(TDocument document)
    {
        var options = new JsonWriterOptions { Encoder = LeadKitJsonOptions.Default.Encoder };
        var generated = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(generated, options))
        {
            Documents.Write(writer, document);
        }

        var metadata = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(metadata, options))
        {
            JsonSerializer.Serialize(writer, document, Documents.TypeInfo<TDocument>());
        }

        Assert.Equal(Encoding.UTF8.GetString(metadata.WrittenSpan), Encoding.UTF8.GetString(generated.WrittenSpan));
    }
}
