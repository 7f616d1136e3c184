using System;
using System.ComponentModel;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.Cli.Hosting;
using LeadKit.Cli.Storage;
using LeadKit.Scoring;
using Spectre.Console;
using Spectre.Console.Cli;

namespace LeadKit.Cli.Commands;

/// <summary><c>leadkit init</c>: creates the database's workspace and the users who share it, owner first.</summary>
/// <param name="host">The host.</param>
internal sealed class InitCommand(CliHost host) : LeadKitCommand<InitCommand.Settings>(host)
{
    /// <inheritdoc />
    protected override async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        var users = WorkspaceSetup.PlanUsers(settings.Owner, settings.OtherUsers());
        var profile = settings.Criteria.Trim().ToUpperInvariant() switch
        {
            "DEFAULT" => ScoringProfile.Default,
            "NONE" => ScoringProfile.Empty,
            _ => throw new CliException($"--criteria is default or none, not '{settings.Criteria}'.", ExitCodes.Usage),
        };
        var target = settings.ChooseDatabase(Host);
        var store = await WorkspaceSession.OpenStoreAsync(Host, target, cancellationToken);
        await using var session = await WorkspaceSession.CreateAsync(target, store, users, cancellationToken, profile);
        if (settings.Json)
        {
            await WriteJsonAsync(
                json =>
                {
                    var w = json.Writer;
                    w.WriteStartObject();
                    w.WriteString("database", target.ToString());
                    w.WriteStartObject("workspace");
                    w.WriteString("id", session.Workspace.Id.ToString());
                    w.WriteString("name", session.Workspace.Name);
                    w.WriteEndObject();
                    json.WriteValue("owner", session.ActingUser);
                    json.WriteValue("users", session.Users);
                    w.WriteNumber("criteria", profile.Criteria.Length);
                    w.WriteEndObject();
                },
                cancellationToken);
            return ExitCodes.Success;
        }

        Host.Console.MarkupLine($"Created workspace [bold]{Markup.Escape(session.Workspace.Name)}[/] in {Markup.Escape(target.ToString())}.");
        var table = new Table().Border(TableBorder.Rounded).AddColumns("User", "Id", "Role");
        foreach (var user in session.Users)
        {
            table.AddRow(new Text(user.DisplayName), new Text(user.Id.ToString()), new Text(user.Id == session.ActingUser.Id ? "owner" : "user"));
        }

        Host.Console.Write(table);
        Host.Console.MarkupLine(profile.Criteria.IsEmpty
            ? "No scoring criteria yet: [bold]leadkit criteria add --description \"Budget confirmed\" --weight high[/]"
            : $"Scoring with the default profile's {profile.Criteria.Length} criteria ([bold]leadkit criteria list[/]).");
        Host.Console.MarkupLine("Next: [bold]leadkit lead add --name \"Ann Lee\"[/]");
        return ExitCodes.Success;
    }

    /// <summary>The options of <c>init</c>.</summary>
    internal sealed class Settings : GlobalSettings
    {
        /// <summary>Gets the owner's display name.</summary>
        [CommandOption("--owner <NAME>")]
        [Description("The owner's display name: the default acting user of every command.")]
        [DefaultValue(WorkspaceSetup.DefaultOwnerName)]
        public string Owner { get; init; } = WorkspaceSetup.DefaultOwnerName;

        /// <summary>Gets which scoring profile to start with.</summary>
        [CommandOption("--criteria <default|none>")]
        [Description("The scoring criteria to start with: default (LeadKit's six, see docs/scoring.md) or none.")]
        [DefaultValue("default")]
        public string Criteria { get; init; } = "default";

        /// <summary>Gets the other users' display names, comma-separated.</summary>
        [CommandOption("--users <NAMES>")]
        [Description("The other users who share the database, comma-separated: --users \"Priya Raman,Diego Santos\".")]
        public string? Users { get; init; }

        /// <summary>Splits <see cref="Users"/>.</summary>
        /// <returns>The names, trimmed, blanks left out.</returns>
        public string[] OtherUsers() =>
            Users is null ? [] : [.. Users.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
    }
}
