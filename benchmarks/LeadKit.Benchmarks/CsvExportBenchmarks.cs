using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using CsvHelper;
using LeadKit.Csv;
using LeadKit.Export;
using LeadKit.Leads;
using LeadKit.Operations;
using LeadKit.Storage;
using LeadKit.Storage.InMemory;

namespace LeadKit.Benchmarks;

/// <summary>
/// Exporting leads to LeadKit's CSV: the leads of <see cref="SampleLeads.Create"/> (name parts,
/// company, job title, an e-mail address, a phone number, a source) in an in-memory store,
/// written to a null stream as UTF-8. The baseline is CsvHelper writing the same 21 columns and
/// values (header included) from the same leads held in a list; a second reference reads them from
/// the store first (one query, the store's copies). LeadKit's <see cref="LeadExport"/> reads the
/// store twice — once to measure the columns the leads use, once to write — turns every lead into
/// keyed values and writes them through <see cref="CsvExportTarget"/> (formula neutralising on).
/// </summary>
[MemoryDiagnoser]
public class CsvExportBenchmarks
{
    private static readonly string[] Header =
    [
        "leadkit.version", "name", "first", "last", "fileAsFormat", "title", "company", "source", "scoreType", "doNotCall", "doNotEmail", "doNotFax",
        "doNotSendLetter", "preferredContactMethod", "active", "email.1.kind", "email.1.address", "email.1.displayName", "phone.1.kind", "phone.1.number",
    ];

    private List<Lead> _leads = [];
    private OperationContext _context = null!;

    /// <summary>Gets or sets how many leads are exported.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Count { get; set; }

    /// <summary>Gets the sizes (see <see cref="ImportFiles.Sizes"/>).</summary>
    public static IEnumerable<int> Sizes => ImportFiles.Sizes;

    [GlobalSetup]
    public async Task Setup()
    {
        _leads = SampleLeads.Create(Count);
        var store = new InMemoryLeadKitStore(SampleLeads.Clock);
        var workspace = await store.CreateWorkspaceAsync("bench");
        await using (var unit = await store.BeginAsync(workspace.Id))
        {
            await unit.Leads.AddAsync(_leads);
            await unit.CommitAsync();
        }

        _context = new OperationContext(store, workspace.Id, SampleLeads.Clock);
    }

    [Benchmark(Baseline = true, Description = "CsvHelper, the same columns, from a list")]
    public long CsvHelperFromList() => Write(_leads);

    [Benchmark(Description = "CsvHelper, the same columns, from the store")]
    public async Task<long> CsvHelperFromStore()
    {
        var leads = new List<Lead>(Count);
        await using (var unit = await _context.Store.BeginAsync(_context.Workspace))
        {
            await foreach (var lead in unit.Leads.QueryAsync(RecordQuery.All))
            {
                leads.Add(lead);
            }
        }

        return Write(leads);
    }

    [Benchmark(Description = "LeadExport to CsvExportTarget (leadkit)")]
    public async Task<long> LeadKitExport()
    {
        await using var target = new CsvExportTarget(Stream.Null, new CsvExportOptions { Encoding = CsvEncodings.Utf8 });
        var result = await new LeadExport(_context).ExportAsync(target);
        return result.Rows;
    }

    private static long Write(List<Lead> leads)
    {
        using var csv = CsvWriter.Create(Stream.Null, CsvWriterOptions.Default with { Separator = ',', NewLine = "\r\n" }, leaveOpen: true);
        foreach (var name in Header)
        {
            csv.WriteField(name);
        }

        csv.EndRecord();
        foreach (var lead in leads)
        {
            var email = lead.Emails[0];
            var phone = lead.Phones[0];
            csv.WriteField("1");
            csv.WriteField(lead.Name.FullName);
            csv.WriteField(lead.Name.First ?? string.Empty);
            csv.WriteField(lead.Name.Last ?? string.Empty);
            csv.WriteField(lead.FileAsFormat.ToString());
            csv.WriteField(lead.JobTitle ?? string.Empty);
            csv.WriteField(lead.CompanyName ?? string.Empty);
            csv.WriteField(lead.Source?.Name ?? string.Empty);
            csv.WriteField(lead.ScoreType.ToString());
            csv.WriteField(lead.DoNotCall ? "true" : "false");
            csv.WriteField(lead.DoNotEmail ? "true" : "false");
            csv.WriteField(lead.DoNotFax ? "true" : "false");
            csv.WriteField(lead.DoNotSendLetter ? "true" : "false");
            csv.WriteField(lead.PreferredContactMethod.ToString());
            csv.WriteField(lead.IsActive ? "true" : "false");
            csv.WriteField("business");
            csv.WriteField(email.Address.Value);
            csv.WriteField(email.DisplayName ?? string.Empty);
            csv.WriteField("business");
            csv.WriteField(phone.Number);
            csv.EndRecord();
        }

        csv.Flush();
        return leads.Count;
    }
}
