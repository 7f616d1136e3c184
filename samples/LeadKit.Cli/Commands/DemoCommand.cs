using System;
using System.Collections.Generic;
using System.Data.Common;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.Cli.Demo;
using LeadKit.Cli.Hosting;
using LeadKit.Cli.Rendering;
using LeadKit.Cli.Storage;
using LeadKit.Leads;
using LeadKit.Operations;
using LeadKit.Querying;
using LeadKit.Reporting;
using LeadKit.Reports;
using LeadKit.Scoring;
using LeadKit.Storage;
using Spectre.Console;

namespace LeadKit.Cli.Commands;

/// <summary>
/// <c>leadkit demo</c>: a fresh database with a workspace, four users and twenty sample leads, then
/// a listing and a count of leads per assigned user.
/// </summary>
/// <param name="host">The host.</param>
internal sealed class DemoCommand(CliHost host) : LeadKitCommand<DemoCommand.Settings>(host)
{
    /// <summary>The demo's SQLite file when <c>--db</c> is not given (<c>LEADKIT_DB</c> is not used: the demo deletes its file).</summary>
    public const string DefaultPath = "leadkit-demo.db";

    /// <summary>The group of leads nobody is assigned to.</summary>
    public const string Unassigned = "(unassigned)";

    private static readonly byte[] SqliteHeader = Encoding.ASCII.GetBytes("SQLite format 3\0");

    /// <inheritdoc />
    protected override async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        var target = settings.Connection is { } connection ? DatabaseTarget.Postgres(connection) : DatabaseTarget.Sqlite(settings.Database ?? DefaultPath, Host.CurrentDirectory);
        if (target.Kind == DatabaseKind.Sqlite)
        {
            await ClearSqliteFileAsync(target, cancellationToken);
        }

        var users = WorkspaceSetup.PlanUsers(SampleLeads.Owner, SampleLeads.OtherUsers);
        var store = await WorkspaceSession.OpenStoreAsync(Host, target, cancellationToken);
        if (target.Kind == DatabaseKind.Postgres && await WorkspaceSession.FindWorkspaceAsync(store, cancellationToken) is not null)
        {
            await WorkspaceSession.DisposeStoreAsync(store);
            throw new CliException($"{target} already holds a LeadKit workspace: the demo needs an empty database, and never deletes a server database.");
        }

        await using var session = await WorkspaceSession.CreateAsync(target, store, users, cancellationToken);
        await using (var work = await session.BeginAsync(cancellationToken))
        {
            var leads = SampleLeads.Create(Host.Clock, session.Users);
            await new ProfileRescorer(Host.Clock).RescoreAsync(work, [.. leads], cancellationToken);
            await work.Leads.AddAsync(leads, cancellationToken);
            await work.CommitAsync(cancellationToken);
        }

        var sample = new List<Lead>();
        await using (var reading = await session.BeginAsync(cancellationToken))
        {
            await foreach (var lead in reading.Leads.QueryAsync(new RecordQuery(sort: SortSpec.Parse("company")), cancellationToken))
            {
                sample.Add(lead);
            }
        }

        var counts = await CountByAssignedAsync(session, cancellationToken);
        if (!settings.Json)
        {
            WriteSample(session, sample, counts);
        }

        // The tour: the bundled file imported, scores explained, a bulk edit and its undo, a conversion, the reports.
        var tour = await DemoTour.RunAsync(session, Host.Clock, cancellationToken);
        if (settings.Json)
        {
            await WriteJsonAsync(target, sample, counts, tour, cancellationToken);
        }
        else
        {
            DemoTourOutput.Write(Host.Console, tour);
            WriteTryNext(session);
        }

