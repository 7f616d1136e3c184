using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LeadKit.BulkEdit;
using LeadKit.Excel.Internal;
using LeadKit.Export;
using LeadKit.Import;
using LeadKit.Testing;
using static LeadKit.Excel.Tests.Xlsx;

namespace LeadKit.Excel.Tests;

/// <summary>
/// Laws of Excel import and export through <see cref="LeadImport"/> and <see cref="LeadExport"/> on
/// the in-memory store: LeadKit's workbook reproduces arbitrary leads and any text exactly; every row
/// of a messy sheet is accounted for; nothing but a <see cref="LeadKitException"/> comes out of a
/// broken workbook; an import undone leaves the store as it was. A failing property prints its
/// replay seed (FsCheck.Xunit).
/// </summary>
public sealed class XlsxImportExportPropertyTests
{
    private static bool Run(Func<Task> body)
    {
        Task.Run(body).GetAwaiter().GetResult();
        return true;
    }

    // (a) ------------------------------------------------------------------------------------------

    /// <summary>
    /// LeadKit's workbook, written by <see cref="XlsxExportTarget"/> and read by <see cref="XlsxImportSource"/>
    /// into another workspace with the same custom fields, gives leads whose shared fields and
    /// custom-field values equal the originals (assignee, referrer and account cleared: they name the
    /// first workspace's members; a blank custom text reads back as no value). Random formula
    /// neutralising and sheet name; the generators' comments hold CRLF line breaks.
    /// </summary>
    [Property(MaxTest = 60)]
    public Property LeadKitWorkbook_ExportThenImport_ReproducesArbitraryLeads()
    {
        var cases =
            from count in Gen.Choose(1, 4)
            from leads in Gen.ArrayOf(LeadKitGenerators.Lead(), count)
            from neutralise in Gen.Elements(true, true, false)
            from sheet in Gen.Elements("Leads", "Export 2026", "Sheet1")
            select (leads, neutralise, sheet);
        return Prop.ForAll(cases.ToArbitrary(), c => Run(async () =>
        {
            var from = await Workspace.CreateAsync(LeadKitGenerators.SampleSchema);
            await from.AddLeadsAsync(c.leads.Select(Workspace.AsNew));
            var (bytes, target) = await from.ExportAsync(new XlsxExportOptions { NeutraliseFormulas = c.neutralise, SheetName = c.sheet });
            Assert.Empty(target.Unwritten);
            Assert.Equal(c.leads.Length, target.Rows);

            var to = await Workspace.CreateAsync(LeadKitGenerators.SampleSchema);
            var (result, source) = await to.ImportWithSourceAsync(bytes, ImportOptions.Default with { Duplicates = DuplicatePolicy.Import });

            Assert.True(source.IsLeadKitLayout);
            Assert.Equal(c.sheet, source.SheetName);
            Assert.True(result.Imported == c.leads.Length, string.Join("\n", result.Outcomes) + string.Join("\n", result.NotImported));
            Assert.Empty(result.NotImported);
            var imported = await to.LeadsAsync();
            foreach (var original in await from.LeadsAsync())
            {
                var best = imported.Where(i => i.Name.FullName == original.Name.FullName)
                    .Select(i => Workspace.RoundTripDifferences(original, i))
                    .OrderBy(d => d.Count)
                    .FirstOrDefault() ?? ["no lead named " + original.Name.FullName];
                Assert.True(best.Count == 0, string.Join("\n", best));
            }
        }));
    }

    /// <summary>Pieces of values: what a cell cannot keep as it is (CR, CRLF, look-alikes of OOXML's <c>_xHHHH_</c> escape, sharing underscores), the flag and escape characters, formula starts, control characters, surrogates.</summary>
    private static readonly string[] Pieces =
    [
        "a", "Zo", "0", " ", "\n", "\r", "\r\n", "\t", "é", "😀", "=", "+", "-", "@", "'", "'\\", "\\", "\\r", "_", "x", "X", "_x", "_x0041_", "_X000D_",
        "_x000D_", "x0042_", "_x005F_", "&", "<", "]]>", "\u0001", "\uD800", "\uDC00",
    ];

    private static readonly Gen<string> Values =
        Gen.Choose(1, 8).SelectMany(n => Gen.Elements(Pieces).ArrayOf(n)).Select(string.Concat).Where(v => !string.IsNullOrWhiteSpace(v));

