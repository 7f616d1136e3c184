using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.Leads;
using LeadKit.Querying;
using LeadKit.Reports;
using LeadKit.Storage;

namespace LeadKit.Reporting;

/// <summary>
/// Runs reports on one workspace of a store, and keeps its saved reports. A report counts the
/// records its definition's filter selects, grouped by its levels, with its totals, and returns a
/// <see cref="ReportResult"/> ready to render (<see cref="ReportRenderer"/>). When the store's
/// record repository implements <see cref="IRecordAggregation"/> (the EF Core store does, on SQLite
/// and PostgreSQL), the grouping, counting and summing run in the database and no record is read;
/// otherwise the records are streamed once and memory grows with the number of groups. Either
/// way the result is the same. Reads only, in a unit of work of its own per call; saving, renaming
/// and deleting saved reports commit their own unit of work.
/// </summary>
public sealed class LeadReports
{
    /// <summary>The name of a result whose definition has none.</summary>
    public const string DefaultName = "Report";

    private readonly ILeadKitStore _store;
    private readonly WorkspaceId _workspace;

    /// <summary>Creates the reports of a workspace.</summary>
    /// <param name="store">The store.</param>
    /// <param name="workspace">The workspace.</param>
    public LeadReports(ILeadKitStore store, WorkspaceId workspace)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _workspace = workspace;
    }

    /// <summary>Runs a report.</summary>
    /// <param name="definition">What to show.</param>
    /// <param name="options">The result's name and the items per group; <see langword="null"/> for <see cref="ReportRunOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ReportException">The definition names a custom field the workspace does not define, or its filter names a user the workspace does not have (the code says which).</exception>
    public async Task<ReportResult> RunAsync(ReportDefinition definition, ReportRunOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(definition);
        options ??= ReportRunOptions.Default;
        var unit = await _store.BeginAsync(_workspace, cancellationToken: cancellationToken).ConfigureAwait(false);
        await using (unit.ConfigureAwait(false))
        {
            var run = await ReportRun.StartAsync(unit, definition, options, cancellationToken).ConfigureAwait(false);
            return await run.RunAsync(options.Name ?? DefaultName, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Runs a built-in report, named by its title (<c>Leads by Score</c>) unless the options name it.</summary>
    /// <param name="report">The built-in report.</param>
    /// <param name="options">The result's name and the items per group.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The result.</returns>
    public Task<ReportResult> RunBuiltInAsync(BuiltInReport report, ReportRunOptions? options = null, CancellationToken cancellationToken = default) =>
        RunAsync(BuiltInReports.Get(report), (options ?? ReportRunOptions.Default) with { Name = options?.Name ?? BuiltInReports.Title(report) }, cancellationToken);

    /// <summary>Opens a saved report and runs it, named by its saved name unless the options name it.</summary>
    /// <param name="name">The saved report's name (ignoring case).</param>
    /// <param name="options">The result's name and the items per group.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ReportException">No report has that name (<c>LeadKit.Report.NotFound</c>), or its definition no longer suits the workspace.</exception>
    public async Task<ReportResult> RunSavedAsync(string name, ReportRunOptions? options = null, CancellationToken cancellationToken = default)
    {
        var saved = await OpenAsync(name, cancellationToken).ConfigureAwait(false);
        return await RunAsync(saved.Definition, (options ?? ReportRunOptions.Default) with { Name = options?.Name ?? saved.Name }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Reads one page of the records of a group of a result (or of the whole report), in the
    /// definition's sort: the records the group counted, as of now.
    /// </summary>
    /// <param name="result">The result the group comes from.</param>
    /// <param name="group">The group, or <see langword="null"/> for every record of the report.</param>
    /// <param name="pageSize">The page size, 1 to <see cref="RecordQuery.MaxLimit"/>.</param>
    /// <param name="after">The cursor of the previous page, or <see langword="null"/> for the first.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The records (leads or business contacts, as the definition reads) and the cursor of the next page.</returns>
    public async Task<Page<ContactRecord>> DrillDownAsync(ReportResult result, ReportGroup? group, int pageSize, PageCursor? after = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (pageSize is < 1 or > RecordQuery.MaxLimit)
        {
            throw new ArgumentOutOfRangeException(nameof(pageSize), pageSize, $"A page holds 1 to {RecordQuery.MaxLimit} records.");
        }

        var unit = await _store.BeginAsync(_workspace, cancellationToken: cancellationToken).ConfigureAwait(false);
        await using (unit.ConfigureAwait(false))
        {
            var run = await ReportRun.StartAsync(unit, result.Definition, ReportRunOptions.Default, cancellationToken).ConfigureAwait(false);
            return await run.PageAsync(group?.Filter ?? result.Filter, pageSize, after, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Turns a drilled-down record into the row a report shows: its columns' values (users by display name).</summary>
    /// <param name="definition">The report's definition (its columns).</param>
    /// <param name="records">The records, e.g. a page from <see cref="DrillDownAsync"/>.</param>
    /// <param name="cancellationToken">Cancels the read of the workspace's users.</param>
    /// <returns>One item per record, in order.</returns>
    public async Task<IReadOnlyList<ReportItem>> ItemsAsync(ReportDefinition definition, IEnumerable<ContactRecord> records, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(records);
        var unit = await _store.BeginAsync(_workspace, cancellationToken: cancellationToken).ConfigureAwait(false);
        await using (unit.ConfigureAwait(false))
        {
            var run = await ReportRun.StartAsync(unit, definition, ReportRunOptions.Default, cancellationToken).ConfigureAwait(false);
            var items = new List<ReportItem>();
            foreach (var record in records)
            {
                items.Add(run.Item(record ?? throw new ArgumentException("A record is null.", nameof(records))));
            }

            return items;
        }
    }

    /// <summary>
    /// Saves a report under a new name in the Leads category. Names are unique per workspace,
    /// ignoring case: a name already taken is refused (<see cref="ReplaceAsync"/> changes a saved report).
    /// </summary>
    /// <param name="name">The name; trimmed, 1–255 characters.</param>
    /// <param name="definition">What the report shows; checked against the workspace's fields.</param>
    /// <param name="basedOn">The built-in report it was made from, if any.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    /// <returns>The saved report.</returns>
    /// <exception cref="ReportException">The name is taken (<c>LeadKit.Report.NameTaken</c>), or the definition names a custom field the workspace does not define.</exception>
    /// <exception cref="Validation.LeadKitValidationException">The name is blank or too long.</exception>
    public async Task<SavedReport> SaveAsAsync(string name, ReportDefinition definition, BuiltInReport? basedOn = null, CancellationToken cancellationToken = default)
    {
        var report = new SavedReport(name, definition ?? throw new ArgumentNullException(nameof(definition)), basedOn);
        var unit = await _store.BeginAsync(_workspace, cancellationToken: cancellationToken).ConfigureAwait(false);
        await using (unit.ConfigureAwait(false))
        {
            await CheckAsync(unit, definition, cancellationToken).ConfigureAwait(false);
            if (await unit.SavedReports.FindAsync(report.Name, cancellationToken).ConfigureAwait(false) is { } existing)
            {
                throw Taken(existing.Name);
            }

            await unit.SavedReports.SaveAsync(report, cancellationToken).ConfigureAwait(false);
            await unit.CommitAsync(cancellationToken).ConfigureAwait(false);
            return report;
        }
    }

    /// <summary>Replaces the definition of a saved report (its name, category and origin stay).</summary>
    /// <param name="name">The saved report's name (ignoring case).</param>
    /// <param name="definition">The new definition; checked against the workspace's fields.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    /// <returns>The saved report.</returns>
    /// <exception cref="ReportException">No report has that name (<c>LeadKit.Report.NotFound</c>), or the definition names a custom field the workspace does not define.</exception>
    public async Task<SavedReport> ReplaceAsync(string name, ReportDefinition definition, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var unit = await _store.BeginAsync(_workspace, cancellationToken: cancellationToken).ConfigureAwait(false);
        await using (unit.ConfigureAwait(false))
        {
            await CheckAsync(unit, definition, cancellationToken).ConfigureAwait(false);
            var report = (await FindAsync(unit, name, cancellationToken).ConfigureAwait(false)).WithDefinition(definition);
            await unit.SavedReports.SaveAsync(report, cancellationToken).ConfigureAwait(false);
            await unit.CommitAsync(cancellationToken).ConfigureAwait(false);
            return report;
        }
    }

    /// <summary>Opens a saved report.</summary>
    /// <param name="name">The name (ignoring case).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ReportException">No report has that name (<c>LeadKit.Report.NotFound</c>; the message lists the saved reports).</exception>
    public async Task<SavedReport> OpenAsync(string name, CancellationToken cancellationToken = default)
    {
        var unit = await _store.BeginAsync(_workspace, cancellationToken: cancellationToken).ConfigureAwait(false);
        await using (unit.ConfigureAwait(false))
        {
            return await FindAsync(unit, name, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Lists the saved reports, by name (ignoring case).</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The reports.</returns>
    public async Task<IReadOnlyList<SavedReport>> ListAsync(CancellationToken cancellationToken = default)
    {
        var unit = await _store.BeginAsync(_workspace, cancellationToken: cancellationToken).ConfigureAwait(false);
        await using (unit.ConfigureAwait(false))
        {
            return await unit.SavedReports.ListAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Renames a saved report; a new spelling of the same name (<c>mine</c> → <c>Mine</c>) is allowed.</summary>
    /// <param name="name">The current name (ignoring case).</param>
    /// <param name="newName">The new name; trimmed, 1–255 characters.</param>
    /// <param name="cancellationToken">Cancels the change.</param>
    /// <returns>The renamed report.</returns>
    /// <exception cref="ReportException">No report has the name (<c>LeadKit.Report.NotFound</c>), or another has the new one (<c>LeadKit.Report.NameTaken</c>).</exception>
    /// <exception cref="Validation.LeadKitValidationException">The new name is blank or too long.</exception>
    public async Task<SavedReport> RenameAsync(string name, string newName, CancellationToken cancellationToken = default)
    {
        var unit = await _store.BeginAsync(_workspace, cancellationToken: cancellationToken).ConfigureAwait(false);
        await using (unit.ConfigureAwait(false))
        {
            var report = await FindAsync(unit, name, cancellationToken).ConfigureAwait(false);
            var renamed = report.WithName(newName);
            if (!string.Equals(report.Name, renamed.Name, StringComparison.OrdinalIgnoreCase)
                && await unit.SavedReports.FindAsync(renamed.Name, cancellationToken).ConfigureAwait(false) is { } other)
            {
                throw Taken(other.Name);
            }

            await unit.SavedReports.DeleteAsync(report.Name, cancellationToken).ConfigureAwait(false);
            await unit.SavedReports.SaveAsync(renamed, cancellationToken).ConfigureAwait(false);
            await unit.CommitAsync(cancellationToken).ConfigureAwait(false);
            return renamed;
        }
    }

    /// <summary>Deletes a saved report.</summary>
    /// <param name="name">The name (ignoring case).</param>
    /// <param name="cancellationToken">Cancels the change.</param>
    /// <returns>Whether a report was deleted.</returns>
    public async Task<bool> DeleteAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        var unit = await _store.BeginAsync(_workspace, cancellationToken: cancellationToken).ConfigureAwait(false);
        await using (unit.ConfigureAwait(false))
        {
            var deleted = await unit.SavedReports.DeleteAsync(name, cancellationToken).ConfigureAwait(false);
            await unit.CommitAsync(cancellationToken).ConfigureAwait(false);
            return deleted;
        }
    }

    private static async Task CheckAsync(IUnitOfWork unit, ReportDefinition definition, CancellationToken cancellationToken)
    {
        var schema = await unit.CustomFields.GetSchemaAsync(cancellationToken).ConfigureAwait(false);
        definition.Check(FieldCatalog.For(schema, definition.RecordKind));
    }

    private static async Task<SavedReport> FindAsync(IUnitOfWork unit, string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (await unit.SavedReports.FindAsync(name, cancellationToken).ConfigureAwait(false) is { } report)
        {
            return report;
        }

        var names = new List<string>();
        foreach (var saved in await unit.SavedReports.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            names.Add(saved.Name);
        }

        throw new ReportException(
            "LeadKit.Report.NotFound",
            names.Count == 0 ? $"No report is saved as '{name.Trim()}': this workspace has no saved reports." : $"No report is saved as '{name.Trim()}'. The saved reports are: {string.Join(", ", names)}.",
            report: name.Trim());
    }

    private static ReportException Taken(string name) =>
        new("LeadKit.Report.NameTaken", $"A report is already saved as '{name}' (names ignore case): choose another name, or replace it.", report: name);
}
