using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using NodaTime;

namespace LeadKit.Scoring;

/// <summary>
/// A profile compiled for scoring many records: a record's criterion states become a bit mask (bit
/// <c>i</c> set when criterion <c>i</c> of the profile is met, evaluated once at <c>asOf</c> by
/// <see cref="MaskOf(IScorableRecord, Instant, IReadOnlyList{IHistoryEntry})"/>), and scores come from
/// tables built once — the met points of each byte of the mask, and the stars of each M — so
/// <see cref="ScoreStars(ReadOnlySpan{ulong}, Span{byte})"/> scores a batch without allocating and
/// without branching per criterion. Created by <see cref="LeadScorer.Compile"/>; immutable and
/// thread-safe. Gives exactly what <see cref="LeadScorer.Score"/> gives for the same states.
/// </summary>
public sealed class CompiledProfile
{
    private const int StarTableLimit = 1 << 16;

    private readonly int[] _metTable;
    private readonly int[] _pointsTable;
    private readonly int _basePoints;
    private readonly byte[]? _starsByMet;
    private readonly int _chunks;
    private readonly CriterionEvaluator[] _evaluators;
    private readonly Dictionary<CriterionId, int> _indexes;

    // The check-box criteria by id text, in an open-addressing table with a cheap hash (length, last
    // and middle character), so a record's checks become bits without hashing whole strings; the
    // criteria with rules are evaluated separately.
    private readonly string?[] _slotIds;
    private readonly int[] _slotBits;
    private readonly int _slotMask;
    private readonly Duration?[] _validity;
    private readonly int[] _ruleIndexes;

    // The oldest check that still counts, per bit, for the last asOf scored (a batch shares one asOf):
    // one comparison per check instead of an Instant subtraction. Replaced whole, so thread-safe.
    private Cutoffs? _cutoffs;

    internal CompiledProfile(LeadScorer scorer, ScoringProfile profile)
    {
        Scorer = scorer;
        Profile = profile;
        _evaluators = profile.Evaluators;
        _indexes = profile.Criteria.Select((c, i) => (c.Id, i)).ToDictionary(p => p.Id, p => p.i);
        Count = _evaluators.Length;
        Total = _evaluators.Sum(e => e.Points);
        MaxStars = profile.MaxStars;
        HasRules = profile.Criteria.Any(c => c.Rule is not null);
        _ruleIndexes = [.. Enumerable.Range(0, Count).Where(i => _evaluators[i].Criterion.Rule is not null)];
        _validity = [.. _evaluators.Select(e => e.Criterion.Rule is null ? e.Criterion.Validity : null)];
        var slots = 16;
        while (slots < 4 * Count)
        {
            slots *= 2;
        }

        _slotIds = new string?[slots];
        _slotBits = new int[slots];
        _slotMask = slots - 1;
        for (var i = 0; i < Count; i++)
        {
            if (_evaluators[i].Criterion.Rule is not null)
            {
                continue;
            }

            var id = _evaluators[i].Criterion.Id.Value;
            var slot = Hash(id) & _slotMask;
            while (_slotIds[slot] is not null)
            {
                slot = (slot + 1) & _slotMask;
            }

            _slotIds[slot] = id;
            _slotBits[slot] = i;
        }

        // One table of 256 entries per byte of the mask: the met points (and point deltas) of every
        // combination of the 8 criteria that byte covers.
        _chunks = Math.Max(1, (Count + 7) / 8);
        _metTable = new int[_chunks * 256];
        _pointsTable = new int[_chunks * 256];
        var deltas = new int[Count];
        for (var i = 0; i < Count; i++)
        {
            var weight = _evaluators[i].Criterion.Weight;
            var points = _evaluators[i].Points;
            var unmet = scorer.Aggregation.Contribution(weight, points, met: false);
            _basePoints = checked(_basePoints + unmet);
            deltas[i] = checked(scorer.Aggregation.Contribution(weight, points, met: true) - unmet);
        }

        for (var chunk = 0; chunk < _chunks; chunk++)
        {
            for (var bits = 0; bits < 256; bits++)
            {
                int met = 0, delta = 0;
                for (var bit = 0; bit < 8; bit++)
                {
                    var index = (chunk * 8) + bit;
                    if (index < Count && (bits & (1 << bit)) != 0)
                    {
                        met += _evaluators[index].Points;
                        delta = checked(delta + deltas[index]);
                    }
                }

                _metTable[(chunk * 256) + bits] = met;
                _pointsTable[(chunk * 256) + bits] = delta;
            }
        }

        if (Total < StarTableLimit)
        {
            _starsByMet = new byte[Total + 1];
            for (var met = 0; met <= Total; met++)
            {
                _starsByMet[met] = (byte)MapStars(met);
            }
        }
    }

