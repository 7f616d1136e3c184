using System.ComponentModel;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.Cli.Hosting;
using Spectre.Console.Cli;

namespace LeadKit.Cli.Commands;

/// <summary><c>leadkit lead show ID</c>: prints one lead.</summary>
/// <param name="host">The host.</param>
internal sealed class LeadShowCommand(CliHost host) : LeadKitCommand<LeadShowCommand.Settings>(host)
{
    /// <inheritdoc />
    protected override async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        LeadIds.Check(settings.Id);
        await using var session = await OpenSessionAsync(settings, cancellationToken);
        var id = await LeadIds.ResolveAsync(session, settings.Id, cancellationToken);
        await using var work = await session.BeginAsync(cancellationToken);
        var lead = await work.Leads.GetAsync(id, cancellationToken);
        if (settings.Json)
        {
            await WriteJsonAsync(json => json.WriteValue(lead), cancellationToken);
        }
        else
        {
            Host.Console.Write(CreateView(session).Describe(lead));
        }

        return ExitCodes.Success;
    }

    /// <summary>The options of <c>lead show</c>.</summary>
    internal sealed class Settings : GlobalSettings
    {
        /// <summary>Gets the lead's id.</summary>
        [CommandArgument(0, "<ID>")]
        [Description("The lead's id, as `lead add` or `lead list` prints it.")]
        public string Id { get; init; } = string.Empty;
    }
}
