using FsCheck;
using FsCheck.Fluent;
using LeadKit.Assignment;
using LeadKit.AssignmentRules;
using LeadKit.Leads;
using LeadKit.Operations;
using LeadKit.Querying;
using LeadKit.Storage;
using LeadKit.Testing;
using LeadKit.Tests.Properties;
using LeadKit.Tests.Querying;
using LeadKit.Testing.Stores;

namespace LeadKit.Testing.Stores;

/// <content>Laws of the assignment rules, on every store.</content>
public abstract partial class OperationsContractTests
{
    /// <summary>Filters the rule properties draw from: fields generated leads vary, alone or combined.</summary>
    private static readonly string[] RuleFilters =
    [
        "all", "source = \"Web\"", "source is empty", "company contains \"con\"", "company is not empty",
        "email is not empty", "phone is empty", "title starts-with \"C\"", "manualStars >= 3",
    ];

    /// <summary>
    /// Round-robin is fair: after every apply call, the leads a round-robin rule assigned differ by
    /// at most one between any two of its users, however the leads arrive (several calls, each a
    /// new unit of work reading the stored turn).
    /// </summary>
    [StoreFact]
    public void Property_RoundRobin_IsFairAcrossApplyCalls()
    {
        var cases = Arb.From(
            from users in Gen.Choose(1, 4)
            from calls in Gen.Choose(1, 4).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 5), n))
            select (users, calls),
            c => Enumerable.Range(1, c.calls.Length - 1).Select(n => (c.users, c.calls[..n])));
        PropertyRunner.Check(PropertyRuns, Prop.ForAll(cases, c => Run(() => RoundRobinIsFairAsync(c.users, c.calls))));
    }

    /// <summary>
    /// The first enabled rule a lead matches assigns it, and a rule never assigns a lead its filter
    /// does not match: against a model that loops over the rules in order, testing each filter with
    /// <see cref="Filter.Matches"/>; a lead no enabled rule matches stays unassigned.
    /// </summary>
    [StoreFact]
    public void Property_FirstMatchingRuleWins_AndRulesOnlyAssignMatchingLeads()
    {
        var rule = from first in Gen.Elements(RuleFilters)
                   from second in Gen.Elements(RuleFilters)
                   from joiner in Gen.Elements("", " and ", " or not ")
                   from user in Gen.Choose(0, 2)
                   from enabled in Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false)))
                   select new RuleSpec(joiner.Length == 0 ? first : $"({first}){joiner}({second})", user, enabled);
        var cases = Arb.From(
            from rules in Gen.Choose(1, 4).SelectMany(n => Gen.ArrayOf(rule, n))
            from leads in Gen.Choose(1, 5).SelectMany(n => Gen.ArrayOf(LeadKitGenerators.Lead(), n))
            select (rules, leads),
            c => c.rules.Length > 1 ? [(c.rules[..^1], c.leads)] : c.leads.Length > 1 ? new[] { (c.rules, c.leads[..^1]) } : []);
        PropertyRunner.Check(PropertyRuns, Prop.ForAll(cases, c => Run(() => FirstMatchWinsAsync(c.rules, c.leads))));
    }

    /// <summary>Rules round-trip through storage: added at arbitrary positions, they list back equal, in the order a list model gives.</summary>
    [StoreFact]
    public void Property_Rules_RoundTripThroughStorage()
    {
        var spec = from filter in QueryGenerators.FilterTree
                   from mode in Gen.Elements(Enum.GetValues<AssignmentMode>())
                   from users in Gen.Choose(1, 3)
                   from description in Gen.Elements<string?>(null, "web leads", "Île-de-France « VIP »", new string('x', AssignmentRule.MaxDescriptionLength))
                   from enabled in Gen.Elements(true, false)
                   from position in Gen.Frequency((1, Gen.Constant<int?>(null)), (2, Gen.Choose(1, 6).Select(p => (int?)p)))
                   select (filter, mode, users: mode == AssignmentMode.User ? 1 : users, description, enabled, position);
        var cases = Arb.From(Gen.Choose(1, 5).SelectMany(n => Gen.ArrayOf(spec, n)), a => a.Length > 1 ? new[] { a[..^1], a[1..] } : []);
        PropertyRunner.Check(PropertyRuns, Prop.ForAll(cases, specs => Run(async () =>
        {
            var ws = await NewWorkspaceAsync();
            var people = new[] { UserId.New(), UserId.New(), UserId.New() };
            var model = new List<AssignmentRule>();
            await ws.WriteAsync(async u =>
            {
                foreach (var s in specs)
                {
                    var rule = AssignmentRule.Create(AssignmentRuleId.New(), s.filter, s.mode, people.Take(s.users), s.description, s.enabled);
                    await u.AssignmentRules.AddAsync(rule, s.position);
                    model.Insert(Math.Min(s.position ?? int.MaxValue, model.Count + 1) - 1, rule);
                }
            });
            var stored = await ws.ReadAsync(u => u.AssignmentRules.ListAsync());
            return stored.SequenceEqual(model);
        })));
    }

    private async Task<bool> RoundRobinIsFairAsync(int userCount, int[] calls)
    {
        var ws = await NewWorkspaceAsync();
        var users = new List<WorkspaceUser>();
        for (var i = 0; i < userCount; i++)
        {
            users.Add(await ws.AddUserAsync($"User {i}"));
        }

        var rules = new RuleAssignment(ws.Context);
        var fair = await rules.AddRuleFromTextAsync("company = \"Contoso\"", AssignmentMode.RoundRobin, users.Select(u => u.DisplayName));
        await rules.AddRuleFromTextAsync("all", AssignmentMode.User, [users[0].DisplayName]);
        var counts = users.ToDictionary(u => u.Id, _ => 0);
        foreach (var (call, n) in calls.Select((n, i) => (i, n)))
        {
            // Other leads (another rule's) arrive between them: they must not move the turn.
            var leads = Enumerable.Range(0, n).Select(i => NewLead($"Lead {call}-{i}", "Contoso")).Append(NewLead($"Other {call}", "Fabrikam")).ToArray();
            await ws.AddLeadsAsync(leads);
            var report = await new RuleAssignment(ws.Context).ApplyAsync();
            foreach (var outcome in report.Outcomes.Where(o => o.Rule == fair.Id))
            {
                counts[UserId.Parse(outcome.Changes[0].NewValue!)]++;
            }

            if (counts.Values.Max() - counts.Values.Min() > 1 || counts.Values.Sum() != calls.Take(call + 1).Sum())
            {
                return false;
            }
        }

        return true;
    }

    private async Task<bool> FirstMatchWinsAsync(RuleSpec[] specs, Lead[] generated)
    {
        var ws = await NewWorkspaceAsync(LeadKitGenerators.SampleSchema);
        var users = new[] { await ws.AddUserAsync("Ann Lee"), await ws.AddUserAsync("Bob Roe"), await ws.AddUserAsync("Cy Young") };
        var map = new Dictionary<string, string>();
        var leads = generated.Select(g =>
        {
            var lead = AsNew(Rekeyed(g, map), keepConversion: false);
            lead.SetAssignedTo(null);
            return lead;
        }).ToArray();
        var stored = await ws.AddLeadsAsync(leads);
        var rules = new RuleAssignment(ws.Context);
        var saved = new List<AssignmentRule>();
        foreach (var spec in specs)
        {
            var rule = await rules.AddRuleFromTextAsync(spec.Filter, AssignmentMode.User, [users[spec.User].DisplayName]);
            saved.Add(spec.Enabled ? rule : await rules.SetEnabledAsync(rule.Id, false));
        }

        var report = await rules.ApplyAsync(LeadSelection.Of(leads.Select(l => l.Id)));

        foreach (var (before, outcome) in stored.Zip(report.Outcomes))
        {
            var expected = saved.FirstOrDefault(r => r.IsEnabled && r.Filter.Matches(before));
            var after = await ws.GetLeadAsync(before.Id);
            if (outcome.Rule != expected?.Id || after.AssignedTo != expected?.Users[0])
            {
                return false;
            }

            if (outcome.Rule is { } ruleId && !saved.Single(r => r.Id == ruleId).Filter.Matches(after))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A rule of the first-match property: filter text, which of three users, enabled or not.</summary>
    private sealed record RuleSpec(string Filter, int User, bool Enabled)
    {
        public override string ToString() => $"{Filter} → user {User}{(Enabled ? string.Empty : " (disabled)")}";
    }
}
