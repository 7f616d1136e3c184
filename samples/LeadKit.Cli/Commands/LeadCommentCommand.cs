using System.ComponentModel;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.Cli.Hosting;
using LeadKit.Operations;
using Spectre.Console;
using Spectre.Console.Cli;

namespace LeadKit.Cli.Commands;

/// <summary>
/// <c>leadkit lead comment ID "text" [--timestamp]</c>: appends a paragraph to a lead's comments
/// through <see cref="LeadComments"/>; <c>--timestamp</c> first writes the clock's current date and
/// time in the host's time zone and culture.
/// </summary>
/// <param name="host">The host.</param>
internal sealed class LeadCommentCommand(CliHost host) : OperationCommand<LeadCommentCommand.Settings>(host)
{
    /// <inheritdoc />
    protected override async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        LeadIds.Check(settings.Id);
        await using var session = await OpenSessionAsync(settings, cancellationToken);
        var id = await LeadIds.ResolveAsync(session, settings.Id, cancellationToken);
        var comments = new LeadComments(CreateContext(session));
        var appended = settings.Timestamp
            ? await comments.AddTimestampAsync(id, Host.TimeZone, Host.Culture, settings.Text, cancellationToken)
            : await comments.AddCommentAsync(id, settings.Text!, cancellationToken);

        await using var work = await session.BeginAsync(cancellationToken);
        var lead = await work.Leads.GetAsync(id, cancellationToken);
        if (settings.Json)
        {
            await WriteJsonAsync(
                json =>
                {
                    json.Writer.WriteStartObject();
                    json.Writer.WriteString("id", lead.Id.ToString());
                    json.Writer.WriteString("appended", appended);
                    json.Writer.WriteString("comments", lead.Comments);
                    json.Writer.WriteEndObject();
                },
                cancellationToken);
        }
        else
        {
            Host.Console.WriteLine($"Added to the comments of {lead.Name.FullName}:");
            Host.Console.WriteLine(appended);
        }

        return ExitCodes.Success;
    }

    /// <summary>The options of <c>lead comment</c>.</summary>
    internal sealed class Settings : GlobalSettings
    {
        /// <summary>Gets the lead's id.</summary>
        [CommandArgument(0, "<ID>")]
        [Description("The lead's id.")]
        public string Id { get; init; } = string.Empty;

        /// <summary>Gets the text to append.</summary>
        [CommandArgument(1, "[TEXT]")]
        [Description("The text to append as a new paragraph (optional with --timestamp).")]
        public string? Text { get; init; }

        /// <summary>Gets a value indicating whether a time stamp is written first.</summary>
        [CommandOption("--timestamp")]
        [Description("Write the current date and time first (the machine's time zone and culture), then the text on the next line.")]
        public bool Timestamp { get; init; }

        /// <inheritdoc />
        public override ValidationResult Validate()
        {
            var global = base.Validate();
            if (!global.Successful)
            {
                return global;
            }

            return Text is null && !Timestamp
                ? ValidationResult.Error("Give the comment's text, or --timestamp (or both).")
                : ValidationResult.Success();
        }
    }
}
