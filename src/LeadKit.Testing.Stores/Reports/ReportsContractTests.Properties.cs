using LeadKit.Tests.Reports;
using FsCheck;
using FsCheck.Fluent;
using LeadKit.CustomFields;
using LeadKit.Leads;
using LeadKit.Querying;
using LeadKit.Reporting;
using LeadKit.Reports;
using LeadKit.Storage;
using LeadKit.Storage.InMemory;
using LeadKit.Tests.Properties;
using LeadKit.Testing.Stores;
using LeadKit.Testing.Stores.Faults;
using NodaTime;

namespace LeadKit.Testing.Stores;

/// <content>
/// Properties over generated leads and definitions. Each case runs in a workspace of its own, with
/// fresh user and lead ids (identifiers are unique across workspaces, and FsCheck replays values
/// when it shrinks).
/// </content>
public abstract partial class ReportsContractTests
{
    private static readonly CustomFieldDefinition Employees = new(RecordKind.Lead, "Employees", CustomFieldType.WholeNumber);

    private static readonly RecordField[] GroupFields =
    [
        RecordField.AssignedTo, RecordField.Rating, RecordField.Company, RecordField.Source, RecordField.Stars, RecordField.ManualStars,
        RecordField.ScoreType, RecordField.Converted, RecordField.Custom("Region"), RecordField.Custom("Employees"),
    ];

    private static readonly ReportTotal[] TotalChoices =
    [
        ReportTotal.Sum(RecordField.Stars), ReportTotal.Average(RecordField.Stars), ReportTotal.Average(RecordField.ManualStars),
        ReportTotal.Sum(RecordField.Custom("Employees")), ReportTotal.Average(RecordField.ScorePoints),
    ];

    private static readonly Filter[] Conditions =
    [
        Filter.Parse("rating = \"hot\""), Filter.Parse("stars >= 3"), Filter.Parse("assignedTo is empty"), Filter.Parse("company starts-with \"con\""),
        Filter.Parse("custom.Employees > 1"), Filter.Parse("source = \"Web\""), Filter.Parse("custom.Region is empty"), Filter.Parse("rating in (\"warm\", \"COLD\")"),
        Filter.Parse("manualStars < 2"), Filter.Parse("converted = false"),
    ];

    private static Gen<LeadSpec> LeadSpecs { get; } =
        from user in Gen.Choose(-1, 2)
        from rating in Gen.Elements<string?>(null, "Hot", "hot", "Warm", "COLD", "Cold")
        from company in Gen.Elements<string?>(null, "Contoso", "contoso", "Fabrikam")
        from source in Gen.Elements<string?>(null, "Web", "Trade Show")
        from stars in Gen.Elements<int?>(null, 0, 1, 3, 5)
        from region in Gen.Elements<string?>(null, "North", "north", "South")
        from employees in Gen.Elements<int?>(null, 0, 2, 7)
        select new LeadSpec(user, rating, company, source, stars, region, employees);

    private static Gen<Filter> Filters { get; } = Gen.Sized(size => FilterOf(Math.Min(size, 6)));

    private static Gen<ReportDefinition> Definitions { get; } =
        from fields in Gen.Shuffle(GroupFields)
        from levels in Gen.Choose(0, 3)
        from orders in Gen.ArrayOf(Gen.Elements(GroupOrder.Ascending, GroupOrder.Descending, GroupOrder.LargestFirst), 3)
        from filter in Filters
        from totals in Gen.Shuffle(TotalChoices)
        from totalCount in Gen.Choose(0, 3)
        select ReportDefinition.Create(
            fields.Take(levels).Select((f, i) => new GroupLevel(f, orders[i])),
            filter,
            SortSpec.Parse("stars:desc,name"),
            [RecordField.FullName, RecordField.AssignedTo, RecordField.Rating, RecordField.Custom("Employees")],
            totals.Take(totalCount));

    private static Arbitrary<ReportCase> Cases { get; } = Arb.From(
        from leads in Gen.Choose(0, 25).SelectMany(n => Gen.ArrayOf(LeadSpecs, n))
        from definition in Definitions
        select new ReportCase(leads, definition),
        c => c.Leads.Select((_, i) => c with { Leads = [.. c.Leads.Where((_, j) => j != i)] }));

    /// <summary>
    /// For any leads and any definition: the store's result equals the streaming fallback's on the
    /// same store and the in-memory store's on the same data; the report's count is the filtered
    /// total (<see cref="IRecordRepository{TRecord, TId}.CountAsync"/>); the counts of every level's
    /// groups add up to the group above; each last-level group's filter selects exactly its records.
    /// </summary>
    [StoreFact]
    public void Property_GroupCountsAddUp_AndEveryStoreAgrees()
    {
        PropertyRunner.Check(PropertyRuns, Prop.ForAll(Cases, c => Run(() => HoldsAsync(c))));
    }

