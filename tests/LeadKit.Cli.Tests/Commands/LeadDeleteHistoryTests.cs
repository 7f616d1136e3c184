using LeadKit.Cli.Hosting;
using LeadKit.History;
using LeadKit.Leads;
using LeadKit.Operations;

namespace LeadKit.Cli.Tests.Commands;

/// <summary><c>lead delete</c> goes through the library's <see cref="LeadDeletion"/>: each deletion is recorded and can be undone.</summary>
public sealed class LeadDeleteHistoryTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Delete_IsRecordedInTheLeadsHistoryWithTheReason()
    {
        await _cli.InitAsync("--owner", "Alex Morgan");
        var id = await _cli.AddLeadAsync("--name", "Ann Lee");

        var result = await _cli.OnDatabaseAsync("lead", "delete", id, "--reason", "Not interested");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var entries = await _cli.WithWorkAsync(async unit => await unit.History.ListForAsync(RecordReference.To(LeadId.Parse(id))).ToListAsync());
        var entry = Assert.Single(entries.OfType<ActivityEntry>());
        Assert.Equal(ActivityKind.Deleted, entry.Activity);
        Assert.Equal("Deleted lead Ann Lee: Not interested", entry.Subject);
        Assert.Equal("Not interested", entry.Body);
        Assert.NotNull(entry.CreatedBy);
        Assert.NotNull(entry.Snapshot);
    }

    [Fact]
    public async Task Delete_LeadCanBeRestoredFromItsHistory()
    {
        await _cli.InitAsync();
        var id = await _cli.AddLeadAsync("--name", "Ann Lee", "--company", "Contoso");
        Assert.Equal(ExitCodes.Success, (await _cli.OnDatabaseAsync("lead", "delete", id)).ExitCode);

        var report = await _cli.WithStoreAsync((store, workspace) =>
            new LeadDeletion(new OperationContext(store, workspace, _cli.Clock)).RestoreAsync([LeadId.Parse(id)]));

        Assert.True(report.IsCommitted, report.ToString());
        var lead = (await _cli.OnDatabaseAsync("lead", "show", id, "--json")).Json();
        Assert.Equal("Contoso", lead.GetProperty("companyName").GetString());
    }
}
