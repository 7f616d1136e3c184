using System.IO;
using System.IO.Compression;
using System.Text;
using LeadKit.Import;
using LeadKit.Leads;
using static LeadKit.Excel.Tests.Xlsx;

namespace LeadKit.Excel.Tests;

/// <summary>What <see cref="XlsxImportSource"/> gives the import: columns and keys, rows as Excel numbers them, blank and ragged rows, and every way a workbook is refused.</summary>
public sealed class XlsxImportSourceTests
{
    private static readonly string[] OutlookLike = ["First Name", "Last Name", "E-mail Address", "Company", "Job Title", "Business Phone", "Mobile Phone", "City", "Notes"];

    private static byte[] Sheet(IReadOnlyList<string> header, params string?[][] rows) => Write(header, rows);

    private static async Task<(IReadOnlyList<ImportColumn> Columns, List<ImportRow> Rows, XlsxImportSource Source)> ReadAsync(byte[] bytes, XlsxImportOptions? options = null)
    {
        var source = new XlsxImportSource(new MemoryStream(bytes), options);
        var columns = await source.ReadColumnsAsync();
        var rows = new List<ImportRow>();
        await foreach (var row in source.ReadRowsAsync())
        {
            rows.Add(row);
        }

        return (columns, rows, source);
    }

    [Fact]
    public async Task ForeignSheet_ColumnsHaveNoKeys_TheAutomaticMapPlacesThem()
    {
        var bytes = Sheet(OutlookLike, ["Ada", "Lovelace", "ada@example.com", "Analytical Engines", "Countess", "+44 20 7946 0000", "+44 7700 900000", "London", "Met at the fair."]);
        var ws = await Workspace.CreateAsync();

        var (columns, _, source) = await ReadAsync(bytes);
        var (result, _) = await ws.ImportWithSourceAsync(bytes);

        Assert.False(source.IsLeadKitLayout);
        Assert.Equal(OutlookLike, columns.Select(c => c.Name));
        Assert.All(columns, c => Assert.Null(c.Key));
        Workspace.AssertAccounted(result);
        Assert.Equal((1L, 1L, "xlsx"), (result.Rows, result.Imported, result.Format));
        var ada = Assert.Single(await ws.LeadsAsync());
        Assert.Equal(("Ada Lovelace", "Analytical Engines", "Countess", "Met at the fair."), (ada.Name.FullName, ada.CompanyName, ada.JobTitle, ada.Comments));
        Assert.Equal("ada@example.com", Assert.Single(ada.Emails).Address.Value);
        Assert.Equal([(PhoneKind.Business, "+44 20 7946 0000"), (PhoneKind.Mobile, "+44 7700 900000")], ada.Phones.Select(p => (p.Kind, p.Number)));
        Assert.Equal("London", Assert.Single(ada.Addresses).City);
    }

    [Fact]
    public async Task ForeignSheet_ValuesTrimmed_NeutralisingQuoteRemoved()
    {
        var bytes = Sheet(["Name", "Title", "Notes"], ["  Ada Lovelace ", "'=Countess", " '+1 more "]);
        var ws = await Workspace.CreateAsync();

        await ws.ImportAsync(bytes);

        var ada = Assert.Single(await ws.LeadsAsync());
        Assert.Equal(("Ada Lovelace", "=Countess", "+1 more"), (ada.Name.FullName, ada.JobTitle, ada.Comments));
    }

    [Fact]
    public async Task ForeignSheet_RepeatedName_LaterColumnsGuessedFromTheNameAsWritten()
    {
        var bytes = Sheet(["Name", "Phone", "Phone", "Phone"], ["Ada Lovelace", "+44 20 7946 0000", "+44 20 7946 0001", "+44 20 7946 0002"]);
        var ws = await Workspace.CreateAsync();

        var (columns, _, _) = await ReadAsync(bytes);
        await ws.ImportAsync(bytes);

        Assert.Equal([("Name", null), ("Phone", null), ("Phone#2", "phone"), ("Phone#3", "phone")], columns.Select(c => (c.Name, c.Key)));
        Assert.Equal(3, Assert.Single(await ws.LeadsAsync()).Phones.Count);
    }

    [Fact]
    public async Task ForeignSheet_ColumnNothingPlaces_ReportedAsNotImported_NeverDropped()
    {
        var bytes = Sheet(["Name", "Favourite colour"], ["Ada Lovelace", "teal"], ["Bea Smith", "ochre"]);
        var ws = await Workspace.CreateAsync();

        var result = await ws.ImportAsync(bytes);

        var not = Assert.Single(result.NotImported);
        Assert.Equal(("Favourite colour", 2L, 2L), (not.Column, not.Count, not.FirstRow));
    }

