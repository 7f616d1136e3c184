using System;
using System.Globalization;
using LeadKit.Cli.Hosting;
using LeadKit.Cli.Rendering;
using LeadKit.Leads;
using LeadKit.Scoring;
using Spectre.Console;

namespace LeadKit.Cli.Scoring;

/// <summary>Renders a score explanation: the <c>score explain --json</c> contract of docs/cli.md, or a table with ★★★☆☆.</summary>
internal static class ScoreOutput
{
    /// <summary>
    /// Writes <c>{"stars", "percent", "points", "met", "total", "scoreType", "criteria": [{"id",
    /// "description", "weight", "met", "contribution", "reason"}…]}</c> plus the lead's id, the most
    /// stars, the automatic stars, the profile version and the instant scored for.
    /// </summary>
    /// <param name="json">The output.</param>
    /// <param name="lead">The lead.</param>
    /// <param name="explanation">The explanation.</param>
    public static void WriteJson(JsonOutput json, Lead lead, ScoreExplanation explanation)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(lead);
        ArgumentNullException.ThrowIfNull(explanation);
        var w = json.Writer;
        var score = explanation.Score;
        w.WriteStartObject();
        w.WriteString("id", lead.Id.ToString());
        w.WriteNumber("stars", score.Stars);
        w.WriteNumber("percent", score.Percent.Round(2));
        w.WriteNumber("points", score.Points);
        w.WriteNumber("met", score.Met);
        w.WriteNumber("total", score.Total);
        w.WriteString("scoreType", score.ScoreType == ScoreType.Manual ? "Manual" : "Automatic");
        w.WriteNumber("maxStars", score.MaxStars);
        w.WriteNumber("automaticStars", score.AutomaticStars);
        w.WriteNumber("profileVersion", explanation.ProfileVersion);
        w.WriteString("asOf", NodaTime.Text.InstantPattern.ExtendedIso.Format(explanation.AsOf));
        w.WriteStartArray("criteria");
        foreach (var line in explanation.Criteria)
        {
            w.WriteStartObject();
            w.WriteString("id", line.Id.Value);
            w.WriteString("description", line.Description);
            w.WriteString("weight", CriterionArguments.Format(line.Weight));
            w.WriteBoolean("met", line.Met);
            w.WriteNumber("contribution", line.Contribution);
            w.WriteString("reason", line.DescribeReason());
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>Writes the explanation as a table under a ★★★☆☆ headline.</summary>
    /// <param name="host">The host.</param>
    /// <param name="lead">The lead.</param>
    /// <param name="explanation">The explanation.</param>
    public static void WriteHuman(CliHost host, Lead lead, ScoreExplanation explanation)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(lead);
        ArgumentNullException.ThrowIfNull(explanation);
        var score = explanation.Score;
        host.Console.MarkupLine(Headline(lead, score));
        if (score.ScoreType == ScoreType.Manual)
        {
            host.Console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"Manual score; the criteria would give {score.AutomaticStars} stars ('leadkit score auto' switches back).")));
        }

        // Ids are typed back into commands (score check ID): they are never broken, the prose columns wrap instead.
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn(new TableColumn("Criterion").NoWrap())
            .AddColumns("Description", "Weight", "Met", "Contribution", "Why");
        foreach (var line in explanation.Criteria)
        {
            table.AddRow(
                new Text(line.Id.Value),
                new Text(line.Description),
                new Text(CriterionArguments.Format(line.Weight)),
                new Text(line.Met ? "yes" : "no"),
                new Text(line.Contribution.ToString("+0;-0;0", CultureInfo.InvariantCulture)),
                new Text(line.DescribeReason()));
        }

        host.Console.Write(table);
        host.Console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"M = {score.Met} of W = {score.Total}: {score.Percent.Round(2)} %, {score.Points} points (profile v{explanation.ProfileVersion}).")));
    }

    /// <summary>Returns <c>Ann Lee: ★★★☆☆ 3/5</c> as markup.</summary>
    /// <param name="lead">The lead.</param>
    /// <param name="score">Its score.</param>
    /// <returns>The markup.</returns>
    public static string Headline(Lead lead, LeadScore score)
    {
        ArgumentNullException.ThrowIfNull(lead);
        ArgumentNullException.ThrowIfNull(score);
        return $"[bold]{Markup.Escape(lead.Name.ToString())}[/]: [yellow]{Markup.Escape(score.ToStarText())}[/] {score.Stars}/{score.MaxStars} ({(score.ScoreType == ScoreType.Manual ? "manual" : "automatic")})";
    }
}
