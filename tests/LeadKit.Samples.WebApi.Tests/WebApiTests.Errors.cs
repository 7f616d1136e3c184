using System.Net;
using System.Net.Http;
using System.Net.Http.Json;
using System.Text.Json;
using LeadKit.Testing.Stores;

namespace LeadKit.Samples.WebApi.Tests;

/// <summary>The rest of the leads' and operations' endpoints, and the error each refusal gives.</summary>
public abstract partial class WebApiTests
{
    [StoreFact]
    public async Task Leads_Comment_AppendsAndBumpsTheETag()
    {
        var id = await CreateAsync("Ann Lee", "Contoso");

        var commented = await Client.PostAsJsonAsync($"/api/leads/{id}/comments", new { text = "Called; wants a demo." });

        Assert.Equal(HttpStatusCode.OK, commented.StatusCode);
        Assert.Equal("\"2\"", commented.Headers.ETag!.Tag);
        Assert.Contains("Called; wants a demo.", (await commented.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("comments").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.PostAsJsonAsync($"/api/leads/{Guid.NewGuid()}/comments", new { text = "x" })).StatusCode);
    }

    [StoreFact]
    public async Task Leads_RequestErrors_Are400_WithTheParameterAsPath()
    {
        var id = await CreateAsync("Ann Lee", "Contoso");

        Assert.Equal("pageSize", await ErrorPathAsync(await Client.GetAsync("/api/leads?pageSize=0")));
        Assert.Equal(HttpStatusCode.BadRequest, (await Client.GetAsync("/api/leads?sort=nosuchfield")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Client.GetAsync("/api/leads?after=garbage")).StatusCode);
        Assert.Equal("phones[0].kind", await ErrorPathAsync(await Client.PostAsJsonAsync("/api/leads", new { name = "Bo", phones = new[] { new { kind = "Pigeon", number = "1" } } })));
        var patch = new { edits = new[] { new { field = "title", op = "set", value = "Buyer" } } };
        Assert.Equal("If-Match", await ErrorPathAsync(await SendAsync(HttpMethod.Patch, $"/api/leads/{id}", "\"x\"", patch)));
        Assert.Equal("edits[0].op", await ErrorPathAsync(await SendAsync(HttpMethod.Patch, $"/api/leads/{id}", "\"1\"", new { edits = new[] { new { field = "title", op = "paint", value = "x" } } })));
        var badStars = await SendAsync(HttpMethod.Patch, $"/api/leads/{id}", "\"1\"", new { edits = new[] { new { field = "stars", op = "set", value = "lots" } } });
        Assert.Equal(HttpStatusCode.BadRequest, badStars.StatusCode);
        Assert.All((await badStars.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject(), e => Assert.StartsWith("edits[0]", e.Name, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(HttpMethod.Patch, $"/api/leads/{Guid.NewGuid()}", "\"1\"", patch)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(HttpMethod.Delete, $"/api/leads/{Guid.NewGuid()}", "\"1\"", null)).StatusCode);
        Assert.Equal((HttpStatusCode)428, (await Client.DeleteAsync($"/api/leads/{id}")).StatusCode);

        var weak = await SendAsync(HttpMethod.Patch, $"/api/leads/{id}", "W/\"1\"", patch);   // a weak tag names the same version
        Assert.Equal(HttpStatusCode.OK, weak.StatusCode);
    }

    [StoreFact]
    public async Task Operations_Refusals_AreProblems()
    {
        var id = await CreateAsync("Ann Lee", "Contoso");

        var stranger = await Client.PostAsJsonAsync("/api/assign", new { ids = new[] { id }, user = Guid.NewGuid() });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, stranger.StatusCode);
        Assert.Equal("application/problem+json", stranger.Content.Headers.ContentType!.MediaType);
        Assert.Equal("ids", await ErrorPathAsync(await Client.PostAsJsonAsync("/api/assign", new { ids = new[] { id }, filter = "stars > 1", user = Guid.NewGuid() })));
        Assert.Equal(HttpStatusCode.BadRequest, (await Client.PostAsJsonAsync("/api/convert", new { filter = "stars >" })).StatusCode);
        var unknownField = await Client.PostAsJsonAsync("/api/bulk-edit", new { ids = new[] { id }, edits = new[] { new { field = "nosuch", op = "set", value = "x" } } });
        Assert.StartsWith("edits[0]", await ErrorPathAsync(unknownField), StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task AssignConvert_ByFilter_MarkTheLeads()
    {
        await CreateAsync("Ann Lee", "Contoso", "Web");
        await CreateAsync("Bob Stone", "Fabrikam", "Web");
        await CreateAsync("Cy Moss", "Contoso", "Seminar");
        var owner = (await Client.GetFromJsonAsync<JsonElement>("/api/users")).EnumerateArray().First().GetProperty("id").GetString();

        var assigned = await (await Client.PostAsJsonAsync("/api/assign", new { filter = "source = \"Web\"", user = owner })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, assigned.GetProperty("changed").GetInt32());
        Assert.Equal(2, (await Client.GetFromJsonAsync<JsonElement>("/api/reports/by-assigned?filter=assignedTo%20is%20not%20empty")).GetProperty("total").GetInt64());

        var converted = await (await Client.PostAsJsonAsync("/api/convert", new { filter = "company = \"Contoso\"" })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, converted.GetProperty("converted").GetArrayLength());
        Assert.Equal(["Bob Stone"], (await Client.GetFromJsonAsync<JsonElement>("/api/leads?filter=converted%20%3D%20false")).GetProperty("items").EnumerateArray().Select(Name));
        var marked = (await Client.GetFromJsonAsync<JsonElement>("/api/leads?filter=converted%20%3D%20true&sort=name")).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["Ann Lee", "Cy Moss"], marked.Select(Name));
        Assert.All(marked, lead => Assert.Equal(lead.GetProperty("id").GetString(), lead.GetProperty("convertedTo").GetString()));   // the lead stays, linked to the contact of the same id
        var twice = await (await Client.PostAsJsonAsync("/api/convert", new { ids = new[] { marked[0].GetProperty("id").GetString() } })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("already converted", Assert.Single(twice.GetProperty("report").GetProperty("failed").EnumerateArray()).GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    private static async Task<string?> ErrorPathAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return Assert.Single((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject()).Name;
    }
}