    [Fact]
    public async Task LeadKitSheet_ColumnsHaveTheirExactKeys()
    {
        var header = new[] { "leadkit.version", "first", "last", "title", "email.1.kind", "email.1.address", "address.1.kind", "address.1.city", "custom.Budget", "Notes" };
        var bytes = Sheet(header, ["1", "Ada", "Lovelace", "Countess", "personal", "ada@home.example", "home", "London", null, "kept aside"]);

        var (columns, rows, source) = await ReadAsync(bytes);

        Assert.True(source.IsLeadKitLayout);
        Assert.Equal<(string, string?)>(
            [("leadkit.version", "leadkit.version"), ("first", "first"), ("last", "last"), ("title", "title"), ("email.1.kind", "(email 1 kind)"), ("email.1.address", "email:{kind}"),
             ("address.1.kind", "(address 1 kind)"), ("address.1.city", "address:{kind}.city"), ("custom.Budget", "custom.Budget"), ("Notes", null)],
            columns.Select(c => (c.Name, c.Key)));
        Assert.Equal<(string, string?, int)>(
            [("leadkit.version", "leadkit.version", 0), ("first", "first", 0), ("last", "last", 0), ("title", "title", 0), ("email.1.address", "email:personal", 1), ("address.1.city", "address:home.city", 1), ("Notes", null, 0)],
            Assert.Single(rows).Cells.Select(c => (c.Column, c.Key, c.Group)));
    }

    [Fact]
    public async Task LeadKitSheet_ValuesKeptExactly_OneLeadingQuoteRemoved_FlaggedCellsDecoded()
    {
        var bytes = Sheet(["leadkit.version", "name", "title", "comments"], ["1", "  Ada Lovelace ", "''Tis", "'\\one\\r\ntwo \\\\ _\\x0041_"]);

        var (_, rows, _) = await ReadAsync(bytes);

        var cells = Assert.Single(rows).Cells.ToDictionary(c => c.Column, c => c.Value);
        Assert.Equal(("  Ada Lovelace ", "'Tis", "one\r\ntwo \\ _x0041_"), (cells["name"], cells["title"], cells["comments"]));
    }

    [Fact]
    public async Task RowNumbers_AreExcels_TheHeaderOnItsOwnRow_BlankRowsCounted()
    {
        var bytes = Build(
            Row(3, Text("A3", "Name"), Text("B3", "E-mail")) +
            Row(4, Text("A4", "Ada Lovelace"), Text("B4", "ada@example.com")) +
            Row(5, Text("A5", "  "), Text("B5", " ")) +
            Row(8, Text("A8", "Bea Smith"), Text("B8", "not an address")) +
            Row(9, Text("A9", "Cy Young")));
        var ws = await Workspace.CreateAsync();

        var (result, source) = await ws.ImportWithSourceAsync(bytes);

        Workspace.AssertAccounted(result);
        Assert.Equal((3L, 2L, 1L), (result.Rows, result.Imported, result.Rejected));
        var rejection = Assert.Single(result.Rejections);
        Assert.Equal((8L, "E-mail"), (rejection.Row, rejection.Column));
        Assert.Equal(3, source.BlankRows);
        Assert.Equal(9 - 3, result.Rows + source.BlankRows);
    }

