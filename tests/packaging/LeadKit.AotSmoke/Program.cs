// Native AOT smoke test of LeadKit's core package: scores a lead, imports a JSON lead file and
// serializes a lead with LeadKit's JSON options, with reflection-based serialization off (as every
// Native AOT application has it). Prints what it did and exits 1 when any expectation fails.
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using LeadKit.Import;
using LeadKit.Leads;
using LeadKit.Operations;
using LeadKit.Querying;
using LeadKit.Scoring;
using LeadKit.Serialization;
using LeadKit.Storage;
using LeadKit.Storage.InMemory;
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
    Expect(!JsonSerializer.IsReflectionEnabledByDefault, "reflection-based JSON is off");

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

    // LeadKit's JSON: the options' metadata of a domain type needs no reflection.
    var leadInfo = (JsonTypeInfo<Lead>)LeadKitJsonOptions.Default.GetTypeInfo(typeof(Lead));
    var json = JsonSerializer.Serialize(lead, leadInfo);
    var read = JsonSerializer.Deserialize(json, leadInfo);
    Expect(read is not null && read.Id == lead.Id && read.FileAs == lead.FileAs && read.CompanyName == "Contoso", $"a lead round-trips through JSON ({json.Length} characters)");

    // A JSON lead file imported into another workspace, scored on the way in.
    var other = Lead.Create(PersonName.Parse("Bo Chen"), clock);
    other.SetCompanyName("Fabrikam");
    var file = $"[{json},{JsonSerializer.Serialize(other, leadInfo)}]";
    var target = (await store.CreateWorkspaceAsync("Imported")).Id;
    await new ScoringProfiles(store, target, clock).AddCriterionAsync("Budget confirmed", Weight.High);
    var context = new OperationContext(store, target, clock) { Rescorer = new ProfileRescorer(clock) };
    using (var stream = new MemoryStream(Encoding.UTF8.GetBytes(file)))
    {
        ImportResult imported = await new LeadImport(context).ImportAsync(new JsonLeadSource(stream), ImportOptions.Default);
        Console.WriteLine($"     {imported.Format}: {imported}");
        Expect(imported.Imported == 2 && imported.Rejected == 0, $"2 leads imported from JSON ({imported.Imported} imported, {imported.Rejected} rejected)");
    }

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
}
catch (Exception e)
{
    Console.WriteLine(e);
    failures.Add($"{e.GetType().Name}: {e.Message}");
}

Console.WriteLine(failures.Count == 0 ? "aot smoke: all expectations met" : $"aot smoke: {failures.Count} expectation(s) failed");
return failures.Count == 0 ? 0 : 1;
