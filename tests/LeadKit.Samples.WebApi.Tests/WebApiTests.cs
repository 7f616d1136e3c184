using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using LeadKit.Testing.Stores;

namespace LeadKit.Samples.WebApi.Tests;

/// <summary>The web API end to end through HTTP, on each store (the derived classes).</summary>
public abstract partial class WebApiTests : IDisposable
{
    private readonly WebApiFactory _factory;

    protected WebApiTests(WebApiFactory factory)
    {
        _factory = factory;
        Client = factory.CreateClient();
    }

    protected HttpClient Client { get; }

    public void Dispose()
    {
        Client.Dispose();
        _factory.Dispose();
        GC.SuppressFinalize(this);
    }

    [StoreFact]
    public async Task OpenApi_Document_ListsTheEndpoints()
    {
        var document = await Client.GetStringAsync("/openapi/v1.json");

        Assert.Contains("\"/api/leads\"", document, StringComparison.Ordinal);
        Assert.Contains("\"/api/bulk-edit\"", document, StringComparison.Ordinal);
        Assert.Contains("\"/api/import\"", document, StringComparison.Ordinal);
        Assert.Contains("\"/api/leads/{id}/score\"", document, StringComparison.Ordinal);
        Assert.Contains("\"/api/reports/{name}\"", document, StringComparison.Ordinal);
        Assert.Contains("\"/api/funnel\"", document, StringComparison.Ordinal);
        Assert.StartsWith("3.", JsonDocument.Parse(document).RootElement.GetProperty("openapi").GetString(), StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task Leads_CreateReadList_FilterSortAndKeysetPaging()
    {
        var created = await Client.PostAsJsonAsync("/api/leads", new { name = "Ann Lee", emails = new[] { "ann.lee@contoso.example" }, company = "Contoso", source = "Web" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("\"1\"", created.Headers.ETag!.Tag);
        var ann = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal($"/api/leads/{ann.GetProperty("id").GetString()}", created.Headers.Location!.AbsolutePath);
        await CreateAsync("Bob Stone", "Fabrikam");
        await CreateAsync("Cy Moss", "Contoso");

        var read = await Client.GetAsync(created.Headers.Location);
        Assert.Equal("\"1\"", read.Headers.ETag!.Tag);
        Assert.Equal("ann.lee@contoso.example", (await read.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("emails")[0].GetProperty("address").GetString());

        var first = await Client.GetFromJsonAsync<JsonElement>("/api/leads?filter=company%20%3D%20%22Contoso%22&sort=name:desc&pageSize=1");
        Assert.Equal("Cy Moss", Name(Assert.Single(first.GetProperty("items").EnumerateArray())));
        var cursor = first.GetProperty("nextCursor").GetString();
        var second = await Client.GetFromJsonAsync<JsonElement>($"/api/leads?filter=company%20%3D%20%22Contoso%22&sort=name:desc&pageSize=1&after={Uri.EscapeDataString(cursor!)}");
        Assert.Equal("Ann Lee", Name(Assert.Single(second.GetProperty("items").EnumerateArray())));
        var all = await Client.GetFromJsonAsync<JsonElement>("/api/leads?sort=name");
        Assert.Equal(["Ann Lee", "Bob Stone", "Cy Moss"], all.GetProperty("items").EnumerateArray().Select(Name));
    }

    [StoreFact]
    public async Task Leads_InvalidValues_Are400_WithFieldPathsAndCodes()
    {
        var response = await Client.PostAsJsonAsync("/api/leads", new { name = "Ann Lee", emails = new[] { "ann@@contoso" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var paths = problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ToList();
        Assert.NotEmpty(paths);
        Assert.All(paths, path => Assert.StartsWith("emails[0].", path, StringComparison.Ordinal));
        Assert.StartsWith("LeadKit.EmailAddress", problem.GetProperty("codes").GetProperty(paths[0])[0].GetString(), StringComparison.Ordinal);

        var nameless = await (await Client.PostAsJsonAsync("/api/leads", new { name = " " })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.StartsWith("name", Assert.Single(nameless.GetProperty("errors").EnumerateObject()).Name, StringComparison.Ordinal);

        var badFilter = await Client.GetAsync("/api/leads?filter=nosuchfield%20%3D%201");
        Assert.Equal(HttpStatusCode.BadRequest, badFilter.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"/api/leads/{Guid.NewGuid()}")).StatusCode);
    }

    [StoreFact]
    public async Task Leads_PatchAndDelete_NeedTheCurrentETag()
    {
        var id = await CreateAsync("Ann Lee", "Contoso");
        var patch = new { edits = new[] { new { field = "title", op = "set", value = "Buyer" } } };

        Assert.Equal((HttpStatusCode)428, (await Client.PatchAsJsonAsync($"/api/leads/{id}", patch)).StatusCode);
        var stale = await SendAsync(HttpMethod.Patch, $"/api/leads/{id}", "\"7\"", patch);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Contains("version 1", (await stale.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);

        var ok = await SendAsync(HttpMethod.Patch, $"/api/leads/{id}", "\"1\"", patch);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal("\"2\"", ok.Headers.ETag!.Tag);
        Assert.Equal("Buyer", (await ok.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("jobTitle").GetString());

        var unknownField = await SendAsync(HttpMethod.Patch, $"/api/leads/{id}", "\"2\"", new { edits = new[] { new { field = "nosuch", op = "set", value = "x" } } });
        Assert.Equal(HttpStatusCode.BadRequest, unknownField.StatusCode);

        Assert.Equal(HttpStatusCode.PreconditionFailed, (await SendAsync(HttpMethod.Delete, $"/api/leads/{id}", "\"1\"", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await SendAsync(HttpMethod.Delete, $"/api/leads/{id}", "\"2\"", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"/api/leads/{id}")).StatusCode);
    }

    [StoreFact]
    public async Task Scoring_CheckingCriteria_ChangesTheStarsAndTheExplanation()
    {
        var id = await CreateAsync("Ann Lee", "Contoso");
        var before = await Client.GetFromJsonAsync<JsonElement>($"/api/leads/{id}/score");

        var response = await Client.PutAsync($"/api/leads/{id}/checks/budget-confirmed", null);
        response.EnsureSuccessStatusCode();
        var after = await response.Content.ReadFromJsonAsync<JsonElement>();
        await Client.PutAsync($"/api/leads/{id}/checks/decision-maker-identified", null);
        var both = await Client.GetFromJsonAsync<JsonElement>($"/api/leads/{id}/score");

        Assert.True(Stars(after) > Stars(before), $"{Stars(before)} -> {Stars(after)}");
        Assert.True(Stars(both) > Stars(after));
        var budget = both.GetProperty("criteria").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "budget-confirmed");
        Assert.True(budget.GetProperty("met").GetBoolean());
        var lead = await Client.GetFromJsonAsync<JsonElement>($"/api/leads/{id}");
        Assert.Equal(both.GetProperty("automaticStars").GetInt32(), lead.GetProperty("score").GetProperty("automaticStars").GetInt32());   // stored with the lead

        var manual = await Client.PutAsJsonAsync($"/api/leads/{id}/manual-score", new { stars = 1 });
        Assert.Equal(1, Stars(await manual.Content.ReadFromJsonAsync<JsonElement>()));
        Assert.Equal(HttpStatusCode.BadRequest, (await Client.PostAsJsonAsync("/api/criteria", new { description = "Big", weight = "huge" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await Client.PostAsJsonAsync("/api/criteria", new { description = "Has an e-mail", weight = "low", rule = "email is not empty" })).StatusCode);
        Assert.Contains((await Client.GetFromJsonAsync<JsonElement>("/api/criteria")).GetProperty("criteria").EnumerateArray(), c => c.GetProperty("id").GetString() == "has-an-e-mail");
    }

    [StoreFact]
    public async Task BulkEdit_DryRunApplyAndUndo_RestoreTheLeads()
    {
        var ids = new[] { await CreateAsync("Ann Lee", "Contoso"), await CreateAsync("Bob Stone", "Contoso"), await CreateAsync("Cy Moss", "Fabrikam") };
        var edit = new { filter = "company = \"Contoso\"", edits = new[] { new { field = "title", op = "set", value = "Buyer" } }, dryRun = true };

        var preview = await (await Client.PostAsJsonAsync("/api/bulk-edit", edit)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, preview.GetProperty("changed").GetInt32());
        Assert.Equal(JsonValueKind.Null, preview.GetProperty("operation").ValueKind);
        Assert.Null(Title(await Client.GetFromJsonAsync<JsonElement>($"/api/leads/{ids[0]}")));

        var applied = await (await Client.PostAsJsonAsync("/api/bulk-edit", edit with { dryRun = false })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, applied.GetProperty("changed").GetInt32());
        Assert.Equal("Buyer", Title(await Client.GetFromJsonAsync<JsonElement>($"/api/leads/{ids[1]}")));

        var undone = await Client.PostAsync($"/api/operations/{applied.GetProperty("operation").GetString()}/undo", null);
        undone.EnsureSuccessStatusCode();
        Assert.Equal(2, (await undone.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("changed").GetInt32());
        foreach (var id in ids)
        {
            Assert.Null(Title(await Client.GetFromJsonAsync<JsonElement>($"/api/leads/{id}")));
        }

        Assert.Contains((await Client.GetFromJsonAsync<JsonElement>("/api/operations")).EnumerateArray(), o => o.GetProperty("id").GetString() == applied.GetProperty("operation").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await Client.PostAsJsonAsync("/api/bulk-edit", new { edits = edit.edits })).StatusCode);
    }

    [StoreFact]
    public async Task AssignAndConvert_ReportPerLead()
    {
        var id = await CreateAsync("Ann Lee", "Contoso");
        var owner = (await Client.GetFromJsonAsync<JsonElement>("/api/users")).EnumerateArray().First().GetProperty("id").GetString();

        var assigned = await (await Client.PostAsJsonAsync("/api/assign", new { ids = new[] { id }, user = owner })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, assigned.GetProperty("changed").GetInt32());
        Assert.Equal(owner, (await Client.GetFromJsonAsync<JsonElement>($"/api/leads/{id}")).GetProperty("assignedTo").GetString());

        var converted = await (await Client.PostAsJsonAsync("/api/convert", new { ids = new[] { id } })).Content.ReadFromJsonAsync<JsonElement>();
        var pair = Assert.Single(converted.GetProperty("converted").EnumerateArray());
        Assert.Equal(id, pair.GetProperty("lead").GetString());
        Assert.Equal(id, pair.GetProperty("contact").GetString());   // a conversion keeps the GUID
    }

    [StoreFact]
    public async Task ImportUpload_ThenExportDownload_RoundTrips_AndReportsCount()
    {
        using var upload = new MultipartFormDataContent();
        var sample = await File.ReadAllBytesAsync(SharedSample("csv", "salesforce_demo_leads.csv"));
        upload.Add(new ByteArrayContent(sample), "file", "salesforce_demo_leads.csv");
        var response = await Client.PostAsync("/api/import", upload);
        response.EnsureSuccessStatusCode();
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        var rows = result.GetProperty("rows").GetInt64();
        Assert.True(rows > 0);
        Assert.Equal(rows, result.GetProperty("imported").GetInt64() + result.GetProperty("merged").GetInt64() + result.GetProperty("skipped").GetInt64() + result.GetProperty("rejected").GetArrayLength());
        var imported = result.GetProperty("imported").GetInt64();

        var export = await Client.GetAsync("/api/export?format=json");
        export.EnsureSuccessStatusCode();
        Assert.Equal("application/json", export.Content.Headers.ContentType!.MediaType);
        var exported = await export.Content.ReadAsByteArrayAsync();

        var report = await Client.GetFromJsonAsync<JsonElement>("/api/reports/by-assigned");
        Assert.Equal(imported, report.GetProperty("total").GetInt64());
        var funnel = await Client.GetFromJsonAsync<JsonElement>("/api/funnel");
        Assert.True(funnel.GetProperty("stages").GetArrayLength() > 0);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/api/reports/no-such-report")).StatusCode);

        // The export re-imported with duplicates skipped adds nothing.
        using var again = new MultipartFormDataContent();
        again.Add(new ByteArrayContent(exported), "file", "leads.json");
        var second = await (await Client.PostAsync("/api/import?duplicates=skip", again)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0, second.GetProperty("imported").GetInt64());
        Assert.Equal(imported, (await Client.GetFromJsonAsync<JsonElement>("/api/reports/by-assigned")).GetProperty("total").GetInt64());

        using var bad = new MultipartFormDataContent();
        bad.Add(new ByteArrayContent([1, 2, 3]), "file", "leads.pdf");
        Assert.Equal(HttpStatusCode.BadRequest, (await Client.PostAsync("/api/import", bad)).StatusCode);
    }

    private async Task<string> CreateAsync(string name, string company, string? source = null)
    {
        var response = await Client.PostAsJsonAsync("/api/leads", new { name, company, source });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string uri, string etag, object? body)
    {
        using var request = new HttpRequestMessage(method, uri);
        request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(etag));
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return await Client.SendAsync(request);
    }

    private static string Name(JsonElement lead) => lead.GetProperty("name").GetProperty("fullName").GetString()!;

    private static int Stars(JsonElement explanation) => explanation.GetProperty("stars").GetInt32();

    private static string? Title(JsonElement lead) => lead.TryGetProperty("jobTitle", out var title) ? title.GetString() : null;

    /// <summary>A shared sample file: shared/data/samples beside the folder holding LeadKit.sln, or beside one of its parents.</summary>
    internal static string SharedSample(string folder, string name)
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "LeadKit.sln")))
        {
            root = root.Parent;
        }

        for (var dir = root?.Parent; dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "shared", "data", "samples", folder, name);
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new FileNotFoundException($"No shared/data/samples/{folder}/{name} beside the folder of LeadKit.sln or its parents.");
    }
}

/// <summary>The web API on a new SQLite file.</summary>
public sealed class SqliteWebApiTests() : WebApiTests(WebApiFactory.Sqlite());

/// <summary>The web API on the test PostgreSQL server.</summary>
[PostgresAvailable]
public sealed class PostgresWebApiTests() : WebApiTests(WebApiFactory.Postgres());
