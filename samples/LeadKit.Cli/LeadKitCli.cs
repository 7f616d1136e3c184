using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.Cli.Commands;
using LeadKit.Cli.Hosting;
using Spectre.Console.Cli;

namespace LeadKit.Cli;

/// <summary>
/// The <c>leadkit</c> command tree, and the one place where failures become messages on standard
/// error and exit codes: 1 for domain errors, 2 for bad usage (see <see cref="ExitCodes"/>).
/// </summary>
internal static class LeadKitCli
{
    private static readonly FrozenSet<string> Branches = new[] { "lead", "criteria", "score" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly string[] HelpOptions = ["-h", "--help", "-?", "-v", "--version"];

    /// <summary>Runs a command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="host">The host.</param>
    /// <param name="cancellationToken">Cancelled by Ctrl+C.</param>
    /// <returns>The exit code.</returns>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, CliHost host, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(host);
        var tracker = new CommandTracker();
        var app = new CommandApp();
        app.Configure(config => Configure(config, host, tracker));
        try
        {
            var exitCode = await app.RunAsync(CommandLine.Normalize(args, Branches), cancellationToken);
            if (!tracker.CommandStarted && !args.Any(a => HelpOptions.Contains(a, StringComparer.Ordinal)))
            {
                // Spectre printed the help of a command line that named no command: bad usage.
                return ExitCodes.Usage;
            }

            return exitCode;
        }
        catch (Exception ex)
        {
            return await ReportAsync(ex, host);
        }
    }

