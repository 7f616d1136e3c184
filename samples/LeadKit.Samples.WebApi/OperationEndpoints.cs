using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.Assignment;
using LeadKit.BulkEdit;
using LeadKit.Conversion;
using LeadKit.Leads;
using LeadKit.Operations;
using LeadKit.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LeadKit.Samples.WebApi;

/// <summary>Which leads an operation works on: ids, or a filter in LeadKit's language (not both).</summary>
/// <param name="Ids">Lead ids.</param>
/// <param name="Filter">A filter, e.g. <c>source = "Web" and stars >= 3</c>.</param>
internal record SelectionInput(Guid[]? Ids = null, string? Filter = null)
{
    /// <summary>The selection.</summary>
    public LeadSelection ToSelection() => (Ids, Filter) switch
    {
        ({ Length: > 0 }, null) => LeadSelection.Of(Ids.Select(id => new LeadId(id))),
        (null or { Length: 0 }, { } filter) => LeadSelection.Matching(filter),
        _ => throw LeadEndpoints.Invalid("ids", "LeadKit.Sample.Selection", "Give either ids or a filter."),
    };
}

/// <summary>Assign the selected leads to a user.</summary>
internal sealed record AssignInput(Guid[]? Ids, string? Filter, Guid User) : SelectionInput(Ids, Filter);

/// <summary>Edit the selected leads; <c>dryRun</c> shows what would change without writing.</summary>
internal sealed record BulkEditInput(Guid[]? Ids, string? Filter, FieldEditInput[] Edits, bool DryRun = false) : SelectionInput(Ids, Filter);

/// <summary>What an operation did, per CLI.md's contract: its id (undo it with <c>POST /api/operations/{id}/undo</c>), the counts, each failure.</summary>
/// <param name="Operation">The recorded operation, when it wrote something.</param>
/// <param name="Committed">Whether it was written.</param>
/// <param name="Changed">Leads changed (or that would change, in a dry run).</param>
/// <param name="Unchanged">Leads left as they were.</param>
/// <param name="Failed">Each refused lead and why.</param>
internal sealed record OperationOutput(string? Operation, bool Committed, int Changed, int Unchanged, IReadOnlyList<FailureOutput> Failed)
{
    /// <summary>The output of a report.</summary>
    public static OperationOutput From(OperationReport report) => new(
        report.Operation?.ToString(),
        report.IsCommitted,
        report.Changed,
        report.Unchanged,
        [.. report.Failures.Select(f => new FailureOutput(f.Record?.Id.ToString("D") ?? string.Empty, f.Reason ?? string.Empty))]);
}

/// <summary>A recorded operation.</summary>
/// <param name="Id">Its id (undo it with <c>POST /api/operations/{id}/undo</c>).</param>
/// <param name="Kind">BulkEdit, Assignment, Import, …</param>
/// <param name="At">When.</param>
/// <param name="By">The acting user's id.</param>
/// <param name="Count">How many records it changed.</param>
/// <param name="Fields">The fields it changed.</param>
/// <param name="Undoes">The operation it undid.</param>
/// <param name="UndoneBy">The operation that undid it.</param>
internal sealed record OperationSummaryOutput(string Id, string Kind, NodaTime.Instant At, string? By, int Count, IReadOnlyList<string> Fields, string? Undoes, string? UndoneBy);

/// <summary>One refused record.</summary>
/// <param name="Id">The record's id.</param>
/// <param name="Reason">Why.</param>
internal sealed record FailureOutput(string Id, string Reason);

/// <summary>A conversion: each lead and the business contact it became, and the per-lead report.</summary>
/// <param name="Converted">The converted leads.</param>
/// <param name="Report">The per-lead outcomes.</param>
internal sealed record ConversionOutput(IReadOnlyList<ConvertedOutput> Converted, OperationOutput Report);

/// <summary>A lead and the contact it became.</summary>
/// <param name="Lead">The lead's id.</param>
/// <param name="Contact">The contact's id.</param>
internal sealed record ConvertedOutput(string Lead, string Contact);

/// <summary>Operations on many leads: assign, bulk edit with dry run, undo, convert, the recent operations.</summary>
internal static class OperationEndpoints
{
    /// <summary>Maps the operation endpoints.</summary>
    public static void MapOperations(this RouteGroupBuilder api)
    {
        var ops = api.MapGroup("/").WithTags("Operations");
        ops.MapPost("/assign", async (AssignInput input, LeadAssignment assignment, CancellationToken ct) =>
                OperationOutput.From(await assignment.AssignAsync(input.ToSelection(), new UserId(input.User), cancellationToken: ct)))
            .WithSummary("Assigns the selected leads to a user (all or nothing).");
        ops.MapPost("/bulk-edit", BulkEditAsync).WithSummary("Edits the selected leads through the field catalogue; dryRun previews.");
        ops.MapPost("/operations/{id}/undo", async (string id, BulkEditor editor, CancellationToken ct) =>
                OperationOutput.From((await editor.UndoOperationAsync(LeadEndpoints.At("id", () => OperationId.Parse(id)), cancellationToken: ct)).Report))
            .WithSummary("Undoes a bulk edit, an assignment or an import (all or nothing: a lead changed since makes it refuse).");
        ops.MapGet("/operations", async (OperationContext context, CancellationToken ct) =>
            {
                await using var unit = await context.Store.BeginAsync(context.Workspace, context.ActingUser, ct);
                return (await unit.Operations.ListAsync(50, ct)).Select(o => new OperationSummaryOutput(
                    o.Id.ToString(), o.Kind.ToString(), o.At, o.By?.ToString(), o.Count, o.Fields, o.Undoes?.ToString(), o.UndoneBy?.ToString()));
            })
            .WithSummary("The recent operations, newest first.");
        ops.MapGet("/users", async (OperationContext context, CancellationToken ct) =>
            {
                await using var unit = await context.Store.BeginAsync(context.Workspace, context.ActingUser, ct);
                var users = new List<WorkspaceUser>();
                await foreach (var user in unit.Users.ListAsync(ct))
                {
                    users.Add(user);
                }

                return users;
            })
            .WithSummary("The workspace's users (assign leads to them by id).");
        ops.MapPost("/convert", async (SelectionInput input, LeadConverter converter, CancellationToken ct) =>
            {
                var result = await converter.ConvertAsync(input.ToSelection(), cancellationToken: ct);
                return new ConversionOutput([.. result.Converted.Select(c => new ConvertedOutput(c.Lead.ToString(), c.Contact.ToString()))], OperationOutput.From(result.Report));
            })
            .WithSummary("Converts the selected leads into business contacts (same ids).");
    }

    private static async Task<OperationOutput> BulkEditAsync(BulkEditInput input, BulkEditor editor, CancellationToken cancellationToken)
    {
        var edits = await LeadEndpoints.ParseEditsAsync(editor, input.Edits, cancellationToken);
        var request = new BulkEditRequest(input.ToSelection(), edits);
        var result = input.DryRun ? await editor.PreviewAsync(request, cancellationToken) : await editor.ApplyAsync(request, cancellationToken);
        return OperationOutput.From(result.Report);
    }
}
