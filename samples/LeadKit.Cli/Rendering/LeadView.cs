using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using LeadKit.Leads;
using LeadKit.Scoring;
using NodaTime;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace LeadKit.Cli.Rendering;

/// <summary>Renders leads for people: a table for lists, a block of labelled fields for one lead.</summary>
/// <param name="userName">Gives a user's display name.</param>
/// <param name="zone">The zone instants are shown in.</param>
internal sealed class LeadView(Func<UserId?, string?> userName, DateTimeZone zone)
{
    /// <summary>Creates the table a listing fills row by row.</summary>
    /// <returns>The empty table.</returns>
    public static Table CreateTable()
    {
        // The id never wraps (it is what `lead show` takes, whole or as a unique prefix); the other
        // columns wrap on a narrow terminal. E-mail, phone and title are left to `lead show`.
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn(new TableColumn("Id").NoWrap());
        table.AddColumns("Name", "Company", "Source", "Rating", "Score", "Assigned to");
        return table;
    }

    /// <summary>Adds a lead to a table made by <see cref="CreateTable"/>.</summary>
    /// <param name="table">The table.</param>
    /// <param name="lead">The lead.</param>
    /// <param name="shownId">The id as the table shows it (a unique prefix, say), or <see langword="null"/> for the whole id.</param>
    public void AddRow(Table table, Lead lead, string? shownId = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(lead);
        table.AddRow(
            Plain(shownId ?? lead.Id.ToString()),
            Plain(lead.Name.FullName),
            Plain(lead.CompanyName),
            Plain(lead.Source?.Name),
            Plain(lead.Rating?.Name),
            Plain(Score(lead)),
            Plain(userName(lead.AssignedTo)));
    }

    /// <summary>Renders one lead as a block of labelled fields; empty fields are left out.</summary>
    /// <param name="lead">The lead.</param>
    /// <returns>The block.</returns>
    public IRenderable Describe(Lead lead)
    {
        ArgumentNullException.ThrowIfNull(lead);
        var grid = new Grid().AddColumn(new GridColumn().NoWrap().PadRight(2)).AddColumn();
        foreach (var (label, value) in Fields(lead))
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                grid.AddRow(new Markup($"[bold]{Markup.Escape(label)}[/]"), new Text(value));
            }
        }

        return new Panel(grid).Header(Markup.Escape(lead.Name.FullName)).Border(BoxBorder.Rounded);
    }

    private IEnumerable<(string Label, string? Value)> Fields(Lead lead)
    {
        yield return ("Id", lead.Id.ToString());
        yield return ("Name", lead.Name.FullName);
        yield return ("File as", lead.FileAs);
        yield return ("Company", lead.CompanyName);
        yield return ("Title", lead.JobTitle);
        yield return ("E-mail", string.Join(Environment.NewLine, lead.Emails.Select(e => $"{e.Address.Value} ({e.Kind})")));
        yield return ("Phone", string.Join(Environment.NewLine, lead.Phones.Select(p => $"{p.Number} ({p.Kind})")));
        yield return ("Web page", lead.WebPage?.OriginalString);
        yield return ("Source", lead.Source?.Name);
        yield return ("Rating", lead.Rating?.Name);
        yield return ("Score", Score(lead));
        yield return ("Assigned to", userName(lead.AssignedTo));
        yield return ("Area of interest", lead.AreaOfInterest);
        yield return ("Department", lead.Department);
        yield return ("Office", lead.Office);
        yield return ("Territory", lead.Territory);
        yield return ("IM", lead.ImAddress);
        yield return ("Birthday", lead.Birthday?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
        yield return ("Prefers", lead.PreferredContactMethod == PreferredContactMethod.Any ? null : lead.PreferredContactMethod.ToString());
        yield return ("Do not", string.Join(", ", DoNot(lead)));
        yield return ("Active", lead.IsActive ? null : "no (inactive)");
        yield return ("Comments", lead.Comments);
        yield return ("Custom fields", string.Join(Environment.NewLine, lead.CustomFields.Select(f => $"{f.Key} = {f.Value}")));
        yield return ("Converted to", lead.ConvertedTo?.ToString());
        yield return ("Created", Audit(lead.CreatedAt, lead.CreatedBy));
        yield return ("Modified", Audit(lead.ModifiedAt, lead.ModifiedBy));
        yield return ("Version", lead.Version.ToString(CultureInfo.InvariantCulture));
    }

    private static IEnumerable<string> DoNot(Lead lead)
    {
        if (lead.DoNotCall)
        {
            yield return "call";
        }

        if (lead.DoNotEmail)
        {
            yield return "e-mail";
        }

        if (lead.DoNotFax)
        {
            yield return "fax";
        }

        if (lead.DoNotSendLetter)
        {
            yield return "send letters";
        }
    }

    private static string? Score(Lead lead) =>
        lead.ScoreType == ScoreType.Manual || lead.Score is not null ? Stars.Draw(lead.Stars) : null;

    private string Audit(Instant at, UserId? by)
    {
        var when = at.InZone(zone).ToString("uuuu-MM-dd HH:mm", CultureInfo.InvariantCulture);
        return userName(by) is { } name ? $"{when} by {name}" : when;
    }

    private static Text Plain(string? value) => new(value ?? string.Empty);
}