    [Fact]
    public async Task RaggedRows_ShortRowsAreFine_AValueBeyondTheHeaderRejectsItsRowNamingTheColumn()
    {
        var bytes = Build(
            Row(1, Text("A1", "Name"), Text("B1", "Company"), Text("C1", "Title")) +
            Row(2, Text("A2", "Ada Lovelace")) +
            Row(3, Text("A3", "Bea Smith"), Text("B3", "Contoso"), Text("C3", "Buyer"), Text("E3", "stray")) +
            Row(4, Text("A4", "Cy Young"), Text("D4", " ")));
        var ws = await Workspace.CreateAsync();

        var result = await ws.ImportAsync(bytes);

        Workspace.AssertAccounted(result);
        Assert.Equal((3L, 2L, 1L), (result.Rows, result.Imported, result.Rejected));
        var rejection = Assert.Single(result.Rejections);
        Assert.Equal((3L, "column E"), (rejection.Row, rejection.Column));
        Assert.Contains("'stray'", rejection.Reason, StringComparison.Ordinal);
        Assert.Contains("header", rejection.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HeaderOnly_ImportsNothing()
    {
        var ws = await Workspace.CreateAsync();

        var result = await ws.ImportAsync(Sheet(["Name", "E-mail"]));

        Assert.Equal((0L, false), (result.Rows, result.IsCommitted));
    }

    [Fact]
    public async Task SheetName_ReadsTheNamedSheet()
    {
        var bytes = Build([("Notes", Row(1, Text("A1", "Remark")) + Row(2, Text("A2", "not a lead"))), ("Leads", Row(1, Text("A1", "Name")) + Row(2, Text("A2", "Ada Lovelace")))]);
        var ws = await Workspace.CreateAsync();

        var (result, source) = await ws.ImportWithSourceAsync(bytes, xlsx: new XlsxImportOptions { SheetName = "Leads" });

        Assert.Equal(("Leads", 1L), (source.SheetName, result.Imported));
        Assert.Equal(["Notes", "Leads"], source.SheetNames);
        Assert.Equal("Ada Lovelace", Assert.Single(await ws.LeadsAsync()).Name.FullName);
    }

    [Fact]
    public async Task SheetName_Missing_RefusedListingTheSheets_NothingWritten()
    {
        var ws = await Workspace.CreateAsync();

        var e = await Assert.ThrowsAsync<XlsxFormatException>(() => ws.ImportAsync(Sheet(["Name"], ["Ada Lovelace"]), xlsx: new XlsxImportOptions { SheetName = "Leads" }));

        Assert.Equal(XlsxProblemKind.SheetNotFound, e.Kind);
        Assert.Contains("Sheet1", e.Message, StringComparison.Ordinal);
        Assert.Empty(await ws.LeadsAsync());
    }

    [Fact]
    public async Task EmptySheet_Refused()
    {
        var ws = await Workspace.CreateAsync();

        var e = await Assert.ThrowsAsync<XlsxFormatException>(() => ws.ImportAsync(Build(Row(1) + Row(2, Text("A2", "")))));

        Assert.Equal(XlsxProblemKind.EmptySheet, e.Kind);
    }

    [Theory]
    [InlineData("random")]
    [InlineData("csv")]
    [InlineData("empty")]
    [InlineData("truncated")]
    public async Task NotAWorkbook_RefusedAsSuch_NothingWritten(string what)
    {
        var workbook = Sheet(["Name"], ["Ada Lovelace"]);
        var bytes = what switch
        {
            "random" => [.. Enumerable.Range(0, 3000).Select(i => (byte)(i * 37 % 251))],
            "csv" => Encoding.UTF8.GetBytes("Name,E-mail\r\nAda Lovelace,ada@example.com\r\n"),
            "empty" => [],
            _ => workbook[..(workbook.Length / 2)],
        };
        var ws = await Workspace.CreateAsync();

        var e = await Assert.ThrowsAsync<XlsxFormatException>(() => ws.ImportAsync(bytes));

        Assert.Equal(XlsxProblemKind.NotAWorkbook, e.Kind);
        Assert.Empty(await ws.LeadsAsync());
    }

    [Fact]
    public async Task ZipBomb_Refused_NothingWritten()
    {
        var ms = new MemoryStream();
        ms.Write(Sheet(["Name"], ["Ada Lovelace"]));
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Update, true))
        {
            using var bomb = zip.CreateEntry("xl/media/image1.bin", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1 << 20];
            for (var i = 0; i < 50; i++)
            {
                bomb.Write(zeros);
            }
        }

        var ws = await Workspace.CreateAsync();

        var e = await Assert.ThrowsAsync<XlsxFormatException>(() => ws.ImportAsync(ms.ToArray()));
        var small = await Assert.ThrowsAsync<XlsxFormatException>(() => ws.ImportAsync(Sheet(["Name"], ["Ada Lovelace"]), xlsx: new XlsxImportOptions { MaxUncompressedSize = 1000 }));

        Assert.Equal((XlsxProblemKind.ZipBomb, XlsxProblemKind.ZipBomb), (e.Kind, small.Kind));
        Assert.Contains("MaxCompressionRatio", e.Message, StringComparison.Ordinal);
        Assert.Empty(await ws.LeadsAsync());
    }