    /// <summary>
    /// Any text that is not only white space, written as a cell of LeadKit's workbook (the layout's
    /// escape, then the workbook's flag for carriage returns and <c>_xHHHH_</c> look-alikes) and read
    /// back through <see cref="XlsxTableReader"/>, is the same text — whether formulas are neutralised
    /// or not. (MiniExcel alone gives <c>_x0041_x0042_</c> back as <c>_x0041B</c> and CR as LF.)
    /// </summary>
    [Property(MaxTest = 200)]
    public Property AnyText_ThroughALeadKitCell_ReadsBackExactly() =>
        Prop.ForAll(Values.ArrayOf().Where(v => v.Length > 0).ToArbitrary(), Gen.Elements(true, false).ToArbitrary(), (values, neutralise) =>
        {
            var cells = values.Select(v => (IReadOnlyList<string?>)[LosslessText.Encode(LeadKitTableLayout.Escape(v, neutralise))]).ToList();
            var bytes = Write(["value"], cells, new XlsxWriteOptions { NeutraliseFormulas = false });

            var read = Read(bytes);

            Assert.Equal(values, read.Rows.Select(r => LeadKitTableLayout.Unescape(LosslessText.Decode(r[0]))));
        });

    // (b) ------------------------------------------------------------------------------------------

    private static readonly string[] Header = ["First Name", "Last Name", "E-mail", "Company", "Mobile Phone", "Notes"];

    private static readonly (string First, string Last, string Email, string Company, string Phone)[] People =
    [
        ("Zoë", "Ångström", "zoe@example.com", "Café Crème", "+33 1 23 45 67 89"),
        ("José", "Müller", "jose.mueller@example.de", "Müller, Söhne & Co", "+49 30 1234567"),
        ("Ann", "Lee", "ann.lee@example.com", "Contoso \"Labs\"", "(415) 555-0100"),
        ("Œuvre", "Dupré", "oeuvre@example.fr", "Ateliers Dupré", "+33 6 12 34 56 78"),
    ];

    private static readonly string[] InvalidEmails = ["not an address", "ann@", "@example.com", "zoë at example"];

    private static readonly string[] Notes = ["Met at the fair.", "Line one\nline two", "'=1+2", " padded ", "Ünïcödé ½ € ß", "_x0041_"];

    /// <summary>A row of a messy sheet: the rows Excel skips before it (stored nowhere), its cells (fewer or more than the header's), and how it was made.</summary>
    public sealed record MessyRow(int Gap, string[] Cells, bool InvalidEmail)
    {
        public bool IsBlank => Cells.All(string.IsNullOrWhiteSpace);

        public bool HasExtraValue => Cells.Skip(Header.Length).Any(c => !string.IsNullOrWhiteSpace(c));

        public bool CanNameALead => Cells.Take(5).Where((c, i) => i != 2 || !InvalidEmail).Any(c => !string.IsNullOrWhiteSpace(c));

        public bool IsRejected => !IsBlank && (InvalidEmail || HasExtraValue || !CanNameALead);
    }

    public sealed record MessySheet(int HeaderRow, MessyRow[] Rows, DuplicatePolicy Policy)
    {
        public override string ToString()
        {
            var text = new StringBuilder($"header on row {HeaderRow}, {Policy}:\n");
            var row = HeaderRow;
            foreach (var r in Rows)
            {
                row += r.Gap + 1;
                text.Append(CultureInfo.InvariantCulture, $"  row {row}: [{string.Join("|", r.Cells)}]\n");
            }

            return text.ToString();
        }
    }

    private static Gen<MessyRow> MessyRows() =>
        from gap in Gen.Frequency((6, Gen.Constant(0)), (1, Gen.Choose(1, 3)))
        from row in Gen.Frequency(
            (1, Gen.Choose(1, 7).Select(n => new MessyRow(0, [.. Enumerable.Repeat(" ", n)], false))),
            (10, DataRows()))
        select row with { Gap = gap };

    private static Gen<MessyRow> DataRows() =>
        from who in Gen.Elements(People)
        from blanks in Gen.Elements(true, false, false, false, false).ArrayOf(6)
        from invalid in Gen.Frequency((7, Gen.Constant<string?>(null)), (1, Gen.Elements(InvalidEmails).Select(e => (string?)e)))
        from note in Gen.Elements(Notes)
        from width in Gen.Frequency((6, Gen.Constant(6)), (1, Gen.Choose(1, 5)), (1, Gen.Choose(7, 8)))
        from extra in Gen.Elements(string.Empty, " ", "extra")
        let full = new[] { who.First, who.Last, invalid ?? who.Email, who.Company, who.Phone, note }
        let cells = Enumerable.Range(0, width).Select(i => i < 6 ? (blanks[i] ? string.Empty : full[i]) : extra).ToArray()
        select new MessyRow(0, cells, invalid is not null && width > 2 && !blanks[2]);

    private static Gen<MessySheet> MessySheets() =>
        from headerRow in Gen.Frequency((5, Gen.Constant(1)), (1, Gen.Choose(2, 4)))
        from rows in MessyRows().ArrayOf()
        from policy in Gen.Elements(DuplicatePolicy.Skip, DuplicatePolicy.Import, DuplicatePolicy.Update)
        select new MessySheet(headerRow, rows, policy);

