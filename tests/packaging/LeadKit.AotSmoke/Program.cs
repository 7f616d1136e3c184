// Native AOT smoke test of the packages marked IsAotCompatible (LeadKit, LeadKit.Csv, LeadKit.VCard,
// LeadKit.Email): scores a lead with a profile, reads a CSV file (layout detection, format-neutral
// keys) into leads, stores them in the in-memory store and finds one with the filter language, writes
// and reads back a vCard, drafts a lead from an e-mail message, and serializes: a lead through its JSON
// metadata, and the stored leads exported as a JSON file and imported into another workspace. Prints
// what it did and exits 1 when any expectation fails. It is published with no warning allowed.
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using LeadKit.Csv;
using LeadKit.Email;
using LeadKit.Export;
using LeadKit.Import;
using LeadKit.Leads;
using LeadKit.Operations;
using LeadKit.Querying;
using LeadKit.Scoring;
using LeadKit.Serialization;
using LeadKit.Storage;
using LeadKit.Storage.InMemory;
using LeadKit.VCard;
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

try
{
    Expect(!System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported, "running as native code (no dynamic code)");

    IClock clock = SystemClock.Instance;
    var store = new InMemoryLeadKitStore(clock);
    var workspace = (await store.CreateWorkspaceAsync("Sales")).Id;

    // Scoring with a profile.
    var profiles = new ScoringProfiles(store, workspace, clock);
    await profiles.AddCriterionAsync("Budget confirmed", Weight.High);
    await profiles.AddCriterionAsync("Decision maker identified", Weight.Normal);
    ScoringProfile profile = await profiles.GetAsync();
    var now = clock.GetCurrentInstant();
    var lead = Lead.Create(PersonName.Parse("Ann Lee"), clock);
    lead.SetCompanyName("Contoso");
    lead.AddEmail(EmailEntry.Business("ann.lee@contoso.example"));
    lead.CheckCriterion(new CriterionId("budget-confirmed"), now);
    LeadScore score = LeadScorer.Default.Score(lead, profile, now);
    Console.WriteLine($"     {lead.FileAs}: {score}");
    Expect(score.Stars > 0 && score.Stars < score.MaxStars, $"one of two criteria met gives some stars ({score.Stars} of {score.MaxStars})");

    // A CSV file read with LeadKit.Csv's format layer (layout detection, format-neutral keys), each
    // row made into a lead, scored and stored in another workspace.
    var target = (await store.CreateWorkspaceAsync("Imported")).Id;
    var csv = """
        First Name,Last Name,Company,E-mail Address
        Bo,Chen,Fabrikam,bo.chen@fabrikam.example
        Cleo,Diaz,Northwind,cleo@northwind.example
        """;
    var imported = new List<Lead>();
    using (var stream = new MemoryStream(Encoding.UTF8.GetBytes(csv)))
    {
        await using var reader = await CsvTableReader.OpenAsync(stream);
        CsvLayoutMatch match = CsvLayouts.Detect(reader.Header);
        Expect(match.Layout.Name == "outlook", $"the CSV header is Outlook's layout ({match.Layout.Name})");
        await foreach (CsvRow row in reader.ReadRowsAsync())
        {
            var values = match.Layout.Normalize(row).ToDictionary(v => v.Key, v => v.Value);
            var person = Lead.Create(PersonName.Parse($"{values.GetValueOrDefault("first")} {values.GetValueOrDefault("last")}"), clock);
            if (values.GetValueOrDefault("company") is { } company)
            {
                person.SetCompanyName(company);
            }

            if (values.GetValueOrDefault("email") is { } email)
            {
                person.AddEmail(EmailEntry.Business(email));
            }

            imported.Add(person);
        }
    }

    Expect(imported.Count == 2, $"2 rows read from CSV ({imported.Count})");
    await new ScoringProfiles(store, target, clock).AddCriterionAsync("Budget confirmed", Weight.High);
    await using (var unit = await store.BeginAsync(target))
    {
        await new ProfileRescorer(clock).RescoreAsync(unit, imported);
        await unit.Leads.AddAsync(imported);
        await unit.CommitAsync();
    }

    var other = imported[0];
    // The filter language over the store.
    await using (var unit = await store.BeginAsync(target))
    {
        var found = new List<string>();
        await foreach (var match in unit.Leads.QueryAsync(new RecordQuery(Filter.Parse("company = \"Fabrikam\""))))
        {
            found.Add(match.FileAs);
        }

        Expect(found.Count == 1 && found[0] == other.FileAs, $"a filter finds the imported lead ({string.Join(", ", found)})");
    }

    // A vCard written and read back, and a lead drafted from an e-mail message (MimeKit).
    var card = VCardWriter.Write(VCardLeadMapping.ToVCard(lead), VCardVersion.Version40);
    var cards = VCardReader.Parse(card);
    Expect(cards.Count == 1 && card.Contains("Contoso", StringComparison.Ordinal), $"a lead written as a vCard reads back ({cards.Count} card)");
    var eml = "From: \"Lee, Ann\" <ann.lee@contoso.example>\r\nTo: sales@example.com\r\nSubject: Demo\r\n"
        + "Date: Fri, 4 Dec 2026 10:00:00 +0000\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nPlease call me.\r\n";
    using (var message = new MemoryStream(Encoding.UTF8.GetBytes(eml)))
    {
        var draft = await EmailLeadCapture.FromStreamAsync(message, clock);
        Console.WriteLine($"     {draft}");
        Expect(draft.ToString().Contains("ann.lee@contoso.example", StringComparison.Ordinal), "a lead is drafted from an e-mail message");
    }

    // JSON: a lead through LeadKit's metadata (no reflection), then the imported leads exported as a
    // JSON file and that file imported into a third workspace.
    var leadInfo = (JsonTypeInfo<Lead>)LeadKitJsonOptions.Default.GetTypeInfo(typeof(Lead));
    var json = JsonSerializer.Serialize(lead, leadInfo);
    var back = JsonSerializer.Deserialize(json, leadInfo)!;
    Expect(back.Id == lead.Id && back.FileAs == lead.FileAs && back.CreatedAt == lead.CreatedAt, "a lead round-trips through JSON");
    using var file = new MemoryStream();
    await using (var writer = new JsonLeadTarget(file, leaveOpen: true))
    {
        var exported = await new LeadExport(new OperationContext(store, target, clock)).ExportAsync(writer);
        Expect(exported.Rows == 2, $"2 leads exported as JSON ({exported.Rows})");
    }

    file.Position = 0;
    var copies = (await store.CreateWorkspaceAsync("Copies")).Id;
    var result = await new LeadImport(new OperationContext(store, copies, clock)).ImportAsync(new JsonLeadSource(file, leaveOpen: true));
    Expect(result.Imported == 2 && result.Rejected == 0, $"the JSON file imports into another workspace ({result.Imported} imported, {result.Rejected} rejected)");
}
catch (Exception e)
{
    Console.WriteLine(e);
    failures.Add($"{e.GetType().Name}: {e.Message}");
}

Console.WriteLine(failures.Count == 0 ? "aot smoke: all expectations met" : $"aot smoke: {failures.Count} expectation(s) failed");
return failures.Count == 0 ? 0 : 1;
