using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.Import.Duplicates;
using LeadKit.Operations;
using LeadKit.Querying;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LeadKit.Samples.WebApi;

/// <summary>The likely duplicates of the workspace, as the console's <c>duplicates --json</c> gives them.</summary>
/// <param name="Groups">The groups, in rule order.</param>
internal sealed record DuplicatesOutput(IReadOnlyList<DuplicateGroupOutput> Groups);

/// <summary>One group of likely duplicates.</summary>
/// <param name="Rule"><c>email</c>, <c>phone</c> or <c>nameAndCompany</c>.</param>
/// <param name="Leads">The leads' ids, ascending.</param>
/// <param name="Keys">The keys they share.</param>
/// <param name="Explanation">Why, in English.</param>
internal sealed record DuplicateGroupOutput(string Rule, IReadOnlyList<string> Leads, IReadOnlyList<string> Keys, string Explanation);

/// <summary>Finding duplicate leads (<see cref="LeadDuplicates"/>).</summary>
internal static class DuplicateEndpoints
{
    /// <summary>Maps <c>GET /api/duplicates</c>.</summary>
    public static void MapDuplicates(this RouteGroupBuilder api)
    {
        api.MapGet("/duplicates", FindAsync)
            .WithTags("Duplicates")
            .WithSummary("Groups of likely duplicate leads (same e-mail, phone or name and company), optionally among the leads a filter selects.");
    }

    private static async Task<DuplicatesOutput> FindAsync(string? filter, OperationContext context, CancellationToken cancellationToken)
    {
        var groups = await new LeadDuplicates(context).FindAsync(string.IsNullOrWhiteSpace(filter) ? null : Filter.Parse(filter), cancellationToken);
        return new DuplicatesOutput([.. groups.Select(g => new DuplicateGroupOutput(
            g.Rule switch { DuplicateRule.Email => "email", DuplicateRule.Phone => "phone", _ => "nameAndCompany" },
            [.. g.Ids.Select(id => id.ToString())],
            [.. g.Keys.Select(k => k.Value)],
            g.Explanation))]);
    }
}
