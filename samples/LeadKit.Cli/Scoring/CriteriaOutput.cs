using System;
using System.Collections.Generic;
using System.Globalization;
using LeadKit.Cli.Hosting;
using LeadKit.Cli.Rendering;
using LeadKit.Leads;
using LeadKit.Operations;
using LeadKit.Scoring;
using Spectre.Console;

namespace LeadKit.Cli.Scoring;

/// <summary>Renders the profile and re-score results of the <c>criteria</c> and <c>score rescore</c> commands.</summary>
internal static class CriteriaOutput
{
    /// <summary>Writes <c>{"items": [criterion…], "version": n}</c>, criteria in the library's JSON format.</summary>
    /// <param name="json">The output.</param>
    /// <param name="profile">The profile.</param>
    public static void WriteProfile(JsonOutput json, ScoringProfile profile)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(profile);
        var w = json.Writer;
        w.WriteStartObject();
        w.WriteStartArray("items");
        foreach (var criterion in profile.Criteria)
        {
            json.WriteValue(criterion);
        }

        w.WriteEndArray();
        w.WriteNumber("version", profile.Version);
        w.WriteNumber("total", profile.TotalPoints);
        w.WriteNumber("maxStars", profile.MaxStars);
        w.WriteEndObject();
    }

    /// <summary>Writes the profile as a table, rules with the users they name shown by their current display names.</summary>
    /// <param name="host">The host.</param>
    /// <param name="profile">The profile.</param>
    /// <param name="users">The workspace's users.</param>
    public static void WriteProfile(CliHost host, ScoringProfile profile, IReadOnlyList<WorkspaceUser> users)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(users);
        if (profile.Criteria.IsEmpty)
        {
            host.Console.MarkupLine("No scoring criteria. Add one: [bold]leadkit criteria add --description \"Budget confirmed\" --weight high[/]");
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).AddColumns("Id", "Description", "Weight", "Points", "Rule / validity");
        foreach (var c in profile.Criteria)
        {
            var extra = c.Rule is not null ? "rule: " + (c.Rule is ScoringRule rule ? rule.ToDisplayText(users) : c.Rule.ToString()) : c.Validity is { } v ? string.Create(CultureInfo.InvariantCulture, $"counts for {v.TotalDays:0.##} days") : string.Empty;
            table.AddRow(new Text(c.Id.Value), new Text(c.Description), new Text(CriterionArguments.Format(c.Weight)), new Text(profile.Scale.PointsOf(c.Weight).ToString(CultureInfo.InvariantCulture)), new Text(extra));
        }

        host.Console.Write(table);
        host.Console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"Profile v{profile.Version}: W = {profile.TotalPoints} points, {profile.MaxStars} stars.")));
    }

    /// <summary>Writes <c>{"scanned": n, "changed": n, "profileVersion": v}</c>.</summary>
    /// <param name="json">The output.</param>
    /// <param name="result">The re-score.</param>
    public static void WriteRescore(JsonOutput json, RescoreResult result)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(result);
        json.Writer.WriteStartObject();
        WriteRescoreMembers(json, result);
        json.Writer.WriteEndObject();
    }

    /// <summary>Writes the members of a re-score into an open object.</summary>
    /// <param name="json">The output.</param>
    /// <param name="result">The re-score.</param>
    public static void WriteRescoreMembers(JsonOutput json, RescoreResult result)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(result);
        json.Writer.WriteNumber("scanned", result.Scanned);
        json.Writer.WriteNumber("changed", result.Changed);
        json.Writer.WriteNumber("profileVersion", result.ProfileVersion);
    }

    /// <summary>Reports a criterion edit or removal: <c>{"id", "version", "scanned", "changed", "profileVersion"}</c> or a line of text.</summary>
    /// <param name="host">The host.</param>
    /// <param name="json">Whether to write JSON.</param>
    /// <param name="verb">"Edited" or "Removed".</param>
    /// <param name="id">The criterion.</param>
    /// <param name="change">The change.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when it is written.</returns>
    public static async System.Threading.Tasks.Task WriteChangeAsync(CliHost host, bool json, string verb, CriterionId id, ProfileChange change, System.Threading.CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(change);
        if (json)
        {
            await JsonOutput.WriteAsync(
                host.StandardOutput,
                output =>
                {
                    output.Writer.WriteStartObject();
                    output.Writer.WriteString("id", id.Value);
                    output.Writer.WriteNumber("version", change.Profile.Version);
                    WriteRescoreMembers(output, change.Rescore);
                    output.Writer.WriteEndObject();
                },
                cancellationToken);
            return;
        }

        host.Console.MarkupLine($"{verb} criterion [bold]{Markup.Escape(id.Value)}[/] (profile v{change.Profile.Version}).");
        WriteRescore(host, change.Rescore);
    }

    /// <summary>Writes a one-line summary of a re-score.</summary>
    /// <param name="host">The host.</param>
    /// <param name="result">The re-score.</param>
    public static void WriteRescore(CliHost host, RescoreResult result)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(result);
        host.Console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"Re-scored {result.Scanned} records with profile v{result.ProfileVersion}: {result.Changed} changed.")));
    }
}
