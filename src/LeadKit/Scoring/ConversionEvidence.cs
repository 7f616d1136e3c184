using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using LeadKit.Utility;

namespace LeadKit.Scoring;

/// <summary>
/// What closed records say about a profile's criteria: for each criterion, how often records that met it
/// converted against records that did not (<see cref="CriterionEvidence"/>). From it, LeadKit suggests
/// weights (<see cref="Suggest"/>) and estimates how likely an open record is to convert
/// (<see cref="Likelihood"/>). Everything is a function of counts: the same records in any order give the
/// same evidence, suggestions and likelihoods. The method, its assumptions and when not to trust it are in
/// docs/learned-weights.md.
/// </summary>
public sealed class ConversionEvidence
{
    private ConversionEvidence(ScoringProfile profile, int closed, int converted, ImmutableArray<CriterionEvidence> criteria)
    {
        Profile = profile;
        Closed = closed;
        Converted = converted;
        Criteria = criteria;
    }

    /// <summary>Gets the profile whose criteria were counted.</summary>
    public ScoringProfile Profile { get; }

    /// <summary>Gets how many closed records were counted.</summary>
    public int Closed { get; }

    /// <summary>Gets how many of them converted.</summary>
    public int Converted { get; }

    /// <summary>Gets the evidence of each criterion, in the profile's order.</summary>
    public ImmutableArray<CriterionEvidence> Criteria { get; }

    /// <summary>Gets the smoothed conversion rate of all closed records: (converted + 1) / (closed + 2).</summary>
    public double BaseRate => (Converted + 1.0) / (Closed + 2.0);

    /// <summary>Counts <paramref name="closed"/> against the criteria of <paramref name="profile"/>.</summary>
    /// <param name="profile">The profile.</param>
    /// <param name="closed">The closed records (any order; criteria not in the profile are ignored).</param>
    /// <returns>The evidence.</returns>
    /// <exception cref="ArgumentNullException">An argument or a record is null.</exception>
    public static ConversionEvidence From(ScoringProfile profile, IEnumerable<ClosedRecord> closed)
    {
        Preconditions.CheckNotNull(profile, nameof(profile));
        Preconditions.CheckNotNull(closed, nameof(closed));
        var counter = new Counter(profile);
        foreach (var record in closed)
        {
            ArgumentNullException.ThrowIfNull(record, nameof(closed));
            counter.Add(record.Met, record.Converted);
        }

        return counter.ToEvidence();
    }

    /// <summary>
    /// Suggests a weight for every criterion from its odds ratio: below <see cref="WeightLearningOptions.NormalFrom"/>
    /// Low, from it Normal, from <see cref="WeightLearningOptions.HighFrom"/> High. A criterion with fewer than
    /// <see cref="WeightLearningOptions.MinimumPerSide"/> records met, or not met, gets no suggestion.
    /// </summary>
    /// <param name="options">Thresholds and minimums; <see cref="WeightLearningOptions.Default"/> when null.</param>
    /// <returns>The suggestions, for <see cref="Profile"/>'s version.</returns>
    /// <exception cref="NotEnoughEvidenceException">Fewer closed records than <see cref="WeightLearningOptions.MinimumClosed"/>, or none converted, or none lost.</exception>
    /// <exception cref="Validation.LeadKitValidationException">The options are invalid.</exception>
    public WeightSuggestions Suggest(WeightLearningOptions? options = null)
    {
        options = (options ?? WeightLearningOptions.Default).Validated();
        if (Closed < options.MinimumClosed)
        {
            throw new NotEnoughEvidenceException(
                string.Create(CultureInfo.InvariantCulture, $"Only {Closed} closed records; at least {options.MinimumClosed} are needed to suggest weights."), Closed, Converted);
        }

        if (Converted == 0 || Converted == Closed)
        {
            throw new NotEnoughEvidenceException(
                string.Create(CultureInfo.InvariantCulture, $"{(Converted == 0 ? "None" : "All")} of the {Closed} closed records converted: there is nothing to compare."), Closed, Converted);
        }

        var suggestions = Profile.Criteria.Select((criterion, i) => Suggestion(criterion, Criteria[i], options));
        return new WeightSuggestions(Profile.Version, Closed, Converted, [.. suggestions]);
    }

