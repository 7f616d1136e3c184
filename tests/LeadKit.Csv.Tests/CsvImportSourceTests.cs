using System.IO;
using System.Text;
using LeadKit.Import;
using LeadKit.Leads;

namespace LeadKit.Csv.Tests;

/// <summary>What <see cref="CsvImportSource"/> gives the import: columns and keys, unknown columns, blank and broken rows, neutralised cells, layouts, encodings.</summary>
public sealed class CsvImportSourceTests
{
    private static CsvImportSource Source(string text, CsvImportOptions? options = null) => new(new MemoryStream(Encoding.UTF8.GetBytes(text)), options);

    [Fact]
    public async Task ReadColumns_HeaderNamesWithTheDetectedLayoutsKeys_RepeatedNamesNumbered()
    {
        var source = Source("First Name,Job Title,E-mail Address,Favourite Colour,Favourite Colour,\r\nAnn,CEO,ann@example.com,red,blue,\r\n");

        var columns = await source.ReadColumnsAsync();

        Assert.Equal(
            [("First Name", "first"), ("Job Title", "title"), ("E-mail Address", "email"), ("Favourite Colour", null), ("Favourite Colour#2", null), ("#6", null)],
            columns.Select(c => (c.Name, c.Key)));
        Assert.Equal("outlook", source.Format);
        Assert.Same(CsvLayouts.Outlook, source.Layout);
        Assert.Equal((',', 65001), (source.Delimiter!.Value, source.Encoding!.CodePage));
    }

    [Fact]
    public async Task ReadRows_KeyedValuesAndUnknownCellsWithoutKey_InColumnOrder()
    {
        var source = Source("First Name,Shoe size,E-mail Address,E-mail Type,Gender\r\nAnn,38, ann@example.com ,SMTP,Unspecified\r\n");
        await source.ReadColumnsAsync();

        var row = Assert.Single(await ToListAsync(source.ReadRowsAsync()));

        Assert.Equal(2, row.Row);
        Assert.Empty(row.Problems);
        Assert.Equal(
            [("First Name", "Ann", "first", 0), ("Shoe size", "38", null, 0), ("E-mail Address", "ann@example.com", "email", 1)],
            row.Cells.Select(c => (c.Column, c.Value, c.Key, c.Group)));
    }

    [Fact]
    public async Task Import_UnknownColumns_AreGuessedOrReportedAsNotImported()
    {
        var ws = await Workspace.CreateAsync();

        var result = await ws.ImportTextAsync("Name,E-mail,Shoe size\r\nAda Lovelace,ada@example.com,38\r\nBea Smith,bea@example.com,\r\nCy Young,cy@example.com,41\r\n");

        Workspace.AssertAccounted(result);
        Assert.Equal(("generic", 3L, 3L), (result.Format, result.Rows, result.Imported));
        var lost = Assert.Single(result.NotImported);
        Assert.Equal(("Shoe size", 2L, 2L, (string?)null), (lost.Column, lost.Count, lost.FirstRow, lost.Key));
        Assert.Equal([("Name", "name"), ("E-mail", "email"), ("Shoe size", null)], result.Columns.Select(c => (c.Key, c.Value)));
        Assert.Contains(await ws.LeadsAsync(), l => l.Name.FullName == "Ada Lovelace" && l.Emails.Single().Address.Value == "ada@example.com");
    }

    [Fact]
    public async Task Import_RepeatedColumnName_LaterColumnsGuessedFromTheNameAsWritten()
    {
        var ws = await Workspace.CreateAsync();

        var result = await ws.ImportTextAsync("Name,Phone,Phone\r\nAda Lovelace,+44 20 7946 0000,+44 20 7946 0001\r\n");

        Workspace.AssertAccounted(result);
        Assert.Empty(result.NotImported);
        Assert.Equal(["+44 20 7946 0000", "+44 20 7946 0001"], Assert.Single(await ws.LeadsAsync()).Phones.Select(p => p.Number));
    }

