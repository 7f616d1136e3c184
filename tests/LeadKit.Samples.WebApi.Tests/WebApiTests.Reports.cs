using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LeadKit.Testing.Stores;

namespace LeadKit.Samples.WebApi.Tests;

/// <summary>Built-in and saved reports and the funnel, through HTTP.</summary>
public abstract partial class WebApiTests
{
    [StoreFact]
    public async Task Reports_BuiltIn_GroupAndCount_WithFilterAndSort()
    {
        await CreateAsync("Ann Lee", "Contoso", "Web");
        await CreateAsync("Bob Stone", "Fabrikam", "Web");
        await CreateAsync("Cy Moss", "Contoso", "Seminar");

        var all = await Client.GetFromJsonAsync<JsonElement>("/api/reports/by-score");
        Assert.Equal(3, all.GetProperty("total").GetInt64());
        Assert.Equal(3, all.GetProperty("groups").EnumerateArray().Sum(g => g.GetProperty("count").GetInt64()));

        var web = await Client.GetFromJsonAsync<JsonElement>("/api/reports/BY-ASSIGNED?filter=source%20%3D%20%22Web%22&sort=name:desc&items=10");
        Assert.Equal(2, web.GetProperty("total").GetInt64());
        var items = web.GetProperty("groups").EnumerateArray().SelectMany(g => g.GetProperty("items").EnumerateArray()).Select(i => i.GetProperty("name").GetString()).ToList();
        Assert.Equal(["Bob Stone", "Ann Lee"], items);

        Assert.Equal(HttpStatusCode.BadRequest, (await Client.GetAsync("/api/reports/by-score?filter=nosuchfield%20%3D%201")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Client.GetAsync("/api/reports/by-score?sort=nosuchfield")).StatusCode);
        var list = await Client.GetFromJsonAsync<JsonElement>("/api/reports");
        Assert.Equal(["by-assigned", "by-assigned-rating", "by-score"], list.GetProperty("builtIn").EnumerateArray().Select(n => n.GetString()));
    }

    [StoreFact]
    public async Task Reports_SaveRunListDelete_AndTheirErrors()
    {
        await CreateAsync("Ann Lee", "Contoso", "Web");
        await CreateAsync("Cy Moss", "Contoso", "Seminar");
        var save = new { name = "Web leads by score", from = "by-score", filter = "source = \"Web\"", sort = "name" };

        var saved = await Client.PostAsJsonAsync("/api/reports", save);
        Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
        Assert.Equal("/api/reports/Web%20leads%20by%20score", saved.Headers.Location!.AbsolutePath);
        var body = await saved.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Leads", body.GetProperty("category").GetString());
        Assert.Equal("by-score", body.GetProperty("basedOn").GetString());

        var run = await Client.GetFromJsonAsync<JsonElement>(saved.Headers.Location);
        Assert.Equal("Web leads by score", run.GetProperty("name").GetString());
        Assert.Equal(1, run.GetProperty("total").GetInt64());
        Assert.Contains((await Client.GetFromJsonAsync<JsonElement>("/api/reports")).GetProperty("saved").EnumerateArray(), r => r.GetProperty("name").GetString() == "Web leads by score");

        // A saved report is a starting point too, and a whole definition can be given instead.
        var derived = await Client.PostAsJsonAsync("/api/reports", new { name = "Contoso web leads", from = "web leads by score", filter = "company = \"Contoso\"" });
        Assert.Equal(HttpStatusCode.Created, derived.StatusCode);
        Assert.Equal(1, (await Client.GetFromJsonAsync<JsonElement>(derived.Headers.Location)).GetProperty("total").GetInt64());
        var custom = await Client.PostAsJsonAsync("/api/reports", new { name = "By company", definition = new { schemaVersion = 1, recordKind = "lead", groups = new[] { "company" } } });
        Assert.Equal(HttpStatusCode.Created, custom.StatusCode);
        var byCompany = await Client.GetFromJsonAsync<JsonElement>(custom.Headers.Location);
        Assert.Equal(2, Assert.Single(byCompany.GetProperty("groups").EnumerateArray()).GetProperty("count").GetInt64());

        var taken = await Client.PostAsJsonAsync("/api/reports", save with { name = "WEB LEADS BY SCORE" });
        Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);
        Assert.Equal("application/problem+json", taken.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.PostAsJsonAsync("/api/reports", save with { name = "Other", from = "no such report" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Client.PostAsJsonAsync("/api/reports", new { name = "Nothing" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Client.PostAsJsonAsync("/api/reports", save with { name = " " })).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await Client.DeleteAsync(saved.Headers.Location)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.DeleteAsync(saved.Headers.Location)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync(saved.Headers.Location)).StatusCode);
    }

    [StoreFact]
    public async Task Funnel_CountsTheStages_AndRefusesBadDates()
    {
        var id = await CreateAsync("Ann Lee", "Contoso", "Web");
        await CreateAsync("Bob Stone", "Fabrikam", "Web");
        (await Client.PostAsJsonAsync("/api/convert", new { ids = new[] { id } })).EnsureSuccessStatusCode();

        var funnel = await Client.GetFromJsonAsync<JsonElement>("/api/funnel");
        var stages = funnel.GetProperty("stages").EnumerateArray().ToList();
        Assert.Equal(2, stages[0].GetProperty("count").GetInt64());
        Assert.Contains(stages, s => s.GetProperty("count").GetInt64() == 1);

        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync($"/api/funnel?from=2020-01-01&to={today}")).StatusCode);
        var bad = await Client.GetAsync("/api/funnel?from=yesterday");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("from", Assert.Single((await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject()).Name);
    }
}
