using System.IO;
using FsCheck;
using FsCheck.Fluent;
using LeadKit.Tests.Properties;
using LeadKit.BulkEdit;
using LeadKit.Import;
using LeadKit.Leads;
using LeadKit.Operations;
using LeadKit.Querying;
using LeadKit.Storage;
using LeadKit.Testing;
using LeadKit.Tests.Import;
using LeadKit.Testing.Stores;

namespace LeadKit.Testing.Stores;

/// <content>Imports (<see cref="LeadImport"/>) on every store: accounting, duplicates, merge policies, dry run, undo.</content>
public abstract partial class OperationsContractTests
{
    private static readonly string[] PeopleHeader = ["First Name", "Last Name", "E-mail", "Company", "Job Title", "Mobile"];

    private static TableSource People(params string[][] rows) => new(PeopleHeader, rows);

    [StoreFact]
    public async Task Import_NewRows_CreatesLeadsWithTheirFieldsAndRecordsAnUndoableOperation()
    {
        var ws = await NewWorkspaceAsync();
        var source = People(
            ["Ada", "Lovelace", "ada@example.com", "Analytical", "Countess", "+44 20 7946 0000"],
            ["Bea", "Smith", "bea@example.com", "Fabrikam", "", ""]);

        var result = await new LeadImport(ws.Context).ImportAsync(source);

        Assert.Equal((2L, 2L, 0L, 0L, 0L), (result.Rows, result.Imported, result.Merged, result.Skipped, result.Rejected));
        Assert.True(result.IsCommitted);
        var leads = await ws.ReadAsync(u => ToListAsync(u.Leads.QueryAsync(RecordQuery.All)));
        var ada = Assert.Single(leads, l => l.Name.First == "Ada");
        Assert.Equal(("Ada Lovelace", "Analytical", "Countess"), (ada.Name.FullName, ada.CompanyName, ada.JobTitle));
        Assert.Equal("ada@example.com", Assert.Single(ada.Emails).Address.Value);
        Assert.Equal(PhoneKind.Mobile, Assert.Single(ada.Phones).Kind);
        var summary = (await ws.ReadAsync(u => u.Operations.FindAsync(result.Operation!.Value)))!;
        Assert.Equal((OperationKind.Import, 2), (summary.Kind, summary.Count));
    }

    [StoreFact]
    public async Task Import_ThenUndoOperation_DeletesTheCreatedLeadsAndRestoresTheUpdatedOnes()
    {
        var ws = await NewWorkspaceAsync();
        var existing = NewLead("Cy Young", "Contoso");
        existing.AddEmail(new EmailEntry(EmailKind.Business, EmailAddress.Parse("cy@example.com")));
        await ws.AddLeadsAsync(existing);
        var before = await ws.GetLeadAsync(existing.Id);
        var source = People(
            ["Ada", "Lovelace", "ada@example.com", "Analytical", "", ""],
            ["Cy", "Young", "CY@example.com", "Contoso", "Buyer", ""]);

        var result = await new LeadImport(ws.Context).ImportAsync(source, ImportOptions.Default with { Duplicates = DuplicatePolicy.Update });
        Assert.Equal((1L, 1L), (result.Imported, result.Merged));
        Assert.Equal("Buyer", (await ws.GetLeadAsync(existing.Id)).JobTitle);

        var undo = await new BulkEditor(ws.Context).UndoOperationAsync(result.Operation!.Value);

        Assert.True(undo.Report.IsCommitted, undo.Report.ToString());
        var leads = await ws.ReadAsync(u => ToListAsync(u.Leads.QueryAsync(RecordQuery.All)));
        var after = Assert.Single(leads);
        Assert.Empty(DataDifferences(before, after));
        Assert.NotNull((await ws.ReadAsync(u => u.Operations.FindAsync(result.Operation!.Value)))!.UndoneBy);
    }