    [Fact]
    public async Task Import_ExtraCellWithAValue_RejectsTheRowNamingTheColumn_TrailingBlankCellsAreHarmless()
    {
        var ws = await Workspace.CreateAsync();

        var result = await ws.ImportTextAsync("Name,Company\r\nAda Lovelace,Analytical,,\r\nBea Smith,Fabrikam, Inc,Chicago\r\n");

        Workspace.AssertAccounted(result);
        Assert.Equal((2L, 1L, 1L), (result.Rows, result.Imported, result.Rejected));
        var rejected = Assert.Single(result.Rejections);
        Assert.Equal((3L, "column 3"), (rejected.Row, rejected.Column));
        Assert.Contains("has 4 cells but the header has 2 columns", rejected.Reason, StringComparison.Ordinal);
        Assert.Contains("' Inc'", rejected.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_BlankRows_AreSkippedAndCounted_RowNumbersStayThoseOfTheFile()
    {
        var ws = await Workspace.CreateAsync();
        var source = Source("Name,E-mail\r\n\r\nAda Lovelace,ada@example.com\r\n , \r\n,\r\nBea Smith,not an address\r\n\r\n");

        var result = await new LeadImport(ws.Context).ImportAsync(source);

        Workspace.AssertAccounted(result);
        Assert.Equal((2L, 1L, 1L), (result.Rows, result.Imported, result.Rejected));
        Assert.Equal(4, source.BlankRows);
        var rejected = Assert.Single(result.Rejections);
        Assert.Equal((6L, "E-mail"), (rejected.Row, rejected.Column));
    }

    [Fact]
    public async Task Import_TextAfterClosingQuote_RejectsTheRow_StrayQuoteIsReadAsWritten()
    {
        var ws = await Workspace.CreateAsync();

        var result = await ws.ImportTextAsync("Name,Job Title\r\nAda Lovelace,\"Countess\"x\r\nBea Smith,6'2\" tall\r\n");

        Workspace.AssertAccounted(result);
        Assert.Equal((2L, 1L, 1L), (result.Rows, result.Imported, result.Rejected));
        var rejected = Assert.Single(result.Rejections);
        Assert.Equal((2L, "Job Title"), (rejected.Row, rejected.Column));
        Assert.Contains("Row 2, column 2", rejected.Reason, StringComparison.Ordinal);
        Assert.Equal("6'2\" tall", Assert.Single(await ws.LeadsAsync()).JobTitle);
    }

    [Fact]
    public async Task Import_BrokenQuotingRefused_StopsWithCsvFormatExceptionNamingTheRow_NothingWritten()
    {
        var ws = await Workspace.CreateAsync();

        var e = await Assert.ThrowsAsync<CsvFormatException>(() => ws.ImportTextAsync(
            "Name,Job Title\r\nAda Lovelace,CEO\r\nBea Smith,\"CTO\"x\r\n",
            csv: new CsvImportOptions { MalformedRows = CsvMalformedRowPolicy.Refuse }));

        Assert.Equal((3L, CsvProblemKind.TextAfterClosingQuote), (e.RowNumber, e.Kind));
        Assert.IsAssignableFrom<LeadKitException>(e);
        Assert.Empty(await ws.LeadsAsync());
    }

    [Fact]
    public async Task Import_BrokenHeader_IsACsvFormatExceptionAtRow1()
    {
        var ws = await Workspace.CreateAsync();

        var e = await Assert.ThrowsAsync<CsvFormatException>(() => ws.ImportTextAsync("Name,\"Job\"Title\r\nAda Lovelace,CEO\r\n"));

        Assert.Equal((1L, 2), (e.RowNumber, e.ColumnNumber));
        Assert.Contains("header", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_EmptyFile_IsACsvFormatException()
    {
        var ws = await Workspace.CreateAsync();

        var e = await Assert.ThrowsAsync<CsvFormatException>(() => ws.ImportAsync([]));

        Assert.Equal(CsvProblemKind.EmptyFile, e.Kind);
    }

    [Fact]
    public async Task Import_NeutralisedCellsOfAForeignLayout_LoseTheirQuoteMark()
    {
        var ws = await Workspace.CreateAsync();

        var result = await ws.ImportTextAsync("First Name,Last Name,Mobile Phone,Notes,Job Title\r\nAda,Lovelace,'+44 20 7946 0000,'=1+2,'Tis I\r\n");

        Workspace.AssertAccounted(result);
        var ada = Assert.Single(await ws.LeadsAsync());
        Assert.Equal(("+44 20 7946 0000", "=1+2", "'Tis I"), (ada.Phones.Single().Number, ada.Comments, ada.JobTitle));
    }

    [Fact]
    public async Task Import_LayoutNamed_OverridesDetection_GenericLeavesEveryColumnToTheMap()
    {
        var ws = await Workspace.CreateAsync();
        var text = "First Name,Last Name,E-mail Address,Business Phone\r\nAda,Lovelace,ada@example.com,+44 20 7946 0000\r\n";

        var result = await ws.ImportTextAsync(text, csv: new CsvImportOptions { Layout = "GENERIC" });

        Workspace.AssertAccounted(result);
        Assert.Equal("generic", result.Format);
        Assert.Equal([("First Name", "first"), ("Last Name", "last"), ("E-mail Address", "email"), ("Business Phone", "phone:business")], result.Columns.Select(c => (c.Key, c.Value)));
        var ada = Assert.Single(await ws.LeadsAsync());
        Assert.Equal(PhoneKind.Business, ada.Phones.Single().Kind);
    }

    [Fact]
    public void Options_UnknownLayout_IsAnArgumentExceptionListingTheNames()
    {
        var e = Assert.Throws<ArgumentException>(() => new CsvImportSource(new MemoryStream([]), new CsvImportOptions { Layout = "hubspot" }));

        Assert.Contains("auto, leadkit, outlook, google, google-legacy, salesforce, thunderbird, act, generic", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_GoogleLabels_GiveKinds_AndTheSavedMapLeavesLabelledColumnsToTheLayout()
    {
        var ws = await Workspace.CreateAsync();
        var text = "First Name,Last Name,Labels,E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value,Shoe size\r\n"
            + "Ada,Lovelace,* myContacts,* Work,ada@example.com,Mobile,+44 7700 900000,38\r\n"
            + "Bea,Smith,,Home,bea@example.com,Work,+1 415 555 0100,40\r\n";

        var result = await ws.ImportTextAsync(text);

        Workspace.AssertAccounted(result);
        Assert.Equal(("google", 2L), (result.Format, result.Imported));
        var leads = await ws.LeadsAsync();
        var ada = Assert.Single(leads, l => l.Name.First == "Ada");
        Assert.Equal((EmailKind.Business, PhoneKind.Mobile), (ada.Emails.Single().Kind, ada.Phones.Single().Kind));
        var bea = Assert.Single(leads, l => l.Name.First == "Bea");
        Assert.Equal((EmailKind.Personal, PhoneKind.Business), (bea.Emails.Single().Kind, bea.Phones.Single().Kind));

        var map = result.ToFieldMap("google");
        Assert.Equal(["Shoe size"], map.Columns.Keys);
        Assert.Null(map.Columns["Shoe size"]);
    }

    [Fact]
    public async Task Import_Windows1252SemicolonFile_IsDetected()
    {
        var ws = await Workspace.CreateAsync();
        var bytes = CsvEncodings.Windows1252.GetBytes("Name;Company;Job Title\r\nZoë Ångström;Café Crème;Directrice générale\r\n");

        var result = await ws.ImportAsync(bytes);

        Workspace.AssertAccounted(result);
        var zoe = Assert.Single(await ws.LeadsAsync());
        Assert.Equal(("Zoë Ångström", "Café Crème", "Directrice générale"), (zoe.Name.FullName, zoe.CompanyName, zoe.JobTitle));
    }

    [Fact]
    public async Task Import_Utf16WithTabs_IsDetected_MultiLineCellsStayInOneRow()
    {
        var ws = await Workspace.CreateAsync();
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Name\tNotes\r\n日本 太郎\t\"line one\r\nline two\"\r\nBea Smith\tx\r\n")).ToArray();

        var result = await ws.ImportAsync(bytes);

        Workspace.AssertAccounted(result);
        Assert.Equal((2L, 2L), (result.Rows, result.Imported));
        Assert.Equal("line one\r\nline two", Assert.Single(await ws.LeadsAsync(), l => l.Name.FullName == "日本 太郎").Comments);
    }

    [Fact]
    public async Task ReadRows_Twice_IsAnInvalidOperation()
    {
        var source = Source("Name\r\nAda\r\n", null);
        await ToListAsync(source.ReadRowsAsync());

        await Assert.ThrowsAnyAsync<InvalidOperationException>(() => ToListAsync(source.ReadRowsAsync()));
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }
}
