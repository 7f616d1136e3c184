using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LeadKit.Testing.Stores;

namespace LeadKit.Samples.WebApi.Tests;

/// <summary>Assignment rules, through HTTP.</summary>
public abstract partial class WebApiTests
{
    [StoreFact]
    public async Task Rules_AddListApplyRemove_AndTheirErrors()
    {
        var owner = (await Client.GetFromJsonAsync<JsonElement>("/api/users")).EnumerateArray().First();
        var web = await CreateAsync("Ann Lee", "Contoso", "Web");
        await CreateAsync("Bob Stone", "Fabrikam", "Seminar");

        var added = await Client.PostAsJsonAsync("/api/rules", new { filter = "source = \"Web\"", mode = "user", users = new[] { owner.GetProperty("displayName").GetString() }, description = "Web leads" });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var rule = await added.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, rule.GetProperty("position").GetInt32());
        Assert.Equal([owner.GetProperty("id").GetString()], rule.GetProperty("users").EnumerateArray().Select(u => u.GetString()));
        Assert.Equal(rule.GetProperty("id").GetString(), Assert.Single((await Client.GetFromJsonAsync<JsonElement>("/api/rules")).EnumerateArray()).GetProperty("id").GetString());

        var applied = await (await Client.PostAsJsonAsync("/api/rules/apply", new { })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, applied.GetProperty("report").GetProperty("changed").GetInt32());
        var assigned = Assert.Single(applied.GetProperty("assigned").EnumerateArray());
        Assert.Equal((web, rule.GetProperty("id").GetString()), (assigned.GetProperty("lead").GetString(), assigned.GetProperty("rule").GetString()));
        Assert.Equal(owner.GetProperty("id").GetString(), (await Client.GetFromJsonAsync<JsonElement>($"/api/leads/{web}")).GetProperty("assignedTo").GetString());

        var badFilter = await Client.PostAsJsonAsync("/api/rules", new { filter = "source ==", mode = "user", users = new[] { "x" } });
        Assert.Equal(HttpStatusCode.BadRequest, badFilter.StatusCode);
        Assert.Equal("LeadKit.AssignmentRule.InvalidFilter", (await badFilter.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        var unknown = await Client.PostAsJsonAsync("/api/rules", new { filter = "source = \"Web\"", mode = "roundRobin", users = new[] { "Nobody Here", "Nor Here" } });
        Assert.Equal("Nobody Here", (await unknown.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("user").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await Client.PostAsJsonAsync("/api/rules", new { filter = "source = \"Web\"", mode = "sometimes", users = new[] { "x" } })).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await Client.DeleteAsync($"/api/rules/{rule.GetProperty("id").GetString()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.DeleteAsync($"/api/rules/{rule.GetProperty("id").GetString()}")).StatusCode);
        Assert.Empty((await Client.GetFromJsonAsync<JsonElement>("/api/rules")).EnumerateArray());
    }
}
