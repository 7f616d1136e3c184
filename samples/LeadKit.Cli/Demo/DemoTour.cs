using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.BulkEdit;
using LeadKit.Cli.Storage;
using LeadKit.Conversion;
using LeadKit.Csv;
using LeadKit.Import;
using LeadKit.Leads;
using LeadKit.Operations;
using LeadKit.Querying;
using LeadKit.Reporting;
using LeadKit.Reports;
using LeadKit.Scoring;
using LeadKit.Storage;
using NodaTime;

namespace LeadKit.Cli.Demo;

/// <summary>What the demo's tour did, step by step.</summary>
/// <param name="Import">The bundled file's import.</param>
/// <param name="Checked">How many imported leads had criteria checked.</param>
/// <param name="Best">The best-scored lead.</param>
/// <param name="Explanation">Its score, explained.</param>
/// <param name="Edit">The bulk edit.</param>
/// <param name="EditFilter">The bulk edit's selection.</param>
/// <param name="Undo">Its undo.</param>
/// <param name="Converted">The best lead, converted.</param>
/// <param name="Reports">The three built-in reports.</param>
/// <param name="Funnel">The sales funnel.</param>
internal sealed record TourResult(
    ImportResult Import,
    int Checked,
    Lead Best,
    ScoreExplanation Explanation,
    OperationReport Edit,
    string EditFilter,
    OperationReport Undo,
    ConversionResult Converted,
    IReadOnlyList<ReportResult> Reports,
    FunnelResult Funnel);

/// <summary>
/// The demo's tour of the workflow through the library, on the demo workspace: import the bundled file
/// (300 fictitious leads in Outlook's CSV layout), check criteria on some of them, explain the best score,
/// bulk-edit a company's leads and undo it, convert the best lead, then the three built-in reports and the funnel.
/// </summary>
internal static class DemoTour
{
    /// <summary>The bundled file's name, as the import names it.</summary>
    public const string FileName = "demo-leads.csv";

    /// <summary>How many rows the bundled file has.</summary>
    public const int FileRows = 300;

    /// <summary>The company whose leads the bulk edit changes.</summary>
    public const string EditedCompany = "Lumen Solar";

    /// <summary>Runs the tour.</summary>
    public static async Task<TourResult> RunAsync(WorkspaceSession session, IClock clock, CancellationToken cancellationToken)
    {
        var context = new OperationContext(session.Store, session.Workspace.Id, clock, session.ActingUser.Id)
        {
            Rescorer = new PicklistRules(new ProfileRescorer(clock)),
        };

        // 1. Import the bundled file: the layout is detected, every row accounted for, undoable as one operation.
        ImportResult import;
        await using (var file = typeof(DemoTour).Assembly.GetManifestResourceStream("LeadKit.Cli.Demo.demo-leads.csv")
            ?? throw new InvalidOperationException("The demo's bundled file is missing from the assembly."))
        await using (var source = new CsvImportSource(file, leaveOpen: true))
        {
            import = await new LeadImport(context).ImportAsync(source, cancellationToken: cancellationToken);
        }

        // 2. A salesperson's week: criteria checked on some of the imported leads (the ones the file gave no source), then re-scored.
        var checkedCount = await CheckCriteriaAsync(context, cancellationToken);

        // 3. The best lead and why.
        Lead best;
        ScoreExplanation explanation;
        await using (var unit = await session.BeginAsync(cancellationToken))
        {
            var page = await unit.Leads.PageAsync(new RecordQuery(Filter.Parse("source is empty"), SortSpec.Parse("stars:desc,name")), 1, cancellationToken: cancellationToken);
            best = page.Items[0];
            var profile = await unit.ScoringProfiles.GetAsync(cancellationToken) ?? ScoringProfile.Empty;
            var history = (await unit.History.ListForManyAsync([best.Reference], cancellationToken)).TryGetValue(best.Reference, out var items)
                ? items.Cast<IHistoryEntry>().ToList()
                : null;
            explanation = LeadScorer.Default.Explain(best, profile, clock.GetCurrentInstant(), history);
        }

        // 4. A bulk edit of one company's leads, then its undo.
        var editor = new BulkEditor(context);
        var editFilter = $"company = \"{EditedCompany}\"";
        var edit = await editor.ApplyAsync(new BulkEditRequest(LeadSelection.Matching(editFilter), FieldEdit.Set(RecordField.Territory, "EMEA North")), cancellationToken);
        var undo = await editor.UndoOperationAsync(edit.Report.Operation!.Value, cancellationToken: cancellationToken);

        // 5. The best lead becomes a business contact.
        var converted = await new LeadConverter(context).ConvertAsync(LeadSelection.Of(best.Id), cancellationToken: cancellationToken);

        // 6. The reports and the funnel.
        var reports = new LeadReports(session.Store, session.Workspace.Id);
        var results = new List<ReportResult>();
        foreach (var report in BuiltInReports.All)
        {
            results.Add(await reports.RunBuiltInAsync(report, cancellationToken: cancellationToken));
        }

        var funnel = await new SalesFunnel(session.Store, session.Workspace.Id).RunAsync(cancellationToken: cancellationToken);
        return new TourResult(import, checkedCount, best, explanation, edit.Report, editFilter, undo.Report, converted, results, funnel);
    }

    private static async Task<int> CheckCriteriaAsync(OperationContext context, CancellationToken cancellationToken)
    {
        CriterionId[] criteria = [new("budget-confirmed"), new("decision-maker-identified"), new("need-identified"), new("timeline-within-3-months")];
        await using var unit = await context.Store.BeginAsync(context.Workspace, context.ActingUser, cancellationToken);
        var changed = new List<Lead>();
        var index = 0;
        var now = context.Clock.GetCurrentInstant();
        await foreach (var lead in unit.Leads.QueryAsync(new RecordQuery(Filter.Parse("source is empty"), SortSpec.Parse("name")), cancellationToken))
        {
            // A fixed pattern: every lead is different, the same every run.
            var pattern = ((index++ * 11) + 5) % 17;
            for (var c = 0; c < criteria.Length; c++)
            {
                if ((pattern & (1 << c)) != 0)
                {
                    lead.CheckCriterion(criteria[c], now);
                }
            }

            if (lead.CriterionChecks.Count > 0)
            {
                changed.Add(lead);
            }
        }

        await context.Rescorer!.RescoreAsync(unit, [.. changed], cancellationToken);
        await unit.Leads.UpdateAsync(changed, cancellationToken);
        await unit.CommitAsync(cancellationToken);
        return changed.Count;
    }
}
