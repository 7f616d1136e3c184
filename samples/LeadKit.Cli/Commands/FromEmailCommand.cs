using System;
using System.ComponentModel;
using System.IO;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.Cli.Hosting;
using LeadKit.Cli.Rendering;
using LeadKit.Email;
using LeadKit.Email.Serialization;
using LeadKit.Leads;
using LeadKit.Operations;
using LeadKit.Scoring;
using Spectre.Console;
using Spectre.Console.Cli;

namespace LeadKit.Cli.Commands;

/// <summary>
/// <c>leadkit from-email FILE.eml | --from "Name &lt;address&gt;" [--save]</c>: captures a lead
/// draft from a message's sender or a <c>From:</c> header value with <see cref="EmailLeadCapture"/>,
/// shows it, and with <c>--save</c> stores it as a new lead.
/// </summary>
/// <param name="host">The host.</param>
internal sealed class FromEmailCommand(CliHost host) : LeadKitCommand<FromEmailCommand.Settings>(host)
{
    /// <summary>The options that write a draft: LeadKit's lead format plus what the capture found (<c>docs/email.md</c>).</summary>
    private static readonly JsonSerializerOptions DraftOptions = CreateDraftOptions();

    /// <inheritdoc />
    protected override async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        var draft = settings.File is { } file
            ? await ReadMessageAsync(file, cancellationToken)
            : EmailLeadCapture.FromHeader(settings.From!, Host.Clock);
        var lead = draft.Lead;
        var view = new LeadView(id => id?.ToString(), Host.TimeZone);
        if (settings.Save)
        {
            await using var session = await OpenSessionAsync(settings, cancellationToken);
            view = CreateView(session);

            // The draft was made by no one; stored, it is created by the acting user (--as).
            lead = CreatedBy(draft.Lead, session.ActingUser.Id);
            await using var work = await session.BeginAsync(cancellationToken);

            // Saved with its score and assigned by the workspace's rules, as `lead add` does.
            var context = new OperationContext(session.Store, session.Workspace.Id, Host.Clock, session.ActingUser.Id)
            {
                Rescorer = new PicklistRules(new ProfileRescorer(Host.Clock)),
            };
            await new LeadKit.Assignment.RuleAssignment(context).StageLeadsAsync(work, [lead], cancellationToken);
            await work.CommitAsync(cancellationToken);
        }

        if (settings.Json)
        {
            await WriteJsonAsync(json => WriteJson(json, draft, lead, settings.Save), cancellationToken);
            return ExitCodes.Success;
        }

        foreach (var warning in draft.Warnings)
        {
            await Host.StandardError.WriteLineAsync($"leadkit: warning: {warning.Message}");
        }

        await Host.StandardError.FlushAsync(cancellationToken);
        Host.Console.Write(view.Describe(lead));
        Host.Console.WriteLine($"Captured from {draft.Header}: {draft.HeaderValue}");
        Host.Console.WriteLine(settings.Save
            ? $"Saved as lead {lead.Id}."
            : "Not saved: run again with --save to store it.");
        return ExitCodes.Success;
    }

    /// <summary>Reads a message file; a missing or unreadable file is a domain error naming it.</summary>
    private async Task<LeadDraft> ReadMessageAsync(string file, CancellationToken cancellationToken)
    {
        var path = Path.GetFullPath(file, Host.CurrentDirectory);
        Stream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, useAsync: true);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException)
        {
            throw new CliException($"FILE '{file}': cannot read the message ({ex.Message})", ExitCodes.DomainError, ex);
        }

        await using (stream)
        {
            try
            {
                return await EmailLeadCapture.FromStreamAsync(stream, Host.Clock, cancellationToken);
            }
            catch (EmailCaptureException ex)
            {
                throw new CliException($"{file}: {ex.Message}", ExitCodes.DomainError, ex);
            }
        }
    }

    /// <summary>The draft's lead with its creator set, through the library's own JSON format (the lead's other values stay exactly as captured).</summary>
    private static Lead CreatedBy(Lead draft, UserId user)
    {
        var info = (JsonTypeInfo<Lead>)JsonOutput.SerializerOptions.GetTypeInfo(typeof(Lead));
        var document = JsonSerializer.SerializeToNode(draft, info)!.AsObject();
        document["createdBy"] = user.ToString();
        return document.Deserialize(info) ?? throw new InvalidOperationException("The draft's lead did not read back.");
    }

    /// <summary>Writes the draft as <c>docs/email.md</c> describes it, the stored lead in place of the draft's when saved, and its <c>id</c>.</summary>
    private static void WriteJson(JsonOutput json, LeadDraft draft, Lead lead, bool saved)
    {
        var document = JsonSerializer.SerializeToElement(draft, (JsonTypeInfo<LeadDraft>)DraftOptions.GetTypeInfo(typeof(LeadDraft)));
        var w = json.Writer;
        w.WriteStartObject();
        if (saved)
        {
            w.WriteString("id", lead.Id.ToString());
        }

        foreach (var member in document.EnumerateObject())
        {
            if (member.NameEquals("lead"))
            {
                json.WriteValue("lead", lead);
            }
            else
            {
                member.WriteTo(w);
            }
        }

        w.WriteEndObject();
    }

    private static JsonSerializerOptions CreateDraftOptions()
    {
        var options = new JsonSerializerOptions().ConfigureForLeadKitEmail();
        options.MakeReadOnly();
        return options;
    }

    /// <summary>The options of <c>from-email</c>.</summary>
    internal sealed class Settings : GlobalSettings
    {
        /// <summary>Gets the message file.</summary>
        [CommandArgument(0, "[FILE]")]
        [Description("An e-mail message (.eml, RFC 5322) whose sender becomes the lead.")]
        public string? File { get; init; }

        /// <summary>Gets the <c>From:</c> header value.</summary>
        [CommandOption("--from <VALUE>")]
        [Description("A From: header value instead of a file, e.g. \"Lee, Ann <ann.lee@contoso.com>\" or an encoded word.")]
        public string? From { get; init; }

        /// <summary>Gets a value indicating whether the draft is stored.</summary>
        [CommandOption("--save")]
        [Description("Store the draft as a new lead (created by the acting user) and print its id.")]
        public bool Save { get; init; }

        /// <inheritdoc />
        public override ValidationResult Validate()
        {
            var global = base.Validate();
            if (!global.Successful)
            {
                return global;
            }

            return (File is null) == (From is null)
                ? ValidationResult.Error("Give either a message FILE or --from \"Name <address>\".")
                : ValidationResult.Success();
        }
    }
}
