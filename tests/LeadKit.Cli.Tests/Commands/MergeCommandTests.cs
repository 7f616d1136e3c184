using System.Text.Json.Nodes;
using LeadKit.Cli.Hosting;

namespace LeadKit.Cli.Tests.Commands;

public sealed class MergeCommandTests : IDisposable
{
    /// <summary>The members a save moves on; everything else must come back exactly.</summary>
    private static readonly string[] AuditMembers = ["modifiedAt", "modifiedBy", "version"];

    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Merge_Json_NamesTheOperationTheMasterAndTheMergedLeads()
    {
        await _cli.InitAsync();
        var master = await _cli.AddLeadAsync("--name", "Ann Lee", "--email", "ann.lee@northwind.example");
        var duplicate = await _cli.AddLeadAsync("--name", "Ann Lee", "--email", "Ann.Lee@Northwind.Example", "--company", "Northwind Traders", "--title", "Buyer");

        var result = await _cli.OnDatabaseAsync("merge", master, duplicate, "--json");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var json = result.Json();
        Assert.Equal(master, json.GetProperty("master").GetString());
        Assert.Equal([duplicate], json.GetProperty("merged").EnumerateArray().Select(e => e.GetString()));
        Assert.True(LeadKit.Storage.OperationId.TryParse(json.GetProperty("operation").GetString(), out _));
        Assert.Contains(json.GetProperty("changes").EnumerateArray(), c => c.GetProperty("field").GetString() == "company" && c.GetProperty("new").GetString() == "Northwind Traders");
        var shown = await ShowAsync(master);
        Assert.Equal("Northwind Traders", shown["companyName"]!.GetValue<string>());
        Assert.Single(shown["emails"]!.AsArray());
        Assert.Equal(ExitCodes.DomainError, (await _cli.OnDatabaseAsync("lead", "show", duplicate)).ExitCode);
    }

    [Fact]
    public async Task Merge_WithPrefer_TakesTheFieldFromThatLead_AndTheHumanOutputListsTheValuesNotTaken()
    {
        await _cli.InitAsync();
        var master = await _cli.AddLeadAsync("--name", "Ann Lee", "--title", "Buyer");
        var duplicate = await _cli.AddLeadAsync("--name", "Ann Lee", "--title", "Head of purchasing");

        var result = await _cli.OnDatabaseAsync("merge", master, duplicate, "--prefer", $"title={duplicate}");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("Values not taken", result.Output, StringComparison.Ordinal);
        Assert.Contains("Buyer", result.Output, StringComparison.Ordinal);
        Assert.Contains("Merged 1 lead into Ann Lee", result.Output, StringComparison.Ordinal);
        Assert.Contains("bulk-edit undo", result.Output, StringComparison.Ordinal);
        Assert.Equal("Head of purchasing", (await ShowAsync(master))["jobTitle"]!.GetValue<string>());
    }

    [Fact]
    public async Task MergeThenBulkEditUndo_SeparateInvocations_RestoresEveryLeadExactly()
    {
        await _cli.InitAsync();
        var ids = new[]
        {
            await _cli.AddLeadAsync("--name", "Ann Lee", "--email", "ann@contoso.example", "--source", "Web"),
            await _cli.AddLeadAsync("--name", "Ann Lee", "--company", "Contoso", "--phone", "Mobile:+1 206 555 0100"),
            await _cli.AddLeadAsync("--name", "A. Lee", "--title", "Buyer"),
        };
        await _cli.OnDatabaseAsync("lead", "comment", ids[1], "Wants a demo.");
        var before = new List<JsonObject>();
        foreach (var id in ids)
        {
            before.Add(await ShowAsync(id));
        }

        var merge = (await _cli.OnDatabaseAsync("merge", ids[0], ids[1], ids[2], "--json")).Json();
        var undo = await _cli.OnDatabaseAsync("bulk-edit", "undo", merge.GetProperty("operation").GetString()!, "--json");

        Assert.Equal(ExitCodes.Success, undo.ExitCode);
        var json = undo.Json();
        Assert.Equal(3, json.GetProperty("restored").GetInt32());
        Assert.Empty(json.GetProperty("conflicts").EnumerateArray());
        for (var i = 0; i < ids.Length; i++)
        {
            Assert.Equal(WithoutAudit(before[i]), WithoutAudit(await ShowAsync(ids[i])));
        }

        var operations = (await _cli.OnDatabaseAsync("operations", "list", "--json")).Json();
        Assert.Contains(operations.GetProperty("items").EnumerateArray(), o => o.GetProperty("kind").GetString() == "merge");
    }

    [Fact]
    public async Task Merge_Refused_ExitsWithOneAndAClearMessage_AndChangesNothing()
    {
        await _cli.InitAsync();
        var master = await _cli.AddLeadAsync("--name", "Ann Lee");
        var duplicate = await _cli.AddLeadAsync("--name", "Ann Lee");

        var itself = await _cli.OnDatabaseAsync("merge", master, master);
        var unknownField = await _cli.OnDatabaseAsync("merge", master, duplicate, "--prefer", $"budget={duplicate}");
        var missing = await _cli.OnDatabaseAsync("merge", master, "0193f1c2-7a4b-7cde-8f01-23456789abcd");
        var badPrefer = await _cli.OnDatabaseAsync("merge", master, duplicate, "--prefer", "title");

        Assert.Equal((ExitCodes.DomainError, ExitCodes.DomainError, ExitCodes.DomainError, ExitCodes.Usage), (itself.ExitCode, unknownField.ExitCode, missing.ExitCode, badPrefer.ExitCode));
        Assert.Contains("cannot also be merged into itself", itself.Error, StringComparison.Ordinal);
        Assert.Contains("'budget' is not a field", unknownField.Error, StringComparison.Ordinal);
        Assert.Contains("was not found", missing.Error, StringComparison.Ordinal);
        Assert.Contains("FIELD=LEAD", badPrefer.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, (await _cli.OnDatabaseAsync("lead", "show", duplicate)).ExitCode);
    }

    private async Task<JsonObject> ShowAsync(string id) =>
        JsonNode.Parse((await _cli.OnDatabaseAsync("lead", "show", id, "--json")).Output)!.AsObject();

    private static string WithoutAudit(JsonObject lead)
    {
        var copy = lead.DeepClone().AsObject();
        foreach (var member in AuditMembers)
        {
            copy.Remove(member);
        }

        if (copy["score"] is JsonObject score)
        {
            score.Remove("recordVersion");
            score.Remove("scoredAt");
        }

        return copy.ToJsonString();
    }
}
