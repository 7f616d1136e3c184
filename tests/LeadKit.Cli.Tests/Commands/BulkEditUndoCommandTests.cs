using System.Text.Json;
using System.Text.Json.Nodes;
using LeadKit.Cli.Hosting;

namespace LeadKit.Cli.Tests.Commands;

public sealed class BulkEditUndoCommandTests : IDisposable
{
    /// <summary>The members a save moves on; everything else must come back exactly.</summary>
    private static readonly string[] AuditMembers = ["modifiedAt", "modifiedBy", "version"];

    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task BulkEditThenUndo_SeparateInvocations_RestoresTheLeadsExactly()
    {
        await _cli.InitAsync();
        var ids = new[]
        {
            await _cli.AddLeadAsync("--name", "Ann Lee", "--title", "Buyer", "--email", "ann@contoso.example", "--source", "Web"),
            await _cli.AddLeadAsync("--name", "Bob Stone", "--company", "Fabrikam", "--phone", "Mobile:+1 206 555 0100"),
            await _cli.AddLeadAsync("--name", "Cem Aydin"),
        };
        var before = await ShowAllAsync(ids);

        var edit = (await _cli.OnDatabaseAsync("bulk-edit", "--field", "title", "--set", "CEO", "--filter", "name is not empty", "--json")).Json();
        var operation = edit.GetProperty("operation").GetString()!;
        Assert.Equal("CEO", (await ShowAsync(ids[1]))["jobTitle"]!.GetValue<string>());

        var undo = await _cli.OnDatabaseAsync("bulk-edit", "undo", operation, "--json");

        Assert.Equal(ExitCodes.Success, undo.ExitCode);
        var json = undo.Json();
        Assert.Equal(3, json.GetProperty("restored").GetInt32());
        Assert.Empty(json.GetProperty("conflicts").EnumerateArray());
        Assert.Equal(operation, json.GetProperty("operation").GetString());
        Assert.NotEqual(operation, json.GetProperty("undo").GetString());
        var after = await ShowAllAsync(ids);
        for (var i = 0; i < ids.Length; i++)
        {
            Assert.Equal(WithoutAudit(before[i]), WithoutAudit(after[i]));
        }
    }

    [Fact]
    public async Task AssignThenUndo_SeparateInvocations_RestoresThePreviousAssignee()
    {
        await _cli.InitAsync("--owner", "Alex Morgan", "--users", "Priya Raman,Diego Santos");
        var lead = await _cli.AddLeadAsync("--name", "Ann Lee", "--assign", "Diego Santos");
        var before = await ShowAsync(lead);

        var assign = (await _cli.OnDatabaseAsync("assign", "Priya Raman", lead, "--json")).Json();
        var undo = await _cli.OnDatabaseAsync("bulk-edit", "undo", assign.GetProperty("operation").GetString()!, "--json");

        Assert.Equal(ExitCodes.Success, undo.ExitCode);
        Assert.Equal(WithoutAudit(before), WithoutAudit(await ShowAsync(lead)));
    }

    [Fact]
    public async Task Undo_LeadChangedSince_ExitsOneWithTheConflictAndRestoresNothing()
    {
        await _cli.InitAsync();
        var first = await _cli.AddLeadAsync("--name", "Ann Lee");
        var second = await _cli.AddLeadAsync("--name", "Bob Stone");
        var edit = (await _cli.OnDatabaseAsync("bulk-edit", "--field", "title", "--set", "CEO", "--ids", first, second, "--json")).Json();
        await _cli.OnDatabaseAsync("bulk-edit", "--field", "company", "--set", "Contoso", "--ids", second, "--json");

        var undo = await _cli.OnDatabaseAsync("bulk-edit", "undo", edit.GetProperty("operation").GetString()!, "--json");

        Assert.Equal(ExitCodes.DomainError, undo.ExitCode);
        var json = JsonDocument.Parse(undo.Output).RootElement;
        Assert.Equal(0, json.GetProperty("restored").GetInt32());
        Assert.Equal(second, Assert.Single(json.GetProperty("conflicts").EnumerateArray()).GetProperty("id").GetString());
        Assert.False(json.TryGetProperty("undo", out _));
        Assert.Equal("CEO", (await ShowAsync(first))["jobTitle"]!.GetValue<string>());
    }

    [Fact]
    public async Task Undo_NotAnOperationId_IsBadUsage()
    {
        await _cli.InitAsync();

        var undo = await _cli.OnDatabaseAsync("bulk-edit", "undo", "yesterday");

        Assert.Equal(ExitCodes.Usage, undo.ExitCode);
    }

    [Fact]
    public async Task OperationsList_AfterEditAssignAndDryRun_ListsTheRecordedOnesNewestFirst()
    {
        await _cli.InitAsync("--owner", "Alex Morgan", "--users", "Priya Raman");
        var lead = await _cli.AddLeadAsync("--name", "Ann Lee");
        var edit = (await _cli.OnDatabaseAsync("bulk-edit", "--field", "title", "--set", "CEO", "--ids", lead, "--json")).Json();
        _cli.Clock.AdvanceSeconds(1);
        var assign = (await _cli.OnDatabaseAsync("assign", "Priya Raman", lead, "--json")).Json();
        var dryRun = (await _cli.OnDatabaseAsync("bulk-edit", "--field", "title", "--set", "CTO", "--ids", lead, "--dry-run", "--json")).Json();

        var list = (await _cli.OnDatabaseAsync("operations", "list", "--json")).Json();

        Assert.False(dryRun.TryGetProperty("operation", out _));
        var items = list.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal([assign.GetProperty("operation").GetString(), edit.GetProperty("operation").GetString()], items.Select(i => i.GetProperty("id").GetString()));
        Assert.Equal(["assign", "bulk-edit"], items.Select(i => i.GetProperty("kind").GetString()));
        Assert.All(items, i => Assert.Equal(1, i.GetProperty("count").GetInt32()));
        Assert.All(items, i => Assert.Equal("Alex Morgan", i.GetProperty("who").GetString()));
        Assert.All(items, i => Assert.True(i.TryGetProperty("when", out _)));
    }

    private async Task<JsonObject> ShowAsync(string id) =>
        JsonNode.Parse((await _cli.OnDatabaseAsync("lead", "show", id, "--json")).Output)!.AsObject();

    private async Task<List<JsonObject>> ShowAllAsync(IEnumerable<string> ids)
    {
        var shown = new List<JsonObject>();
        foreach (var id in ids)
        {
            shown.Add(await ShowAsync(id));
        }

        return shown;
    }

    private static string WithoutAudit(JsonObject lead)
    {
        var copy = lead.DeepClone().AsObject();
        foreach (var member in AuditMembers)
        {
            copy.Remove(member);
        }

        // The stored score's provenance follows the saves (the record version and instant it was
        // computed for); its result must be restored like everything else.
        if (copy["score"] is JsonObject score)
        {
            score.Remove("recordVersion");
            score.Remove("scoredAt");
        }

        return copy.ToJsonString();
    }
}