    /// <summary>The sheet as Excel stores it: only rows and cells with a value (a blank-looking row of spaces keeps its cells).</summary>
    private static byte[] Bytes(MessySheet sheet)
    {
        static string Cells(int row, IEnumerable<string> cells) =>
            string.Concat(cells.Select((c, i) => c.Length == 0 ? string.Empty : Text(CellName(i + 1) + row.ToString(CultureInfo.InvariantCulture), c)));

        var data = new StringBuilder(Row(sheet.HeaderRow, Cells(sheet.HeaderRow, Header)));
        var number = sheet.HeaderRow;
        foreach (var row in sheet.Rows)
        {
            number += row.Gap + 1;
            var cells = Cells(number, row.Cells);
            if (cells.Length > 0)
            {
                data.Append(Row(number, cells));
            }
        }

        return Build(data.ToString());
    }

    private static string CellName(int column) => ((char)('A' + column - 1)).ToString();

    /// <summary>
    /// Whatever the sheet — blank rows before the header, gaps Excel numbers but stores nothing in,
    /// rows of spaces, short rows, values beyond the header, the same people again, invalid e-mail
    /// addresses — and whatever the duplicate policy, every row from the header to the last one is a
    /// blank row or accounted for (<c>rows = imported + merged + skipped + rejected</c>), exactly the
    /// rows that must be are rejected, each with its row number as Excel shows it and a reason.
    /// </summary>
    [Property(MaxTest = 120)]
    public Property MessySheet_EveryRowIsAccountedFor_ExactlyTheBadRowsAreRejected() =>
        Prop.ForAll(MessySheets().ToArbitrary(), sheet => Run(async () =>
        {
            var ws = await Workspace.CreateAsync();

            var (result, source) = await ws.ImportWithSourceAsync(Bytes(sheet), ImportOptions.Default with { Duplicates = sheet.Policy });

            Workspace.AssertAccounted(result);
            var numbers = new List<long>();
            var n = (long)sheet.HeaderRow;
            foreach (var row in sheet.Rows)
            {
                n += row.Gap + 1;
                numbers.Add(n);
            }

            var stored = sheet.Rows.Select((r, i) => (r, Row: numbers[i])).Where(x => !x.r.IsBlank || x.r.Cells.Any(c => c.Length > 0)).ToList();
            var last = stored.Count == 0 ? sheet.HeaderRow : stored[^1].Row;
            Assert.Equal(last - sheet.HeaderRow, result.Rows + source.BlankRows);
            Assert.Equal(sheet.Rows.Count(r => !r.IsBlank), result.Rows);
            var expected = sheet.Rows.Select((r, i) => (r, Row: numbers[i])).Where(x => x.r.IsRejected).Select(x => x.Row);
            Assert.Equal(expected, result.Rejections.Select(r => r.Row!.Value).Order());
            Assert.Equal(result.Imported, (await ws.LeadsAsync()).Count);
        }));

    // (c) ------------------------------------------------------------------------------------------

    /// <summary>A mutation of a file: at a position (scaled to the file), delete, insert, replace, duplicate a span, or cut the file there.</summary>
    public sealed record Mutation(double At, int Kind, byte Byte, int Span);

    private static byte[] Mutate(byte[] bytes, Mutation[] mutations)
    {
        var list = bytes.ToList();
        foreach (var m in mutations)
        {
            var at = Math.Min(list.Count, (int)(m.At * list.Count));
            switch (m.Kind)
            {
                case 0 when at < list.Count:
                    list.RemoveAt(at);
                    break;
                case 1:
                    list.Insert(at, m.Byte);
                    break;
                case 2 when at < list.Count:
                    list[at] = m.Byte;
                    break;
                case 3:
                    list.InsertRange(at, list.Skip(at).Take(m.Span).ToList());
                    break;
                case 4:
                    list.RemoveRange(at, list.Count - at);
                    break;
            }
        }

        return [.. list];
    }

    private static Gen<Mutation> Mutations() =>
        from at in Gen.Choose(0, 1000).Select(n => n / 1000.0)
        from kind in Gen.Frequency((3, Gen.Constant(0)), (3, Gen.Constant(1)), (3, Gen.Constant(2)), (1, Gen.Constant(3)), (1, Gen.Constant(4)))
        from value in Gen.Choose(0, 255).Select(b => (byte)b)
        from span in Gen.Choose(1, 200)
        select new Mutation(at, kind, value, span);

    /// <summary>LeadKit's workbook of a few leads, stored without compression so that a mutation hits the sheet's XML, not only the deflate stream.</summary>
    private static readonly Lazy<byte[]> Seed = new(() => Stored(SeedAsync().GetAwaiter().GetResult()));

