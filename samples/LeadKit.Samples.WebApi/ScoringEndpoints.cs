using System;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.Leads;
using LeadKit.Operations;
using LeadKit.Scoring;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LeadKit.Samples.WebApi;

/// <summary>A criterion to add: its question, its weight (low, normal, high) and optionally a rule.</summary>
/// <param name="Description">The question, e.g. <c>Budget confirmed</c>.</param>
/// <param name="Weight">low, normal or high.</param>
/// <param name="Rule">A rule that decides it, in LeadKit's rule grammar, e.g. <c>email is not empty</c>.</param>
internal sealed record CriterionInput(string Description, string Weight, string? Rule = null);

/// <summary>A change to a criterion.</summary>
/// <param name="Description">The new question.</param>
/// <param name="Weight">The new weight.</param>
internal sealed record CriterionChange(string? Description = null, string? Weight = null);

/// <summary>Manual stars.</summary>
/// <param name="Stars">0 to the profile's most stars; null switches back to the computed score.</param>
internal sealed record ManualScoreInput(int? Stars);

/// <summary>The criteria (a new profile version re-scores every lead), a lead's score with its explanation, checks and manual stars, learned weights.</summary>
internal static class ScoringEndpoints
{
    /// <summary>Maps the scoring endpoints.</summary>
    public static void MapScoring(this RouteGroupBuilder api)
    {
        var criteria = api.MapGroup("/criteria").WithTags("Scoring");
        criteria.MapGet("/", (ScoringProfiles profiles, CancellationToken ct) => profiles.GetAsync(ct)).WithSummary("The workspace's scoring profile.");
        criteria.MapPost("/", AddAsync).WithSummary("Adds a criterion and re-scores.");
        criteria.MapPatch("/{id}", EditAsync).WithSummary("Changes a criterion's description or weight and re-scores.");
        criteria.MapDelete("/{id}", async (string id, ScoringProfiles profiles, CancellationToken ct) => (await profiles.RemoveCriterionAsync(new CriterionId(id), cancellationToken: ct)).Profile)
            .WithSummary("Removes a criterion and re-scores; checks for it are kept and ignored.");
        criteria.MapGet("/suggestions", (ScoringProfiles profiles, int? minClosed, int? lostAfterDays, CancellationToken ct) =>
                profiles.SuggestWeightsAsync(WeightLearningOptions.Default with { MinimumClosed = minClosed ?? 30, LostAfter = NodaTime.Duration.FromDays(lostAfterDays ?? 90) }, ct))
            .WithSummary("Weights suggested from the workspace's closed leads, with their evidence (422 when there is too little data).");

        var score = api.MapGroup("/leads/{id:guid}").WithTags("Scoring");
        score.MapGet("/score", (Guid id, OperationContext context, ScoringProfiles profiles, CancellationToken ct) => ExplainLeadAsync(id, context, profiles, ct)).WithSummary("The lead's score with one line per criterion: met or not, why, its contribution.");
        score.MapPut("/checks/{criterion}", async (Guid id, string criterion, OperationContext context, ScoringProfiles profiles, CancellationToken ct) =>
            {
                var known = await KnownCriterionAsync(profiles, criterion, ct);
                return await ChangeAsync(id, context, profiles, (lead, now) => lead.CheckCriterion(known, now), ct);
            })
            .WithSummary("Checks a criterion on the lead (now); returns the new explanation.");
        score.MapDelete("/checks/{criterion}", async (Guid id, string criterion, OperationContext context, ScoringProfiles profiles, CancellationToken ct) =>
            {
                var known = await KnownCriterionAsync(profiles, criterion, ct);
                return await ChangeAsync(id, context, profiles, (lead, _) => lead.UncheckCriterion(known), ct);
            })
            .WithSummary("Unchecks a criterion; returns the new explanation.");
        score.MapPut("/manual-score", (Guid id, ManualScoreInput input, OperationContext context, ScoringProfiles profiles, CancellationToken ct) =>
                ChangeAsync(id, context, profiles, (lead, _) => { if (input.Stars is { } stars) { lead.SetManualScore(stars); } else { lead.SetAutomaticScore(); } }, ct))
            .WithSummary("Fixes the lead's stars by hand, or (null) switches back to the computed score.");
    }