    [StoreFact]
    public async Task Import_DuplicatesWithSkip_ReimportingTheSameFileImportsNothing()
    {
        var ws = await NewWorkspaceAsync();
        var rows = new[] { new[] { "Ada", "Lovelace", "ada@example.com", "Analytical", "", "" }, ["Bea", "Smith", "", "Fabrikam", "", "+1 415 555 0100"] };
        await new LeadImport(ws.Context).ImportAsync(People(rows));

        var again = await new LeadImport(ws.Context).ImportAsync(People(rows), ImportOptions.Default with { Matching = new() { DefaultRegion = "US" } });

        Assert.Equal((2L, 0L, 2L), (again.Rows, again.Imported, again.Skipped));
        Assert.Null(again.Operation);
        Assert.All(again.Outcomes, o => Assert.Contains("duplicate of lead", o.Reason, StringComparison.Ordinal));
        Assert.Equal(2, await ws.ReadAsync(u => u.Leads.CountAsync()));
    }

    [StoreFact]
    public async Task Import_DuplicateWithinTheFile_IsSkippedNamingTheEarlierRow()
    {
        var ws = await NewWorkspaceAsync();
        var source = People(
            ["Ada", "Lovelace", "ada@example.com", "", "", ""],
            ["A.", "Lovelace", "Ada@Example.com", "", "", ""]);

        var result = await new LeadImport(ws.Context).ImportAsync(source);

        Assert.Equal((1L, 1L), (result.Imported, result.Skipped));
        var skipped = Assert.Single(result.Outcomes);
        Assert.Equal(3, skipped.Row);
        Assert.Contains("duplicate of row 2", skipped.Reason, StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task Import_InvalidValue_RejectsTheRowNamingRowAndColumn_AndImportsTheRest()
    {
        var ws = await NewWorkspaceAsync();
        var source = new TableSource(["Name", "E-mail", "Birthday"], ["Ada Lovelace", "not an address", ""], ["Bea Smith", "bea@example.com", "1970-11-15"], ["", "", ""]);

        var result = await new LeadImport(ws.Context).ImportAsync(source);

        Assert.Equal((3L, 1L, 2L), (result.Rows, result.Imported, result.Rejected));
        Assert.Equal(result.Rows, result.Imported + result.Merged + result.Skipped + result.Rejected);
        var bad = result.Rejections.First();
        Assert.Equal((2L, "E-mail"), (bad.Row!.Value, bad.Column));
        Assert.Equal(4, result.Rejections.Last().Row);
        var bea = Assert.Single(await ws.ReadAsync(u => ToListAsync(u.Leads.QueryAsync(RecordQuery.All))));
        Assert.Equal(new NodaTime.LocalDate(1970, 11, 15), bea.Birthday);
    }

    [StoreFact]
    public async Task Import_RatingNotOnTheWorkspaceList_RejectsTheRowNamingTheColumn_InTheDryRunAndTheImportAlike()
    {
        var ws = await NewWorkspaceAsync();
        await ws.WriteAsync(u => u.Picklists.SaveAsync(PicklistKind.Ratings, new Picklist(["Warm", "Cold"])));
        var context = ws.With(new PicklistRules());
        TableSource Source() => new(["Name", "E-mail", "Rating"], ["Ada Lovelace", "ada@example.com", "Hot"], ["Bea Smith", "bea@example.com", "warm"], ["Ada Lovelace", "ada@example.com", "Hot"]);

        var dry = await new LeadImport(context).DryRunAsync(Source());
        var real = await new LeadImport(context).ImportAsync(Source(), ImportOptions.Default with { Duplicates = DuplicatePolicy.Update, UpdateMode = UpdateMode.Overwrite });

        Assert.Equal((3L, 1L, 2L), (dry.Rows, dry.Imported, dry.Rejected));
        Assert.Equal((3L, 1L, 2L), (real.Rows, real.Imported, real.Rejected));
        var refused = real.Rejections.First();
        Assert.Equal((2L, "Rating"), (refused.Row!.Value, refused.Column));
        Assert.Contains("the rating 'Hot' is not on the workspace's rating list (Warm, Cold)", refused.Reason, StringComparison.OrdinalIgnoreCase);
        var bea = Assert.Single(await ws.ReadAsync(u => ToListAsync(u.Leads.QueryAsync(RecordQuery.All))));
        Assert.Equal("warm", bea.Rating!.Name);
    }

    [StoreFact]
    public async Task Import_UpdateGivingTheMatchedLeadARatingNotOnTheList_RejectsTheRow_TheLeadKeepsItsValues()
    {
        var ws = await NewWorkspaceAsync();
        await ws.WriteAsync(u => u.Picklists.SaveAsync(PicklistKind.Ratings, new Picklist(["Warm"])));
        var context = ws.With(new PicklistRules());
        await new LeadImport(context).ImportAsync(new TableSource(["Name", "E-mail", "Rating"], ["Ada Lovelace", "ada@example.com", "Warm"]));

        var result = await new LeadImport(context).ImportAsync(
            new TableSource(["Name", "E-mail", "Rating", "Job title"], ["Ada Lovelace", "ada@example.com", "Hot", "Engineer"]),
            ImportOptions.Default with { Duplicates = DuplicatePolicy.Update, UpdateMode = UpdateMode.Overwrite });

        Assert.Equal((1L, 0L, 1L), (result.Rows, result.Merged, result.Rejected));
        Assert.Equal("Rating", result.Rejections.Single().Column);
        var ada = Assert.Single(await ws.ReadAsync(u => ToListAsync(u.Leads.QueryAsync(RecordQuery.All))));
        Assert.Equal(("Warm", null), (ada.Rating!.Name, ada.JobTitle));
    }

    [StoreFact]
    public async Task Import_DryRun_ReportsTheSameCountsAndWritesNothing()
    {
        var ws = await NewWorkspaceAsync();
        var source = People(["Ada", "Lovelace", "ada@example.com", "", "", ""], ["Ada", "L", "ada@example.com", "", "", ""]);

        var result = await new LeadImport(ws.Context).DryRunAsync(source);

        Assert.Equal((1L, 1L, true, false), (result.Imported, result.Skipped, result.IsDryRun, result.IsCommitted));
        Assert.Equal(0, await ws.ReadAsync(u => u.Leads.CountAsync()));
    }

    [StoreFact]
    public async Task Import_UnknownColumn_IsCountedAsNotImported_NeverDroppedSilently()
    {
        var ws = await NewWorkspaceAsync();
        var source = new TableSource(["Name", "Shoe size"], ["Ada Lovelace", "38"], ["Bea Smith", "40"]);

        var result = await new LeadImport(ws.Context).ImportAsync(source);

        var lost = Assert.Single(result.NotImported);
        Assert.Equal(("Shoe size", 2L, 2L), (lost.Column, lost.Count, lost.FirstRow));
        Assert.Contains(result.Columns, c => c.Key == "Shoe size" && c.Value is null);
    }

    [StoreFact]
    public async Task Import_UpdateFillEmpty_KeepsValuesTheLeadHas_OverwriteReplacesThem()
    {
        var ws = await NewWorkspaceAsync();
        var lead = NewLead("Ada Lovelace", "Analytical");
        lead.AddEmail(new EmailEntry(EmailKind.Business, EmailAddress.Parse("ada@example.com")));
        await ws.AddLeadsAsync(lead);
        var row = new[] { "Ada", "Lovelace", "ada@example.com", "Babbage & Co", "Countess", "" };

        var fill = await new LeadImport(ws.Context).ImportAsync(People(row), ImportOptions.Default with { Duplicates = DuplicatePolicy.Update });
        var filled = await ws.GetLeadAsync(lead.Id);
        var overwrite = await new LeadImport(ws.Context).ImportAsync(People(row), ImportOptions.Default with { Duplicates = DuplicatePolicy.Update, UpdateMode = UpdateMode.Overwrite });
        var overwritten = await ws.GetLeadAsync(lead.Id);

        Assert.Equal(1L, fill.Merged);
        Assert.Equal(("Analytical", "Countess"), (filled.CompanyName, filled.JobTitle));
        Assert.Equal(1L, overwrite.Merged);
        Assert.Equal("Babbage & Co", overwritten.CompanyName);
    }

    [StoreFact]
    public async Task Import_BlankCellsWithClear_ClearTheMappedFieldsOfTheMatchedLead()
    {
        var ws = await NewWorkspaceAsync();
        var lead = NewLead("Ada Lovelace", "Analytical");
        lead.SetJobTitle("Countess");
        lead.AddEmail(new EmailEntry(EmailKind.Business, EmailAddress.Parse("ada@example.com")));
        await ws.AddLeadsAsync(lead);
        var row = new[] { "Ada", "Lovelace", "ada@example.com", "Analytical", "", "" };

        var ignored = await new LeadImport(ws.Context).ImportAsync(People(row), ImportOptions.Default with { Duplicates = DuplicatePolicy.Update });
        var cleared = await new LeadImport(ws.Context).ImportAsync(People(row), ImportOptions.Default with { Duplicates = DuplicatePolicy.Update, Blanks = BlankCellPolicy.Clear });

        Assert.Equal((0L, 1L), (ignored.Merged, ignored.Skipped));
        Assert.Equal(1L, cleared.Merged);
        Assert.Null((await ws.GetLeadAsync(lead.Id)).JobTitle);
    }

    [StoreFact]
    public async Task Import_AllOrNothingWithARejectedRow_WritesNothingAndAccountsForEveryRow()
    {
        var ws = await NewWorkspaceAsync();
        var source = new TableSource(["Name", "E-mail"], ["Ada Lovelace", "ada@example.com"], ["Bea Smith", "@@"]);

        var result = await new LeadImport(ws.Context).ImportAsync(source, ImportOptions.Default with { RejectedRows = FailurePolicy.AllOrNothing });

        Assert.False(result.IsCommitted);
        Assert.Equal((2L, 0L, 1L, 1L), (result.Rows, result.Imported, result.Skipped, result.Rejected));
        Assert.Equal(0, await ws.ReadAsync(u => u.Leads.CountAsync()));
    }

    [StoreFact]
    public async Task Import_UpdateWithASecondMailingAddress_JoinsWithoutTheFlag_TheLeadKeepsItsOwn()
    {
        var ws = await NewWorkspaceAsync();
        var lead = NewLead("Ada Lovelace");
        lead.AddEmail(new EmailEntry(EmailKind.Business, EmailAddress.Parse("ada@example.com")));
        lead.AddAddress(new PostalAddress(AddressKind.Home, "1 Old Road", null, "Bath", null, null, null, true));
        await ws.AddLeadsAsync(lead);
        TableSource Source(params string[][] rows)
        {
            var source = new TableSource(["Name", "E-mail", "Street", "Mailing"], rows);
            source.Keys["Street"] = "address:business.street";
            source.Keys["Mailing"] = "address:business.mailing";
            return source;
        }

        var fill = await new LeadImport(ws.Context).ImportAsync(Source(["Ada Lovelace", "ada@example.com", "2 New Road", "yes"]), ImportOptions.Default with { Duplicates = DuplicatePolicy.Update });
        var filled = await ws.GetLeadAsync(lead.Id);
        var overwrite = await new LeadImport(ws.Context).ImportAsync(Source(["Ada Lovelace", "ada@example.com", "5 Other Road", "yes"]), ImportOptions.Default with { Duplicates = DuplicatePolicy.Update, UpdateMode = UpdateMode.Overwrite });
        var overwritten = await ws.GetLeadAsync(lead.Id);

        // Two rows of one file for the same person, each with a mailing address: the second merges into the first.
        var file = await new LeadImport(ws.Context).ImportAsync(
            Source(["Bea Smith", "bea@example.com", "3 First Road", "yes"], ["Bea Smith", "bea@example.com", "4 Second Road", "yes"]),
            ImportOptions.Default with { Duplicates = DuplicatePolicy.Update });

        Assert.True(fill.Merged == 1, fill + ": " + string.Join("; ", fill.Outcomes) + string.Join("; ", fill.NotImported));
        Assert.Equal([("1 Old Road", true), ("2 New Road", false)], filled.Addresses.Select(a => (a.Street, a.IsMailing)));
        Assert.Equal(1L, overwrite.Merged);
        Assert.Equal([("1 Old Road", true), ("2 New Road", false), ("5 Other Road", false)], overwritten.Addresses.Select(a => (a.Street, a.IsMailing)));
        Assert.Equal((2L, 1L, 1L, 0L), (file.Rows, file.Imported, file.Merged, file.Rejected));
        var bea = Assert.Single(await ws.ReadAsync(u => ToListAsync(u.Leads.QueryAsync(RecordQuery.All))), l => l.Name.FullName == "Bea Smith");
        Assert.Equal([("3 First Road", true), ("4 Second Road", false)], bea.Addresses.Select(a => (a.Street, a.IsMailing)));
    }

    [StoreFact]
    public async Task Import_AssigneeByDisplayName_IsResolved_UnknownNameRejectsTheRow()
    {
        var ws = await NewWorkspaceAsync();
        var priya = await ws.AddUserAsync("Priya Raman");
        var source = new TableSource(["Name", "Owner"], ["Ada Lovelace", "Priya Raman"], ["Bea Smith", "Nobody Here"]);

        var result = await new LeadImport(ws.Context).ImportAsync(source);

        Assert.Equal((1L, 1L), (result.Imported, result.Rejected));
        Assert.Equal("Owner", result.Rejections.Single().Column);
        Assert.Equal(priya.Id, Assert.Single(await ws.ReadAsync(u => ToListAsync(u.Leads.QueryAsync(RecordQuery.All)))).AssignedTo);
    }
}

/// <content>Round-trip laws of import and export.</content>
public abstract partial class OperationsContractTests
{
    /// <summary>
    /// Export → import reproduces arbitrary leads: LeadKit's JSON written by <see cref="LeadKit.Export.JsonLeadTarget"/>
    /// and read by <see cref="JsonLeadSource"/> into another workspace with the same custom fields gives
    /// leads whose shared fields and custom-field values equal the originals
    /// (<see cref="LeadKit.Testing.RecordComparer.SharedDifferences"/>); identity, audit fields and
    /// references to the first workspace's members (assignee, referrer, account) are the new
    /// workspace's own, so the generated leads have none. A blank custom text reads back as no value
    /// (a blank cell); every other value, white space included, is kept exactly.
    /// </summary>
    [StoreFact]
    public void Property_ExportThenImport_Json_ReproducesTheLeads()
    {
        var cases = Arb.From(Gen.Choose(1, 4).SelectMany(n => Gen.ArrayOf(LeadKitGenerators.Lead(), n)));
        PropertyRunner.Check(PropertyRuns, Prop.ForAll(cases, leads => Run(() => ExportThenImportAsync(leads))));
    }

    private async Task<bool> ExportThenImportAsync(Lead[] generated)
    {
        var map = new Dictionary<string, string>();
        var leads = generated.Select(l => AsNew(Rekeyed(l, map))).ToArray();
        foreach (var lead in leads)
        {
            lead.SetAssignedTo(null);
            lead.SetInitiatedBy(null);
            lead.LinkAccount(null);
        }

        var from = await NewWorkspaceAsync(LeadKitGenerators.SampleSchema);
        await from.AddLeadsAsync(leads);
        using var file = new MemoryStream();
        await using (var target = new LeadKit.Export.JsonLeadTarget(file, leaveOpen: true))
        {
            await new LeadKit.Export.LeadExport(from.Context).ExportAsync(target);
        }

        file.Position = 0;
        var to = await NewWorkspaceAsync(LeadKitGenerators.SampleSchema);
        var result = await new LeadImport(to.Context).ImportAsync(new JsonLeadSource(file), ImportOptions.Default with { Duplicates = DuplicatePolicy.Import });
        Assert.True(result.Imported == leads.Length, string.Join("\n", result.Outcomes) + string.Join("\n", result.NotImported));
        var imported = await to.ReadAsync(u => ToListAsync(u.Leads.QueryAsync(RecordQuery.All)));
        var stored = await from.ReadAsync(u => ToListAsync(u.Leads.QueryAsync(RecordQuery.All)));
        foreach (var original in stored)
        {
            var copy = imported.Where(i => i.Name.FullName == original.Name.FullName).Select(i => (Lead: i, Differences: DifferencesOf(original, i))).OrderBy(c => c.Differences.Count).First();
            Assert.True(copy.Differences.Count == 0, string.Join("\n", copy.Differences));
        }

        Assert.Empty(result.NotImported);
        return true;
    }

    private static List<string> DifferencesOf(Lead expected, Lead actual)
    {
        var differences = RecordComparer.SharedDifferences(expected, actual).ToList();
        // A blank custom text is a blank cell in every tabular format, so it reads back as no value.
        var custom = expected.CustomFields.Where(c => !(c.Value.Type == LeadKit.CustomFields.CustomFieldType.Text && string.IsNullOrWhiteSpace(c.Value.AsText)))
            .OrderBy(c => c.Key).Select(c => $"{c.Key}={c.Value}").ToList();
        var actualCustom = actual.CustomFields.OrderBy(c => c.Key).Select(c => $"{c.Key}={c.Value}").ToList();
        if (!custom.SequenceEqual(actualCustom))
        {
            differences.Add($"CustomFields: expected {string.Join(", ", custom)}, actual {string.Join(", ", actualCustom)}");
        }

        return differences;
    }
}