    private static void Configure(IConfigurator config, CliHost host, CommandTracker tracker)
    {
        config.SetApplicationName("leadkit");
        config.SetApplicationVersion(Version());
        config.ConfigureConsole(host.Console);
        config.UseStrictParsing();
        config.PropagateExceptions();
        config.CancellationExitCode(ExitCodes.Cancelled);
        config.SetInterceptor(tracker);
        config.Settings.Registrar.RegisterInstance(host);

        config.AddCommand<InitCommand>("init")
            .WithDescription("Create the database's workspace and its users (owner first).")
            .WithExample("init", "--owner", "\"Alex Morgan\"", "--users", "\"Priya Raman,Diego Santos\"")
            .WithExample("--db", "crm.db", "init");
        config.AddCommand<DemoCommand>("demo")
            .WithDescription("Create a fresh demo database (./leadkit-demo.db) with sample leads, then tour the workflow: import of a bundled file of 300 leads, scores explained, a bulk edit and its undo, a conversion, the reports and the funnel.")
            .WithExample("demo");
        config.AddBranch<GlobalSettings>("lead", lead =>
        {
            lead.SetDescription("Add, show, list, comment on, delete and restore leads.");
            lead.AddCommand<LeadAddCommand>("add")
                .WithDescription("Add a lead and print its id.")
                .WithExample("lead", "add", "--name", "\"Ann Lee\"", "--email", "ann.lee@northwind.example", "--phone", "\"Mobile:+1 206 555 0100\"", "--company", "\"Northwind Traders\"");
            lead.AddCommand<LeadShowCommand>("show")
                .WithDescription("Show one lead.")
                .WithExample("lead", "show", "0193f1c2-7a4b-7cde-8f01-23456789abcd");
            lead.AddCommand<LeadListCommand>("list")
                .WithDescription("List leads, filtered and sorted.")
                .WithExample("lead", "list", "--filter", "'source = \"Trade Show\"'", "--sort", "company:desc");
            lead.AddCommand<LeadDeleteCommand>("delete")
                .WithDescription("Delete leads: all of them, or none when one is not found. Each deletion is recorded in the lead's history.")
                .WithExample("lead", "delete", "0193f1c2-7a4b-7cde-8f01-23456789abcd", "--reason", "\"Not interested\"");
            lead.AddCommand<LeadRestoreCommand>("restore")
                .WithDescription("Restore deleted leads with their ids, fields and history: all of them, or none when one is not a deleted lead.")
                .WithExample("lead", "restore", "0193f1c2-7a4b-7cde-8f01-23456789abcd");
            lead.AddCommand<LeadEraseCommand>("erase")
                .WithDescription("Erase a person for good (right to erasure): the lead, present or deleted, with its history, opportunities and undo entries; one audit operation without personal data stays.")
                .WithExample("lead", "erase", "0193f1c2-7a4b-7cde-8f01-23456789abcd", "--yes");
            lead.AddCommand<LeadCommentCommand>("comment")
                .WithDescription("Append a paragraph to a lead's comments, optionally after the current date and time.")
                .WithExample("lead", "comment", "0193f1c2-7a4b-7cde-8f01-23456789abcd", "\"Called back, wants a demo.\"", "--timestamp");
        });
        config.AddBranch<GlobalSettings>("criteria", criteria =>
        {
            criteria.SetDescription("List, add, edit and remove the scoring criteria; edits re-score every Automatic record.");
            criteria.AddCommand<CriteriaListCommand>("list")
                .WithDescription("List the scoring criteria and the profile's version.")
                .WithExample("criteria", "list", "--json");
            criteria.AddCommand<CriteriaAddCommand>("add")
                .WithDescription("Add a criterion (its id is made from the description) and print its id.")
                .WithExample("criteria", "add", "--description", "\"Budget confirmed\"", "--weight", "high")
                .WithExample("criteria", "add", "--description", "\"Has an e-mail\"", "--weight", "low", "--rule", "'email is not empty'");
            criteria.AddCommand<CriteriaEditCommand>("edit")
                .WithDescription("Change a criterion's description and/or weight.")
                .WithExample("criteria", "edit", "budget-confirmed", "--weight", "normal");
            criteria.AddCommand<CriteriaRemoveCommand>("remove")
                .WithDescription("Remove a criterion; checks for it are kept and ignored.")
                .WithExample("criteria", "remove", "budget-confirmed");
            criteria.AddCommand<CriteriaSuggestCommand>("suggest")
                .WithDescription("Suggest weights from the workspace's closed leads (converted, or open past --lost-after days), with the evidence behind each; --apply saves them and re-scores.")
                .WithExample("criteria", "suggest")
                .WithExample("criteria", "suggest", "--min-closed", "100", "--lost-after", "120", "--json")
                .WithExample("criteria", "suggest", "--apply");
        });
        config.AddBranch<GlobalSettings>("score", score =>
        {
            score.SetDescription("Check and uncheck criteria, set or clear a manual score, explain a score, re-score everything.");
            score.AddCommand<ScoreCheckCommand>("check")
                .WithDescription("Check criteria on a lead (now) and show its new score.")
                .WithExample("score", "check", "0193f1c2-7a4b-7cde-8f01-23456789abcd", "budget-confirmed", "need-identified");
            score.AddCommand<ScoreUncheckCommand>("uncheck")
                .WithDescription("Uncheck criteria on a lead and show its new score.")
                .WithExample("score", "uncheck", "0193f1c2-7a4b-7cde-8f01-23456789abcd", "budget-confirmed");
            score.AddCommand<ScoreManualCommand>("manual")
                .WithDescription("Fix a lead's stars by hand (its score type becomes Manual).")
                .WithExample("score", "manual", "0193f1c2-7a4b-7cde-8f01-23456789abcd", "4");
            score.AddCommand<ScoreAutoCommand>("auto")
                .WithDescription("Switch a lead back to its computed score.")
                .WithExample("score", "auto", "0193f1c2-7a4b-7cde-8f01-23456789abcd");
            score.AddCommand<ScoreExplainCommand>("explain")
                .WithDescription("Explain a lead's score criterion by criterion (★★★☆☆, M, W, points, percent).")
                .WithExample("score", "explain", "0193f1c2-7a4b-7cde-8f01-23456789abcd", "--json");
            score.AddCommand<ScoreRescoreCommand>("rescore")
                .WithDescription("Re-score every record with the current profile (--stale: only stale stored scores), with a progress bar.")
                .WithExample("score", "rescore")
                .WithExample("score", "rescore", "--stale");
        });
        config.AddCommand<AssignCommand>("assign")
            .WithDescription("Assign leads to a user of the workspace: all of them, or none.")
            .WithExample("assign", "\"Priya Raman\"", "0193f1c2-7a4b-7cde-8f01-23456789abcd");
        config.AddBranch<GlobalSettings>("bulk-edit", bulk =>
        {
            bulk.SetDescription("Set, clear, add or remove a value of one field on many leads: all of them, or none. --dry-run shows old → new; 'bulk-edit undo OPERATION' reverts one.");
            bulk.SetDefaultCommand<BulkEditCommand>();
            bulk.AddCommand<BulkEditUndoCommand>("undo")
                .WithDescription("Undo a recorded bulk edit, assignment or import (see 'operations list'): every lead gets back its previous values (an import's new leads are deleted), or none when one changed since.")
                .WithExample("bulk-edit", "undo", "0193f1c2-7a4b-7cde-8f01-23456789abcd");
        });
        config.AddBranch<GlobalSettings>("operations", operations =>
        {
            operations.SetDescription("The recorded bulk edits, assignments, imports and undos.");
            operations.AddCommand<OperationsListCommand>("list")
                .WithDescription("List the most recent operations: id, kind, when, who, how many leads.")
                .WithExample("operations", "list", "--json");
        });
        config.AddCommand<ConvertCommand>("convert")
            .WithDescription("Convert leads into business contacts: all of them, or none. Custom fields with no place on a contact are reported.")
            .WithExample("convert", "0193f1c2-7a4b-7cde-8f01-23456789abcd");
        config.AddCommand<MergeCommand>("merge")
            .WithDescription("Merge duplicate leads into a master: its empty fields filled in order, entries united, history carried over, the others deleted (restorable); all or nothing; undo with 'bulk-edit undo OPERATION'.")
            .WithExample("merge", "0193f1c2-7a4b-7cde-8f01-23456789abcd", "0193f1c2-9e00-7aaa-8bbb-0123456789ab", "--prefer", "title=0193f1c2-9e00-7aaa-8bbb-0123456789ab");
        config.AddCommand<FromEmailCommand>("from-email")
            .WithDescription("Capture a lead draft from an e-mail's sender (a .eml file or a From: value); --save stores it.")
            .WithExample("from-email", "message.eml", "--json")
            .WithExample("from-email", "--from", "\"Lee, Ann <ann.lee@contoso.com>\"", "--save");
        config.AddCommand<ReportCommand>("report")
            .WithDescription("Run a lead report: by-assigned, by-assigned-rating, by-score, or a saved one; --filter, --sort and --save-as make it yours; table (with a bar chart), csv or json.")
            .WithExample("report", "by-assigned-rating")
            .WithExample("report", "by-score", "--filter", "'source = \"Web\"'", "--save-as", "\"Web leads by score\"")
            .WithExample("report", "saved", "\"Web leads by score\"", "--format", "csv");
        config.AddCommand<DuplicatesCommand>("duplicates")
            .WithDescription("Find likely duplicate leads: groups of leads sharing an e-mail address, a phone number (E.164) or a name and company, each with the rule that matched.")
            .WithExample("duplicates")
            .WithExample("duplicates", "--filter", "\"converted = false\"", "--json");
        config.AddCommand<FunnelCommand>("funnel")
            .WithDescription("The sales funnel of the leads created in a period: created, qualified, converted, with opportunities, won, with rates; for the team and per assignee.")
            .WithExample("funnel", "--from", "2026-01-01", "--to", "2026-12-31", "--by-assigned");
        config.AddBranch<GlobalSettings>("picklist", picklist =>
        {
            picklist.SetDescription("The workspace's lead sources and ratings. A lead's rating must be on the ratings list; a new source joins its list by itself.");
            picklist.AddCommand<PicklistCommands.List>("list")
                .WithDescription("List the sources or the ratings, in display order.")
                .WithExample("picklist", "list", "ratings");
            picklist.AddCommand<PicklistCommands.Add>("add")
                .WithDescription("Add a choice at the end of a list.")
                .WithExample("picklist", "add", "ratings", "Hot");
            picklist.AddCommand<PicklistCommands.Remove>("remove")
                .WithDescription("Remove a choice: leads that hold it keep it; no other lead can take it.")
                .WithExample("picklist", "remove", "sources", "Trade show");
        });
        config.AddBranch<GlobalSettings>("rules", rules =>
        {
            rules.SetDescription("Assignment rules: the first enabled rule a new, imported or unassigned lead matches assigns it, to one user, in turn, or by load.");
            rules.AddCommand<RulesCommands.List>("list")
                .WithDescription("List the rules in order.")
                .WithExample("rules", "list", "--json");
            rules.AddCommand<RulesCommands.Add>("add")
                .WithDescription("Add a rule: the leads a filter selects go to one user (--assign) or are shared (--round-robin, --by-load).")
                .WithExample("rules", "add", "--filter", "'source = \"Web\"'", "--round-robin", "\"Ann Lee,Bob Roe\"");
            rules.AddCommand<RulesCommands.Remove>("remove")
                .WithDescription("Remove a rule (the leads it assigned stay assigned).")
                .WithExample("rules", "remove", "0193f1c2-7a4b-7cde-8f01-23456789abcd");
            rules.AddCommand<RulesCommands.Apply>("apply")
                .WithDescription("Assign every unassigned lead by the rules now, all or none; undo with 'bulk-edit undo OPERATION'.")
                .WithExample("rules", "apply", "--json");
        });
        config.AddCommand<ImportCommand>("import")
            .WithDescription("Import leads from a file: every row accounted for (imported, merged, skipped, rejected with row and column); duplicates found; written whole or not at all; undo with 'bulk-edit undo OPERATION'.")
            .WithExample("import", "contacts.csv", "--duplicates", "update", "--save-map", "outlook")
            .WithExample("import", "leads.json", "--dry-run", "--json");
        config.AddCommand<ExportCommand>("export")
            .WithDescription("Export the leads a filter selects (all by default) to a file.")
            .WithExample("export", "hot.json", "--filter", "\"stars >= 4\"");
    }

    private static async Task<int> ReportAsync(Exception exception, CliHost host)
    {
        var (code, message) = exception switch
        {
            CliException cli => (cli.ExitCode, cli.Message),
            LeadKitException domain => (ExitCodes.DomainError, domain.Message),
            CommandAppException usage => (ExitCodes.Usage, $"{usage.Message} Run 'leadkit --help' (or 'leadkit COMMAND --help') for usage."),
            OperationCanceledException => (ExitCodes.Cancelled, "Cancelled; nothing was committed."),
            _ => (ExitCodes.Failure, $"{exception.GetType().Name}: {exception.GetBaseException().Message}"),
        };
        await host.StandardError.WriteLineAsync($"leadkit: {message}");
        await host.StandardError.FlushAsync();
        return code;
    }

    private static string Version() =>
        typeof(LeadKitCli).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
}
