using System.Net;
using System.Net.Http;
using System.Net.Http.Json;
using System.Text.Json;
using LeadKit.Testing.Stores;

namespace LeadKit.Samples.WebApi.Tests;

/// <content>Merging duplicates over HTTP, and undoing the merge.</content>
public abstract partial class WebApiTests
{
    [StoreFact]
    public async Task Merge_TakesThePreferredValues_DeletesTheOthers_AndUndoBringsThemBack()
    {
        var master = await CreateAsync("Ann Lee", "Contoso");
        var duplicate = await CreateAsync("Ann Lee", "Contoso Ltd");

        var response = await Client.PostAsJsonAsync($"/api/leads/{master}/merge", new { leads = new[] { duplicate }, prefer = new Dictionary<string, string> { ["company"] = duplicate } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var merged = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(master, merged.GetProperty("master").GetString());
        Assert.Equal([duplicate], merged.GetProperty("merged").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains(merged.GetProperty("notTaken").EnumerateArray(), v => v.GetProperty("field").GetString() == "company" && v.GetProperty("value").GetString() == "Contoso");
        Assert.Equal("Contoso Ltd", (await Client.GetFromJsonAsync<JsonElement>($"/api/leads/{master}")).GetProperty("companyName").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"/api/leads/{duplicate}")).StatusCode);

        var undo = await Client.PostAsync($"/api/operations/{merged.GetProperty("operation").GetString()}/undo", null);

        Assert.Equal(HttpStatusCode.OK, undo.StatusCode);
        Assert.Equal("Contoso", (await Client.GetFromJsonAsync<JsonElement>($"/api/leads/{master}")).GetProperty("companyName").GetString());
        Assert.Equal("Contoso Ltd", (await Client.GetFromJsonAsync<JsonElement>($"/api/leads/{duplicate}")).GetProperty("companyName").GetString());
    }

    [StoreFact]
    public async Task Merge_Refused_Is422WithTheReason_AndAnUnknownLead404()
    {
        var master = await CreateAsync("Ann Lee", "Contoso");

        var itself = await Client.PostAsJsonAsync($"/api/leads/{master}/merge", new { leads = new[] { master } });
        var unknown = await Client.PostAsJsonAsync($"/api/leads/{master}/merge", new { leads = new[] { Guid.NewGuid() } });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, itself.StatusCode);
        Assert.Equal("MasterAmongOthers", (await itself.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reason").GetString());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