    /// <summary>Gets the profile.</summary>
    public ScoringProfile Profile { get; }

    /// <summary>Gets the engine whose aggregation and star mapping the tables use.</summary>
    public LeadScorer Scorer { get; }

    /// <summary>Gets the number of criteria (bits 0 to <c>Count − 1</c> of a mask; other bits are ignored).</summary>
    public int Count { get; }

    /// <summary>Gets W, the points of all criteria.</summary>
    public int Total { get; }

    /// <summary>Gets the most stars the profile shows.</summary>
    public int MaxStars { get; }

    /// <summary>Gets a value indicating whether some criterion has a rule (masks then need the record: <see cref="MaskOf(IScorableRecord, Instant, IReadOnlyList{IHistoryEntry})"/>).</summary>
    public bool HasRules { get; }

    /// <summary>Returns the criterion a bit stands for.</summary>
    /// <param name="index">The bit, 0 to <see cref="Count"/> − 1.</param>
    /// <returns>The criterion's id.</returns>
    public CriterionId CriterionAt(int index) => Profile.Criteria[index].Id;

    /// <summary>Returns the bit of a criterion, or −1 when the profile does not have it.</summary>
    /// <param name="id">The criterion.</param>
    /// <returns>The bit index, or −1.</returns>
    public int IndexOf(CriterionId id) => _indexes.GetValueOrDefault(id, -1);

    /// <summary>
    /// Evaluates which criteria a record meets at <paramref name="asOf"/> — checks still valid for
    /// check-box criteria, rules for the others — as a mask: the compact criterion states of the record.
    /// </summary>
    /// <param name="record">The record.</param>
    /// <param name="asOf">The instant.</param>
    /// <param name="history">The record's history entries (<see cref="History.HistoryItem"/>s or your own <see cref="IHistoryEntry"/>s), for history conditions.</param>
    /// <returns>The mask; bit <c>i</c> set when criterion <c>i</c> is met.</returns>
    /// <exception cref="ScoringException">A rule failed.</exception>
    public ulong MaskOf(IScorableRecord record, Instant asOf, IReadOnlyList<IHistoryEntry>? history = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        var cutoffs = CutoffsAt(asOf);
        var mask = 0UL;
        var checks = record.CriterionChecks;
        if (checks is CriterionStates states)
        {
            var ids = states.IdSpan;
            var instants = states.InstantSpan;
            for (var i = 0; i < ids.Length && i < instants.Length; i++)
            {
                var bit = BitOf(ids[i].Value);
                if (bit >= 0 && instants[i] >= cutoffs[bit])
                {
                    mask |= 1UL << bit;
                }
            }
        }
        else
        {
            foreach (var (id, at) in checks)
            {
                var bit = BitOf(id.Value);
                if (bit >= 0 && at >= cutoffs[bit])
                {
                    mask |= 1UL << bit;
                }
            }
        }

        return _ruleIndexes.Length == 0 ? mask : mask | RuleMask(record, asOf, history);
    }

    /// <summary>
    /// The mask of a record, and the earliest instant a check it counts lapses: the record's checks are
    /// walked once (not one look-up per criterion), then the criteria with rules are evaluated.
    /// </summary>
    internal ulong Mask(IScorableRecord record, Instant asOf, IReadOnlyList<IHistoryEntry>? history, out Instant? expiresAt)
    {
        expiresAt = null;
        var mask = 0UL;
        var checks = record.CriterionChecks;
        if (checks is CriterionStates states)
        {
            var ids = states.IdSpan;
            var instants = states.InstantSpan;
            for (var i = 0; i < ids.Length && i < instants.Length; i++)
            {
                mask |= Check(ids[i].Value, instants[i], asOf, ref expiresAt);
            }
        }
        else
        {
            foreach (var (id, at) in checks)
            {
                mask |= Check(id.Value, at, asOf, ref expiresAt);
            }
        }

        return _ruleIndexes.Length == 0 ? mask : mask | RuleMask(record, asOf, history);
    }