    private static async Task<IResult> AddAsync(CriterionInput input, ScoringProfiles profiles, CancellationToken cancellationToken)
    {
        var rule = input.Rule is null ? null : LeadEndpoints.At("rule", () => ScoringRule.Parse(input.Rule));
        var change = await profiles.AddCriterionAsync(input.Description, ParseWeight(input.Weight), rule, cancellationToken: cancellationToken);
        return Results.Created($"/api/criteria/{change.Criterion}", change.Profile);
    }

    private static async Task<ScoringProfile> EditAsync(string id, CriterionChange input, ScoringProfiles profiles, CancellationToken cancellationToken) =>
        (await profiles.EditCriterionAsync(new CriterionId(id), input.Description, input.Weight is null ? null : ParseWeight(input.Weight), cancellationToken: cancellationToken)).Profile;

    private static async Task<ScoreExplanation> ExplainLeadAsync(Guid id, OperationContext context, ScoringProfiles profiles, CancellationToken cancellationToken)
    {
        var lead = await LeadEndpoints.ReadAsync(context, new LeadId(id), cancellationToken);
        return await ExplainAsync(lead, context, profiles, cancellationToken);
    }

    private static async Task<ScoreExplanation> ExplainAsync(Lead lead, OperationContext context, ScoringProfiles profiles, CancellationToken cancellationToken)
    {
        var profile = await profiles.GetAsync(cancellationToken);
        await using var unit = await context.Store.BeginAsync(context.Workspace, context.ActingUser, cancellationToken);
        System.Collections.Generic.IReadOnlyList<IHistoryEntry>? history = null;
        if (ProfileRescorer.NeedsHistory(profile)
            && (await unit.History.ListForManyAsync([lead.Reference], cancellationToken)).TryGetValue(lead.Reference, out var items))
        {
            history = [.. System.Linq.Enumerable.Cast<IHistoryEntry>(items)];
        }

        return profiles.Rescorer.Scorer.Explain(lead, profile, context.Clock.GetCurrentInstant(), history);
    }

    /// <summary>Changes a lead's scoring state, re-scores it, saves it (optimistically) and explains the new score.</summary>
    private static async Task<ScoreExplanation> ChangeAsync(Guid id, OperationContext context, ScoringProfiles profiles, Action<Lead, NodaTime.Instant> change, CancellationToken cancellationToken)
    {
        Lead lead;
        await using (var unit = await context.Store.BeginAsync(context.Workspace, context.ActingUser, cancellationToken))
        {
            lead = await unit.Leads.GetAsync(new LeadId(id), cancellationToken);
            change(lead, context.Clock.GetCurrentInstant());
            if (context.Rescorer is { } rescorer)
            {
                await rescorer.RescoreAsync(unit, [lead], cancellationToken);
            }

            await unit.Leads.UpdateAsync([lead], cancellationToken);
            await unit.CommitAsync(cancellationToken);
        }

        return await ExplainAsync(lead, context, profiles, cancellationToken);
    }

    /// <summary>
    /// A criterion of the workspace's profile. A lead keeps checks of criteria its profile does not (or no longer)
    /// has, and ignores them; through the API, checking one is a mistake: 404.
    /// </summary>
    private static async Task<CriterionId> KnownCriterionAsync(ScoringProfiles profiles, string criterion, CancellationToken cancellationToken)
    {
        var id = LeadEndpoints.At("criterion", () => new CriterionId(criterion));
        return (await profiles.GetAsync(cancellationToken)).Contains(id) ? id : throw new Storage.RecordNotFoundException("ScoringCriterion", id.Value);
    }

    private static Weight ParseWeight(string text) =>
        Enum.TryParse<Weight>(text, ignoreCase: true, out var weight) && Enum.IsDefined(weight)
            ? weight
            : throw LeadEndpoints.Invalid("weight", "LeadKit.Sample.Weight", $"'{text}' is not a weight: low, normal or high.");
}
