using System.IO;
using System.IO.Compression;
using System.Text;
using LeadKit.Csv;
using LeadKit.Email;
using LeadKit.Excel;
using LeadKit.Import;
using LeadKit.Querying;
using LeadKit.Scoring;
using LeadKit.VCard;
using Xunit.Abstractions;

namespace LeadKit.Fuzz.Tests;

/// <summary>
/// Time-bounded fuzzing of every importer (through a dry run of the whole import, so that the
/// binder, the field map and duplicate matching see the input too) and the e-mail capture; the
/// parsers are in <see cref="ParserFuzzTests"/>.
/// Each test is one target; see <see cref="Fuzzer"/>.
/// </summary>
[Collection(FuzzRunOrder.Name)]
public sealed class FuzzTests(ITestOutputHelper output)
{
    /// <summary>The targets, by the folder name their regressions are kept under.</summary>
    internal static readonly Dictionary<string, Func<byte[], Task>> Targets = new(StringComparer.Ordinal)
    {
        ["csv"] = input => DryRunAsync(new CsvImportSource(new MemoryStream(input))),
        ["xlsx"] = input => DryRunAsync(new XlsxImportSource(new MemoryStream(input))),
        ["vcard"] = input => DryRunAsync(new VCardImportSource(new MemoryStream(input))),
        ["json"] = input => DryRunAsync(new JsonLeadSource(new MemoryStream(input))),
        ["email"] = input => EmailLeadCapture.FromStreamAsync(new MemoryStream(input), Seeds.Clock),
        ["from-header"] = input => Task.FromResult(EmailLeadCapture.FromHeader(Encoding.UTF8.GetString(input), Seeds.Clock)),
        ["filter"] = input => Task.FromResult(Filter.Parse(Encoding.UTF8.GetString(input)).ToString()),
        ["sort"] = input => Task.FromResult(SortSpec.Parse(Encoding.UTF8.GetString(input)).ToString()),
        ["rule"] = input => Task.FromResult(ScoringRule.Parse(Encoding.UTF8.GetString(input)).ToString()),
    };

    public static IEnumerable<object[]> RegressionInputs => Targets.Keys.SelectMany(t => Seeds.Regressions(t).Select(r => new object[] { t, r[0] }));

    [Fact]
    public Task Csv_MutatedExportsAndSamples_OnlyTypedErrors() => FuzzAsync("csv", Seeds.CsvAsync());

    [Fact]
    public Task Xlsx_MutatedWorkbooksAndTheirParts_OnlyTypedErrors() => FuzzAsync("xlsx", Seeds.XlsxAsync(), MutateZipPart);

    [Fact]
    public Task VCard_MutatedExportsAndSamples_OnlyTypedErrors() => FuzzAsync("vcard", Seeds.VCardAsync());

    [Fact]
    public Task Json_MutatedExports_OnlyTypedErrors() => FuzzAsync("json", Seeds.JsonAsync());

    [Fact]
    public Task Email_MutatedMessages_OnlyTypedErrors() => FuzzAsync("email", Task.FromResult(Seeds.Email()));

