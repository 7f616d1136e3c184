using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using LeadKit.Leads;
using LeadKit.Merging;
using LeadKit.Operations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LeadKit.Samples.WebApi;

/// <summary>The body of a merge: the leads merged into the master, in order, and the fields to take from a given lead.</summary>
/// <param name="Leads">The leads merged into the master (deleted, restorable).</param>
/// <param name="Prefer">Field name → the lead whose value wins (even an empty one).</param>
internal sealed record MergeInput(Guid[] Leads, Dictionary<string, Guid>? Prefer = null);

/// <summary>What a merge did.</summary>
/// <param name="Operation">The recorded operation: <c>POST /api/operations/{operation}/undo</c> undoes it.</param>
/// <param name="Master">The master's id.</param>
/// <param name="Merged">The merged leads' ids.</param>
/// <param name="Changes">The master's changes.</param>
/// <param name="NotTaken">The values that did not win, with the lead that held them.</param>
/// <param name="History">How many history items moved to the master.</param>
/// <param name="Opportunities">How many opportunities moved to the master.</param>
internal sealed record MergeOutput(string Operation, string Master, IReadOnlyList<string> Merged, IReadOnlyList<MergeChangeOutput> Changes, IReadOnlyList<NotTakenOutput> NotTaken, int History, int Opportunities);

/// <summary>One field of the master, old → new.</summary>
internal sealed record MergeChangeOutput(string Field, string? Old, string? New);

/// <summary>A value the master did not take.</summary>
internal sealed record NotTakenOutput(string Field, string Value, string From);

/// <summary><c>POST /api/leads/{id}/merge</c>: merges duplicates into a lead (<see cref="LeadMerger"/>).</summary>
internal static class MergeEndpoints
{
    /// <summary>Maps the merge endpoint.</summary>
    public static void MapMerge(this RouteGroupBuilder api)
    {
        api.MapPost("/leads/{id:guid}/merge", async (Guid id, MergeInput input, OperationContext context, CancellationToken ct) =>
            {
                var request = new MergeRequest(
                    new LeadId(id),
                    (input.Leads ?? []).Select(l => new LeadId(l)),
                    (input.Prefer ?? []).Select(p => new FieldPreference(p.Key, new LeadId(p.Value))));
                var result = await new LeadMerger(context).MergeAsync(request, ct);
                return new MergeOutput(
                    result.Operation.ToString(),
                    result.Master.Id.ToString(),
                    [.. result.Merged.Select(m => m.ToString())],
                    [.. result.Changes.Select(c => new MergeChangeOutput(c.Field, c.OldValue, c.NewValue))],
                    [.. result.NotTaken.Select(v => new NotTakenOutput(v.Field, v.Value, v.From.ToString()))],
                    result.HistoryMoved,
                    result.OpportunitiesMoved);
            })
            .WithTags("Operations")
            .WithSummary("Merges duplicate leads into this one, all or nothing; undo with POST /api/operations/{operation}/undo.");
    }
}