        return ExitCodes.Success;
    }

    /// <summary>
    /// Deletes an earlier demo file, but only a SQLite file that the LeadKit store can read: the
    /// demo never deletes a file it did not make.
    /// </summary>
    private async Task ClearSqliteFileAsync(DatabaseTarget target, CancellationToken cancellationToken)
    {
        var path = target.Location;
        if (Directory.Exists(path))
        {
            throw new CliException($"{path} is a directory: give the demo a file name with --db.");
        }

        if (!File.Exists(path))
        {
            return;
        }

        if (!await IsLeadKitDatabaseAsync(target, cancellationToken))
        {
            throw new CliException($"{path} exists and is not a LeadKit database: the demo will not overwrite it. Delete it yourself, or choose another file with --db.");
        }

        foreach (var file in new[] { path, path + "-wal", path + "-shm", path + "-journal" })
        {
            File.Delete(file);
        }
    }

    private async Task<bool> IsLeadKitDatabaseAsync(DatabaseTarget target, CancellationToken cancellationToken)
    {
        var header = new byte[SqliteHeader.Length];
        await using (var file = File.OpenRead(target.Location))
        {
            if (await file.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, cancellationToken) < header.Length || !header.AsSpan().SequenceEqual(SqliteHeader))
            {
                return false;
            }
        }

        // Read the workspaces without InitializeAsync, which would add LeadKit's tables to a
        // stranger's database: a store that cannot read them is looking at someone else's file.
        var store = Host.Stores(target, Host.Clock);
        try
        {
            await WorkspaceSession.FindWorkspaceAsync(store, cancellationToken);
            return true;
        }
        catch (DbException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
        finally
        {
            await WorkspaceSession.DisposeStoreAsync(store);
        }
    }

    private static async Task<IReadOnlyList<(string User, long Count)>> CountByAssignedAsync(WorkspaceSession session, CancellationToken cancellationToken)
    {
        // The library's built-in "Leads by Assigned To" report: grouped and counted by the store (GROUP BY on SQL).
        var report = await new LeadReports(session.Store, session.Workspace.Id).RunBuiltInAsync(BuiltInReport.ByAssigned, cancellationToken: cancellationToken);
        return [.. report.Groups.Select(g => (g.Display, g.Count))];
    }

    private async Task WriteJsonAsync(DatabaseTarget target, List<Lead> sample, IReadOnlyList<(string User, long Count)> counts, TourResult tour, CancellationToken cancellationToken)
    {
        using var json = new JsonOutput(Host.StandardOutput);
        var w = json.Writer;
        w.WriteStartObject();
        w.WriteString("database", target.ToString());
        w.WriteStartObject("leads");
        w.WriteStartArray("items");
        foreach (var lead in sample)
        {
            json.WriteValue(lead);
        }

        w.WriteEndArray();
        w.WriteNumber("total", sample.Count);
        w.WriteEndObject();
        w.WriteStartObject("byAssigned");
        w.WriteStartArray("groups");
        foreach (var (user, count) in counts)
        {
            w.WriteStartObject();
            w.WriteString("key", user);
            w.WriteNumber("count", count);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteNumber("total", counts.Sum(c => c.Count));
        w.WriteEndObject();
        DemoTourOutput.WriteJson(json, tour);
        w.WriteEndObject();
        await json.CompleteAsync(cancellationToken);
    }

    private void WriteSample(WorkspaceSession session, IReadOnlyList<Lead> leads, IReadOnlyList<(string User, long Count)> counts)
    {
        var console = Host.Console;
        console.MarkupLine($"Created [bold]{Markup.Escape(session.Target.ToString())}[/]: workspace '{Markup.Escape(session.Workspace.Name)}', {session.Users.Count} users, {SampleLeads.Count} leads.");
        console.WriteLine();

        var view = CreateView(session);
        var table = LeadView.CreateTable().Title("Leads by company");

        // Like `lead list`: whole ids on wide consoles, otherwise each id's shortest unique start.
        var prefixes = console.Profile.Width >= 120 ? null : LeadIds.UniquePrefixes([.. leads.Select(l => l.Id.Value).Order()]);
        foreach (var lead in leads)
        {
            view.AddRow(table, lead, prefixes?.GetValueOrDefault(lead.Id.Value));
        }

        console.Write(table);
        console.WriteLine();

        var widest = Math.Max(1, counts.Max(c => c.Count));
        var byUser = new Table().Border(TableBorder.Rounded).Title("Leads by assigned user")
            .AddColumn("Assigned to").AddColumn(new TableColumn("Leads").RightAligned()).AddColumn(string.Empty);
        foreach (var (user, count) in counts)
        {
            byUser.AddRow(new Text(user), new Text(count.ToString(System.Globalization.CultureInfo.InvariantCulture)), new Text(new string('█', (int)(count * 20 / widest))));
        }

        byUser.AddRow(new Markup("[bold]Total[/]"), new Markup($"[bold]{counts.Sum(c => c.Count)}[/]"), new Text(string.Empty));
        console.Write(byUser);
        console.WriteLine();
    }

    private void WriteTryNext(WorkspaceSession session)
    {
        var console = Host.Console;
        var file = session.Target.Kind == DatabaseKind.Sqlite ? $"--db {Quote(Path.GetRelativePath(Host.CurrentDirectory, session.Target.Location))} " : string.Empty;
        console.MarkupLine("Try next:");
        console.WriteLine($"  leadkit {file}lead list --filter 'source = \"Trade Show\"' --sort name");
        console.WriteLine($"  leadkit {file}lead list --filter 'assignedTo = \"{SampleLeads.OtherUsers[0]}\" and stars >= 3'");
        console.WriteLine($"  leadkit {file}--as \"{SampleLeads.OtherUsers[0]}\" lead add --name \"Ann Other\" --assign \"{SampleLeads.OtherUsers[0]}\"");
        console.WriteLine($"  leadkit {file}report by-assigned-rating");
    }

    private static string Quote(string path) => path.Contains(' ', StringComparison.Ordinal) ? $"\"{path}\"" : path;

    /// <summary>The options of <c>demo</c>: the global ones; <c>--db</c> names the demo file.</summary>
    internal sealed class Settings : GlobalSettings;
}
