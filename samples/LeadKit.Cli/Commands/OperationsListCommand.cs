using System.ComponentModel;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.Cli.Hosting;
using LeadKit.Operations;
using LeadKit.Storage;
using NodaTime.Text;
using Spectre.Console;
using Spectre.Console.Cli;

namespace LeadKit.Cli.Commands;

/// <summary>
/// <c>leadkit operations list [--limit N]</c>: the most recent recorded operations (bulk edits,
/// assignments, undos), newest first: id, kind, when, who, how many leads, and whether it was undone.
/// </summary>
/// <param name="host">The host.</param>
internal sealed class OperationsListCommand(CliHost host) : LeadKitCommand<OperationsListCommand.Settings>(host)
{
    /// <inheritdoc />
    protected override async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        await using var session = await OpenSessionAsync(settings, cancellationToken);
        await using var work = await session.BeginAsync(cancellationToken);
        var operations = await work.Operations.ListAsync(settings.Limit, cancellationToken);
        if (settings.Json)
        {
            await WriteJsonAsync(
                json =>
                {
                    var writer = json.Writer;
                    writer.WriteStartObject();
                    writer.WriteStartArray("items");
                    foreach (var operation in operations)
                    {
                        writer.WriteStartObject();
                        writer.WriteString("id", operation.Id.ToString());
                        writer.WriteString("kind", Kind(operation.Kind));
                        writer.WriteString("when", InstantPattern.ExtendedIso.Format(operation.At));
                        writer.WriteString("who", session.DisplayName(operation.By));
                        writer.WriteNumber("count", operation.Count);
                        writer.WriteStartArray("fields");
                        foreach (var field in operation.Fields)
                        {
                            writer.WriteStringValue(field);
                        }

                        writer.WriteEndArray();
                        writer.WriteString("undoes", operation.Undoes?.ToString());
                        writer.WriteString("undoneBy", operation.UndoneBy?.ToString());
                        writer.WriteEndObject();
                    }

                    writer.WriteEndArray();
                    writer.WriteEndObject();
                },
                cancellationToken);
            return ExitCodes.Success;
        }

        if (operations.Count == 0)
        {
            Host.Console.WriteLine("No operations recorded yet.");
            return ExitCodes.Success;
        }

        var table = new Table().AddColumns("id", "kind", "when", "who", "leads", "fields", "undone");
        foreach (var operation in operations)
        {
            table.AddRow(
                Markup.Escape(operation.Id.ToString()),
                Kind(operation.Kind),
                Markup.Escape(InstantPattern.General.Format(operation.At)),
                Markup.Escape(session.DisplayName(operation.By) ?? string.Empty),
                operation.Count.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(string.Join(", ", operation.Fields)),
                operation.UndoneBy is { } by ? Markup.Escape(by.ToString()) : string.Empty);
        }

        Host.Console.Write(table);
        return ExitCodes.Success;
    }

    private static string Kind(OperationKind kind) => kind switch
    {
        OperationKind.BulkEdit => "bulk-edit",
        OperationKind.Assignment => "assign",
        OperationKind.Undo => "undo",
        OperationKind.Import => "import",
        OperationKind.Merge => "merge",
        OperationKind.Erasure => "erase",
        _ => kind.ToString(),
    };

    /// <summary>The options of <c>operations list</c>.</summary>
    internal sealed class Settings : GlobalSettings
    {
        /// <summary>Gets how many operations to list.</summary>
        [CommandOption("--limit <N>")]
        [Description("How many of the most recent operations to list (default 20).")]
        public int Limit { get; init; } = 20;

        /// <inheritdoc />
        public override ValidationResult Validate()
        {
            var global = base.Validate();
            return !global.Successful ? global : Limit < 1 ? ValidationResult.Error("--limit takes 1 or more.") : ValidationResult.Success();
        }
    }
}