    /// <summary>
    /// Estimates how likely a record meeting <paramref name="met"/> is to convert: the base rate's odds times,
    /// for each criterion, the ratio of how often converted and lost records were in the same state (met or
    /// not), each smoothed. It assumes the criteria independent given the outcome (naive Bayes), so criteria
    /// that say the same thing are counted twice.
    /// </summary>
    /// <param name="met">The criteria the record meets.</param>
    /// <returns>The probability with one factor per criterion.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="met"/> is null.</exception>
    public ConversionLikelihood Likelihood(IEnumerable<CriterionId> met)
    {
        var set = new HashSet<CriterionId>(Preconditions.CheckNotNull(met, nameof(met)));
        var lost = Closed - Converted;
        var logOdds = Math.Log((Converted + 1.0) / (lost + 1.0));
        var factors = ImmutableArray.CreateBuilder<LikelihoodFactor>(Criteria.Length);
        for (var i = 0; i < Criteria.Length; i++)
        {
            var (criterion, evidence) = (Profile.Criteria[i], Criteria[i]);
            var isMet = set.Contains(criterion.Id);
            var (whenConverted, whenLost) = isMet
                ? (evidence.MetConverted, evidence.MetNotConverted)
                : (evidence.UnmetConverted, evidence.UnmetNotConverted);
            var factor = ((whenConverted + 0.5) / (Converted + 1.0)) / ((whenLost + 0.5) / (lost + 1.0));
            logOdds += Math.Log(factor);
            factors.Add(new LikelihoodFactor(criterion.Id, criterion.Description, isMet, factor));
        }

        return new ConversionLikelihood(1 / (1 + Math.Exp(-logOdds)), BaseRate, factors.MoveToImmutable());
    }

    private static WeightSuggestion Suggestion(ScoringCriterion criterion, CriterionEvidence evidence, WeightLearningOptions options)
    {
        if (evidence.Met < options.MinimumPerSide || evidence.Unmet < options.MinimumPerSide)
        {
            var (side, count) = evidence.Met < options.MinimumPerSide ? ("met it", evidence.Met) : ("did not meet it", evidence.Unmet);
            return new WeightSuggestion(criterion.Id, criterion.Description, criterion.Weight, null, evidence,
                string.Create(CultureInfo.InvariantCulture, $"Only {count} closed records {side}; at least {options.MinimumPerSide} are needed."));
        }

        var oddsRatio = evidence.OddsRatio;
        var weight = oddsRatio >= options.HighFrom ? Weight.High : oddsRatio >= options.NormalFrom ? Weight.Normal : Weight.Low;
        var why = weight switch
        {
            Weight.High => string.Create(CultureInfo.InvariantCulture, $"odds ratio {oddsRatio:0.0#} >= {options.HighFrom:0.0#}"),
            Weight.Normal => string.Create(CultureInfo.InvariantCulture, $"odds ratio {oddsRatio:0.0#} from {options.NormalFrom:0.0#} to below {options.HighFrom:0.0#}"),
            _ when oddsRatio < 1 => string.Create(CultureInfo.InvariantCulture, $"odds ratio {oddsRatio:0.0#} < 1: records that met it converted less often; consider removing it"),
            _ => string.Create(CultureInfo.InvariantCulture, $"odds ratio {oddsRatio:0.0#} < {options.NormalFrom:0.0#}"),
        };
        var strength = evidence.Strength == EvidenceStrength.Weak ? "; weak evidence (|z| < 1.96), the effect may be chance" : string.Empty;
        return new WeightSuggestion(criterion.Id, criterion.Description, criterion.Weight, weight, evidence, $"{evidence}: {why}{strength}.");
    }

    /// <summary>Counts closed records one at a time, holding only the counts (a store's records are streamed through it).</summary>
    internal sealed class Counter(ScoringProfile profile)
    {
        private readonly CriterionId[] _ids = [.. profile.Criteria.Select(c => c.Id)];
        private readonly int[] _cells = new int[profile.Criteria.Length * 4];
        private int _closed;
        private int _converted;

        /// <summary>Counts one closed record.</summary>
        public void Add(IReadOnlySet<CriterionId> met, bool converted)
        {
            _closed++;
            _converted += converted ? 1 : 0;
            var column = converted ? 0 : 1;
            for (var i = 0; i < _ids.Length; i++)
            {
                _cells[(i * 4) + (met.Contains(_ids[i]) ? 0 : 2) + column]++;
            }
        }

        /// <summary>The evidence counted so far.</summary>
        public ConversionEvidence ToEvidence() => new(
            profile,
            _closed,
            _converted,
            [.. Enumerable.Range(0, _ids.Length).Select(i => new CriterionEvidence(_cells[i * 4], _cells[(i * 4) + 1], _cells[(i * 4) + 2], _cells[(i * 4) + 3]))]);
    }
}
