using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.Assignment;
using LeadKit.AssignmentRules;
using LeadKit.Cli.Hosting;
using LeadKit.Cli.Rendering;
using LeadKit.Cli.Storage;
using LeadKit.Operations;
using Spectre.Console;
using Spectre.Console.Cli;

namespace LeadKit.Cli.Commands;

/// <summary>
/// <c>leadkit rules list | add | remove | apply</c>: the workspace's assignment rules, through
/// <see cref="RuleAssignment"/>. The first enabled rule a lead matches assigns it; <c>apply</c>
/// assigns every unassigned lead now (undo it with <c>bulk-edit undo</c>); new leads
/// (<c>lead add</c>, <c>from-email --save</c>) and imported ones get the rules by themselves.
/// </summary>
internal static class RulesCommands
{
    /// <summary>Writes the rules: <c>{"items": [{"id", "position", "filter", "assign" | "roundRobin", …}]}</c> with <c>--json</c>, else a table.</summary>
    private static async Task WriteRulesAsync(CliHost host, WorkspaceSession session, bool json, IReadOnlyList<AssignmentRule> rules, CancellationToken cancellationToken)
    {
        if (json)
        {
            await JsonOutput.WriteAsync(
                host.StandardOutput,
                output =>
                {
                    var writer = output.Writer;
                    writer.WriteStartObject();
                    writer.WriteStartArray("items");
                    foreach (var (rule, index) in rules.Select((r, i) => (r, i)))
                    {
                        writer.WriteStartObject();
                        writer.WriteString("id", rule.Id.ToString());
                        writer.WriteNumber("position", index + 1);
                        writer.WriteString("filter", rule.Filter.ToString());
                        if (rule.Mode == AssignmentMode.User)
                        {
                            writer.WriteString("assign", session.DisplayName(rule.Users[0]));
                        }
                        else
                        {
                            writer.WriteStartArray("roundRobin");
                            foreach (var user in rule.Users)
                            {
                                writer.WriteStringValue(session.DisplayName(user));
                            }

                            writer.WriteEndArray();
                            writer.WriteBoolean("byLoad", rule.Mode == AssignmentMode.ByLoad);
                        }

                        writer.WriteString("description", rule.Description);
                        writer.WriteBoolean("enabled", rule.IsEnabled);
                        writer.WriteEndObject();
                    }

                    writer.WriteEndArray();
                    writer.WriteEndObject();
                },
                cancellationToken);
            return;
        }

        if (rules.Count == 0)
        {
            host.Console.WriteLine("No assignment rules: leads stay unassigned until someone assigns them. Add one with 'rules add'.");
            return;
        }

        var table = new Table().AddColumns("#", "id", "filter", "assign to", "description");
        foreach (var (rule, index) in rules.Select((r, i) => (r, i)))
        {
            var names = string.Join(", ", rule.Users.Select(u => session.DisplayName(u)));
            var target = rule.Mode switch
            {
                AssignmentMode.User => names,
                AssignmentMode.RoundRobin => $"in turn: {names}",
                _ => $"least loaded: {names}",
            };
            table.AddRow(
                (index + 1).ToString(CultureInfo.InvariantCulture),
                Markup.Escape(rule.Id.ToString()),
                Markup.Escape(rule.Filter.ToString()),
                Markup.Escape(target + (rule.IsEnabled ? string.Empty : " (disabled)")),
                Markup.Escape(rule.Description ?? string.Empty));
        }

        host.Console.Write(table);
    }

    /// <summary><c>rules list</c>.</summary>
    /// <param name="host">The host.</param>
    internal sealed class List(CliHost host) : OperationCommand<GlobalSettings>(host)
    {
        /// <inheritdoc />
        protected override async Task<int> RunAsync(GlobalSettings settings, CancellationToken cancellationToken)
        {
            await using var session = await OpenSessionAsync(settings, cancellationToken);
            var rules = await new RuleAssignment(CreateContext(session)).ListRulesAsync(cancellationToken);
            await WriteRulesAsync(Host, session, settings.Json, rules, cancellationToken);
            return ExitCodes.Success;
        }
    }

    /// <summary><c>rules add (--filter EXPR) (--assign USER | --round-robin USER,USER…) [--by-load]</c>.</summary>
    /// <param name="host">The host.</param>
    internal sealed class Add(CliHost host) : OperationCommand<Add.Settings>(host)
    {
        /// <inheritdoc />
        protected override async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
        {
            var (mode, users) = (settings.Assign, settings.RoundRobin) switch
            {
                ({ } one, null) when !settings.ByLoad => (AssignmentMode.User, new[] { one }),
                (null, { } many) => (settings.ByLoad ? AssignmentMode.ByLoad : AssignmentMode.RoundRobin, many.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)),
                (not null, null) => throw new CliException("--by-load shares leads among several users: use it with --round-robin.", ExitCodes.Usage),
                _ => throw new CliException("Give either --assign USER or --round-robin USER,USER…", ExitCodes.Usage),
            };
            if (settings.Filter is null)
            {
                throw new CliException("Give the leads the rule takes with --filter EXPR (--filter all for every lead).", ExitCodes.Usage);
            }

            await using var session = await OpenSessionAsync(settings, cancellationToken);
            var rule = await new RuleAssignment(CreateContext(session)).AddRuleFromTextAsync(settings.Filter, mode, users, settings.Description, settings.Position, cancellationToken);
            if (settings.Json)
            {
                await WriteJsonAsync(
                    json =>
                    {
                        json.Writer.WriteStartObject();
                        json.Writer.WriteString("id", rule.Id.ToString());
                        json.Writer.WriteEndObject();
                    },
                    cancellationToken);
            }
            else
            {
                Host.Console.WriteLine($"Added assignment rule {rule.Id}.");
            }

