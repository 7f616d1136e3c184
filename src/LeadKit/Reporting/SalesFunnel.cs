using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.Contacts;
using LeadKit.History;
using LeadKit.Leads;
using LeadKit.Querying;
using LeadKit.Reports;
using LeadKit.Storage;

namespace LeadKit.Reporting;

/// <summary>
/// The sales funnel of one workspace: follows the leads created in a period (the cohort) to now —
/// how many are qualified (displayed stars at or above a threshold), were converted into business
/// contacts (the conversion's mark on the lead), have opportunities (on the lead, or moved to or
/// added on the contact it became), and won some (an opportunity closed and won), with the value
/// won per currency — for the team and per assignee (the user the lead is assigned to). Streams
/// the cohort once, in batches, reading each batch's opportunities in one query; memory grows with
/// the number of assignees and currencies, not of leads. Reads only.
/// </summary>
public sealed class SalesFunnel
{
    private const int BatchSize = 500;

    private readonly ILeadKitStore _store;
    private readonly WorkspaceId _workspace;

    /// <summary>Creates the funnel of a workspace.</summary>
    /// <param name="store">The store.</param>
    /// <param name="workspace">The workspace.</param>
    public SalesFunnel(ILeadKitStore store, WorkspaceId workspace)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _workspace = workspace;
    }

    /// <summary>Computes the funnel.</summary>
    /// <param name="options">The period and the qualifying stars; <see langword="null"/> for <see cref="FunnelOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The funnel.</returns>
    /// <exception cref="ReportException">The period ends before it starts (<c>LeadKit.Funnel.Period</c>), or the stars are not 0 to 10 (<c>LeadKit.Funnel.Stars</c>).</exception>
    public async Task<FunnelResult> RunAsync(FunnelOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= FunnelOptions.Default;
        if (options.From is { } start && options.To is { } end && end < start)
        {
            throw new ReportException("LeadKit.Funnel.Period", $"The funnel's period ends ({end}) before it starts ({start}).");
        }

        if (options.QualifiedStars is < 0 or > ContactRecord.MaxManualStars)
        {
            throw new ReportException("LeadKit.Funnel.Stars", $"A lead is qualified from 0 to {ContactRecord.MaxManualStars} stars, not {options.QualifiedStars}.", RecordField.Stars.Name);
        }

        var unit = await _store.BeginAsync(_workspace, cancellationToken: cancellationToken).ConfigureAwait(false);
        await using (unit.ConfigureAwait(false))
        {
            var users = new List<WorkspaceUser>();
            await foreach (var user in unit.Users.ListAsync(cancellationToken).ConfigureAwait(false))
            {
                users.Add(user);
            }

            var rows = new Dictionary<UserId, Counters>();
            var unassigned = new Counters();
            var batch = new List<Lead>(BatchSize);
            await foreach (var lead in unit.Leads.QueryAsync(new RecordQuery(Cohort(options)), cancellationToken).ConfigureAwait(false))
            {
                batch.Add(lead);
                if (batch.Count == BatchSize)
                {
                    await CountAsync(unit, batch, options.QualifiedStars, rows, unassigned, cancellationToken).ConfigureAwait(false);
                    batch.Clear();
                }
            }

            await CountAsync(unit, batch, options.QualifiedStars, rows, unassigned, cancellationToken).ConfigureAwait(false);
            foreach (var user in users.Where(u => u.IsActive))
            {
                rows.TryAdd(user.Id, new Counters());
            }

            var names = users.ToDictionary(u => u.Id, u => u.DisplayName);
            var byAssigned = rows
                .Select(r => (r.Key, Name: names.GetValueOrDefault(r.Key) ?? r.Key.ToString(), Counters: r.Value))
                .OrderBy(r => r.Name, StringComparer.OrdinalIgnoreCase)
                .ThenBy(r => r.Key)
                .Select(r => r.Counters.ToRow(r.Key, r.Name))
                .ToList();
            if (unassigned.Created > 0)
            {
                byAssigned.Add(unassigned.ToRow(null, ReportGroup.UnassignedDisplay));
            }

            var team = new Counters();
            foreach (var counters in rows.Values.Append(unassigned))
            {
                team.Add(counters);
            }

            return new FunnelResult(options.From, options.To, options.QualifiedStars, team.ToRow(null, FunnelResult.TeamName), byAssigned);
        }
    }

    private static Filter Cohort(FunnelOptions options)
    {
        var conditions = new List<Filter>();
        if (options.From is { } from)
        {
            conditions.Add(RecordField.Created.GreaterThanOrEqualTo(FilterValue.FromInstant(from)));
        }

        if (options.To is { } to)
        {
            conditions.Add(RecordField.Created.LessThan(FilterValue.FromInstant(to)));
        }

        return Filter.And(conditions);
    }

    private static async Task CountAsync(IUnitOfWork unit, List<Lead> leads, int qualifiedStars, Dictionary<UserId, Counters> rows, Counters unassigned, CancellationToken cancellationToken)
    {
        if (leads.Count == 0)
        {
            return;
        }

        // A converted lead's opportunities moved to the contact (same GUID); an open lead keeps its own.
        var records = leads.Select(l => l.Reference).Concat(leads.Where(l => l.IsConverted).Select(l => RecordReference.To(new ContactId(l.Id.Value)))).ToList();
        var opportunities = await unit.Opportunities.ListForManyAsync(records, cancellationToken).ConfigureAwait(false);
        foreach (var lead in leads)
        {
            var counters = lead.AssignedTo is { } user ? rows.TryGetValue(user, out var found) ? found : rows[user] = new Counters() : unassigned;
            var own = opportunities.GetValueOrDefault(lead.Reference) ?? [];
            var moved = lead.IsConverted ? opportunities.GetValueOrDefault(RecordReference.To(new ContactId(lead.Id.Value))) ?? [] : [];
            counters.Count(lead, qualifiedStars, [.. own, .. moved]);
        }
    }

    /// <summary>The counts of one row while the cohort streams.</summary>
    private sealed class Counters
    {
        private readonly long[] _stages = new long[5];
        private readonly SortedDictionary<string, decimal> _won = new(StringComparer.Ordinal);

        public long Created => _stages[0];

        public void Count(Lead lead, int qualifiedStars, IReadOnlyList<Opportunity> opportunities)
        {
            _stages[(int)FunnelStageKind.Created]++;
            _stages[(int)FunnelStageKind.Qualified] += lead.Stars >= qualifiedStars ? 1 : 0;
            _stages[(int)FunnelStageKind.Converted] += lead.IsConverted ? 1 : 0;
            _stages[(int)FunnelStageKind.WithOpportunity] += opportunities.Count > 0 ? 1 : 0;
            var won = opportunities.Where(o => o.Stage == OpportunityStage.ClosedWon).ToList();
            _stages[(int)FunnelStageKind.Won] += won.Count > 0 ? 1 : 0;
            foreach (var opportunity in won)
            {
                _won[opportunity.CurrencyCode] = _won.GetValueOrDefault(opportunity.CurrencyCode) + opportunity.Total;
            }
        }

        public void Add(Counters other)
        {
            for (var i = 0; i < _stages.Length; i++)
            {
                _stages[i] += other._stages[i];
            }

            foreach (var (currency, amount) in other._won)
            {
                _won[currency] = _won.GetValueOrDefault(currency) + amount;
            }
        }

        public FunnelRow ToRow(UserId? user, string name) => new(
            user,
            name,
            [.. Enum.GetValues<FunnelStageKind>().Select(k => new FunnelStage(k, _stages[(int)k], _stages[0], k == FunnelStageKind.Created ? _stages[0] : _stages[(int)k - 1]))],
            [.. _won.Select(w => new CurrencyAmount(w.Key, ReportText.Normalise(w.Value)))]);
    }
}