    [Fact]
    public async Task Limits_CellRowsColumnsFileSize_RefusedNamingTheRow()
    {
        var bytes = Sheet(["Name", "Notes"], ["Ada Lovelace", "short"], ["Bea Smith", new string('x', 200)], ["Cy Young", "short"]);
        var ws = await Workspace.CreateAsync();

        var cell = await Assert.ThrowsAsync<XlsxFormatException>(() => ws.ImportAsync(bytes, xlsx: new XlsxImportOptions { MaxCellLength = 100 }));
        var rows = await Assert.ThrowsAsync<XlsxFormatException>(() => ws.ImportAsync(bytes, xlsx: new XlsxImportOptions { MaxRows = 3 }));
        var columns = await Assert.ThrowsAsync<XlsxFormatException>(() => ws.ImportAsync(bytes, xlsx: new XlsxImportOptions { MaxColumns = 1 }));
        var size = await Assert.ThrowsAsync<XlsxFormatException>(() => ws.ImportAsync(bytes, xlsx: new XlsxImportOptions { MaxFileSize = 100 }));

        Assert.Equal((XlsxProblemKind.CellTooLong, 3L, 2), (cell.Kind, cell.RowNumber, cell.ColumnNumber));
        Assert.Equal((XlsxProblemKind.TooManyRows, 4L), (rows.Kind, rows.RowNumber));
        Assert.Equal(XlsxProblemKind.TooManyColumns, columns.Kind);
        Assert.Equal(XlsxProblemKind.FileTooLarge, size.Kind);
        Assert.Empty(await ws.LeadsAsync());
        Assert.Equal(3L, (await ws.ImportAsync(bytes, xlsx: new XlsxImportOptions { MaxCellLength = 200, MaxRows = 4 })).Imported);
    }

    [Fact]
    public async Task DryRun_ReportsWhatTheImportWouldDo_WritesNothing()
    {
        var bytes = Sheet(["Name", "E-mail"], ["Ada Lovelace", "ada@example.com"], ["Bea Smith", "bea at example"]);
        var ws = await Workspace.CreateAsync();

        var result = await new LeadImport(ws.Context).DryRunAsync(new XlsxImportSource(new MemoryStream(bytes)));

        Assert.Equal((2L, 1L, 1L, false), (result.Rows, result.Imported, result.Rejected, result.IsCommitted));
        Assert.Empty(await ws.LeadsAsync());
    }

    [Fact]
    public async Task ReimportWithSkip_ImportsNothing()
    {
        var bytes = Sheet(["Name", "E-mail"], ["Ada Lovelace", "ada@example.com"], ["Bea Smith", "bea@example.com"]);
        var ws = await Workspace.CreateAsync();
        await ws.ImportAsync(bytes);

        var again = await ws.ImportAsync(bytes, ImportOptions.Default with { Duplicates = DuplicatePolicy.Skip });

        Assert.Equal((2L, 0L, 2L), (again.Rows, again.Imported, again.Skipped));
        Assert.Equal(2, (await ws.LeadsAsync()).Count);
    }

    [Fact]
    public async Task Stream_DisposedAfterTheRows_UnlessLeftOpen()
    {
        var bytes = Sheet(["Name"], ["Ada Lovelace"]);
        var closed = new MemoryStream(bytes);
        var open = new MemoryStream(bytes);

        await foreach (var _ in new XlsxImportSource(closed).ReadRowsAsync())
        {
        }

        await foreach (var _ in new XlsxImportSource(open, leaveOpen: true).ReadRowsAsync())
        {
        }

        Assert.False(closed.CanRead);
        Assert.True(open.CanRead);
    }

    [Fact]
    public async Task OneWayStream_IsReadToo()
    {
        var ws = await Workspace.CreateAsync();

        var result = await new LeadImport(ws.Context).ImportAsync(new XlsxImportSource(new OneWayStream(Sheet(["Name"], ["Ada Lovelace"]))));

        Assert.Equal(1L, result.Imported);
    }

    [Fact]
    public async Task Rows_ReadOnce_AndNotAfterDisposal()
    {
        var source = new XlsxImportSource(new MemoryStream(Sheet(["Name"], ["Ada Lovelace"])));
        await foreach (var _ in source.ReadRowsAsync())
        {
        }

        await Assert.ThrowsAnyAsync<InvalidOperationException>(async () =>
        {
            await foreach (var _ in source.ReadRowsAsync())
            {
            }
        });
        await Assert.ThrowsAsync<ObjectDisposedException>(async () => await source.ReadColumnsAsync());
    }

    [Fact]
    public void Constructor_ChecksItsArguments()
    {
        Assert.Throws<ArgumentNullException>(() => new XlsxImportSource(null!));
        Assert.Throws<ArgumentException>(() => new XlsxImportSource(new WriteOnlyStream()));
    }

    [Fact]
    public void Options_StandForTheReadersOptions()
    {
        var options = new XlsxImportOptions { SheetName = "Leads", MaxRows = 10, MaxColumns = 20, MaxCellLength = 30, MaxFileSize = 40, MaxUncompressedSize = 50, MaxCompressionRatio = 60 };

        var read = options.ToReadOptions();

        Assert.Equal(("Leads", 10L, 20, 30, 40L, 50L, 60.0), (read.SheetName, read.MaxRows, read.MaxColumns, read.MaxCellLength, read.MaxFileSize, read.MaxUncompressedSize, read.MaxCompressionRatio));
        Assert.Equal(XlsxReadOptions.Default, XlsxImportOptions.Default.ToReadOptions());
    }
}
