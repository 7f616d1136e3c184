using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LeadKit.Testing.Stores;

namespace LeadKit.Samples.WebApi.Tests;

/// <summary>The criteria editor and a lead's checks and manual stars, through HTTP.</summary>
public abstract partial class WebApiTests
{
    [StoreFact]
    public async Task Criteria_AddEditRemove_AndTheirErrors()
    {
        var added = await Client.PostAsJsonAsync("/api/criteria", new { description = "Attended a webinar", weight = "low" });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Equal("/api/criteria/attended-a-webinar", added.Headers.Location!.OriginalString);
        Assert.Equal("low", Criterion(await added.Content.ReadFromJsonAsync<JsonElement>(), "attended-a-webinar").GetProperty("weight").GetString());

        var edited = await Client.PatchAsJsonAsync("/api/criteria/attended-a-webinar", new { weight = "high", description = "Attended two webinars" });
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var criterion = Criterion(await edited.Content.ReadFromJsonAsync<JsonElement>(), "attended-a-webinar");
        Assert.Equal("high", criterion.GetProperty("weight").GetString());
        Assert.Equal("Attended two webinars", criterion.GetProperty("description").GetString());

        var blank = await Client.PostAsJsonAsync("/api/criteria", new { description = " ", weight = "low" });
        Assert.Equal(HttpStatusCode.BadRequest, blank.StatusCode);
        Assert.NotEmpty((await blank.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject());
        var badWeight = await (await Client.PostAsJsonAsync("/api/criteria", new { description = "Big", weight = "huge" })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("weight", Assert.Single(badWeight.GetProperty("errors").EnumerateObject()).Name);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.PatchAsJsonAsync("/api/criteria/no-such-criterion", new { weight = "low" })).StatusCode);

        var removed = await Client.DeleteAsync("/api/criteria/attended-a-webinar");
        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        Assert.DoesNotContain((await removed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("criteria").EnumerateArray(), c => c.GetProperty("id").GetString() == "attended-a-webinar");
        Assert.Equal(HttpStatusCode.NotFound, (await Client.DeleteAsync("/api/criteria/attended-a-webinar")).StatusCode);
    }

    [StoreFact]
    public async Task Criteria_WeightChange_RescoresTheLeads()
    {
        var id = await CreateAsync("Ann Lee", "Contoso");
        await Client.PutAsync($"/api/leads/{id}/checks/budget-confirmed", null);
        var before = await Client.GetFromJsonAsync<JsonElement>($"/api/leads/{id}/score");

        (await Client.PatchAsJsonAsync("/api/criteria/budget-confirmed", new { weight = "low" })).EnsureSuccessStatusCode();
        var after = await Client.GetFromJsonAsync<JsonElement>($"/api/leads/{id}/score");
        var lead = await Client.GetFromJsonAsync<JsonElement>($"/api/leads/{id}");

        Assert.True(after.GetProperty("points").GetDecimal() < before.GetProperty("points").GetDecimal(), $"{before} -> {after}");
        Assert.Equal(after.GetProperty("automaticStars").GetInt32(), lead.GetProperty("score").GetProperty("automaticStars").GetInt32());
    }

    [StoreFact]
    public async Task Scoring_UncheckAndManualStars_AndTheirErrors()
    {
        var id = await CreateAsync("Ann Lee", "Contoso");
        var none = Stars(await Client.GetFromJsonAsync<JsonElement>($"/api/leads/{id}/score"));
        var checkedOnce = Stars(await (await Client.PutAsync($"/api/leads/{id}/checks/budget-confirmed", null)).Content.ReadFromJsonAsync<JsonElement>());

        var unchecked_ = await Client.DeleteAsync($"/api/leads/{id}/checks/budget-confirmed");
        Assert.Equal(HttpStatusCode.OK, unchecked_.StatusCode);
        var explanation = await unchecked_.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(checkedOnce > none);
        Assert.Equal(none, Stars(explanation));
        Assert.False(Criterion(explanation, "budget-confirmed").GetProperty("met").GetBoolean());

        var manual = await (await Client.PutAsJsonAsync($"/api/leads/{id}/manual-score", new { stars = 4 })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(4, Stars(manual));
        var stored = await Client.GetFromJsonAsync<JsonElement>($"/api/leads/{id}");
        Assert.Equal(4, stored.GetProperty("manualStars").GetInt32());
        Assert.Equal("manual", stored.GetProperty("scoreType").GetString());
        var automatic = await (await Client.PutAsJsonAsync($"/api/leads/{id}/manual-score", new { stars = (int?)null })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(none, Stars(automatic));

        Assert.Equal(HttpStatusCode.BadRequest, (await Client.PutAsJsonAsync($"/api/leads/{id}/manual-score", new { stars = 11 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.PutAsync($"/api/leads/{id}/checks/no-such-criterion", null)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Client.PutAsync($"/api/leads/{id}/checks/Not%20An%20Id", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.PutAsync($"/api/leads/{Guid.NewGuid()}/checks/budget-confirmed", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"/api/leads/{Guid.NewGuid()}/score")).StatusCode);
    }

    private static JsonElement Criterion(JsonElement profileOrExplanation, string id) =>
        profileOrExplanation.GetProperty("criteria").EnumerateArray().Single(c => c.GetProperty("id").GetString() == id);
}
