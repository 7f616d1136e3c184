using System.IO;
using LeadKit.Csv;
using LeadKit.CustomFields;
using LeadKit.Export;
using LeadKit.Import;
using LeadKit.Leads;
using LeadKit.Scoring;
using NodaTime;
using static LeadKit.Excel.Tests.Xlsx;

namespace LeadKit.Excel.Tests;

/// <summary>What <see cref="XlsxExportTarget"/> writes — LeadKit's layout as text cells, formulas neutralised, carriage returns flagged — that it reads back exactly, and every way it refuses.</summary>
public sealed class XlsxExportTargetTests
{
    private static readonly CustomFieldDefinition Budget = new(RecordKind.Lead, "Budget", CustomFieldType.Currency, currencyCode: "EUR");
    private static readonly CustomFieldDefinition Remarks = new(RecordKind.Lead, "Remarks", CustomFieldType.Text, maxLength: 500);
    private static readonly CustomFieldSchema Schema = new([Budget, Remarks]);

    /// <summary>A lead with a bit of everything: values a spreadsheet would run, white space, CRLF and LF line breaks, a zip code's leading zero, an OOXML escape look-alike.</summary>
    private static Lead Ada(IClock clock)
    {
        var ada = Lead.Create(PersonName.Parse("Dr. Ada Lovelace"), clock);
        ada.SetJobTitle("=HYPERLINK(\"http://x\")");
        ada.SetCompanyName("'Analytical' Engines, Ltd.");
        ada.SetDepartment("R&D_x0041_x0042_");
        ada.SetTerritory("-EMEA-");
        ada.SetSource(new LeadSource("@conference"));
        ada.SetRating(new Rating("Hot"));
        ada.SetComments("Met at the fair.\r\nWants a \"demo\", soon.\n\tIndented line\rLast line");
        ada.SetBirthday(new LocalDate(1815, 12, 10));
        ada.SetWebPage(new Uri("https://example.com/ada?x=1,2"));
        ada.AddEmail(new EmailEntry(EmailKind.Business, EmailAddress.Parse("ada@example.com"), "Ada L."));
        ada.AddEmail(new EmailEntry(EmailKind.Personal, EmailAddress.Parse("ada@home.example")));
        ada.AddPhone(new PhoneNumber(PhoneKind.Mobile, "+44 7700 900000"));
        ada.AddPhone(new PhoneNumber(PhoneKind.Business, "-44 20 7946 0001"));
        ada.AddAddress(new PostalAddress(AddressKind.Home, "12 St James's Square\nFlat 3", null, "London", null, "02134", "United Kingdom", true));
        ada.SetManualScore(4);
        ada.CheckCriterion(new CriterionId("budget"), Instant.FromUtc(2026, 11, 27, 9, 0));
        ada.SetCustomField(Budget, CustomFieldValue.FromCurrency(-1250.50m));
        ada.SetCustomField(Remarks, CustomFieldValue.FromText("  +keeps its spaces  "));
        return ada;
    }

    private static async Task<Workspace> WithAdaAsync()
    {
        var ws = await Workspace.CreateAsync(Schema);
        await ws.AddLeadsAsync([Ada(ws.Context.Clock), Lead.Create(new PersonName("Contoso Purchasing"), ws.Context.Clock)]);
        return ws;
    }

    [Fact]
    public async Task Export_HeaderIsLeadKitsCsvHeader_SameColumnsInTheSameOrder()
    {
        var ws = await WithAdaAsync();

        var (bytes, target) = await ws.ExportAsync();
        using var csv = new MemoryStream();
        await using (var csvTarget = new CsvExportTarget(csv, leaveOpen: true))
        {
            await new LeadExport(ws.Context).ExportAsync(csvTarget);
            Assert.Equal(csvTarget.Header, target.Header);
        }

        var sheet = await ReadAsync(bytes);
        Assert.Equal(("xlsx", true, "Leads"), (target.Format, target.NeedsShape, sheet.SheetName));
        Assert.Equal(target.Header, sheet.Header.Names);
        Assert.Equal("leadkit.version", sheet.Header.Names[0]);
        Assert.Equal(2, sheet.Rows.Count);
        Assert.Equal(2, target.Rows);
        Assert.Empty(target.Unwritten);
    }

