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
    private static readonly FrozenSet<string> Branches = new[] { "lead" }.ToFrozenSet(StringComparer.Ordinal);

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
            .WithDescription("Create a fresh demo database (./leadkit-demo.db) with sample leads, then report on it.")
            .WithExample("demo");
        config.AddBranch<GlobalSettings>("lead", lead =>
        {
            lead.SetDescription("Add, show, list and delete leads.");
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
                .WithDescription("Delete leads: all of them, or none when one is not found.")
                .WithExample("lead", "delete", "0193f1c2-7a4b-7cde-8f01-23456789abcd");
        });
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
