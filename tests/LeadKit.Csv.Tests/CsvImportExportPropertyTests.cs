using System.IO;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LeadKit.BulkEdit;
using LeadKit.Import;
using LeadKit.Leads;
using LeadKit.Testing;

namespace LeadKit.Csv.Tests;

/// <summary>
/// Laws of CSV import and export through <see cref="LeadImport"/> and <see cref="Export.LeadExport"/>
/// on the in-memory store: LeadKit's CSV reproduces arbitrary leads; every row of a messy file is
/// accounted for; nothing but a <see cref="LeadKitException"/> comes out of a broken file; an import
/// undone leaves the store as it was. A failing property prints its replay seed (FsCheck.Xunit).
/// </summary>
public sealed class CsvImportExportPropertyTests
{
    private static bool Run(Func<Task> body)
    {
        Task.Run(body).GetAwaiter().GetResult();
        return true;
    }

    // (a) ------------------------------------------------------------------------------------------

    /// <summary>
    /// LeadKit's CSV, written by <see cref="CsvExportTarget"/> and read by <see cref="CsvImportSource"/>
    /// into another workspace with the same custom fields, gives leads whose shared fields and
    /// custom-field values equal the originals (assignee, referrer and account cleared: they name the
    /// first workspace's members); a blank custom text reads back as no value. Random delimiter,
    /// encoding, quoting and formula neutralising.
    /// </summary>
    [Property(MaxTest = 60)]
    public Property LeadKitCsv_ExportThenImport_ReproducesArbitraryLeads()
    {
        var cases =
            from count in Gen.Choose(1, 4)
            from leads in Gen.ArrayOf(LeadKitGenerators.Lead(), count)
            from delimiter in Gen.Elements(',', ';', '\t')
            from encoding in Gen.Elements("utf-8-bom", "utf-8", "utf-16")
            from quoteAll in Gen.Elements(false, true)
            from neutralise in Gen.Elements(true, true, false)
            select (leads, delimiter, encoding, quoteAll, neutralise);
        return Prop.ForAll(cases.ToArbitrary(), c => Run(async () =>
        {
            var options = new CsvExportOptions
            {
                Delimiter = c.delimiter,
                QuoteAll = c.quoteAll,
                NeutraliseFormulas = c.neutralise,
                Encoding = c.encoding switch { "utf-8" => CsvEncodings.Utf8, "utf-16" => Encoding.Unicode, _ => CsvEncodings.Utf8WithBom },
            };
            var from = await Workspace.CreateAsync(LeadKitGenerators.SampleSchema);
            await from.AddLeadsAsync(c.leads.Select(Workspace.AsNew));
            var (bytes, target) = await from.ExportAsync(options);
            Assert.Empty(target.Unwritten);

            var to = await Workspace.CreateAsync(LeadKitGenerators.SampleSchema);
            var result = await to.ImportAsync(bytes, ImportOptions.Default with { Duplicates = DuplicatePolicy.Import });

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

    // (b) ------------------------------------------------------------------------------------------

    private static readonly string[] Header = ["First Name", "Last Name", "E-mail", "Company", "Phone", "Notes"];

    private static readonly (string First, string Last, string Email, string Company, string Phone)[] People =
    [
        ("Zoë", "Ångström", "zoe@example.com", "Café Crème", "+33 1 23 45 67 89"),
        ("José", "Müller", "jose.mueller@example.de", "Müller, Söhne & Co", "+49 30 1234567"),
        ("Ann", "Lee", "ann.lee@example.com", "Contoso \"Labs\"", "(415) 555-0100"),
        ("Bo", "Chen", "bo@example.org", "Fabrikam; Inc", "415.555.0101"),
        ("Œuvre", "Dupré", "oeuvre@example.fr", "Ateliers Dupré", "+33 6 12 34 56 78"),
    ];

    private static readonly string[] InvalidEmails = ["not an address", "ann@", "@example.com", "a@@example.com", "zoë at example"];

    private static readonly string[] Notes = ["Met at the fair.", "Line one\r\nline two, \"quoted\"; done", "\ttabbed", " padded ", "a,b;c", "Ünïcödé ½ € ß", "=1+2"];

    /// <summary>A record of a messy file: its cells (fewer or more than the header's), and how it was made.</summary>
    public sealed record MessyRecord(string[] Cells, bool InvalidEmail)
    {
        public bool IsBlank => Cells.All(string.IsNullOrWhiteSpace);

        public bool HasExtraValue => Cells.Skip(Header.Length).Any(c => !string.IsNullOrWhiteSpace(c));

        public bool CanNameALead => Cells.Take(5).Where((c, i) => i != 2 || !InvalidEmail).Any(c => !string.IsNullOrWhiteSpace(c));

        public bool IsRejected => !IsBlank && (InvalidEmail || HasExtraValue || !CanNameALead);
    }

    public sealed record MessyFile(string Encoding, char Delimiter, bool QuoteAll, MessyRecord[] Records, DuplicatePolicy Policy)
    {
        public override string ToString() =>
            $"{Encoding}, delimiter {(Delimiter == '\t' ? "tab" : Delimiter.ToString())}, quote all {QuoteAll}, {Policy}:\n" + string.Join("\n", Records.Select((r, i) => $"  row {i + 2}: [{string.Join("|", r.Cells)}]"));
    }

    private static Gen<MessyRecord> Records() =>
        Gen.Frequency(
            (1, Gen.Constant(new MessyRecord([], false))),
            (1, Gen.Choose(1, 7).Select(n => new MessyRecord([.. Enumerable.Repeat(" ", n)], false))),
            (10, DataRecords()));

    private static Gen<MessyRecord> DataRecords() =>
        from who in Gen.Elements(People)
        from blanks in Gen.Elements(true, false, false, false, false).ArrayOf(6)
        from invalid in Gen.Frequency((7, Gen.Constant<string?>(null)), (1, Gen.Elements(InvalidEmails).Select(e => (string?)e)))
        from note in Gen.Elements(Notes)
        from width in Gen.Frequency((6, Gen.Constant(6)), (1, Gen.Choose(1, 5)), (1, Gen.Choose(7, 8)))
        from extra in Gen.Elements(string.Empty, " ", "extra", "x,y")
        let full = new[] { who.First, who.Last, invalid ?? who.Email, who.Company, who.Phone, note }
        let cells = Enumerable.Range(0, width).Select(i => i < 6 ? (blanks[i] ? string.Empty : full[i]) : extra).ToArray()
        select new MessyRecord(cells, invalid is not null && width > 2 && !blanks[2]);

    private static Gen<MessyFile> MessyFiles() =>
        from encoding in Gen.Elements("utf-8", "utf-8-bom", "utf-16", "utf-16be", "windows-1252")
        from delimiter in Gen.Elements(',', ';', '\t')
        from quoteAll in Gen.Elements(false, true)
        from records in Records().ArrayOf()
        from policy in Gen.Elements(DuplicatePolicy.Skip, DuplicatePolicy.Import, DuplicatePolicy.Update)
        select new MessyFile(encoding, delimiter, quoteAll, records, policy);

    private static string Cell(string cell, char delimiter, bool quote) =>
        quote || cell.IndexOfAny([delimiter, '"', '\r', '\n']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;

    private static byte[] Bytes(MessyFile file)
    {
        var text = new StringBuilder();
        foreach (var line in new[] { Header }.Concat(file.Records.Select(r => r.Cells)))
        {
            text.Append(string.Join(file.Delimiter, line.Select((c, i) => Cell(c, file.Delimiter, file.QuoteAll && (i % 2 == 0 || c.Length > 0))))).Append("\r\n");
        }

        var (encoding, bom) = file.Encoding switch
        {
            "utf-8-bom" => (CsvEncodings.Utf8, true),
            "utf-16" => (Encoding.Unicode, true),
            "utf-16be" => (Encoding.BigEndianUnicode, true),
            "windows-1252" => (CsvEncodings.Windows1252, false),
            _ => (CsvEncodings.Utf8, false),
        };
        return [.. bom ? encoding.GetPreamble() : [], .. encoding.GetBytes(text.ToString())];
    }

    /// <summary>
    /// Whatever the file — quoting, encoding (UTF-8 with and without a byte order mark, UTF-16 LE
    /// and BE, Windows-1252, all detected), delimiter (detected), blank cells and lines, multi-line
    /// cells, short and long rows, the same people again, invalid e-mail addresses — and whatever the
    /// duplicate policy, every record is a blank row or accounted for
    /// (<c>rows = imported + merged + skipped + rejected</c>), and exactly the rows that must be are
    /// rejected, each with its row number and a reason.
    /// </summary>
    [Property(MaxTest = 150)]
    public Property MessyFile_EveryRowIsAccountedFor_ExactlyTheBadRowsAreRejected() =>
        Prop.ForAll(MessyFiles().ToArbitrary(), file => Run(async () =>
        {
            var ws = await Workspace.CreateAsync();
            var source = new CsvImportSource(new MemoryStream(Bytes(file)));

            var result = await new LeadImport(ws.Context).ImportAsync(source, ImportOptions.Default with { Duplicates = file.Policy });

            Workspace.AssertAccounted(result);
            Assert.Equal(file.Records.Length, result.Rows + source.BlankRows);
            Assert.Equal(file.Records.Count(r => r.IsBlank), source.BlankRows);
            var expected = file.Records.Select((r, i) => (r, Row: i + 2L)).Where(x => x.r.IsRejected).Select(x => x.Row);
            Assert.Equal(expected, result.Rejections.Select(r => r.Row!.Value).Order());
            Assert.Equal(result.Imported, (await ws.LeadsAsync()).Count);
        }));

    // (c) ------------------------------------------------------------------------------------------

    private static Gen<byte[]> Garbage() =>
        Gen.Frequency(
            (3, Gen.Elements<byte>((byte)'a', (byte)'@', (byte)'.', (byte)',', (byte)';', (byte)'\t', (byte)'"', (byte)'\'', (byte)'=', (byte)'\r', (byte)'\n', 0xEF, 0xBB, 0xBF, 0xFF, 0xFE, 0xC3, 0xA9, 0x00, 0x80, 0xD8, 0xDC)),
            (1, Gen.Choose(0, 255).Select(b => (byte)b)))
        .ArrayOf();

    private static readonly CsvImportOptions Small = new() { MaxCellLength = 64, MaxColumns = 16, MaxRows = 60 };

    private static async Task NothingButLeadKitExceptionsAsync(byte[] bytes, CsvImportOptions options)
    {
        var ws = await Workspace.CreateAsync();
        ImportResult? result = null;
        var e = await Xunit.Record.ExceptionAsync(async () => result = await ws.ImportAsync(bytes, ImportOptions.Default with { Duplicates = DuplicatePolicy.Update }, options));
        Assert.True(e is null or LeadKitException, e?.ToString());
        if (result is not null)
        {
            Workspace.AssertAccounted(result);
        }
    }

    /// <summary>Random bytes, under every layout and both broken-row policies, give a result or a <see cref="LeadKitException"/> (mostly <see cref="CsvFormatException"/>), never another exception.</summary>
    [Property(MaxTest = 300)]
    public Property Garbage_GivesAResultOrALeadKitException() =>
        Prop.ForAll(
            Garbage().ToArbitrary(),
            Gen.Elements(CsvImportOptions.LayoutNames.ToArray()).ToArbitrary(),
            Gen.Elements(CsvMalformedRowPolicy.Report, CsvMalformedRowPolicy.Refuse).ToArbitrary(),
            (bytes, layout, policy) => Run(() => NothingButLeadKitExceptionsAsync(bytes, Small with { Layout = layout, MalformedRows = policy })));

    /// <summary>
    /// UTF-16 text (with its byte-order mark, little or big endian) built from separators, letters,
    /// header words and what .NET's text APIs refuse — lone surrogates, U+FFFE, U+FFFF — encoded code unit
    /// by code unit, so ill-formed text reaches the decoder as it is.
    /// </summary>
    private static Gen<byte[]> Utf16Garbage() =>
        from bigEndian in Gen.Elements(false, true)
        from units in Gen.Elements(
            "a", "é", ",", ";", "\t", "\"", "\r\n", "\n", "E-mail", "Zip", "First Name", "\u0000",
            "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uFFFE", "\uFFFF", "\uD83D\uDE00").ListOf()
        select Utf16Bytes(string.Concat(units), bigEndian);

    private static byte[] Utf16Bytes(string text, bool bigEndian)
    {
        var bytes = new byte[2 + (2 * text.Length)];
        (bytes[0], bytes[1]) = bigEndian ? ((byte)0xFE, (byte)0xFF) : ((byte)0xFF, (byte)0xFE);
        for (var i = 0; i < text.Length; i++)
        {
            var (high, low) = ((byte)(text[i] >> 8), unchecked((byte)text[i]));
            (bytes[2 + (2 * i)], bytes[3 + (2 * i)]) = bigEndian ? (high, low) : (low, high);
        }

        return bytes;
    }

    /// <summary>Ill-formed UTF-16 files, under every layout and both broken-row policies, give a result or a <see cref="LeadKitException"/>, never another exception.</summary>
    [Property(MaxTest = 200)]
    public Property Utf16Garbage_GivesAResultOrALeadKitException() =>
        Prop.ForAll(
            Utf16Garbage().ToArbitrary(),
            Gen.Elements(CsvImportOptions.LayoutNames.ToArray()).ToArbitrary(),
            Gen.Elements(CsvMalformedRowPolicy.Report, CsvMalformedRowPolicy.Refuse).ToArbitrary(),
            (bytes, layout, policy) => Run(() => NothingButLeadKitExceptionsAsync(bytes, Small with { Layout = layout, MalformedRows = policy })));

    /// <summary>
    /// Inputs the garbage property found, kept as regressions: a UTF-16 (byte-order mark FF FE) file whose
    /// header holds the noncharacter U+FFFE, which <see cref="string.Normalize()"/> refused with an untyped
    /// <see cref="ArgumentException"/> while the header was matched to a field.
    /// </summary>
    [Theory]
    [InlineData("outlook", "FF FE BB 09 40 C3 3D 0D C3 2C 80 A2 09 61 2C 9E F3 F1 FE FF 40 3D 22 61 27 BE 2E 29 32 FF 27 22 0A 7A BF 1B 80 22 3B A9 FE C3 8D 4D 09 4E 2E BB 0D 61 A9 C3 80 0D 22 0D")]
    public async Task Garbage_FoundInputs_GiveAResultOrALeadKitException(string layout, string hex)
    {
        var bytes = Convert.FromHexString(hex.Replace(" ", "", StringComparison.Ordinal));
        foreach (var policy in new[] { CsvMalformedRowPolicy.Report, CsvMalformedRowPolicy.Refuse })
        {
            await NothingButLeadKitExceptionsAsync(bytes, Small with { Layout = layout, MalformedRows = policy });
        }
    }

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

    private static readonly Lazy<byte[][]> Seeds = new(() =>
    [
        .. Directory.GetFiles(Csv.SamplesFolder, "*.csv").Order(StringComparer.Ordinal).Select(File.ReadAllBytes),
        LeadKitSeed().GetAwaiter().GetResult(),
    ]);

    private static async Task<byte[]> LeadKitSeed()
    {
        var ws = await Workspace.CreateAsync();
        var lead = Lead.Create(PersonName.Parse("Dr. Ada Lovelace"), ws.Context.Clock);
        lead.AddEmail(new EmailEntry(EmailKind.Business, EmailAddress.Parse("ada@example.com"), "Ada"));
        lead.AddPhone(new PhoneNumber(PhoneKind.Mobile, "+44 7700 900000"));
        lead.AddAddress(new PostalAddress(AddressKind.Home, "12 Square\nFlat 3", null, "London", null, "SW1", "UK", true));
        lead.SetComments("=1+2, \"quoted\"\r\nsecond line");
        await ws.AddLeadsAsync([lead]);
        return (await ws.ExportAsync()).Bytes;
    }

    private static Gen<Mutation> Mutations() =>
        from at in Gen.Choose(0, 1000).Select(n => n / 1000.0)
        from kind in Gen.Frequency((3, Gen.Constant(0)), (3, Gen.Constant(1)), (3, Gen.Constant(2)), (1, Gen.Constant(3)), (1, Gen.Constant(4)))
        from value in Gen.Frequency((3, Gen.Elements<byte>((byte)'"', (byte)',', (byte)';', (byte)'\r', (byte)'\n', (byte)'\'', (byte)'=', (byte)'@', 0xC3, 0xFF, 0x00)), (1, Gen.Choose(0, 255).Select(b => (byte)b)))
        from span in Gen.Choose(1, 200)
        select new Mutation(at, kind, value, span);

    /// <summary>The sample files and a LeadKit export, mutated (bytes deleted, inserted, replaced, spans repeated, the file cut), give a result or a <see cref="LeadKitException"/>, never another exception.</summary>
    [Property(MaxTest = 300)]
    public Property MutatedSamples_GiveAResultOrALeadKitException() =>
        Prop.ForAll(
            Gen.Choose(0, 3).ToArbitrary(),
            Mutations().ArrayOf().Where(m => m.Length is > 0 and <= 6).ToArbitrary(),
            Gen.Elements(CsvMalformedRowPolicy.Report, CsvMalformedRowPolicy.Refuse).ToArbitrary(),
            (seed, mutations, policy) => Run(() => NothingButLeadKitExceptionsAsync(Mutate(Seeds.Value[seed], mutations), new CsvImportOptions { MalformedRows = policy })));

    // (d) ------------------------------------------------------------------------------------------

    /// <summary>
    /// An import that creates leads and merges rows into stored ones (duplicates updated, fields
    /// overwritten), undone with <see cref="BulkEditor.UndoOperationAsync"/>, leaves every stored lead
    /// as it was (audit fields aside) and removes every lead it created.
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

            // The file: changed copies of some stored leads (same e-mail addresses and phones: duplicates) and new leads.
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
