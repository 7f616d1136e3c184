using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using CsvHelper;
using LeadKit.Csv;

namespace LeadKit.Benchmarks;

/// <summary>
/// Reading an Outlook contacts export: 1 000 000 rows in the desktop 92-column layout, every cell
/// quoted (as Outlook writes them), about 20 cells filled per row. The baseline is CsvHelper
/// reading the same 20 columns into a plain class; LeadKit's reader detects the encoding (a full
/// UTF-8 check of the file) and the delimiter, then returns every row with all 92 cells and its
/// number. The full import will be held to 2× the baseline; the reader's ratio is measured now.
/// </summary>
[MemoryDiagnoser]
public class CsvReadBenchmarks
{
    private static readonly string[] Filled =
    [
        "First Name", "Middle Name", "Last Name", "Company", "Department", "Job Title", "Business Street", "Business City", "Business State",
        "Business Postal Code", "Business Country/Region", "Business Phone", "Mobile Phone", "Home Phone", "E-mail Address", "E-mail Type",
        "E-mail Display Name", "Birthday", "Notes", "Web Page",
    ];

    private string _path = string.Empty;
    private int[] _columns = [];

    /// <summary>Gets the sizes: 1 000 000 rows (2 000 in CI's smoke run).</summary>
    public static IEnumerable<int> Sizes => BenchmarkSizes.Csv;

    [ParamsSource(nameof(Sizes))]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _path = Path.Combine(Path.GetTempPath(), $"leadkit-outlook-{Rows}.csv");
        var header = CsvLayouts.Outlook.Headers;
        _columns = [.. Filled.Select(h => header.ToList().IndexOf(h))];
        if (File.Exists(_path))
        {
            return;
        }

        // The same file on every run: Windows line ends, every cell quoted, ~600 bytes a row.
        var random = new Random(20261204);
        // Written under another name and renamed, so a run stopped half-way leaves no partial file behind.
        var partial = _path + "." + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + ".partial";
        using (var writer = new StreamWriter(partial, false, new UTF8Encoding(false), 1 << 20))
        {
            Write(writer, header, random);
        }

