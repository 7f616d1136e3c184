// A LeadKit user's program, built against the packed packages: scores a lead with a profile, keeps
// leads in a SQLite file, imports a CSV file and runs a report. Prints what it did and exits 1 when
// any expectation fails.
using System.Reflection;
using System.Text.Json;
using LeadKit.Csv;
using LeadKit.EntityFrameworkCore;
using LeadKit.Import;
using LeadKit.Leads;
using LeadKit.Operations;
using LeadKit.Reporting;
using LeadKit.Reports;
using LeadKit.Scoring;
using LeadKit.Serialization;
using NodaTime;

var failures = new List<string>();
void Expect(bool condition, string what)
{
    Console.WriteLine($"{(condition ? "ok  " : "FAIL")} {what}");
    if (!condition)
    {
        failures.Add(what);
    }
}

var folder = Directory.CreateTempSubdirectory("leadkit-consumer-");
try
{
    Console.WriteLine($"LeadKit {typeof(Lead).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion}");
    IClock clock = SystemClock.Instance;

    // A SQLite store file, created and migrated by InitializeAsync.
    var database = Path.Combine(folder.FullName, "crm.db");
    await using (var store = EfLeadKitStore.UseSqlite(database, clock))
    {
        await store.InitializeAsync();
        var workspace = (await store.CreateWorkspaceAsync("Sales")).Id;

        // Scoring with a profile.
        var profiles = new ScoringProfiles(store, workspace, clock);
        await profiles.AddCriterionAsync("Budget confirmed", Weight.High);
        await profiles.AddCriterionAsync("Decision maker identified", Weight.Normal);
        ScoringProfile profile = await profiles.GetAsync();
        Expect(profile.Criteria.Length == 2, $"the profile has 2 criteria ({profile.Criteria.Length})");

        var now = clock.GetCurrentInstant();
        var lead = Lead.Create(PersonName.Parse("Ann Lee"), clock);
        lead.SetCompanyName("Contoso");
        lead.AddEmail(EmailEntry.Business("ann.lee@contoso.example"));
        LeadScore before = LeadScorer.Default.Score(lead, profile, now);
        lead.CheckCriterion(new CriterionId("budget-confirmed"), now);
        lead.CheckCriterion(new CriterionId("decision-maker-identified"), now);
        LeadScore after = LeadScorer.Default.Score(lead, profile, now);
        Console.WriteLine($"     {lead.FileAs}: {before.ToStarText()} before, {after.ToStarText()} with both criteria met");
        Expect(after.Stars == after.MaxStars, $"every criterion met gives the most stars ({after.Stars} of {after.MaxStars})");
        Expect(before.Stars < after.Stars, $"no criterion met gives fewer stars ({before.Stars})");
        Console.WriteLine(LeadScorer.Default.Explain(lead, profile, now));

        var rescorer = new ProfileRescorer(clock);
        await using (var unit = await store.BeginAsync(workspace))
        {
            await rescorer.RescoreAsync(unit, [lead]);
            await unit.Leads.AddAsync([lead]);
            await unit.CommitAsync();
        }

        await using (var unit = await store.BeginAsync(workspace))
        {
            var stored = await unit.Leads.GetAsync(lead.Id);
            Expect(stored.FileAs == lead.FileAs && stored.CompanyName == "Contoso", $"the lead reads back from {Path.GetFileName(database)} ({stored.FileAs}, {stored.CompanyName})");
        }

        // LeadKit's JSON format, through its options.
        var json = JsonSerializer.Serialize(lead, LeadKitJsonOptions.Default);
        var read = JsonSerializer.Deserialize<Lead>(json, LeadKitJsonOptions.Default);
        Expect(read is not null && read.Id == lead.Id && read.FileAs == lead.FileAs, $"the lead round-trips through JSON ({json.Length} characters)");

        // A CSV import (Outlook's layout), the file written here.
        var csv = Path.Combine(folder.FullName, "contacts.csv");
        await File.WriteAllTextAsync(csv, """
            First Name,Last Name,Company,E-mail Address,Job Title
            Bo,Chen,Fabrikam,bo.chen@fabrikam.example,Buyer
            Cleo,Diaz,Fabrikam,cleo.diaz@fabrikam.example,CTO
            Dev,Evans,Northwind,dev@northwind.example,
            """);
        var context = new OperationContext(store, workspace, clock) { Rescorer = rescorer };
        await using (var file = File.OpenRead(csv))
        {
            var source = new CsvImportSource(file, new CsvImportOptions { Layout = "auto" }, leaveOpen: true);
            ImportResult imported = await new LeadImport(context).ImportAsync(source, ImportOptions.Default);
            Console.WriteLine($"     {imported.Format}: {imported}");
            Expect(imported.Format == "outlook", $"the CSV file is read as Outlook's layout ({imported.Format})");
            Expect(imported.Imported == 3 && imported.Rejected == 0 && imported.IsCommitted, $"3 rows imported, none rejected ({imported.Imported} imported, {imported.Rejected} rejected)");
        }

        // A report over the store.
        var reports = new LeadReports(store, workspace);
        ReportResult byScore = await reports.RunBuiltInAsync(BuiltInReport.ByScore);
        Console.Write(ReportRenderer.Render(byScore, ReportFormat.Table));
        Expect(byScore.Count == 4, $"the report counts the 4 stored leads ({byScore.Count})");
        Expect(byScore.Groups.Sum(g => g.Count) == 4, "the report's groups add up to its count");
        var csvReport = ReportRenderer.Render(byScore, ReportFormat.Csv);
        Expect(csvReport.Length > 0, "the report renders as CSV");
    }
}
catch (Exception e)
{
    Console.WriteLine(e);
    failures.Add($"{e.GetType().Name}: {e.Message}");
}
finally
{
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    folder.Delete(recursive: true);
}

Console.WriteLine(failures.Count == 0 ? "consumer: all expectations met" : $"consumer: {failures.Count} expectation(s) failed");
return failures.Count == 0 ? 0 : 1;
