using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LeadKit.Testing.Stores;

namespace LeadKit.Samples.WebApi.Tests;

/// <summary>Likely duplicates, through HTTP.</summary>
public abstract partial class WebApiTests
{
    [StoreFact]
    public async Task Duplicates_GroupsLeadsSharingANameAndCompany_AndAFilterNarrowsThem()
    {
        var ann = await CreateAsync("Ann Lee", "Contoso Ltd", "Web");
        var annAgain = await CreateAsync("Lee, Ann", "CONTOSO", "Seminar");
        await CreateAsync("Bob Stone", "Fabrikam");

        var all = await Client.GetFromJsonAsync<JsonElement>("/api/duplicates");
        var group = Assert.Single(all.GetProperty("groups").EnumerateArray());
        Assert.Equal("nameAndCompany", group.GetProperty("rule").GetString());
        Assert.Equal(new[] { ann, annAgain }.Order(StringComparer.Ordinal), group.GetProperty("leads").EnumerateArray().Select(l => l.GetString()!));
        Assert.Equal("same name and company ann lee | contoso", group.GetProperty("explanation").GetString());

        var web = await Client.GetFromJsonAsync<JsonElement>("/api/duplicates?filter=source%20%3D%20%22Web%22");
        Assert.Empty(web.GetProperty("groups").EnumerateArray());
        Assert.Equal(HttpStatusCode.BadRequest, (await Client.GetAsync("/api/duplicates?filter=nosuchfield%20%3D%201")).StatusCode);
    }
}