        File.Move(partial, _path, overwrite: true);
    }

    private void Write(StreamWriter writer, IReadOnlyList<string> header, Random random)
    {
        writer.Write(string.Join(",", header.Select(h => "\"" + h + "\"")) + "\r\n");
        var cells = new string[header.Count];
        for (var r = 0; r < Rows; r++)
        {
            Array.Fill(cells, string.Empty);
            var first = Names[random.Next(Names.Length)];
            var last = Names[random.Next(Names.Length)] + "son";
            cells[_columns[0]] = first;
            cells[_columns[1]] = r % 5 == 0 ? "J." : string.Empty;
            cells[_columns[2]] = last;
            cells[_columns[3]] = "Contoso " + random.Next(1000).ToString(CultureInfo.InvariantCulture) + ", Ltd.";
            cells[_columns[4]] = "Sales";
            cells[_columns[5]] = "Account Manager";
            cells[_columns[6]] = random.Next(1, 999).ToString(CultureInfo.InvariantCulture) + " Main Street";
            cells[_columns[7]] = "Springfield";
            cells[_columns[8]] = "IL";
            cells[_columns[9]] = random.Next(10000, 99999).ToString(CultureInfo.InvariantCulture);
            cells[_columns[10]] = "United States of America";
            cells[_columns[11]] = "+1 (555) " + random.Next(100, 999).ToString(CultureInfo.InvariantCulture) + "-" + random.Next(1000, 9999).ToString(CultureInfo.InvariantCulture);
            cells[_columns[12]] = "+1 555 " + random.Next(1000000, 9999999).ToString(CultureInfo.InvariantCulture);
            cells[_columns[13]] = r % 3 == 0 ? "+1 555 0100" : string.Empty;
            cells[_columns[14]] = $"{first}.{last}@contoso.example".ToLowerInvariant();
            cells[_columns[15]] = "SMTP";
            cells[_columns[16]] = $"{first} {last} ({first}.{last}@contoso.example)".ToLowerInvariant();
            cells[_columns[17]] = r % 4 == 0 ? "4/21/1985" : "0/0/00";
            cells[_columns[18]] = r % 10 == 0 ? "Met at the fair.\r\nWants a \"demo\", soon." : string.Empty;
            cells[_columns[19]] = r % 7 == 0 ? "https://contoso.example" : string.Empty;
            writer.Write(string.Join(",", cells.Select(c => "\"" + c.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"")));
            writer.Write("\r\n");
        }
    }

    /// <summary>The reference: CsvHelper 34 reads the 20 filled columns into a plain class.</summary>
    [Benchmark(Baseline = true)]
    public long CsvHelperPlainClass()
    {
        using var reader = CsvReader.Create(File.OpenRead(_path), CsvReaderOptions.Default with { Separator = ',' }, leaveOpen: false);
        long total = 0;
        foreach (var contact in reader.GetRecords<OutlookContact>())
        {
            total += contact.FirstName.Length + contact.EmailAddress.Length + contact.Notes.Length;
        }

        return total;
    }

    /// <summary>LeadKit's reader: encoding and delimiter detected, every row with all its cells and its number.</summary>
    [Benchmark]
    public async Task<long> LeadKitReader()
    {
        await using var file = File.OpenRead(_path);
        await using var reader = await CsvTableReader.OpenAsync(file);
        long total = 0;
        await foreach (var row in reader.ReadRowsAsync())
        {
            total += row[_columns[0]]!.Length + row[_columns[14]]!.Length + row[_columns[18]]!.Length;
        }

        return total;
    }

    /// <summary>LeadKit's reader and the Outlook layout's normaliser (keys, empty dates, defaults): what the import will start from.</summary>
    [Benchmark]
    public async Task<long> LeadKitReaderAndNormalize()
    {
        await using var file = File.OpenRead(_path);
        await using var reader = await CsvTableReader.OpenAsync(file);
        var layout = CsvLayouts.Detect(reader.Header).Layout;
        long total = 0;
        await foreach (var row in reader.ReadRowsAsync())
        {
            total += layout.Normalize(row).Count;
        }

        return total;
    }

    private static readonly string[] Names = ["Ann", "Bob", "Chloé", "Dmitri", "Eve", "Farid", "Grace", "Hiro", "Ines", "Jonas"];
}

/// <summary>The 20 filled columns of an Outlook export as a plain class, mapped by CsvHelper's source generator.</summary>
[CsvRecord]
public sealed partial class OutlookContact
{
    [CsvColumn("First Name")] public string FirstName { get; set; } = string.Empty;
    [CsvColumn("Middle Name")] public string MiddleName { get; set; } = string.Empty;
    [CsvColumn("Last Name")] public string LastName { get; set; } = string.Empty;
    [CsvColumn("Company")] public string Company { get; set; } = string.Empty;
    [CsvColumn("Department")] public string Department { get; set; } = string.Empty;
    [CsvColumn("Job Title")] public string JobTitle { get; set; } = string.Empty;
    [CsvColumn("Business Street")] public string BusinessStreet { get; set; } = string.Empty;
    [CsvColumn("Business City")] public string BusinessCity { get; set; } = string.Empty;
    [CsvColumn("Business State")] public string BusinessState { get; set; } = string.Empty;
    [CsvColumn("Business Postal Code")] public string BusinessPostalCode { get; set; } = string.Empty;
    [CsvColumn("Business Country/Region")] public string BusinessCountry { get; set; } = string.Empty;
    [CsvColumn("Business Phone")] public string BusinessPhone { get; set; } = string.Empty;
    [CsvColumn("Mobile Phone")] public string MobilePhone { get; set; } = string.Empty;
    [CsvColumn("Home Phone")] public string HomePhone { get; set; } = string.Empty;
    [CsvColumn("E-mail Address")] public string EmailAddress { get; set; } = string.Empty;
    [CsvColumn("E-mail Type")] public string EmailType { get; set; } = string.Empty;
    [CsvColumn("E-mail Display Name")] public string EmailDisplayName { get; set; } = string.Empty;
    [CsvColumn("Birthday")] public string Birthday { get; set; } = string.Empty;
    [CsvColumn("Notes")] public string Notes { get; set; } = string.Empty;
    [CsvColumn("Web Page")] public string WebPage { get; set; } = string.Empty;
}
