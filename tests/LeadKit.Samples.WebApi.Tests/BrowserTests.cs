using System.IO;
using System.Linq;
using LeadKit.Testing.Stores;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace LeadKit.Samples.WebApi.Tests;

/// <summary>
/// The sample's page in headless Chromium — Debian's <c>chromium</c>, found on the PATH (CI installs it),
/// never downloaded — against the sample on Kestrel and a new SQLite file: add a lead, check criteria and see
/// the stars change, change a weight, set manual stars, bulk-edit and undo, import a shared sample file, open
/// a report and save one, convert. Screenshots go
/// to <c>TestResults/screenshots</c>.
/// </summary>
[ChromiumAvailable]
public sealed class BrowserTests : IAsyncLifetime
{
    private readonly WebApiFactory _factory = WebApiFactory.Sqlite();
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private IPage _page = null!;
    private string _root = string.Empty;

    public async Task InitializeAsync()
    {
        if (ChromiumAvailableAttribute.Path() is not { } chromium)
        {
            return;   // skipped: see ChromiumAvailableAttribute
        }

        _factory.UseKestrel(0);
        _factory.StartServer();
        _root = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = chromium, Headless = true, Args = ["--no-sandbox"] });
        _page = await _browser.NewPageAsync(new() { ViewportSize = new() { Width = 1400, Height = 1000 } });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await _factory.DisposeAsync();
    }

    [StoreFact]
    public async Task Page_AddCheckWeighStarBulkEditUndoImportReportSaveConvert()
    {
        await _page.GotoAsync(_root);
        await Assertions.Expect(_page.Locator("#criteria-list li")).ToHaveCountAsync(6);   // LeadKit's default criteria

        // Add a lead: it opens with its criteria as check boxes and its stars.
        await _page.FillAsync("#lead-name", "Ann Lee");
        await _page.FillAsync("#lead-company", "Contoso");
        await _page.ClickAsync("#lead-form button[type=submit]");
        await Assertions.Expect(_page.Locator("#detail-name")).ToHaveTextAsync("Ann Lee");
        var before = await Stars();

        // Checking criteria changes the stars and the explanation, live.
        await _page.CheckAsync("input[data-criterion='budget-confirmed']");
        await Assertions.Expect(_page.Locator("#explanation")).ToContainTextAsync("✔ Budget confirmed");
        await _page.CheckAsync("input[data-criterion='decision-maker-identified']");
        await Assertions.Expect(_page.Locator("#explanation")).ToContainTextAsync("✔ Decision maker identified");
        var after = await Stars();
        Assert.True(after > before, $"stars {before} -> {after}");
        await Assertions.Expect(_page.Locator("#leads tbody tr", new() { HasText = "Ann Lee" }).Locator(".stars")).ToHaveTextAsync(new string('★', after) + new string('☆', 5 - after));
        await Screenshot("1-scored");

        // The criteria editor: a lighter weight re-scores the open lead; manual stars override the score.
        await _page.Locator("#criteria-list li[data-criterion='budget-confirmed'] select.weight").SelectOptionAsync("low");
        await Assertions.Expect(_page.Locator("#explanation")).ToContainTextAsync("✔ Budget confirmed (low)");
        await _page.ClickAsync("#manual-stars button[data-stars='5']");
        await Assertions.Expect(_page.Locator("#detail-stars")).ToHaveAttributeAsync("data-stars", "5");
        await Assertions.Expect(_page.Locator("#detail-score-type")).ToHaveTextAsync("(manual)");
        await _page.ClickAsync("#manual-stars button[data-stars='auto']");
        await Assertions.Expect(_page.Locator("#detail-score-type")).ToHaveTextAsync("(automatic)");

        // Bulk edit the selection, then undo it.
        await _page.Locator("#leads tbody tr", new() { HasText = "Ann Lee" }).Locator(".pick").CheckAsync();
        await _page.FillAsync("#bulk-value", "Buyer");
        await _page.ClickAsync("#bulk-apply");
        await Assertions.Expect(_page.Locator("#operation-result")).ToHaveTextAsync("Bulk edit: 1 changed, 0 unchanged, 0 failed.");
        await Assertions.Expect(_page.Locator("#leads tbody tr", new() { HasText = "Ann Lee" })).ToContainTextAsync("Buyer");
        await Screenshot("2-bulk-edited");
        await _page.ClickAsync("#bulk-undo");
        await Assertions.Expect(_page.Locator("#operation-result")).ToHaveTextAsync("Undone: 1 restored.");
        await Assertions.Expect(_page.Locator("#leads tbody tr", new() { HasText = "Ann Lee" })).Not.ToContainTextAsync("Buyer");

        // Import a shared sample file with progress.
        await _page.SetInputFilesAsync("#import-file", WebApiTests.SharedSample("csv", "salesforce_demo_leads.csv"));
        await _page.ClickAsync("#import-form button[type=submit]");
        await Assertions.Expect(_page.Locator("#import-result")).ToContainTextAsync("imported");
        Assert.DoesNotContain("failed", await _page.TextContentAsync("#import-result") ?? string.Empty, StringComparison.OrdinalIgnoreCase);
        // The list reloads after the result is shown: wait for a second row rather than count at once.
        await Assertions.Expect(_page.Locator("#leads tbody tr").Nth(1)).ToBeVisibleAsync();
        await Screenshot("3-imported");

        // A report as a chart.
        await _page.SelectOptionAsync("#report-name", "by-score");
        await _page.ClickAsync("#report-run");
        await Assertions.Expect(_page.Locator("#report-chart rect").First).ToBeVisibleAsync();
        await Screenshot("4-report");

        // Saved with a filter, it joins the list and runs under its name.
        await _page.FillAsync("#report-filter", "company = \"Contoso\"");
        await _page.FillAsync("#report-save-name", "Contoso leads");
        await _page.ClickAsync("#report-save");
        await Assertions.Expect(_page.Locator("#report-name option.saved")).ToHaveTextAsync("Contoso leads (saved)");
        await _page.FillAsync("#report-filter", string.Empty);
        await _page.ClickAsync("#report-run");
        await Assertions.Expect(_page.Locator("#report-title")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^Contoso leads: [1-9][0-9]* lead\\(s\\)$"));

        // Convert the selected lead.
        await _page.Locator("#leads tbody tr", new() { HasText = "Ann Lee" }).Locator(".pick").CheckAsync();
        await _page.ClickAsync("#convert");
        await Assertions.Expect(_page.Locator("#operation-result")).ToHaveTextAsync("Converted 1 lead(s) into business contacts.");
        await Assertions.Expect(_page.Locator("#leads tbody tr", new() { HasText = "Ann Lee" }).Locator(".badge")).ToHaveTextAsync("converted");
        await Screenshot("5-converted");
    }

    private async Task<int> Stars() => int.Parse(await _page.GetAttributeAsync("#detail-stars", "data-stars") ?? "0", System.Globalization.CultureInfo.InvariantCulture);

    private async Task Screenshot(string name)
    {
        var folder = Path.Combine(DocSnippetRoot(), "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        await _page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"browser-{name}.png"), FullPage = true });
    }

    private static string DocSnippetRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LeadKit.sln")))
            {
                return dir.FullName;
            }
        }

        return AppContext.BaseDirectory;
    }
}

/// <summary>Skips the browser tests when no <c>chromium</c> is on the PATH (CI installs it, and fails on a skipped test).</summary>
public sealed class ChromiumAvailableAttribute : StoreConditionAttribute
{
    /// <inheritdoc />
    public override string? SkipReason => Path() is null ? "No chromium on the PATH (Debian: apt-get install chromium; .ci/run installs it)." : null;

    /// <summary>The chromium executable on the PATH, or <see langword="null"/>.</summary>
    public static string? Path() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => System.IO.Path.Combine(dir, "chromium"))
            .FirstOrDefault(File.Exists);
}