    /// <summary>
    /// Converts stored checks to a mask at <paramref name="asOf"/> (validity periods applied; checks of
    /// criteria the profile does not have are ignored), for profiles without rules.
    /// </summary>
    /// <param name="checks">Each checked criterion with the instant it was checked.</param>
    /// <param name="asOf">The instant.</param>
    /// <returns>The mask.</returns>
    /// <exception cref="InvalidOperationException">The profile has rules: they need the record (use the other overload).</exception>
    public ulong MaskOf(IReadOnlyDictionary<CriterionId, Instant> checks, Instant asOf)
    {
        ArgumentNullException.ThrowIfNull(checks);
        if (HasRules)
        {
            throw new InvalidOperationException("The profile has rules, which need the record: use MaskOf(record, asOf, history).");
        }

        var mask = 0UL;
        foreach (var (id, at) in checks)
        {
            if (_indexes.TryGetValue(id, out var index) && (_evaluators[index].Criterion.Validity is not { } validity || asOf - at <= validity))
            {
                mask |= 1UL << index;
            }
        }

        return mask;
    }

    /// <summary>Returns M, the points of the criteria set in <paramref name="mask"/>.</summary>
    /// <param name="mask">The met criteria.</param>
    /// <returns>M.</returns>
    public int Met(ulong mask)
    {
        var met = 0;
        for (var chunk = 0; chunk < _chunks; chunk++)
        {
            met += _metTable[(chunk << 8) | (int)((mask >> (chunk << 3)) & 0xFF)];
        }

        return met;
    }

    /// <summary>Returns the signed points of the criteria set in <paramref name="mask"/> (the sum of the contributions).</summary>
    /// <param name="mask">The met criteria.</param>
    /// <returns>The points.</returns>
    public int Points(ulong mask)
    {
        var points = _basePoints;
        for (var chunk = 0; chunk < _chunks; chunk++)
        {
            points = checked(points + _pointsTable[(chunk << 8) | (int)((mask >> (chunk << 3)) & 0xFF)]);
        }

        return points;
    }

    /// <summary>Returns the automatic stars of the criteria set in <paramref name="mask"/>.</summary>
    /// <param name="mask">The met criteria.</param>
    /// <returns>The stars.</returns>
    public int Stars(ulong mask)
    {
        var met = Met(mask);
        return _starsByMet is { } table ? table[met] : MapStars(met);
    }

    /// <summary>Returns the full score of the criteria set in <paramref name="mask"/>.</summary>
    /// <param name="mask">The met criteria.</param>
    /// <param name="scoreType">The record's score type.</param>
    /// <param name="manualStars">The record's manual stars (required with <see cref="ScoreType.Manual"/>).</param>
    /// <returns>The score, equal to what <see cref="LeadScorer.Score"/> gives.</returns>
    public LeadScore Score(ulong mask, ScoreType scoreType = ScoreType.Automatic, int? manualStars = null) =>
        new(Stars(mask), Points(mask), Met(mask), Total, MaxStars, scoreType, manualStars);

    /// <summary>Computes the automatic stars of many records, one mask each, without allocating.</summary>
    /// <param name="masks">The met criteria of each record.</param>
    /// <param name="stars">Receives the stars, one per mask (at least as long as <paramref name="masks"/>).</param>
    /// <exception cref="ArgumentException"><paramref name="stars"/> is shorter than <paramref name="masks"/>.</exception>
    public void ScoreStars(ReadOnlySpan<ulong> masks, Span<byte> stars)
    {
        if (stars.Length < masks.Length)
        {
            throw new ArgumentException("The stars span is shorter than the masks.", nameof(stars));
        }

        if (_starsByMet is not { } table)
        {
            for (var i = 0; i < masks.Length; i++)
            {
                stars[i] = (byte)MapStars(Met(masks[i]));
            }

            return;
        }

        ReadOnlySpan<int> met = _metTable;
        ReadOnlySpan<byte> starsByMet = table;
        unchecked
        {
            switch (_chunks)
            {
                case 1:
                    for (var i = 0; i < masks.Length; i++)
                    {
                        stars[i] = starsByMet[met[(byte)masks[i]]];
                    }

                    break;
                case 2:
                    for (var i = 0; i < masks.Length; i++)
                    {
                        var mask = masks[i];
                        stars[i] = starsByMet[met[(byte)mask] + met[256 + (byte)(mask >> 8)]];
                    }

                    break;
                default:
                    for (var i = 0; i < masks.Length; i++)
                    {
                        stars[i] = starsByMet[Met(masks[i])];
                    }

                    break;
            }
        }
    }

