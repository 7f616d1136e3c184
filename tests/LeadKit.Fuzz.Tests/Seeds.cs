using System.IO;
using System.Text;
using LeadKit.Csv;
using LeadKit.Excel;
using LeadKit.Export;
using LeadKit.Import;
using LeadKit.Leads;
using LeadKit.Operations;
using LeadKit.Storage;
using LeadKit.Storage.InMemory;
using LeadKit.VCard;
using NodaTime;
using NodaTime.Testing;

namespace LeadKit.Fuzz.Tests;

/// <summary>
/// The seeds: files LeadKit's own exporters write (every CSV layout, a workbook, vCards, JSON)
/// from a few varied leads, the shared real-world samples (read in place), and the e-mail tests'
/// messages; and the workspace the import targets run their dry runs in.
/// </summary>
internal static class Seeds
{
    public static readonly IClock Clock = new FakeClock(Instant.FromUtc(2026, 12, 5, 9, 0));

    private static readonly Lazy<Task<InMemoryLeadKitStore>> Store = new(CreateStoreAsync);

    /// <summary>Gets an operation context on a workspace holding the seed leads (so that duplicates are matched too).</summary>
    public static async Task<OperationContext> ContextAsync()
    {
        var store = await Store.Value;
        var workspace = (await store.ListWorkspacesAsync().ToListAsync())[0];
        return new OperationContext(store, workspace.Id, Clock);
    }

    public static async Task<IReadOnlyList<byte[]>> CsvAsync()
    {
        var seeds = new List<byte[]>();
        foreach (var layout in new[] { CsvExportOptions.LeadKitLayout, CsvExportOptions.OutlookLayout, CsvExportOptions.GoogleLayout })
        {
            seeds.Add(await ExportAsync(s => new CsvExportTarget(s, new CsvExportOptions { Layout = layout }, leaveOpen: true)));
        }

        seeds.AddRange(Shared("csv", "*.csv"));
        seeds.Add("First Name,Last Name,Company,E-mail Address,Business Phone\r\n\"Ann\",\"Lee, Jr.\",\"Contoso \"\"Ltd\"\"\",ann@contoso.example,+44 20 7946 0000\r\n"u8.ToArray());
        return seeds;
    }

    public static async Task<IReadOnlyList<byte[]>> XlsxAsync() =>
        [await ExportAsync(s => new XlsxExportTarget(s, leaveOpen: true))];

    public static async Task<IReadOnlyList<byte[]>> VCardAsync()
    {
        var seeds = new List<byte[]>
        {
            await ExportAsync(s => new VCardExportTarget(s, VCardVersion.Version40, leaveOpen: true)),
            await ExportAsync(s => new VCardExportTarget(s, VCardVersion.Version30, leaveOpen: true)),
        };
        seeds.AddRange(Shared("vcard", "*.vcf"));
        return seeds;
    }

    public static async Task<IReadOnlyList<byte[]>> JsonAsync() =>
        [await ExportAsync(s => new JsonLeadTarget(s, leaveOpen: true))];

    public static IReadOnlyList<byte[]> Email() =>
        [.. Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Seeds", "Email"), "*.eml").Order(StringComparer.Ordinal).Select(File.ReadAllBytes)];

    public static IReadOnlyList<byte[]> Text(params string[] texts) => [.. texts.Select(Encoding.UTF8.GetBytes)];

    /// <summary>The inputs kept in <c>Regressions/TARGET/</c>.</summary>
    public static IEnumerable<object[]> Regressions(string target)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Regressions", target);
        return Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal).Select(f => new object[] { Path.GetFileName(f) })
            : [];
    }

    private static async Task<byte[]> ExportAsync(Func<Stream, IExportTarget> target)
    {
        using var file = new MemoryStream();
        var writer = target(file);
        try
        {
            await new LeadExport(await ContextAsync()).ExportAsync(writer);
        }
        finally
        {
            switch (writer)
            {
                case IAsyncDisposable d:
                    await d.DisposeAsync();
                    break;
                case IDisposable d:
                    d.Dispose();
                    break;
            }
        }

        return file.ToArray();
    }

    /// <summary>The shared samples: shared/data/samples beside the folder holding LeadKit.sln, or beside one of its parents.</summary>
    private static IEnumerable<byte[]> Shared(string folder, string pattern)
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "LeadKit.sln")))
        {
            root = root.Parent;
        }

        for (var dir = root?.Parent; dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "shared", "data", "samples", folder);
            if (Directory.Exists(path))
            {
                return [.. Directory.EnumerateFiles(path, pattern).Order(StringComparer.Ordinal).Select(File.ReadAllBytes)];
            }
        }

        return [];
    }

    private static async Task<InMemoryLeadKitStore> CreateStoreAsync()
    {
        var store = new InMemoryLeadKitStore(Clock);
        var workspace = await store.CreateWorkspaceAsync("Fuzz");
        var ann = Lead.Create(PersonName.Parse("Dr. Ann Marie Lee-Smith Jr."), Clock);
        ann.SetCompanyName("Contoso \"Ltd\", Inc.");
        ann.SetJobTitle("=Buyer");
        ann.AddEmail(EmailEntry.Business("ann.lee@contoso.example", "Ann Lee"));
        ann.AddPhone(new PhoneNumber(PhoneKind.Business, "+44 20 7946 0000"));
        ann.SetComments("Line one\r\nLine \"two\"; ünïcödé ✓");
        var bo = Lead.Create(PersonName.Parse("Bo Chen"), Clock);
        bo.SetCompanyName("Fabrikam");
        bo.AddEmail(EmailEntry.Business("bo@fabrikam.example"));
        var cy = Lead.Create(PersonName.Parse("Cy"), Clock);
        await using var unit = await store.BeginAsync(workspace.Id);
        await unit.Leads.AddAsync([ann, bo, cy]);
        await unit.CommitAsync();
        return store;
    }
}