    private static async Task<byte[]> SeedAsync()
    {
        var ws = await Workspace.CreateAsync(LeadKitGenerators.SampleSchema);
        var leads = Gen.ArrayOf(LeadKitGenerators.Lead(), 3).Sample(1, new Rnd(20261204), 10).Single();
        await ws.AddLeadsAsync(leads.Select(Workspace.AsNew));
        return (await ws.ExportAsync()).Bytes;
    }

    private static byte[] Stored(byte[] workbook)
    {
        using var input = new ZipArchive(new MemoryStream(workbook), ZipArchiveMode.Read);
        var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, true))
        {
            foreach (var entry in input.Entries)
            {
                using var from = entry.Open();
                using var to = zip.CreateEntry(entry.FullName, CompressionLevel.NoCompression).Open();
                from.CopyTo(to);
            }
        }

        return output.ToArray();
    }

    /// <summary>LeadKit's workbook, mutated (bytes deleted, inserted, replaced, spans repeated, the file cut), imported under every duplicate policy, gives a result (every row accounted for) or a <see cref="LeadKitException"/> — never another exception.</summary>
    [Property(MaxTest = 200)]
    public Property MutatedWorkbook_GivesAResultOrALeadKitException() =>
        Prop.ForAll(
            Mutations().ArrayOf().Where(m => m.Length is > 0 and <= 6).ToArbitrary(),
            Gen.Elements(DuplicatePolicy.Skip, DuplicatePolicy.Import, DuplicatePolicy.Update).ToArbitrary(),
            (mutations, policy) => Run(async () =>
            {
                var ws = await Workspace.CreateAsync(LeadKitGenerators.SampleSchema);
                ImportResult? result = null;
                var e = await Xunit.Record.ExceptionAsync(async () => result = await ws.ImportAsync(Mutate(Seed.Value, mutations), ImportOptions.Default with { Duplicates = policy }));
                Assert.True(e is null or LeadKitException, e?.ToString());
                if (result is not null)
                {
                    Workspace.AssertAccounted(result);
                }
            }));

    // (d) ------------------------------------------------------------------------------------------

    /// <summary>
    /// An import of LeadKit's workbook that creates leads and merges rows into stored ones (duplicates
    /// updated, fields overwritten or filled, blank cells ignored or clearing), undone with
    /// <see cref="BulkEditor.UndoOperationAsync"/>, leaves every stored lead as it was (audit fields
    /// aside) and removes every lead it created.
    /// </summary>
    [Property(MaxTest = 40)]
    public Property Import_ThenUndo_RestoresTheStoreExactly()
    {
        var cases =
            from stored in Gen.Choose(1, 4).SelectMany(n => Gen.ArrayOf(LeadKitGenerators.Lead(), n))
            from fresh in Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(LeadKitGenerators.Lead(), n))
            from edits in Gen.Elements(true, false).ArrayOf(stored.Length)
            from mode in Gen.Elements(UpdateMode.FillEmpty, UpdateMode.Overwrite)
            from blanks in Gen.Elements(BlankCellPolicy.Ignore, BlankCellPolicy.Clear)
            select (stored, fresh, edits, mode, blanks);
        return Prop.ForAll(cases.ToArbitrary(), c => Run(async () =>
        {
            var ws = await Workspace.CreateAsync(LeadKitGenerators.SampleSchema);
            await ws.AddLeadsAsync(c.stored.Select(Workspace.AsNew));
            var before = await ws.LeadsAsync();

            // The workbook: changed copies of some stored leads (same e-mail addresses and phones: duplicates) and new leads.
            var other = await Workspace.CreateAsync(LeadKitGenerators.SampleSchema);
            var copies = before.Where((_, i) => c.edits[i]).Select(l =>
            {
                var copy = Workspace.AsNew(l);
                copy.SetJobTitle("Changed by the import");
                copy.SetComments(null);
                return copy;
            });
            await other.AddLeadsAsync([.. copies, .. c.fresh.Select(Workspace.AsNew)]);
            var (bytes, _) = await other.ExportAsync();

            var result = await ws.ImportAsync(bytes, ImportOptions.Default with { Duplicates = DuplicatePolicy.Update, UpdateMode = c.mode, Blanks = c.blanks });
            Workspace.AssertAccounted(result);
            if (result.Operation is not { } operation)
            {
                Assert.Equal(0L, result.Imported + result.Merged);
                return;
            }

            var undo = await new BulkEditor(ws.Context).UndoOperationAsync(operation);

            Assert.True(undo.Report.IsCommitted, undo.Report.ToString());
            var after = await ws.LeadsAsync();
            Assert.Equal(before.Select(l => l.Id).Order(), after.Select(l => l.Id).Order());
            foreach (var lead in before)
            {
                var differences = Workspace.DataDifferences(lead, after.Single(a => a.Id == lead.Id));
                Assert.True(differences.Count == 0, string.Join("\n", differences));
            }
        }));
    }
}