    /// <summary>Computes the automatic stars of many records, one mask each, without allocating.</summary>
    /// <param name="masks">The met criteria of each record.</param>
    /// <param name="stars">Receives the stars, one per mask.</param>
    /// <exception cref="ArgumentException"><paramref name="stars"/> is shorter than <paramref name="masks"/>.</exception>
    public void ScoreStars(ReadOnlySpan<ulong> masks, Span<int> stars)
    {
        if (stars.Length < masks.Length)
        {
            throw new ArgumentException("The stars span is shorter than the masks.", nameof(stars));
        }

        for (var i = 0; i < masks.Length; i++)
        {
            stars[i] = Stars(masks[i]);
        }
    }

    /// <summary>Computes the signed points of many records, one mask each, without allocating.</summary>
    /// <param name="masks">The met criteria of each record.</param>
    /// <param name="points">Receives the points, one per mask.</param>
    /// <exception cref="ArgumentException"><paramref name="points"/> is shorter than <paramref name="masks"/>.</exception>
    public void ScorePoints(ReadOnlySpan<ulong> masks, Span<int> points)
    {
        if (points.Length < masks.Length)
        {
            throw new ArgumentException("The points span is shorter than the masks.", nameof(points));
        }

        for (var i = 0; i < masks.Length; i++)
        {
            points[i] = Points(masks[i]);
        }
    }

    /// <summary>The bits of the criteria with rules that hold for the record.</summary>
    private ulong RuleMask(IScorableRecord record, Instant asOf, IReadOnlyList<IHistoryEntry>? history)
    {
        ScoringContext? context = null;
        var mask = 0UL;
        foreach (var i in _ruleIndexes)
        {
            if (_evaluators[i].IsMet(record, asOf, history, ref context))
            {
                mask |= 1UL << i;
            }
        }

        return mask;
    }

    /// <summary>The oldest check instant that counts at <paramref name="asOf"/>, per bit (<see cref="Instant.MinValue"/> without a validity period).</summary>
    private Instant[] CutoffsAt(Instant asOf)
    {
        var cutoffs = _cutoffs;
        if (cutoffs is null || cutoffs.AsOf != asOf)
        {
            // "A check older than the validity period no longer counts": asOf − at ≤ validity ⇔ at ≥ asOf − validity.
            cutoffs = NewCutoffs(asOf);
            _cutoffs = cutoffs;
        }

        return cutoffs.ByBit;
    }

    // Apart from CutoffsAt: a lambda capturing asOf there would allocate its closure on every call.
    private Cutoffs NewCutoffs(Instant asOf)
    {
        var byBit = new Instant[_validity.Length];
        for (var i = 0; i < byBit.Length; i++)
        {
            byBit[i] = _validity[i] is { } validity ? asOf - validity : Instant.MinValue;
        }

        return new Cutoffs(asOf, byBit);
    }

    /// <summary>The bit of a check-box criterion, or −1 when the profile has no such check-box criterion.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int BitOf(string id)
    {
        var slot = Hash(id) & _slotMask;
        while (_slotIds[slot] is { } candidate)
        {
            if (string.Equals(candidate, id, StringComparison.Ordinal))
            {
                return _slotBits[slot];
            }

            slot = (slot + 1) & _slotMask;
        }

        return -1;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Hash(string id) => id.Length == 0 ? 0 : (((id.Length * 31) + id[^1]) * 31) + id[id.Length >> 1];

    /// <summary>The bit of a checked criterion when its check counts at <paramref name="asOf"/>, else 0; tracks the earliest lapse.</summary>
    private ulong Check(string id, Instant at, Instant asOf, ref Instant? expiresAt)
    {
        var bit = BitOf(id);
        if (bit < 0)
        {
            return 0; // a criterion the profile does not have (or one with a rule): ignored
        }

        if (_validity[bit] is { } validity)
        {
            // "A check older than the validity period no longer counts": exactly that old still counts.
            if (asOf - at > validity)
            {
                return 0;
            }

            var lapses = at + validity;
            if (expiresAt is not { } soonest || lapses < soonest)
            {
                expiresAt = lapses;
            }
        }

        return 1UL << bit;
    }

    /// <summary>The per-bit cut-offs of one asOf.</summary>
    private sealed class Cutoffs(Instant asOf, Instant[] byBit)
    {
        public Instant AsOf { get; } = asOf;

        public Instant[] ByBit { get; } = byBit;
    }

    private int MapStars(int met)
    {
        var stars = Scorer.StarMapping.ToStars(met, Total, MaxStars);
        return stars >= 0 && stars <= MaxStars
            ? stars
            : throw new ScoringException($"The star mapping {Scorer.StarMapping} gives {stars} stars for M = {met}, W = {Total}; stars are 0 to {MaxStars}.");
    }
}
