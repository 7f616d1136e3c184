using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using LeadKit.History;
using LeadKit.Leads;
using LeadKit.Serialization;
using NodaTime;
using static LeadKit.Tests.Serialization.SerializationFixtures;

namespace LeadKit.Tests.Serialization;

/// <summary>How the options behave: chaining, idempotence, independence from the caller's settings, metadata without reflection.</summary>
public sealed partial class LeadKitJsonOptionsTests
{
    [Fact]
    public void ConfigureForLeadKit_NewOptions_ReturnsTheSameInstanceConfigured()
    {
        var options = new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

        var configured = options.ConfigureForLeadKit();

        Assert.Same(options, configured);
        Assert.Equal(Serialize(FullLead()), JsonSerializer.Serialize(FullLead(), configured));
    }

    [Fact]
    public void ConfigureForLeadKit_CalledTwice_AddsNothingMore()
    {
        var options = new JsonSerializerOptions().ConfigureForLeadKit();
        var converters = options.Converters.Count;
        var resolver = options.TypeInfoResolver;

        options.ConfigureForLeadKit();

        Assert.Equal(converters, options.Converters.Count);
        Assert.Same(resolver, options.TypeInfoResolver);
    }

    [Fact]
    public void ConfigureForLeadKit_NodaTimeValues_TheOnesLeadKitHoldsAndNotTheIntervals()
    {
        var options = new JsonSerializerOptions().ConfigureForLeadKit();
        var instant = Instant.FromUtc(2026, 11, 27, 8, 30, 15) + Duration.FromNanoseconds(1);

        Assert.Equal("\"2026-11-27T08:30:15.000000001Z\"", JsonSerializer.Serialize(instant, options));
        Assert.Equal(instant, JsonSerializer.Deserialize<Instant>("\"2026-11-27T08:30:15.000000001Z\"", options));
        Assert.Equal(new LocalDate(1815, 12, 10), JsonSerializer.Deserialize<LocalDate>("\"1815-12-10\"", options));
        Assert.Equal(Duration.FromMinutes(90), JsonSerializer.Deserialize<Duration>(JsonSerializer.Serialize(Duration.FromMinutes(90), options), options));

        // The interval converters (ConfigureForNodaTime's) are the caller's to add: they need run-time lookups.
        Assert.DoesNotContain(options.Converters, c => c.CanConvert(typeof(Interval)) || c.CanConvert(typeof(DateInterval)));
        var both = new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }.ConfigureForLeadKit();
        NodaTime.Serialization.SystemTextJson.Extensions.ConfigureForNodaTime(both, DateTimeZoneProviders.Tzdb);
        var interval = new Interval(instant, instant + Duration.FromHours(1));
        Assert.Equal(interval, JsonSerializer.Deserialize<Interval>(JsonSerializer.Serialize(interval, both), both));
        Assert.Equal(Serialize(FullLead()), JsonSerializer.Serialize(FullLead(), both));
    }

    [Fact]
    public void ConfigureForLeadKit_Null_Throws() =>
        Assert.Throws<ArgumentNullException>(() => LeadKitJsonOptions.ConfigureForLeadKit(null!));

    [Fact]
    public void ConfigureForLeadKit_ReadOnlyOptions_Throws()
    {
        var options = new JsonSerializerOptions();
        options.MakeReadOnly(populateMissingResolver: true);

        Assert.Throws<InvalidOperationException>(() => options.ConfigureForLeadKit());
    }

    [Fact]
    public void Default_IsReadOnly()
    {
        Assert.True(LeadKitJsonOptions.Default.IsReadOnly);
        Assert.Equal(1, LeadKitJsonOptions.CurrentSchemaVersion);
    }

    [Fact]
    public void Serialize_CallerNamingPolicyAndNumberHandling_DoNotChangeTheFormat()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseUpper,
            NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.WriteAsString,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }.ConfigureForLeadKit();

        Assert.Equal(Serialize(FullLead()), JsonSerializer.Serialize(FullLead(), options));
        Assert.Equal(Serialize(Deal()), JsonSerializer.Serialize(Deal(), options));
    }

    [Fact]
    public void Serialize_IndentedOptions_IndentsTheDocument()
    {
        var options = new JsonSerializerOptions(LeadKitJsonOptions.Default) { WriteIndented = true };

        var json = JsonSerializer.Serialize(MinimalLead(), options);

        Assert.StartsWith("{\n  \"schemaVersion\": 1,\n  \"id\": ", json.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Empty(Testing.RecordComparer.Differences(MinimalLead(), JsonSerializer.Deserialize<Lead>(json, options)!));
    }

    private static readonly JsonSerializerOptions SmallBuffers = new(LeadKitJsonOptions.Default) { DefaultBufferSize = 16 };

    private sealed record Envelope(Instant SentAt, LocalDate Day, Lead Lead, IReadOnlyList<HistoryItem> History, Dictionary<LeadId, PhoneKind> Kinds);

    [Fact]
    public void RoundTrip_CallersOwnType_UsesNodaTimeAndLeadKitConverters()
    {
        var envelope = new Envelope(Precise, new LocalDate(2026, 11, 27), FullLead(), [Note(), Call()], new() { [AnnLeadId] = PhoneKind.TtyTdd });

        var json = JsonSerializer.Serialize(envelope, LeadKitJsonOptions.Default);
        var copy = JsonSerializer.Deserialize<Envelope>(json, LeadKitJsonOptions.Default)!;

        Assert.Contains("\"SentAt\":\"2026-11-27T09:30:15.123456789Z\",\"Day\":\"2026-11-27\"", json, StringComparison.Ordinal);
        Assert.Contains("\"Kinds\":{\"0193b6a1-0000-7000-8000-000000000001\":\"ttyTdd\"}", json, StringComparison.Ordinal);
        Assert.Equal((envelope.SentAt, envelope.Day), (copy.SentAt, copy.Day));
        Assert.Empty(Testing.RecordComparer.Differences(envelope.Lead, copy.Lead));
        Assert.Equal(envelope.History, copy.History);
        Assert.Equal(PhoneKind.TtyTdd, copy.Kinds[AnnLeadId]);
    }

    [Fact]
    public void ConfigureForLeadKit_WithoutReflection_StillHandlesEveryDomainType()
    {
        // A resolver that knows nothing, as an application with reflection disabled would have:
        // LeadKit's own metadata must be enough for its types.
        var options = new JsonSerializerOptions
        {
            TypeInfoResolver = JsonTypeInfoResolver.Combine(),
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }.ConfigureForLeadKit();

        Assert.Equal(Serialize(FullLead()), JsonSerializer.Serialize(FullLead(), options));
        Assert.Equal(Serialize(FullContact()), JsonSerializer.Serialize(FullContact(), options));
        Assert.Equal(Meeting(), JsonSerializer.Deserialize<Appointment>(Serialize(Meeting()), options));
        Assert.Equal(Deal(), JsonSerializer.Deserialize<Opportunity>(Serialize(Deal()), options));
        Assert.Equal(AnnLeadId, JsonSerializer.Deserialize<LeadId>(Serialize(AnnLeadId), options));
        Assert.Throws<NotSupportedException>(() => JsonSerializer.Serialize(new Envelope(Precise, default, MinimalLead(), [], []), options));
    }

    [Fact]
    public void ConfigureForLeadKit_CallersResolver_ComesFirst()
    {
        var seen = new List<Type>();
        var callers = new DefaultJsonTypeInfoResolver();
        callers.Modifiers.Add(info => seen.Add(info.Type));
        var options = new JsonSerializerOptions { TypeInfoResolver = callers }.ConfigureForLeadKit();

        JsonSerializer.Serialize(MinimalLead(), options);

        Assert.Contains(typeof(Lead), seen);
    }

    [Fact]
    public async Task DeserializeAsync_StreamReadInSmallPieces_ReadsEveryDocument()
    {
        // Converters are handed whole values even when the stream arrives in pieces: the schema
        // version look-ahead depends on it.
        var json = JsonSerializer.SerializeToUtf8Bytes(new Envelope(Precise, new LocalDate(2026, 1, 1), FullLead(), [Meeting(), Task()], []), SmallBuffers);
        using var stream = new MemoryStream(json);

        var copy = await JsonSerializer.DeserializeAsync<Envelope>(stream, SmallBuffers);

        Assert.Empty(Testing.RecordComparer.Differences(FullLead(), copy!.Lead));
        Assert.Equal([Meeting(), Task()], copy.History);
    }
}
