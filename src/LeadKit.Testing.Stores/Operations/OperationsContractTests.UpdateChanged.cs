using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using LeadKit.Leads;
using LeadKit.Scoring;
using LeadKit.Serialization;
using LeadKit.Storage;
using LeadKit.Testing;
using LeadKit.Tests.Properties;
using LeadKit.Testing.Stores;

namespace LeadKit.Testing.Stores;

/// <content>
/// A field-aware update (<see cref="IRecordRepository{TRecord, TId}.UpdateChangedAsync"/>) against a
/// whole-record one (<see cref="IRecordRepository{TRecord, TId}.UpdateAsync"/>): a store may write only
/// the changed columns and document members (the EF store patches the SQLite document with
/// <c>json_set</c>), and what it stores must read back as the whole record written would.
/// </content>
public abstract partial class OperationsContractTests
{
    /// <summary>
    /// Twin leads (the same generated data under two identifiers) get the same generated edits; one is
    /// saved whole, the other field-aware, in one unit of work. Both read back equal to each other
    /// (every field but the identifier and the modification instant) and to the edited lead (every field but the audit ones).
    /// </summary>
    [StoreFact]
    public void Property_UpdateChanged_ReadsBackAsTheWholeRecordWritten()
    {
        var cases = Arb.From(
            from lead in LeadKitGenerators.Lead()
            from edits in Gen.Choose(1, 4).SelectMany(n => Gen.ArrayOf(EditSpecs(), n))
            from score in Gen.Elements(0, 1, 2)
            select new TwinCase(lead, edits, score),
            c => c.Edits.Length <= 1 ? [] : c.Edits.Select((_, i) => c with { Edits = [.. c.Edits.Where((_, k) => k != i)] }));
        PropertyRunner.Check(PropertyRuns, Prop.ForAll(cases, c => Run(() => TwinsReadBackEqualAsync(c))));
    }

    [StoreFact]
    public async Task UpdateChanged_MembersSetClearedAndAddedWithAScore_ReadsBackAsTheWholeRecordWritten()
    {
        var ws = await NewWorkspaceAsync();
        var lead = NewLead("Ada Lovelace", "Contoso");
        lead.SetJobTitle("Analyst");
        lead.AddEmail(new EmailEntry(EmailKind.Business, EmailAddress.Parse("ada@contoso.example")));
        var twin = Twin(lead);
        await ws.AddLeadsAsync(lead, twin);

        var (whole, patched) = await SaveTwinsAsync(ws, lead.Id, twin.Id, record =>
        {
            record.SetJobTitle(null);
            record.SetCompanyName("Fabrikam");
            record.SetComments("First line");
            record.AddEmail(new EmailEntry(EmailKind.Personal, EmailAddress.Parse("ada@example.org")));
            StoreRecords.SetStoredScore(record, new StoredScore(3, 7, 2, 6, 5));
        });

        Assert.Empty(Differences(whole, patched));
        Assert.Equal((null, "Fabrikam", 3), (patched.JobTitle, patched.CompanyName, patched.Stars));
        Assert.Equal(2, await ws.ReadAsync(u => u.Leads.CountAsync(LeadKit.Querying.Filter.Parse("stars = 3 and email = \"ada@example.org\" and company = \"Fabrikam\""))));
    }

    private async Task<bool> TwinsReadBackEqualAsync(TwinCase scenario)
    {
        var ws = await NewWorkspaceAsync(LeadKitGenerators.SampleSchema);
        var assignee = await ws.AddUserAsync("The assignee");
        var lead = Rekeyed(AsNew(scenario.Lead), []);
        var twin = Twin(lead);
        await ws.AddLeadsAsync(lead, twin);
        var edits = scenario.Edits.Select(e => e.Make(assignee.Id)).ToList();
        var now = Clock.GetCurrentInstant();
        var (whole, patched) = await SaveTwinsAsync(ws, lead.Id, twin.Id, record =>
        {
            foreach (var edit in edits)
            {
                try
                {
                    edit.Field.Editor!.Apply(record, LeadKit.BulkEdit.FieldEdit.Capability(edit.Operation), edit.Value, now);
                }
                catch (LeadKitException)
                {
                    // An edit this lead refuses (the bulk editor would fail the lead): the others still apply.
                }
            }

            if (scenario.Score > 0)
            {
                StoreRecords.SetStoredScore(record, scenario.Score == 1 ? null : new StoredScore(2, 4, 1, 7, 5));
            }
        });

        var differences = Differences(whole, patched);
        Assert.True(differences.Count == 0, string.Join("; ", differences));
        return true;
    }

    /// <summary>Edits both twins the same way, saves the first whole and the second field-aware in one unit of work, and reads both back.</summary>
    private static async Task<(Lead Whole, Lead Patched)> SaveTwinsAsync(TestWorkspace ws, LeadId first, LeadId second, Action<Lead> edit)
    {
        var expected = (Lead?)null;
        await ws.WriteAsync(async u =>
        {
            var whole = await u.Leads.GetAsync(first);
            var original = await u.Leads.GetAsync(second);
            var changed = original.Copy();
            edit(whole);
            edit(changed);
            expected = changed;
            await u.Leads.UpdateAsync([whole]);
            await u.Leads.UpdateChangedAsync([new RecordUpdate<Lead>(original, changed)]);
        });
        var (a, b) = (await ws.GetLeadAsync(first), await ws.GetLeadAsync(second));
        Assert.Empty(DataDifferences(expected!, b));
        return (a, b);
    }

    /// <summary>The same lead under another identifier.</summary>
    private static Lead Twin(Lead lead)
    {
        var node = JsonSerializer.SerializeToNode(lead, LeadKitJsonOptions.Default)!.AsObject();
        node["id"] = LeadId.New().ToString();
        return node.Deserialize<Lead>(LeadKitJsonOptions.Default)!;
    }

    /// <summary>Every difference but the identifier and the modification instant (the test clock moves on with every write).</summary>
    private static List<string> Differences(Lead whole, Lead patched) =>
        [.. RecordComparer.Differences(whole, patched).Where(d => !d.StartsWith("Id:", StringComparison.Ordinal) && !d.StartsWith("ModifiedAt:", StringComparison.Ordinal))];

    /// <summary>A generated lead, generated edits and what to do with its stored score (keep, clear, set).</summary>
    private sealed record TwinCase(Lead Lead, EditSpec[] Edits, int Score)
    {
        public override string ToString() => $"{string.Join("; ", Edits.Select(e => e.Description))}; score {Score}\n{JsonSerializer.Serialize(Lead, LeadKitJsonOptions.Default)}";
    }
}