            return ExitCodes.Success;
        }

        /// <summary>The options of <c>rules add</c>.</summary>
        internal sealed class Settings : GlobalSettings
        {
            /// <summary>Gets the filter.</summary>
            [CommandOption("--filter <EXPR>")]
            [Description("The leads the rule takes, in the filter language, e.g. 'source = \"Web\"' (all: every lead).")]
            public string? Filter { get; init; }

            /// <summary>Gets the one user.</summary>
            [CommandOption("--assign <USER>")]
            [Description("Assign every matching lead to this user (display name or id).")]
            public string? Assign { get; init; }

            /// <summary>Gets the users to share among.</summary>
            [CommandOption("--round-robin <USERS>")]
            [Description("Share matching leads among these users in turn, comma-separated (display names or ids).")]
            public string? RoundRobin { get; init; }

            /// <summary>Gets a value indicating whether to share by load.</summary>
            [CommandOption("--by-load")]
            [Description("With --round-robin: give each lead to the user with the fewest open leads (ties: the user listed first).")]
            public bool ByLoad { get; init; }

            /// <summary>Gets the description.</summary>
            [CommandOption("--description <TEXT>")]
            [Description("What the rule is for.")]
            public string? Description { get; init; }

            /// <summary>Gets the position.</summary>
            [CommandOption("--position <N>")]
            [Description("Where the rule goes in the list, from 1 (default: last). The first enabled rule a lead matches assigns it.")]
            public int? Position { get; init; }
        }
    }

    /// <summary><c>rules remove ID</c>.</summary>
    /// <param name="host">The host.</param>
    internal sealed class Remove(CliHost host) : OperationCommand<Remove.Settings>(host)
    {
        /// <inheritdoc />
        protected override async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
        {
            if (!AssignmentRuleId.TryParse(settings.Id, out var id))
            {
                throw new CliException($"'{settings.Id}' is not a rule id: copy it from 'rules list'.", ExitCodes.Usage);
            }

            await using var session = await OpenSessionAsync(settings, cancellationToken);
            var rules = new RuleAssignment(CreateContext(session));
            await rules.RemoveRuleAsync(id, cancellationToken);
            await WriteRulesAsync(Host, session, settings.Json, await rules.ListRulesAsync(cancellationToken), cancellationToken);
            return ExitCodes.Success;
        }

        /// <summary>The options of <c>rules remove</c>.</summary>
        internal sealed class Settings : GlobalSettings
        {
            /// <summary>Gets the rule id.</summary>
            [CommandArgument(0, "<ID>")]
            [Description("The rule's id (see 'rules list').")]
            public string Id { get; init; } = string.Empty;
        }
    }

    /// <summary><c>rules apply</c>: assigns every unassigned lead by the rules, all or none.</summary>
    /// <param name="host">The host.</param>
    internal sealed class Apply(CliHost host) : OperationCommand<GlobalSettings>(host)
    {
        /// <inheritdoc />
        protected override async Task<int> RunAsync(GlobalSettings settings, CancellationToken cancellationToken)
        {
            await using var session = await OpenSessionAsync(settings, cancellationToken);
            var rules = new RuleAssignment(CreateContext(session));
            var positions = (await rules.ListRulesAsync(cancellationToken)).Select((r, i) => (r.Id, i)).ToDictionary(p => p.Id, p => p.i + 1);
            var report = await rules.ApplyAsync(cancellationToken: cancellationToken);
            var assigned = report.Outcomes.Where(o => o.Rule is not null && o.Status == OutcomeStatus.Changed).ToList();
            var unmatched = report.Outcomes.Where(o => o.Status == OutcomeStatus.Unchanged).ToList();
            if (settings.Json)
            {
                await WriteJsonAsync(
                    json =>
                    {
                        var writer = json.Writer;
                        writer.WriteStartObject();
                        OutcomeView.WriteCounts(writer, report);
                        writer.WriteStartArray("assigned");
                        foreach (var outcome in assigned)
                        {
                            writer.WriteStartObject();
                            writer.WriteString("id", OutcomeView.IdOf(outcome));
                            writer.WriteString("rule", outcome.Rule!.Value.ToString());
                            writer.WriteNumber("position", positions.GetValueOrDefault(outcome.Rule!.Value));
                            writer.WriteString("user", session.DisplayName(Leads.UserId.Parse(outcome.Changes[0].NewValue!)));
                            writer.WriteEndObject();
                        }

                        writer.WriteEndArray();
                        writer.WriteStartArray("unmatched");
                        foreach (var outcome in unmatched)
                        {
                            writer.WriteStringValue(OutcomeView.IdOf(outcome));
                        }

                        writer.WriteEndArray();
                        writer.WriteEndObject();
                    },
                    cancellationToken);
            }

            ThrowIfFailed(report, "Nothing was assigned");
            if (!settings.Json)
            {
                foreach (var group in assigned.GroupBy(o => o.Rule!.Value).OrderBy(g => positions.GetValueOrDefault(g.Key)))
                {
                    var users = group.GroupBy(o => session.DisplayName(Leads.UserId.Parse(o.Changes[0].NewValue!))).Select(g => $"{g.Key} {g.Count()}");
                    Host.Console.WriteLine($"Rule {positions.GetValueOrDefault(group.Key)}: {OutcomeView.Leads(group.Count())} ({string.Join(", ", users)}).");
                }

                var operation = report.Operation is { } id ? $" (operation {id}; undo with 'bulk-edit undo {id}')" : string.Empty;
                Host.Console.WriteLine($"Assigned {OutcomeView.Leads(assigned.Count)}{operation}; {OutcomeView.Leads(unmatched.Count)} matched no rule and stay unassigned.");
            }

            return ExitCodes.Success;
        }
    }
}
