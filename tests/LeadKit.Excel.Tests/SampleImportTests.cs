using System.IO;
using LeadKit.Csv;
using LeadKit.Import;
using LeadKit.Leads;

namespace LeadKit.Excel.Tests;

/// <summary>
/// The shared samples imported through <see cref="XlsxImportSource"/>: every <c>.xlsx</c> sample
/// (none yet; any added under shared/data/samples is imported here), and every CSV sample saved as a
/// workbook, as a user opening it in a spreadsheet would — its header is not LeadKit's, so its
/// columns are placed by the automatic field map alone (the CSV layouts stay in LeadKit.Csv).
/// </summary>
public sealed class SampleImportTests
{
    /// <summary>A CSV sample as a workbook: its header and cells, written by <see cref="XlsxTableWriter"/>.</summary>
    private static async Task<byte[]> AsWorkbookAsync(string name)
    {
        await using var file = File.OpenRead(Path.Combine(Xlsx.SamplesFolder, "csv", name));
        await using var csv = await CsvTableReader.OpenAsync(file);
        var header = csv.Header.Names;
        var rows = new List<string?[]>();
        await foreach (var row in csv.ReadRowsAsync())
        {
            rows.Add([.. Enumerable.Range(0, header.Count).Select(i => row[i])]);
        }

        return await Xlsx.WriteAsync(header, rows);
    }

    [Fact]
    public async Task EveryXlsxSample_ImportsWithEveryRowAccountedFor()
    {
        foreach (var path in Directory.GetFiles(Xlsx.SamplesFolder, "*.xlsx", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var ws = await Workspace.CreateAsync();

            var (result, source) = await ws.ImportWithSourceAsync(await File.ReadAllBytesAsync(path));

            Workspace.AssertAccounted(result);
            Assert.True(result.Rows + source.BlankRows > 0, path);
            Assert.Equal(result.Imported, (await ws.LeadsAsync()).Count);
        }
    }

    [Fact]
    public async Task SalesforceDemoLeads_AsAWorkbook_22Leads_WithTheirFields_UnplacedColumnsReported()
    {
        var ws = await Workspace.CreateAsync();

        var result = await ws.ImportAsync(await AsWorkbookAsync("salesforce_demo_leads.csv"));

        Workspace.AssertAccounted(result);
        Assert.Equal(("xlsx", 22L, 22L, 0L), (result.Format, result.Rows, result.Imported, result.Rejected));
        var leads = await ws.LeadsAsync();
        Assert.Equal(22, leads.Count);

        var betty = Assert.Single(leads, l => l.Name.Last == "Bair");
        Assert.Equal(("Ms", "Betty", "Ms Betty Bair"), (betty.Name.Prefix, betty.Name.First, betty.Name.FullName));
        Assert.Equal(("VP, Administration", "American Banking Corp.", "Purchased List"), (betty.JobTitle, betty.CompanyName, betty.Source!.Name));
        Assert.Equal("bblair@abankingco.com", Assert.Single(betty.Emails).Address.Value);
        Assert.Equal((PhoneKind.Business, "(610) 265-9100"), (betty.Phones.Single().Kind, betty.Phones.Single().Number));
        var address = Assert.Single(betty.Addresses);
        Assert.Equal(("PA", "USA"), (address.State, address.Country));

        var jack = Assert.Single(leads, l => l.Name.Last == "Rogers");
        Assert.Equal("Warm", jack.Rating!.Name);
        Assert.Equal([(PhoneKind.Business, "(336) 222-7000"), (PhoneKind.BusinessFax, "(336) 222-8000")], jack.Phones.Select(p => (p.Kind, p.Number)));
        var burlington = Assert.Single(jack.Addresses);
        Assert.Equal(("525 S. Lexington Ave", "Burlington", "NC", "27215", "USA"), (burlington.Street, burlington.City, burlington.State, burlington.PostalCode, burlington.Country));
        Assert.Equal("Dadio Jr", Assert.Single(leads, l => l.Name.First == "Bill").Name.Last);

        // Nothing is dropped silently: each column the automatic map does not place is counted, with its first row.
        var lost = result.NotImported.ToDictionary(n => n.Column);
        Assert.Equal(["AnnualRevenue", "CreatedDate", "Id", "Industry", "IsConverted", "NumberOfEmployees", "Status"], lost.Keys.Order(StringComparer.Ordinal));
        Assert.Equal((22L, 2L), (lost["Status"].Count, lost["Status"].FirstRow));
        Assert.Equal((1L, 20L), (lost["NumberOfEmployees"].Count, lost["NumberOfEmployees"].FirstRow));
    }

    [Fact]
    public async Task SalesforceDemoLeads_AsAWorkbook_ImportedTwiceWithSkip_SecondTimeImportsNothing()
    {
        var ws = await Workspace.CreateAsync();
        var bytes = await AsWorkbookAsync("salesforce_demo_leads.csv");
        await ws.ImportAsync(bytes);

        var again = await ws.ImportAsync(bytes, ImportOptions.Default with { Duplicates = DuplicatePolicy.Skip });

        Workspace.AssertAccounted(again);
        Assert.Equal((22L, 0L, 22L), (again.Rows, again.Imported, again.Skipped));
        Assert.Equal(22, (await ws.LeadsAsync()).Count);
    }

    [Fact]
    public async Task OutlookEmailColumnsOnly_AsAWorkbook_OneLead_NumberedAddressesReported()
    {
        var ws = await Workspace.CreateAsync();

        var result = await ws.ImportAsync(await AsWorkbookAsync("outlook_email_columns_only.csv"));

        Workspace.AssertAccounted(result);
        Assert.Equal((1L, 1L), (result.Rows, result.Imported));
        var lead = Assert.Single(await ws.LeadsAsync());
        Assert.Equal(("test1@domain.tld", "test1@domain.tld"), (lead.Name.FullName, lead.Emails.Single().Address.Value));
        Assert.Equal(["E-mail 2 Address", "E-mail 3 Address"], result.NotImported.Select(n => n.Column).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task OutlookEmailColumnsOnly_AsAWorkbook_AUserMapPlacesTheNumberedAddresses()
    {
        var ws = await Workspace.CreateAsync();
        var map = FieldMap.Automatic.Map("E-mail 2 Address", "email").Map("E-mail 3 Address", "email");

        var result = await ws.ImportAsync(await AsWorkbookAsync("outlook_email_columns_only.csv"), ImportOptions.Default with { Map = map });

        Assert.Empty(result.NotImported);
        Assert.Equal(["test1@domain.tld", "test2@domain.tld", "test3@domain.tld"], Assert.Single(await ws.LeadsAsync()).Emails.Select(e => e.Address.Value));
    }

    [Fact]
    public async Task ThunderbirdPlain_AsAWorkbook_PlaceholderValuesRejectTheRow_NamingRowAndColumn()
    {
        var ws = await Workspace.CreateAsync();

        var result = await ws.ImportAsync(await AsWorkbookAsync("thunderbird_plain.csv"));

        Workspace.AssertAccounted(result);
        Assert.Equal((1L, 0L, 1L), (result.Rows, result.Imported, result.Rejected));
        var rejected = Assert.Single(result.Rejections);
        Assert.Equal(2L, rejected.Row);
        Assert.Contains("'phone work' is not a phone number", rejected.Reason, StringComparison.Ordinal);
        Assert.Contains("'15' is not a date", rejected.Reason, StringComparison.Ordinal);
        Assert.Empty(await ws.LeadsAsync());
    }
}