    /// <summary>Any saved report (any definition, made from a built-in or not) reads back from the store equal, under any spelling of its name.</summary>
    [StoreFact]
    public void Property_SavedReport_RoundTripsThroughTheStore()
    {
        var reports = Arb.From(
            from definition in ReportGenerators.Definition
            from basedOn in Gen.Elements<BuiltInReport?>(null, BuiltInReport.ByAssigned, BuiltInReport.ByScore)
            from name in Gen.Elements("Hot leads", "Ünïcode – report", "a", "x (copy) 2")
            select new SavedReport(name, definition, basedOn));
        PropertyRunner.Check(PropertyRuns, Prop.ForAll(reports, report => Run(async () =>
        {
            var store = await CreateStoreAsync(Clock);
            await store.InitializeAsync();
            var workspace = (await store.CreateWorkspaceAsync("Saved " + Guid.NewGuid().ToString("N"))).Id;
            await using (var unit = await store.BeginAsync(workspace))
            {
                await unit.SavedReports.SaveAsync(report);
                await unit.CommitAsync();
            }

            await using var read = await store.BeginAsync(workspace);
            return report.Equals(await read.SavedReports.FindAsync(report.Name.ToUpperInvariant()))
                && (await read.SavedReports.ListAsync()).SequenceEqual([report]);
        })));
    }

    private static Gen<Filter> FilterOf(int size) => size <= 1
        ? Gen.Frequency((1, Gen.Constant(Filter.All)), (6, Gen.Elements(Conditions)))
        : Gen.Frequency(
            (4, FilterOf(1)),
            (1, from f in FilterOf(size / 2) select Filter.Not(f)),
            (1, from f in FilterOf(size / 2) from g in FilterOf(size / 2) select Filter.And(f, g)),
            (1, from f in FilterOf(size / 2) from g in FilterOf(size / 2) select Filter.Or(f, g)));

    private async Task<bool> HoldsAsync(ReportCase c)
    {
        var store = await CreateStoreAsync(Clock);
        await store.InitializeAsync();
        var reference = new InMemoryLeadKitStore(Clock);
        var users = new[] { new WorkspaceUser(UserId.New(), "Ann Lee"), new WorkspaceUser(UserId.New(), "bob roe"), new WorkspaceUser(UserId.New(), "ann lee") };
        var ids = c.Leads.Select(_ => Guid.CreateVersion7()).Order().ToArray();
        var results = new List<ReportResult>();
        var options = new ReportRunOptions { ItemsPerGroup = 2 };
        foreach (var target in new[] { store, reference })
        {
            var workspace = (await target.CreateWorkspaceAsync("Property " + Guid.NewGuid().ToString("N"))).Id;
            await using (var unit = await target.BeginAsync(workspace))
            {
                foreach (var user in users)
                {
                    await unit.Users.AddAsync(user);
                }

                await unit.CustomFields.SaveAsync(Region);
                await unit.CustomFields.SaveAsync(Employees);
                await unit.Leads.AddAsync([.. c.Leads.Select((spec, i) => spec.ToLead(ids[i], users))]);
                await unit.CommitAsync();
            }

            var result = await new LeadReports(target, workspace).RunAsync(c.Definition, options);
            results.Add(result);
            if (target == store)
            {
                results.Add(await new LeadReports(new FaultyStore(store, FaultPlan.Never), workspace).RunAsync(c.Definition, options));
                if (!await CountsAddUpAsync(store, workspace, result))
                {
                    return false;
                }
            }
        }

        return results[0].Equals(results[1]) && results[0].Equals(results[2]);
    }

    private static async Task<bool> CountsAddUpAsync(ILeadKitStore store, WorkspaceId workspace, ReportResult result)
    {
        await using var unit = await store.BeginAsync(workspace);
        if (await unit.Leads.CountAsync(result.Filter) != result.Count)
        {
            return false;
        }

        if (result.Definition.Groups.Length > 0 && result.Groups.Sum(g => g.Count) != result.Count)
        {
            return false;
        }

        foreach (var group in result.AllGroups())
        {
            if (group.Groups.Count > 0 ? group.Groups.Sum(g => g.Count) != group.Count : await unit.Leads.CountAsync(group.Filter) != group.Count)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A generated lead: its user (index into the workspace's users, -1 for none) and the values of the grouped fields.</summary>
    private sealed record LeadSpec(int User, string? Rating, string? Company, string? Source, int? Stars, string? Region, int? Employees)
    {
        public Lead ToLead(Guid id, WorkspaceUser[] users)
        {
            var lead = Lead.Restore(new LeadId(id), PersonName.Parse("Lead " + id.ToString("N")[^6..]), T0);
            lead.SetAssignedTo(User < 0 ? null : users[User].Id);
            lead.SetRating(Rating is null ? null : new Rating(Rating));
            lead.SetCompanyName(Company);
            lead.SetSource(Source is null ? null : new LeadSource(Source));
            if (Stars is { } stars)
            {
                lead.SetManualScore(stars);
            }

            lead.SetCustomField(ReportsContractTests.Region, Region is null ? null : CustomFieldValue.FromText(Region));
            lead.SetCustomField(ReportsContractTests.Employees, Employees is { } employees ? CustomFieldValue.FromWholeNumber(employees) : null);
            return lead;
        }
    }

    /// <summary>One case: the leads and the definition.</summary>
    private sealed record ReportCase(LeadSpec[] Leads, ReportDefinition Definition)
    {
        public override string ToString() => $"{Definition} over {Leads.Length} leads: {string.Join("; ", Leads.Select(l => l.ToString()))}";
    }
}
