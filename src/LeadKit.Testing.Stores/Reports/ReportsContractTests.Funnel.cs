using LeadKit.Reporting;
using LeadKit.Reports;
using LeadKit.Testing.Stores;
using NodaTime;

namespace LeadKit.Testing.Stores;

/// <content>The sales funnel on the known data set: exact counts, rates and values, for the team and per assignee.</content>
public abstract partial class ReportsContractTests
{
    private static readonly FunnelOptions January = new() { From = Instant.FromUtc(2026, 1, 1, 0, 0), To = Instant.FromUtc(2026, 2, 1, 0, 0) };

    [StoreFact]
    public async Task Funnel_January_FollowsTheCohortToNow()
    {
        var data = await KnownDataAsync();

        var funnel = await new SalesFunnel(data.Store, data.Workspace).RunAsync(January);

        Assert.Equal(January.From, funnel.From);
        Assert.Equal(January.To, funnel.To);
        Assert.Equal(4, funnel.QualifiedStars);
        Assert.Equal("Team: created 8, qualified 5, converted 3, withOpportunity 4, won 2; won 4000 EUR, 200 USD", funnel.Team.ToString());
        Assert.Equal([1m, 0.625m, 0.375m, 0.5m, 0.25m], funnel.Team.Stages.Select(s => s.Rate));
        Assert.Equal([1m, 0.625m, 0.6m, 1.3333m, 0.5m], funnel.Team.Stages.Select(s => s.StepRate));
        Assert.Equal(
            [
                "Ann Lee: created 3, qualified 3, converted 1, withOpportunity 2, won 0",
                "bob roe: created 3, qualified 1, converted 1, withOpportunity 1, won 1; won 1000 EUR",
                "Carl Diaz: created 1, qualified 1, converted 1, withOpportunity 1, won 1; won 3000 EUR, 200 USD",
                "(unassigned): created 1, qualified 0, converted 0, withOpportunity 0, won 0",
            ],
            funnel.ByAssigned.Select(r => r.ToString()));
        Assert.Equal([data.Ann.Id, data.Bob.Id, data.Carl.Id, (LeadKit.Leads.UserId?)null], funnel.ByAssigned.Select(r => r.User));
        Assert.Equal(0.3333m, funnel.ByAssigned[1][FunnelStageKind.Qualified].Rate);
        Assert.Null(funnel.ByAssigned[3][FunnelStageKind.Converted].StepRate);
        Assert.Equal("qualified: 5 (62.5%)", funnel.Team[FunnelStageKind.Qualified].ToString());
        Assert.Equal(funnel.Team.Stages.Select(s => s.Count), Enumerable.Range(0, 5).Select(i => funnel.ByAssigned.Sum(r => r.Stages[i].Count)));
    }

    [StoreFact]
    public async Task Funnel_OtherPeriods_AndThresholds()
    {
        var data = await KnownDataAsync();
        var funnel = new SalesFunnel(data.Store, data.Workspace);

        var february = await funnel.RunAsync(new FunnelOptions { From = Instant.FromUtc(2026, 2, 1, 0, 0), To = Instant.FromUtc(2026, 3, 1, 0, 0) });
        var always = await funnel.RunAsync();
        var lenient = await funnel.RunAsync(January with { QualifiedStars = 2 });
        var empty = await funnel.RunAsync(new FunnelOptions { From = Instant.FromUtc(2027, 1, 1, 0, 0) });

        Assert.Equal("Team: created 3, qualified 0, converted 0, withOpportunity 0, won 0", february.Team.ToString());
        Assert.Equal(["Ann Lee: created 2, qualified 0, converted 0, withOpportunity 0, won 0", "bob roe: created 1, qualified 0, converted 0, withOpportunity 0, won 0", "Carl Diaz: created 0, qualified 0, converted 0, withOpportunity 0, won 0"], february.ByAssigned.Select(r => r.ToString()));
        Assert.Null(february.ByAssigned[2][FunnelStageKind.Created].Rate);
        Assert.Equal("Team: created 12, qualified 5, converted 3, withOpportunity 4, won 2; won 4000 EUR, 200 USD", always.Team.ToString());
        Assert.Null(always.From);
        Assert.Equal(8, lenient.Team[FunnelStageKind.Qualified].Count);
        Assert.Equal("Team: created 0, qualified 0, converted 0, withOpportunity 0, won 0", empty.Team.ToString());
        Assert.All(empty.Team.Stages, s => Assert.Null(s.Rate));
        Assert.Equal("created: 0", empty.Team.Stages[0].ToString());
    }

    [StoreFact]
    public async Task Funnel_Refusals()
    {
        var data = await KnownDataAsync();
        var funnel = new SalesFunnel(data.Store, data.Workspace);

        var period = await Assert.ThrowsAsync<ReportException>(() => funnel.RunAsync(new FunnelOptions { From = Instant.FromUtc(2026, 2, 1, 0, 0), To = Instant.FromUtc(2026, 1, 1, 0, 0) }));
        var stars = await Assert.ThrowsAsync<ReportException>(() => funnel.RunAsync(new FunnelOptions { QualifiedStars = 11 }));
        var negative = await Assert.ThrowsAsync<ReportException>(() => funnel.RunAsync(new FunnelOptions { QualifiedStars = -1 }));

        Assert.Equal("LeadKit.Funnel.Period", period.Code);
        Assert.Equal("LeadKit.Funnel.Stars", stars.Code);
        Assert.Equal("stars", stars.Field);
        Assert.Equal("LeadKit.Funnel.Stars", negative.Code);
        Assert.Throws<ArgumentNullException>(() => new SalesFunnel(null!, data.Workspace));
    }
}
