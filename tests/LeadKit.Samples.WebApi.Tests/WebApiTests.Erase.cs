using System.Net;
using System.Net.Http;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using LeadKit.Testing.Stores;

namespace LeadKit.Samples.WebApi.Tests;

/// <summary>Erasure through HTTP, and what the host logs: never a person's data.</summary>
public abstract partial class WebApiTests
{
    [StoreFact]
    public async Task Erase_ALead_IsGoneWithItsHistoryAndAnUnknownOneIsNotFound()
    {
        var created = await Client.PostAsJsonAsync("/api/leads", new { name = "Ann Lee", emails = new[] { "ann.lee@contoso.example" } });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        var erased = await Client.PostAsync($"/api/leads/{id}/erase", null);

        Assert.Equal(HttpStatusCode.OK, erased.StatusCode);
        var body = await erased.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(id, body.GetProperty("erased").GetString());
        Assert.True(Guid.TryParse(body.GetProperty("operation").GetString(), out _));
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"/api/leads/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.PostAsync($"/api/leads/{id}/erase", null)).StatusCode);
    }

    [StoreFact]
    public async Task Logs_ThroughCreateImportRefusalsAndErasure_NeverCarryPersonalData()
    {
        const string Name = "Quillon Zabrowski";
        const string Email = "quillon.zabrowski@example.com";
        var created = await Client.PostAsJsonAsync("/api/leads", new { name = Name, emails = new[] { Email }, company = "Zabrowski Mills" });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        await Client.PostAsJsonAsync($"/api/leads/{id}/comments", new { text = $"Call {Name} about the mill." });
        Assert.Equal(HttpStatusCode.BadRequest, (await Client.PostAsJsonAsync("/api/leads", new { name = Name, emails = new[] { "quillon.zabrowski@@example" } })).StatusCode);
        var csv = Encoding.UTF8.GetBytes($"First Name,Last Name,E-mail Address\r\nQuillon,Zabrowski,{Email}\r\nQuillon,Zabrowski,not-an-address-zabrowski\r\n");
        var import = await Client.PostAsync("/api/import", new MultipartFormDataContent { { new ByteArrayContent(csv), "file", "zabrowski.csv" } });
        Assert.True(import.IsSuccessStatusCode, await import.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, (await Client.GetAsync("/api/leads?filter=" + Uri.EscapeDataString("name = \"Zabrowski"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Client.PostAsync($"/api/leads/{id}/erase", null)).StatusCode);

        var logs = _factory.Logs.Messages;
        Assert.NotEmpty(logs);
        Assert.DoesNotContain(logs, m => m.Contains("Zabrowski", StringComparison.OrdinalIgnoreCase) || m.Contains("Quillon", StringComparison.OrdinalIgnoreCase));
    }
}
