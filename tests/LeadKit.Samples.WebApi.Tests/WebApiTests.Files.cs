using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Json;
using System.Text.Json;
using LeadKit.Testing.Stores;

namespace LeadKit.Samples.WebApi.Tests;

/// <summary>Import by upload of the shared sample files and export by download, re-imported; operations on them.</summary>
public abstract partial class WebApiTests
{
    /// <summary>Each shared sample file, with the rows it holds (a vCard file: its cards; a CSV file: its data lines).</summary>
    [StoreTheory]
    [InlineData("csv", "salesforce_demo_leads.csv", 22)]
    [InlineData("csv", "thunderbird_plain.csv", 1)]
    [InlineData("csv", "outlook_email_columns_only.csv", 1)]
    [InlineData("vcard", "ezvcard_John_Doe_MS_OUTLOOK.vcf", 1)]
    [InlineData("vcard", "ezvcard_John_Doe_IPHONE.vcf", 1)]
    [InlineData("vcard", "ezvcard_gmail-single.vcf", 1)]
    [InlineData("vcard", "ezvcard_rfc6350-example.vcf", 1)]
    public async Task Import_SharedSample_AccountsForEveryRow(string folder, string file, long rows)
    {
        var dryRun = await UploadAsync(SharedSample(folder, file), "?dryRun=true");
        Assert.Equal(rows, dryRun.GetProperty("rows").GetInt64());
        Assert.Equal(JsonValueKind.Null, dryRun.GetProperty("operation").ValueKind);
        Assert.Equal(0, await CountAsync());

        var result = await UploadAsync(SharedSample(folder, file), string.Empty);
        Assert.Equal(rows, result.GetProperty("rows").GetInt64());
        Assert.Equal(rows, result.GetProperty("imported").GetInt64() + result.GetProperty("merged").GetInt64() + result.GetProperty("skipped").GetInt64() + result.GetProperty("rejected").GetArrayLength());
        Assert.Equal(dryRun.GetProperty("imported").GetInt64(), result.GetProperty("imported").GetInt64());
        Assert.Equal(result.GetProperty("imported").GetInt64(), await CountAsync());
    }

    [StoreFact]
    public async Task Import_Undone_RemovesTheImportedLeads()
    {
        var result = await UploadAsync(SharedSample("csv", "salesforce_demo_leads.csv"), string.Empty);
        Assert.Equal(result.GetProperty("imported").GetInt64(), await CountAsync());
        Assert.True(await CountAsync() > 0);

        var undo = await Client.PostAsync($"/api/operations/{result.GetProperty("operation").GetString()}/undo", null);
        undo.EnsureSuccessStatusCode();
        Assert.Equal(0, await CountAsync());
        Assert.Equal(HttpStatusCode.BadRequest, (await Client.PostAsync($"/api/operations/{result.GetProperty("operation").GetString()}/undo", null)).StatusCode);   // undone already
        Assert.Equal(HttpStatusCode.NotFound, (await Client.PostAsync($"/api/operations/{Guid.NewGuid()}/undo", null)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Client.PostAsync("/api/operations/not-an-id/undo", null)).StatusCode);
    }

    [StoreTheory]
    [InlineData("leadkit", "text/csv", "leads.csv")]
    [InlineData("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "leads.xlsx")]
    [InlineData("vcard", "text/vcard", "leads.vcf")]
    [InlineData("json", "application/json", "leads.json")]
    public async Task Export_Download_ReimportsAsTheSameLeads(string format, string mediaType, string fileName)
    {
        await Client.PostAsJsonAsync("/api/leads", new { name = "Ann Lee", emails = new[] { "ann.lee@contoso.example" }, company = "Contoso", title = "Buyer" });
        await Client.PostAsJsonAsync("/api/leads", new { name = "Bob Stone", emails = new[] { "bob@fabrikam.example" }, company = "Fabrikam" });
        await CreateAsync("Cy Moss", "Contoso");

        var download = await Client.GetAsync($"/api/export?format={format}&filter=company%20%3D%20%22Contoso%22");
        download.EnsureSuccessStatusCode();
        Assert.Equal(mediaType, download.Content.Headers.ContentType!.MediaType);
        Assert.Equal(fileName, download.Content.Headers.ContentDisposition!.FileName);
        var bytes = await download.Content.ReadAsByteArrayAsync();

        var again = await UploadAsync(bytes, fileName, "?duplicates=import");
        Assert.Equal(2, again.GetProperty("imported").GetInt64());
        var copies = await Client.GetFromJsonAsync<JsonElement>("/api/leads?filter=company%20%3D%20%22Contoso%22&sort=name");
        Assert.Equal(["Ann Lee", "Ann Lee", "Cy Moss", "Cy Moss"], copies.GetProperty("items").EnumerateArray().Select(Name));
        Assert.All(copies.GetProperty("items").EnumerateArray().Where(l => Name(l) == "Ann Lee"), ann =>
        {
            Assert.Equal("Buyer", Title(ann));
            Assert.Equal("ann.lee@contoso.example", ann.GetProperty("emails")[0].GetProperty("address").GetString());
        });
    }

    [StoreFact]
    public async Task ImportAndExport_RefuseWhatTheyCannotRead()
    {
        Assert.Equal(HttpStatusCode.BadRequest, (await Client.GetAsync("/api/export?format=pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Client.GetAsync("/api/export?filter=nosuchfield%20%3D%201")).StatusCode);
        var policy = await Client.PostAsync("/api/import?duplicates=sometimes", Upload([1], "a.csv"));
        Assert.Equal("duplicates", Assert.Single((await policy.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject()).Name);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await Client.PostAsync("/api/import", new StringContent("no file"))).StatusCode);
    }

    private async Task<JsonElement> UploadAsync(string path, string query) =>
        await UploadAsync(await File.ReadAllBytesAsync(path), Path.GetFileName(path), query);

    private async Task<JsonElement> UploadAsync(byte[] bytes, string fileName, string query)
    {
        var response = await Client.PostAsync("/api/import" + query, Upload(bytes, fileName));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static MultipartFormDataContent Upload(byte[] bytes, string fileName) => new() { { new ByteArrayContent(bytes), "file", fileName } };

    private async Task<int> CountAsync() =>
        (await Client.GetFromJsonAsync<JsonElement>("/api/leads?pageSize=500")).GetProperty("items").GetArrayLength();
}
