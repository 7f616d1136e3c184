using LeadKit.Reporting;
using LeadKit.Reports;
using NodaTime;

namespace LeadKit.Tests.Reports;

public sealed class FunnelOptionsTests
{
    [Fact]
    public void ForDates_CoversWholeLocalDays()
    {
        var paris = DateTimeZoneProviders.Tzdb["Europe/Paris"];

        var options = FunnelOptions.ForDates(new LocalDate(2026, 1, 1), new LocalDate(2026, 1, 31), paris);
        var open = FunnelOptions.ForDates(null, null, DateTimeZone.Utc);

        Assert.Equal(Instant.FromUtc(2025, 12, 31, 23, 0), options.From);
        Assert.Equal(Instant.FromUtc(2026, 1, 31, 23, 0), options.To);
        Assert.Equal(FunnelOptions.DefaultQualifiedStars, options.QualifiedStars);
        Assert.Null(open.From);
        Assert.Null(open.To);
        Assert.Throws<ArgumentNullException>(() => FunnelOptions.ForDates(null, null, null!));
    }

    [Fact]
    public void StageNames_AreStable()
    {
        Assert.Equal(["created", "qualified", "converted", "withOpportunity", "won"], Enum.GetValues<FunnelStageKind>().Select(FunnelStage.NameOf));
        Assert.Throws<ArgumentOutOfRangeException>(() => FunnelStage.NameOf((FunnelStageKind)9));
        Assert.Equal("4000 EUR", new CurrencyAmount("EUR", 4000.00m).ToString());
    }
}
