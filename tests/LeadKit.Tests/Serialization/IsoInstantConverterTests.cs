using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LeadKit.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using NodaTime.Text;

namespace LeadKit.Tests.Serialization;

/// <summary>
/// LeadKit reads and writes instants without NodaTime's pattern engine in the form it writes, and
/// hands everything else to NodaTime's converter. The law: on every instant and every text, the JSON,
/// the value and the failure are NodaTime's (<see cref="NodaConverters.InstantConverter"/>, whose
/// pattern LeadKit's format documents).
/// </summary>
[Properties(MaxTest = 5_000)]
public sealed class IsoInstantConverterTests
{
    private static readonly JsonSerializerOptions NodaOnly = new() { Converters = { NodaConverters.InstantConverter } };

    /// <summary>Instants from the year -9000 to 9999, with no fraction, whole milliseconds or any nanosecond; the years 1 to 9999 mostly.</summary>
    private static readonly Arbitrary<Instant> Instants = Arb.From(
        from days in Gen.Frequency((8, Gen.Choose(-719_162, 2_932_896)), (1, Gen.Choose(-4_000_000, 2_932_896)))
        from second in Gen.Choose(0, 86_399)
        from nanosecond in Gen.Frequency((2, Gen.Constant(0)), (2, Gen.Choose(0, 999).Select(ms => ms * 1_000_000)), (3, Gen.Choose(0, 999_999_999)))
        select Instant.FromUnixTimeSeconds(((long)days * 86_400) + second).PlusNanoseconds(nanosecond));

    /// <summary>Text near the fast form: digits, separators, a comma, a lower-case <c>t</c> or <c>z</c>, at any length.</summary>
    private static readonly Arbitrary<string> NearlyInstants = Arb.From(Gen.OneOf(
        Instants.Generator.Select(i => InstantPattern.ExtendedIso.Format(i)).SelectMany(text => Gen.Choose(0, text.Length - 1).SelectMany(at =>
            Gen.Elements("0", "9", "-", ":", ".", ",", "T", "t", "z", "Z", "", "00").Select(c => text[..at] + c + text[(at + 1)..]))),
        Instants.Generator.Select(i => InstantPattern.ExtendedIso.Format(i)).SelectMany(text => Gen.Choose(0, 9).Select(zeros =>
            text.Contains('.', StringComparison.Ordinal) ? text.Replace("Z", new string('0', zeros) + "Z", StringComparison.Ordinal) : text.Replace("Z", "." + new string('0', zeros) + "Z", StringComparison.Ordinal)))));

    [Property]
    public Property Write_AnyInstant_WritesWhatNodaTimeWrites() =>
        Prop.ForAll(Instants, instant =>
            Assert.Equal(JsonSerializer.Serialize(instant, NodaOnly), JsonSerializer.Serialize(instant, LeadKitJsonOptions.Default)));

    [Property]
    public Property Read_AnyInstantsText_GivesTheInstant() =>
        Prop.ForAll(Instants, instant =>
            Assert.Equal(instant, JsonSerializer.Deserialize<Instant>(JsonSerializer.Serialize(instant, NodaOnly), LeadKitJsonOptions.Default)));

    [Property]
    public Property Read_AnyNearlyInstantText_AgreesWithNodaTime() =>
        Prop.ForAll(NearlyInstants, text => AssertReadsAlike(JsonSerializer.Serialize(text)));

    [Theory]
    [InlineData("\"2026-11-27T09:00:00Z\"")]
    [InlineData("\"2026-11-27T09:00:00.5Z\"")]
    [InlineData("\"2026-11-27T09:00:00.123456789Z\"")]
    [InlineData("\"2026-11-27T09:00:00.000000000Z\"")]
    [InlineData("\"2026-11-27T09:00:00,5Z\"")]
    [InlineData("\"2026-11-27T09:00:00.Z\"")]
    [InlineData("\"2026-11-27T09:00:00.1234567890Z\"")]
    [InlineData("\"2026-02-29T09:00:00Z\"")]
    [InlineData("\"2024-02-29T09:00:00Z\"")]
    [InlineData("\"2026-13-01T09:00:00Z\"")]
    [InlineData("\"2026-11-27T24:00:00Z\"")]
    [InlineData("\"2026-11-27T23:59:60Z\"")]
    [InlineData("\"0000-01-01T00:00:00Z\"")]
    [InlineData("\"0001-01-01T00:00:00Z\"")]
    [InlineData("\"9999-12-31T23:59:59.999999999Z\"")]
    [InlineData("\"-0001-01-01T00:00:00Z\"")]
    [InlineData("\"2026-11-27t09:00:00z\"")]
    [InlineData("\"\\u0032026-11-27T09:00:00Z\"")]
    [InlineData("\"2026-11-27T09:00:00+01:00\"")]
    [InlineData("\"\"")]
    [InlineData("null")]
    [InlineData("20261127")]
    public void Read_EdgeText_AgreesWithNodaTime(string json) => AssertReadsAlike(json);

    [Fact]
    public void TryFormat_ABufferTooShort_IsRefused() =>
        Assert.False(IsoInstantConverter.TryFormat(Instant.FromUtc(2026, 11, 27, 9, 0), new byte[29], out _));

    [Fact]
    public void TryParse_TheFastForm_IsTakenWithoutNodaTime()
    {
        // The fast path exists for these; a change that sent them to NodaTime would go unnoticed otherwise.
        Assert.True(IsoInstantConverter.TryParse("2026-11-27T09:30:15.123456789Z"u8, out var instant));
        Assert.Equal(Instant.FromUtc(2026, 11, 27, 9, 30, 15).PlusNanoseconds(123_456_789), instant);
        Assert.True(IsoInstantConverter.TryParse("2026-11-27T09:30:15Z"u8, out _));
        Assert.False(IsoInstantConverter.TryParse("2026-11-27T09:30:15,1Z"u8, out _));
    }

    private static void AssertReadsAlike(string json)
    {
        var (expected, expectedError) = Read(json, NodaOnly);
        var (actual, actualError) = Read(json, LeadKitJsonOptions.Default);
        Assert.Equal(expected, actual);
        Assert.Equal(expectedError?.GetType(), actualError?.GetType());
        Assert.Equal(expectedError?.Message, actualError?.Message);
    }

    private static (Instant? Value, Exception? Error) Read(string json, JsonSerializerOptions options)
    {
        try
        {
            return (JsonSerializer.Deserialize<Instant>(Encoding.UTF8.GetBytes(json), options), null);
        }
        catch (Exception ex) when (ex is JsonException or UnparsableValueException or InvalidOperationException)
        {
            return (null, ex);
        }
    }
}