    [Fact]
    public async Task Export_CellsAreTheValuesTextForms_AsTextCells()
    {
        var ws = await WithAdaAsync();

        var (bytes, _) = await ws.ExportAsync();

        var row = (await ReadAsync(bytes)).Rows.Single(r => r["name"] == "Dr. Ada Lovelace");
        Assert.Equal(("1", "Manual", "4", "2026-11-27T09:00:00Z"), (row["leadkit.version"], row["scoreType"], row["manualStars"], row["checked:budget"]));
        Assert.Equal(("1815-12-10", "-1250.50", "02134", "true"), (row["birthday"], row["custom.Budget"], row["address.1.postalCode"], row["address.1.mailing"]));
        Assert.Equal(("business", "ada@example.com", "Ada L."), (row["email.1.kind"], row["email.1.address"], row["email.1.displayName"]));
        Assert.Equal(("home", "12 St James's Square\nFlat 3"), (row["address.1.kind"], row["address.1.street"]));
        Assert.Equal("  +keeps its spaces  ", row["custom.Remarks"]);

        // Text cells: a number, a date and a zip code are stored as the text written, not as numbers.
        var xml = SheetXml(bytes);
        Assert.DoesNotContain("<v>1815", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("<v>2134", xml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_FormulasNeutralisedByDefault_NumbersAndPhonesLeftAsTheyAre()
    {
        var ws = await WithAdaAsync();

        var (bytes, _) = await ws.ExportAsync();

        var row = (await ReadAsync(bytes)).Rows.Single(r => r["name"] == "Dr. Ada Lovelace");
        Assert.Equal("'=HYPERLINK(\"http://x\")", row["title"]);
        Assert.Equal("'@conference", row["source"]);
        Assert.Equal("'-EMEA-", row["territory"]);
        Assert.Equal("''Analytical' Engines, Ltd.", row["company"]);
        Assert.Equal(("+44 7700 900000", "-44 20 7946 0001"), (row["phone.1.number"], row["phone.2.number"]));
    }

    [Fact]
    public async Task Export_NeutralisingOff_FormulasWrittenAsTheyAre_LeadingQuoteStillEscaped()
    {
        var ws = await WithAdaAsync();

        var (bytes, _) = await ws.ExportAsync(new XlsxExportOptions { NeutraliseFormulas = false });

        var row = (await ReadAsync(bytes)).Rows.Single(r => r["name"] == "Dr. Ada Lovelace");
        Assert.Equal(("=HYPERLINK(\"http://x\")", "@conference", "''Analytical' Engines, Ltd."), (row["title"], row["source"], row["company"]));
    }

    [Fact]
    public async Task Export_CarriageReturnsAndEscapeLookAlikes_WrittenFlagged_OtherCellsAsTheyAre()
    {
        var ws = await WithAdaAsync();

        var (bytes, _) = await ws.ExportAsync();

        var row = (await ReadAsync(bytes)).Rows.Single(r => r["name"] == "Dr. Ada Lovelace");
        Assert.Equal("'\\Met at the fair.\\r\nWants a \"demo\", soon.\n\tIndented line\\rLast line", row["comments"]);
        Assert.Equal("'\\R&D_\\x0041_\\x0042_", row["department"]);
        Assert.Equal("12 St James's Square\nFlat 3", row["address.1.street"]);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Export_ThenImport_ReproducesTheLeadsExactly_NeutralisedOrNot(bool neutralise)
    {
        var from = await WithAdaAsync();
        var (bytes, _) = await from.ExportAsync(new XlsxExportOptions { NeutraliseFormulas = neutralise });

        var to = await Workspace.CreateAsync(Schema);
        var result = await to.ImportAsync(bytes, ImportOptions.Default with { Duplicates = DuplicatePolicy.Import });

        Workspace.AssertAccounted(result);
        Assert.Equal((2L, 2L), (result.Rows, result.Imported));
        Assert.True(result.NotImported.Count == 0, string.Join("\n", result.NotImported));
        var copies = await to.LeadsAsync();
        foreach (var lead in await from.LeadsAsync())
        {
            var differences = Workspace.RoundTripDifferences(lead, copies.Single(c => c.Name.FullName == lead.Name.FullName));
            Assert.True(differences.Count == 0, string.Join("\n", differences));
        }

        var ada = copies.Single(c => c.Name.Last == "Lovelace");
        Assert.Equal("Met at the fair.\r\nWants a \"demo\", soon.\n\tIndented line\rLast line", ada.Comments);
        Assert.Equal("R&D_x0041_x0042_", ada.Department);
    }

    [Fact]
    public async Task Export_Columns_OnlyTheChosenFields()
    {
        var ws = await WithAdaAsync();

        var (bytes, target) = await ws.ExportAsync(export: ExportOptions.Default with { Columns = ["name", "email"] });

        Assert.Equal<string>(
            ["leadkit.version", "name", "name.whole", "prefix", "first", "last", "email.1.kind", "email.1.address", "email.1.displayName", "email.2.kind", "email.2.address", "email.2.displayName"],
            target.Header);
        Assert.Equal(target.Header, (await ReadAsync(bytes)).Header.Names);
    }

    [Fact]
    public async Task Export_NoLeads_WritesTheHeaderAlone()
    {
        var ws = await Workspace.CreateAsync();

        var (bytes, target) = await ws.ExportAsync();

        var sheet = await ReadAsync(bytes);
        Assert.Equal(["leadkit.version"], sheet.Header.Names);
        Assert.Empty(sheet.Rows);
        Assert.Equal(0, target.Rows);
    }

    [Fact]
    public async Task Export_SheetName_IsTheOneGiven()
    {
        var ws = await WithAdaAsync();

        var (bytes, _) = await ws.ExportAsync(new XlsxExportOptions { SheetName = "Trade fair 2026" });

        Assert.Equal(["Trade fair 2026"], (await ReadAsync(bytes)).SheetNames);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a/b")]
    [InlineData("'quoted'")]
    [InlineData("a name longer than thirty-one chars")]
    public void Constructor_SheetNameExcelRefuses_Throws(string name)
    {
        var e = Assert.Throws<ArgumentException>(() => new XlsxExportTarget(new MemoryStream(), new XlsxExportOptions { SheetName = name }));

        Assert.Contains("sheet name", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_StreamThatCannotBeWritten_Throws()
    {
        Assert.Throws<ArgumentException>(() => new XlsxExportTarget(new MemoryStream([], writable: false)));
        Assert.Throws<ArgumentNullException>(() => new XlsxExportTarget(null!));
    }

    [Fact]
    public async Task Export_ValueLongerThanACell_RefusedNamingRowColumnAndLead()
    {
        var ws = await Workspace.CreateAsync();
        var lead = Lead.Create(PersonName.Parse("Ada Lovelace"), ws.Context.Clock);
        lead.SetComments(new string('x', XlsxExportOptions.MaxCellLength + 1));
        await ws.AddLeadsAsync([Lead.Create(PersonName.Parse("Bea Smith"), ws.Context.Clock), lead, Lead.Create(PersonName.Parse("Cy Young"), ws.Context.Clock)]);
        var sheet = await ReadAsync((await ws.ExportAsync(new XlsxExportOptions { LeaveOutLongValues = true })).Bytes);
        var row = sheet.Rows.Single(r => r["name"] == "Ada Lovelace").RowNumber;

        var e = await Assert.ThrowsAsync<XlsxFormatException>(() => ws.ExportAsync());

        Assert.Equal(XlsxProblemKind.CellTooLong, e.Kind);
        Assert.Equal(row, e.RowNumber);
        Assert.Equal(sheet.Header.IndexOf("comments") + 1, e.ColumnNumber);
        Assert.Contains("(comments)", e.Message, StringComparison.Ordinal);
        Assert.Contains(lead.Id.ToString(), e.Message, StringComparison.Ordinal);
        Assert.Contains("LeaveOutLongValues", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_ValueThatFitsOnlyUnflagged_CountsItsFlaggedLength()
    {
        var ws = await Workspace.CreateAsync();
        var lead = Lead.Create(PersonName.Parse("Ada Lovelace"), ws.Context.Clock);
        lead.SetComments(new string('x', XlsxExportOptions.MaxCellLength - 1) + "\r");
        await ws.AddLeadsAsync([lead]);

        var e = await Assert.ThrowsAsync<XlsxFormatException>(() => ws.ExportAsync());

        Assert.Equal((XlsxProblemKind.CellTooLong, 2L), (e.Kind, e.RowNumber));
    }

    [Fact]
    public async Task Export_LeaveOutLongValues_CellLeftEmpty_CountedInUnwritten_TheRestWritten()
    {
        var ws = await Workspace.CreateAsync();
        var lead = Lead.Create(PersonName.Parse("Ada Lovelace"), ws.Context.Clock);
        lead.SetComments(new string('x', 40_000));
        lead.SetJobTitle("Countess");
        lead.AddEmail(new EmailEntry(EmailKind.Business, EmailAddress.Parse("ada@example.com"), "Ada"));
        await ws.AddLeadsAsync([lead]);

        var (bytes, target) = await ws.ExportAsync(new XlsxExportOptions { LeaveOutLongValues = true });

        Assert.Equal(new Dictionary<string, long> { ["comments"] = 1 }, target.Unwritten);
        var row = Assert.Single((await ReadAsync(bytes)).Rows);
        Assert.Equal(("", "Countess", "ada@example.com"), (row["comments"], row["title"], row["email.1.address"]));
    }

    [Fact]
    public async Task Export_ToAStreamThatCannotSeek_WritesAWorkbook()
    {
        var ws = await WithAdaAsync();
        var stream = new WriteOnlyStream();

        await using (var target = new XlsxExportTarget(stream, leaveOpen: true))
        {
            var result = await new LeadExport(ws.Context).ExportAsync(target);
            Assert.Equal(2, result.Rows);
        }

        Assert.Equal(2, (await ReadAsync(stream.Inner.ToArray())).Rows.Count);
    }

    [Fact]
    public async Task Dispose_ClosesTheStreamUnlessLeftOpen()
    {
        var ws = await WithAdaAsync();
        var closed = new MemoryStream();
        var open = new MemoryStream();

        await using (var target = new XlsxExportTarget(closed))
        {
            await new LeadExport(ws.Context).ExportAsync(target);
        }

        await using (var target = new XlsxExportTarget(open, leaveOpen: true))
        {
            await new LeadExport(ws.Context).ExportAsync(target);
        }

        Assert.False(closed.CanWrite);
        Assert.True(open.CanWrite);
    }

    [Fact]
    public async Task Calls_OutOfOrder_Throw()
    {
        var target = new XlsxExportTarget(new MemoryStream());
        var record = await RecordAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(async () => await target.WriteAsync(record));
        await Assert.ThrowsAsync<InvalidOperationException>(async () => await target.CompleteAsync());
        await target.BeginAsync(ExportShape.Unknown);
        await Assert.ThrowsAsync<InvalidOperationException>(async () => await target.BeginAsync(ExportShape.Unknown));
        await target.DisposeAsync();
        await Assert.ThrowsAsync<ObjectDisposedException>(async () => await target.WriteAsync(record));
        await target.DisposeAsync();
    }

    [Fact]
    public async Task Export_Cancelled_Throws_AndDisposeDoesNotWait()
    {
        var ws = await WithAdaAsync();
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();
        await using var target = new XlsxExportTarget(new MemoryStream());

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new LeadExport(ws.Context).ExportAsync(target, cancellationToken: cancel.Token));
    }

    [Fact]
    public async Task Export_StreamFails_TheStreamsErrorComesOut_NothingHangs()
    {
        var ws = await Workspace.CreateAsync();
        await ws.AddLeadsAsync(Enumerable.Range(0, 2_000).Select(i => Lead.Create(PersonName.Parse($"Person {i}"), ws.Context.Clock)));

        await using var target = new XlsxExportTarget(new FailingStream());
        var e = await Record.ExceptionAsync(() => new LeadExport(ws.Context).ExportAsync(target)).WaitAsync(TimeSpan.FromMinutes(1));

        Assert.IsType<IOException>(e);
    }

    [Fact]
    public async Task Export_AbandonedHalfWay_DisposeEndsTheWriter()
    {
        var target = new XlsxExportTarget(new MemoryStream());
        await target.BeginAsync(ExportShape.Unknown);
        await target.WriteAsync(await RecordAsync());

        await target.DisposeAsync().AsTask().WaitAsync(TimeSpan.FromMinutes(1));
    }

    /// <summary>An export record of a plain lead, taken from a JSON export's target.</summary>
    private static async Task<ExportRecord> RecordAsync()
    {
        var ws = await Workspace.CreateAsync();
        await ws.AddLeadsAsync([Lead.Create(PersonName.Parse("Ada Lovelace"), ws.Context.Clock)]);
        var keep = new KeepingTarget();
        await new LeadExport(ws.Context).ExportAsync(keep);
        return Assert.Single(keep.Records);
    }

    private static async Task<Table> ReadAsync(byte[] bytes) => await Xlsx.ReadAsync(bytes);

    private static string SheetXml(byte[] bytes)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(bytes));
        using var reader = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        return reader.ReadToEnd();
    }

    /// <summary>A target that keeps the records it is given.</summary>
    private sealed class KeepingTarget : IExportTarget
    {
        public List<ExportRecord> Records { get; } = [];

        public string Format => "keep";

        public bool NeedsShape => false;

        public ValueTask BeginAsync(ExportShape shape, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

        public ValueTask WriteAsync(ExportRecord record, CancellationToken cancellationToken = default)
        {
            Records.Add(record);
            return ValueTask.CompletedTask;
        }

        public ValueTask CompleteAsync(CancellationToken cancellationToken = default) => ValueTask.CompletedTask;
    }

    /// <summary>A destination that fails once a few kilobytes are written (a full disk, a dropped connection).</summary>
    private sealed class FailingStream : Stream
    {
        private long _written;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count)
        {
            _written += count;
            if (_written > 4096)
            {
                throw new IOException("The disk is full.");
            }
        }
    }
}
