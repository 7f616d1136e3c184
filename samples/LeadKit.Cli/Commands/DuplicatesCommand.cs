using System;
using System.ComponentModel;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.Cli.Hosting;
using LeadKit.Cli.Rendering;
using LeadKit.Import.Duplicates;
using LeadKit.Leads;
using LeadKit.Operations;
using LeadKit.Querying;
using Spectre.Console;
using Spectre.Console.Cli;

namespace LeadKit.Cli.Commands;

/// <summary>
/// <c>leadkit duplicates [--filter EXPR]</c>: the groups of likely duplicate leads (<see cref="LeadDuplicates"/>),
/// each with the rule that matched and the keys the leads share; merge a group with <c>leadkit merge</c>.
/// </summary>
/// <param name="host">The host.</param>
internal sealed class DuplicatesCommand(CliHost host) : OperationCommand<DuplicatesCommand.Settings>(host)
{
    /// <inheritdoc />
    protected override async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        Filter? filter = null;
        if (settings.Filter is { } text)
        {
            try
            {
                filter = Filter.Parse(text);
            }
            catch (FilterException ex)
            {
                throw new CliException($"--filter '{text}': {ex.Message}", ExitCodes.DomainError, ex);
            }
        }

        await using var session = await OpenSessionAsync(settings, cancellationToken);
        var groups = await new LeadDuplicates(CreateContext(session)).FindAsync(filter, cancellationToken);
        if (settings.Json)
        {
            await WriteJsonAsync(
                json =>
                {
                    var w = json.Writer;
                    w.WriteStartObject();
                    w.WriteStartArray("groups");
                    foreach (var group in groups)
                    {
                        w.WriteStartObject();
                        w.WriteString("rule", RuleName(group.Rule));
                        w.WriteStartArray("leads");
                        foreach (var id in group.Ids)
                        {
                            w.WriteStringValue(id.ToString());
                        }

                        w.WriteEndArray();
                        w.WriteStartArray("keys");
                        foreach (var key in group.Keys)
                        {
                            w.WriteStringValue(key.Value);
                        }

                        w.WriteEndArray();
                        w.WriteString("explanation", group.Explanation);
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                },
                cancellationToken);
            return ExitCodes.Success;
        }

        if (groups.Count == 0)
        {
            Host.Console.WriteLine(filter is null ? "No likely duplicates: no two leads share an e-mail address, a phone number, or a name and company." : "No likely duplicates among the leads the filter selects.");
            return ExitCodes.Success;
        }

        await using var work = await session.BeginAsync(cancellationToken);
        var leads = (await work.Leads.FindManyAsync([.. groups.SelectMany(g => g.Ids).Distinct()], cancellationToken)).ToDictionary(l => l.Id);
        var table = new Table().AddColumns("#", "rule", "leads", "why");
        var number = 0;
        foreach (var group in groups)
        {
            var names = string.Join('\n', group.Ids.Select(id => $"{id}  {(leads.TryGetValue(id, out var lead) ? lead.Name.FullName : "?")}"));
            table.AddRow((++number).ToString(System.Globalization.CultureInfo.InvariantCulture), RuleName(group.Rule), Markup.Escape(names), Markup.Escape(string.Join('\n', group.Keys.Select(k => k.Explanation))));
        }

        table.Caption(groups.Count == 1 ? "1 group: merge it with leadkit merge MASTER LEAD…" : $"{groups.Count} groups: merge one with leadkit merge MASTER LEAD…");
        Host.Console.Write(table);
        return ExitCodes.Success;
    }

    /// <summary>The rule as the JSON and the table name it: <c>email</c>, <c>phone</c>, <c>nameAndCompany</c>.</summary>
    private static string RuleName(DuplicateRule rule) => rule switch
    {
        DuplicateRule.Email => "email",
        DuplicateRule.Phone => "phone",
        _ => "nameAndCompany",
    };

    /// <summary>The options of <c>duplicates</c>.</summary>
    internal sealed class Settings : GlobalSettings
    {
        /// <summary>Gets the filter expression.</summary>
        [CommandOption("--filter <EXPR>")]
        [Description("Look only among these leads, in LeadKit's filter language: 'converted = false'.")]
        public string? Filter { get; init; }
    }
}
