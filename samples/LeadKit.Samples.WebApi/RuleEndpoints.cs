using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.Assignment;
using LeadKit.AssignmentRules;
using LeadKit.Operations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LeadKit.Samples.WebApi;

/// <summary>A new assignment rule: a filter, a mode and its users (display names or ids).</summary>
/// <param name="Filter">Which leads, in LeadKit's filter language.</param>
/// <param name="Mode"><c>user</c>, <c>roundRobin</c> or <c>byLoad</c>.</param>
/// <param name="Users">The user (one, for <c>user</c>) or the users to take turns.</param>
/// <param name="Description">What the rule is for.</param>
/// <param name="Position">Where in the list (1 = first); at the end when absent.</param>
internal sealed record RuleInput(string Filter, string Mode, string[] Users, string? Description = null, int? Position = null);

/// <summary>A stored assignment rule.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Position">Its place in the list, from 1.</param>
/// <param name="Filter">Its filter, users named by id.</param>
/// <param name="Mode"><c>user</c>, <c>roundRobin</c> or <c>byLoad</c>.</param>
/// <param name="Users">Its users' ids.</param>
/// <param name="Description">What it is for.</param>
/// <param name="Enabled">Whether it applies.</param>
internal sealed record RuleOutput(string Id, int Position, string Filter, string Mode, IReadOnlyList<string> Users, string? Description, bool Enabled)
{
    /// <summary>The output of a rule at a position.</summary>
    public static RuleOutput From(AssignmentRule rule, int position) => new(
        rule.Id.ToString(), position, rule.Filter.ToString(), ModeName(rule.Mode), [.. rule.Users.Select(u => u.ToString())], rule.Description, rule.IsEnabled);

    /// <summary>The mode as the API spells it.</summary>
    public static string ModeName(AssignmentMode mode) => mode switch
    {
        AssignmentMode.User => "user",
        AssignmentMode.RoundRobin => "roundRobin",
        _ => "byLoad",
    };
}

/// <summary>What applying the rules did: the operation's counts, and which rule assigned each lead.</summary>
/// <param name="Report">The counts and failures.</param>
/// <param name="Assigned">Each assigned lead with its rule.</param>
internal sealed record RulesAppliedOutput(OperationOutput Report, IReadOnlyList<RuleAssignedOutput> Assigned);

/// <summary>A lead a rule assigned.</summary>
/// <param name="Lead">The lead's id.</param>
/// <param name="Rule">The rule's id.</param>
internal sealed record RuleAssignedOutput(string Lead, string Rule);

/// <summary>Assignment rules (<see cref="RuleAssignment"/>): list, add, remove, apply.</summary>
internal static class RuleEndpoints
{
    /// <summary>Maps the rule endpoints under <c>/api/rules</c>.</summary>
    public static void MapRules(this RouteGroupBuilder api)
    {
        var rules = api.MapGroup("/rules").WithTags("Assignment rules");
        rules.MapGet("/", ListAsync).WithSummary("The workspace's assignment rules, in the order they are tried.");
        rules.MapPost("/", AddAsync).WithSummary("Adds a rule (filter → user, round-robin or by load); 400 names the filter column or the user at fault.");
        rules.MapDelete("/{id}", async (string id, OperationContext context, CancellationToken ct) =>
            {
                await new RuleAssignment(context).RemoveRuleAsync(LeadEndpoints.At("id", () => AssignmentRuleId.Parse(id)), ct);
                return Results.NoContent();
            })
            .WithSummary("Removes a rule; the leads it assigned stay assigned.");
        rules.MapPost("/apply", ApplyAsync).WithSummary("Applies the rules to every unassigned, unconverted lead, or to a selection; undo with POST /api/operations/{id}/undo.");
    }

    private static async Task<IReadOnlyList<RuleOutput>> ListAsync(OperationContext context, CancellationToken cancellationToken) =>
        [.. (await new RuleAssignment(context).ListRulesAsync(cancellationToken)).Select((r, i) => RuleOutput.From(r, i + 1))];

    private static async Task<IResult> AddAsync(RuleInput input, OperationContext context, CancellationToken cancellationToken)
    {
        var mode = input.Mode?.ToUpperInvariant() switch
        {
            "USER" => AssignmentMode.User,
            "ROUNDROBIN" => AssignmentMode.RoundRobin,
            "BYLOAD" => AssignmentMode.ByLoad,
            _ => throw LeadEndpoints.Invalid("mode", "LeadKit.Sample.RuleMode", "The mode is user, roundRobin or byLoad."),
        };
        var assignment = new RuleAssignment(context);
        var rule = await assignment.AddRuleFromTextAsync(input.Filter ?? string.Empty, mode, input.Users ?? [], input.Description, input.Position, cancellationToken);
        var position = (await assignment.ListRulesAsync(cancellationToken)).ToList().FindIndex(r => r.Id == rule.Id) + 1;
        return Results.Created($"/api/rules/{rule.Id}", RuleOutput.From(rule, position));
    }

    private static async Task<RulesAppliedOutput> ApplyAsync(SelectionInput? input, OperationContext context, CancellationToken cancellationToken)
    {
        var selection = input is null || (input.Ids is not { Length: > 0 } && input.Filter is null) ? null : input.ToSelection();
        var report = await new RuleAssignment(context).ApplyAsync(selection, cancellationToken: cancellationToken);
        return new RulesAppliedOutput(
            OperationOutput.From(report),
            [.. report.Outcomes.Where(o => o.Rule is not null && o.Record is not null).Select(o => new RuleAssignedOutput(o.Record!.Value.Id.ToString("D"), o.Rule!.Value.ToString()))]);
    }
}
