using System;
using System.ComponentModel;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.Cli.Hosting;
using LeadKit.Leads;
using Spectre.Console;
using Spectre.Console.Cli;

namespace LeadKit.Cli.Commands;

/// <summary>
/// <c>leadkit picklist list sources|ratings</c>, <c>picklist add sources|ratings VALUE</c> and
/// <c>picklist remove sources|ratings VALUE</c>: the workspace's lead sources and ratings. A rating
/// must be on its list before a lead can have it (an import rejects the rows that name another one);
/// a new source typed on a lead joins its list by itself.
/// </summary>
internal static class PicklistCommands
{
    /// <summary>Which list a <c>sources|ratings</c> argument names.</summary>
    /// <param name="text">The argument.</param>
    /// <returns>The list.</returns>
    /// <exception cref="CliException">The argument names neither list (bad usage).</exception>
    public static PicklistKind Kind(string text) => text.Trim().ToLowerInvariant() switch
    {
        "sources" or "source" => PicklistKind.LeadSources,
        "ratings" or "rating" => PicklistKind.Ratings,
        var other => throw new CliException($"'{other}' is not a list: use sources or ratings.", ExitCodes.Usage),
    };

    /// <summary>The settings every picklist command has: which list.</summary>
    internal class ListSettings : GlobalSettings
    {
        /// <summary>Gets which list.</summary>
        [CommandArgument(0, "<LIST>")]
        [Description("sources or ratings.")]
        public string List { get; init; } = string.Empty;
    }

    /// <summary>The settings of <c>add</c> and <c>remove</c>: the list and the value.</summary>
    internal sealed class ValueSettings : ListSettings
    {
        /// <summary>Gets the value.</summary>
        [CommandArgument(1, "<VALUE>")]
        [Description("The choice to add or remove.")]
        public string Value { get; init; } = string.Empty;
    }

    /// <summary><c>picklist list</c>.</summary>
    /// <param name="host">The host.</param>
    internal sealed class List(CliHost host) : PicklistCommand<ListSettings>(host)
    {
        /// <inheritdoc />
        protected override async Task<int> RunAsync(ListSettings settings, CancellationToken cancellationToken)
        {
            var kind = Kind(settings.List);
            await using var session = await OpenSessionAsync(settings, cancellationToken);
            await using var work = await session.BeginAsync(cancellationToken);
            var entries = await work.Picklists.GetAsync(kind, cancellationToken);
            await WriteAsync(settings.Json, kind, entries, cancellationToken);
            return ExitCodes.Success;
        }
    }

    /// <summary><c>picklist add</c>.</summary>
    /// <param name="host">The host.</param>
    internal sealed class Add(CliHost host) : PicklistCommand<ValueSettings>(host)
    {
        /// <inheritdoc />
        protected override async Task<int> RunAsync(ValueSettings settings, CancellationToken cancellationToken)
        {
            var kind = Kind(settings.List);
            await using var session = await OpenSessionAsync(settings, cancellationToken);
            await using var work = await session.BeginAsync(cancellationToken);
            if (!await work.Picklists.AddAsync(kind, settings.Value, cancellationToken))
            {
                throw new CliException($"'{settings.Value.Trim()}' is already on the {Name(kind)} list.");
            }

            await work.CommitAsync(cancellationToken);
            await using var reading = await session.BeginAsync(cancellationToken);
            await WriteAsync(settings.Json, kind, await reading.Picklists.GetAsync(kind, cancellationToken), cancellationToken);
            return ExitCodes.Success;
        }
    }

    /// <summary><c>picklist remove</c>: leads that hold the value keep it; new ones cannot take it.</summary>
    /// <param name="host">The host.</param>
    internal sealed class Remove(CliHost host) : PicklistCommand<ValueSettings>(host)
    {
        /// <inheritdoc />
        protected override async Task<int> RunAsync(ValueSettings settings, CancellationToken cancellationToken)
        {
            var kind = Kind(settings.List);
            await using var session = await OpenSessionAsync(settings, cancellationToken);
            await using var work = await session.BeginAsync(cancellationToken);
            var entries = await work.Picklists.GetAsync(kind, cancellationToken);
            if (!entries.Contains(settings.Value))
            {
                throw new CliException($"'{settings.Value.Trim()}' is not on the {Name(kind)} list ({string.Join(", ", entries)}).");
            }

            var after = entries.Remove(settings.Value);
            await work.Picklists.SaveAsync(kind, after, cancellationToken);
            await work.CommitAsync(cancellationToken);
            await WriteAsync(settings.Json, kind, after, cancellationToken);
            return ExitCodes.Success;
        }
    }

    private static string Name(PicklistKind kind) => kind == PicklistKind.Ratings ? "rating" : "source";

    /// <summary>A picklist command: writes the list it leaves.</summary>
    /// <typeparam name="TSettings">The command's settings.</typeparam>
    /// <param name="host">The host.</param>
    internal abstract class PicklistCommand<TSettings>(CliHost host) : LeadKitCommand<TSettings>(host)
        where TSettings : ListSettings
    {
        /// <summary>Writes a list: <c>{"list": "ratings", "items": […]}</c> with <c>--json</c>, else one entry a line.</summary>
        /// <param name="json">Whether to write JSON.</param>
        /// <param name="kind">Which list.</param>
        /// <param name="entries">Its entries.</param>
        /// <param name="cancellationToken">Cancels the write.</param>
        /// <returns>A task that completes when written.</returns>
        protected async Task WriteAsync(bool json, PicklistKind kind, Picklist entries, CancellationToken cancellationToken)
        {
            if (json)
            {
                await WriteJsonAsync(
                    output =>
                    {
                        output.Writer.WriteStartObject();
                        output.Writer.WriteString("list", kind == PicklistKind.Ratings ? "ratings" : "sources");
                        output.Writer.WriteStartArray("items");
                        foreach (var entry in entries)
                        {
                            output.Writer.WriteStringValue(entry);
                        }

                        output.Writer.WriteEndArray();
                        output.Writer.WriteEndObject();
                    },
                    cancellationToken);
                return;
            }

            Host.Console.MarkupLine($"[bold]{(kind == PicklistKind.Ratings ? "Ratings" : "Lead sources")}[/] ({entries.Count})");
            foreach (var entry in entries)
            {
                Host.Console.WriteLine("  " + entry);
            }
        }
    }
}