    /// <summary>Every input once found to break a target still gets a typed error or a result.</summary>
    [Theory]
    [MemberData(nameof(RegressionInputs))]
    public async Task Regression_KeptInput_OnlyTypedErrors(string target, string file)
    {
        var input = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "Regressions", target, file));
        await Fuzzer.Create().CheckAsync(target, input, Targets[target]);
    }

    [Fact]
    public async Task Filter_DeeplyNested_TypedErrorOrResultNotAStackOverflow()
    {
        // A stack overflow cannot be caught: it would end the test run. Deep nesting must be refused or handled.
        var fuzzer = Fuzzer.Create();
        foreach (var depth in new[] { 1_000, 100_000 })
        {
            await fuzzer.CheckAsync("filter", Encoding.UTF8.GetBytes(new string('(', depth) + "name = \"a\"" + new string(')', depth)), Targets["filter"]);
            await fuzzer.CheckAsync("filter", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("not ", depth)) + "name = \"a\""), Targets["filter"]);
            await fuzzer.CheckAsync("rule", Encoding.UTF8.GetBytes(new string('(', depth) + "history.any within 7d" + new string(')', depth)), Targets["rule"]);
        }
    }

    private static async Task DryRunAsync(IImportSource source)
    {
        try
        {
            var result = await new LeadImport(await Seeds.ContextAsync()).DryRunAsync(source);

            // Every row is accounted for.
            Assert.Equal(result.Rows, result.Imported + result.Merged + result.Skipped + result.Rejected);
        }
        finally
        {
            if (source is IAsyncDisposable disposable)
            {
                await disposable.DisposeAsync();
            }
        }
    }

    /// <summary>Mutates one part inside a workbook's zip and zips it again: the bytes MiniExcel and LeadKit's checks read.</summary>
    private static byte[]? MutateZipPart(byte[] input, Random random)
    {
        try
        {
            using var copy = new MemoryStream();
            copy.Write(input);
            using (var zip = new ZipArchive(copy, ZipArchiveMode.Update, leaveOpen: true))
            {
                var entries = zip.Entries.Where(e => e.Length > 0).ToList();
                if (entries.Count == 0)
                {
                    return null;
                }

                var entry = entries[random.Next(entries.Count)];
                byte[] part;
                using (var read = entry.Open())
                using (var buffer = new MemoryStream())
                {
                    read.CopyTo(buffer);
                    part = buffer.ToArray();
                }

                var text = Encoding.UTF8.GetString(part);
                var at = random.Next(text.Length + 1);
                text = random.Next(4) switch
                {
                    0 => text.Insert(at, new[] { "<", ">", "&amp;", "\"", "<c r=\"XFD1048577\"><v>1</v></c>", "<row r=\"0\">", "</row>", "]]>", "<!DOCTYPE x [<!ENTITY a \"aaaa\">]>" }[random.Next(9)]),
                    1 => text[..at],
                    2 => text.Remove(at, Math.Min(text.Length - at, random.Next(64))),
                    _ => text.Insert(at, string.Concat(Enumerable.Repeat(text.Substring(at, Math.Min(text.Length - at, 40)), random.Next(50)))),
                };
                var name = entry.FullName;
                entry.Delete();
                using var write = zip.CreateEntry(name).Open();
                write.Write(Encoding.UTF8.GetBytes(text));
            }

            return copy.ToArray();
        }
        catch (Exception e) when (e is InvalidDataException or IOException or ArgumentException or NotSupportedException)
        {
            // The input (a seed already mutated) is no longer a zip System.IO.Compression can update:
            // ZipArchive throws ArgumentOutOfRangeException, for one, on some damaged entry headers.
            // The mutator gives up on it (the fuzzer mutates its bytes instead); the importer is not involved.
            return null;
        }
    }

    private Task FuzzAsync(string target, Task<IReadOnlyList<byte[]>> seeds, Func<byte[], Random, byte[]?>? mutate = null) =>
        FuzzAsync(output, target, seeds, mutate);

    /// <summary>Fuzzes one target for the budget and writes how many inputs it ran, with the seed.</summary>
    internal static async Task FuzzAsync(ITestOutputHelper output, string target, Task<IReadOnlyList<byte[]>> seeds, Func<byte[], Random, byte[]?>? mutate = null)
    {
        var fuzzer = Fuzzer.Create();
        var inputs = await fuzzer.RunAsync(target, await seeds, Targets[target], mutate);
        output.WriteLine($"{target}: {inputs} inputs in {Fuzzer.Budget.TotalSeconds} s, LEADKIT_FUZZ_SEED={fuzzer.Seed}");
    }
}

/// <summary>Time-bounded fuzzing of the e-mail sender header and the filter, sort and scoring-rule parsers.</summary>
[Collection(FuzzRunOrder.Name)]
public sealed class ParserFuzzTests(ITestOutputHelper output)
{
    [Fact]
    public Task FromHeader_MutatedHeaders_OnlyTypedErrors() =>
        FuzzTests.FuzzAsync(output, "from-header", Task.FromResult(Seeds.Text("\"Lee, Ann\" <ann.lee@contoso.example>", "=?utf-8?B?w4lsaXNl?= <e@x.example>", "Ann <a@b.example>, Bo <b@c.example>", "undisclosed-recipients:;")));

    [Fact]
    public Task Filter_MutatedFilters_OnlyTypedErrors() =>
        FuzzTests.FuzzAsync(output, "filter", Task.FromResult(Seeds.Text(
            "source = \"Trade Show\" and manualStars >= 3",
            "not (company contains \"Contoso\" or title starts-with \"VP\") and email is not empty",
            "custom.Budget > 1000 and created >= 2026-01-01 and stars in (3, 4, 5)",
            "assignedTo is empty and converted = false and phone contains \"555\"",
            "all")));

    [Fact]
    public Task Sort_MutatedSorts_OnlyTypedErrors() =>
        FuzzTests.FuzzAsync(output, "sort", Task.FromResult(Seeds.Text("created:desc,name", "company, stars:desc, last:asc", "custom.Budget:desc")));

    [Fact]
    public Task Rule_MutatedRules_OnlyTypedErrors() =>
        FuzzTests.FuzzAsync(output, "rule", Task.FromResult(Seeds.Text(
            "source = \"Web\" and history.any within 7d",
            "history.call within 30d or not (title contains \"intern\")",
            "history.note is empty and company is not empty")));

}

/// <summary>
/// The fuzz classes run one after the other, never beside each other: the memory bound of an input
/// is measured process-wide, so another target allocating at the same time would be counted.
/// </summary>
[CollectionDefinition(Name)]
public sealed class FuzzRunOrder
{
    /// <summary>The collection's name.</summary>
    public const string Name = "fuzz";
}
