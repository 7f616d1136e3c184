using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.History;
using LeadKit.Leads;
using LeadKit.Scoring;
using LeadKit.Storage;
using NodaTime;

namespace LeadKit.Operations;

/// <summary>Weights learned from the workspace's closed leads (docs/learned-weights.md).</summary>
public sealed partial class ScoringProfiles
{
    /// <summary>
    /// Counts the workspace's closed leads against its profile: each converted lead as a conversion, with the
    /// criteria it met when it was converted (its last save), and each open lead older than
    /// <see cref="WeightLearningOptions.LostAfter"/> as a loss, with the criteria it meets now. Criteria are
    /// judged by the engine, rules and validity periods included; younger open leads are left out.
    /// </summary>
    /// <param name="options">The age after which an open lead is lost; <see cref="WeightLearningOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The evidence, for the stored profile.</returns>
    /// <exception cref="Validation.LeadKitValidationException">The options are invalid.</exception>
    public async Task<ConversionEvidence> GatherEvidenceAsync(WeightLearningOptions? options = null, CancellationToken cancellationToken = default)
    {
        options = (options ?? WeightLearningOptions.Default).Validated();
        var now = Rescorer.Clock.GetCurrentInstant();
        var unit = await Store.BeginAsync(Workspace, ActingUser, cancellationToken).ConfigureAwait(false);
        await using (unit.ConfigureAwait(false))
        {
            var profile = await unit.ScoringProfiles.GetAsync(cancellationToken).ConfigureAwait(false) ?? ScoringProfile.Empty;
            var needsHistory = ProfileRescorer.NeedsHistory(profile);
            var counter = new ConversionEvidence.Counter(profile);
            var page = new List<(Lead Lead, Instant AsOf)>(PageSize);
            await foreach (var lead in unit.Leads.QueryAsync(RecordQuery.All, cancellationToken).ConfigureAwait(false))
            {
                if (lead.IsConverted || lead.CreatedAt <= now - options.LostAfter)
                {
                    page.Add((lead, lead.IsConverted ? lead.ModifiedAt : now));
                    if (page.Count == PageSize)
                    {
                        await CloseAsync(unit, profile, needsHistory, page, counter, cancellationToken).ConfigureAwait(false);
                    }
                }
            }

            await CloseAsync(unit, profile, needsHistory, page, counter, cancellationToken).ConfigureAwait(false);
            return counter.ToEvidence();
        }
    }

    /// <summary>Suggests a weight for each criterion of the stored profile from the workspace's closed leads (<see cref="GatherEvidenceAsync"/>, then <see cref="ConversionEvidence.Suggest"/>).</summary>
    /// <param name="options">Thresholds, minimums and the age after which an open lead is lost; <see cref="WeightLearningOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The suggestions, with their evidence.</returns>
    /// <exception cref="NotEnoughEvidenceException">Too few closed leads, or none converted, or none lost: nothing is suggested.</exception>
    /// <exception cref="Validation.LeadKitValidationException">The options are invalid.</exception>
    public async Task<WeightSuggestions> SuggestWeightsAsync(WeightLearningOptions? options = null, CancellationToken cancellationToken = default) =>
        (await GatherEvidenceAsync(options, cancellationToken).ConfigureAwait(false)).Suggest(options);

    /// <summary>Applies reviewed suggestions as a new profile version, then re-scores every lead and business contact.</summary>
    /// <param name="suggestions">The suggestions, made for the stored profile's version.</param>
    /// <param name="accepted">The criteria whose suggestion to apply; <see langword="null"/> applies every change.</param>
    /// <param name="progress">Receives the re-score's progress.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The change.</returns>
    /// <exception cref="ScoringException">The profile changed since the suggestions were made, or an accepted criterion has no suggested weight; nothing was changed.</exception>
    public Task<ProfileChange> ApplySuggestionsAsync(WeightSuggestions suggestions, IEnumerable<CriterionId>? accepted = null, IProgress<RescoreProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(suggestions);
        var chosen = accepted?.ToList();
        return EditAsync(profile => suggestions.Apply(profile, chosen), progress, cancellationToken);
    }

    private async Task CloseAsync(IUnitOfWork unit, ScoringProfile profile, bool needsHistory, List<(Lead Lead, Instant AsOf)> page, ConversionEvidence.Counter counter, CancellationToken cancellationToken)
    {
        if (page.Count == 0)
        {
            return;
        }

        IReadOnlyDictionary<RecordReference, IReadOnlyList<HistoryItem>>? history = needsHistory
            ? await unit.History.ListForManyAsync([.. page.Select(p => p.Lead.Reference)], cancellationToken).ConfigureAwait(false)
            : null;
        foreach (var (lead, asOf) in page)
        {
            IReadOnlyList<IHistoryEntry>? entries = history is not null && history.TryGetValue(lead.Reference, out var items) ? [.. items.Cast<IHistoryEntry>()] : null;
            var explanation = Rescorer.Scorer.Explain(lead, profile, asOf, entries);
            counter.Add(explanation.Criteria.Where(c => c.Met).Select(c => c.Id).ToHashSet(), lead.IsConverted);
        }

        page.Clear();
    }
}
