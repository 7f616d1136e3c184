using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using LeadKit.EntityFrameworkCore;
using LeadKit.Leads;
using LeadKit.Operations;
using LeadKit.Scoring;
using LeadKit.Storage;
using Microsoft.Data.Sqlite;

namespace LeadKit.Benchmarks;

/// <summary>
/// Re-scoring every lead of a SQLite database after a profile edit: LeadKit's streaming
/// batch re-score (<see cref="ScoringProfiles.RescoreAsync"/>: keyset pages of 500, score, write the
/// changed scores with the score-only <see cref="IRecordRepository{TRecord, TId}.UpdateStoredScoresAsync"/>) against a hand-written baseline in the same run (one SELECT of every lead's
/// stored stars and points joined to its checks, the score computed from a bit mask, and a prepared
/// UPDATE of <c>stars</c> and <c>score_points</c> for the rows whose score changed, in one
/// transaction). Both start from the same copy of a database scored with profile version 1 and
/// holding version 2 (one criterion's weight raised), so both write the same rows; LeadKit also
/// reads and deserializes each record's JSON document and rewrites its <c>score</c> member
/// (<c>json_set</c>), which the baseline does not.
/// </summary>
/// <remarks>
/// The default size is 10 000 records, so <c>--job Dry</c> stays fast. The 1 000 000 is
/// opt-in: set <c>LEADKIT_RESCORE_SIZES=10000,1000000</c> (building the 1 000 000-record template
/// takes several minutes and about 2 GB of disk).
/// </remarks>
[MemoryDiagnoser]
public class RescoreBenchmarks
{
    private const int Criteria = 10;

    private static readonly ScoringProfile Version1 = new(
        Enumerable.Range(0, Criteria).Select(i => new ScoringCriterion(new CriterionId($"c{i}"), $"Criterion {i}", (Weight)(i % 3))));

    private static readonly ScoringProfile Version2 = Version1.Edit(new CriterionId("c0"), weight: Weight.High);

    private string _directory = string.Empty;
    private string _template = string.Empty;
    private string _path = string.Empty;
    private WorkspaceId _workspace;

    /// <summary>Gets the sizes to run: 10 000 unless <c>LEADKIT_RESCORE_SIZES</c> lists others.</summary>
    public static IEnumerable<int> Sizes =>
        (Environment.GetEnvironmentVariable("LEADKIT_RESCORE_SIZES") ?? "10000")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => int.Parse(s, CultureInfo.InvariantCulture));

    /// <summary>Gets or sets the number of leads.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Count { get; set; }

    /// <summary>Builds the template database: the leads with random checks, scored with version 1; version 2 stored.</summary>
    /// <returns>A task.</returns>
    [GlobalSetup]
    public async Task GlobalSetupAsync()
    {
        _directory = Directory.CreateTempSubdirectory("leadkit-rescore-").FullName;
        _template = Path.Combine(_directory, "template.db");
        var random = new Random(42);
        await using (var store = EfLeadKitStore.UseSqlite(_template, SampleLeads.Clock))
        {
            await store.InitializeAsync();
            _workspace = (await store.CreateWorkspaceAsync("bench")).Id;
            await using (var unit = await store.BeginAsync(_workspace))
            {
                await unit.ScoringProfiles.SaveAsync(Version1, null);
                await unit.CommitAsync();
            }

            for (var done = 0; done < Count; done += 5_000)
            {
                var batch = new List<Lead>();
                for (var i = done; i < Math.Min(Count, done + 5_000); i++)
                {
                    var lead = Lead.Create(PersonName.Parse(string.Create(CultureInfo.InvariantCulture, $"Lead {i}")), SampleLeads.Clock);
                    for (var c = 0; c < Criteria; c++)
                    {
                        if (random.Next(2) == 0)
                        {
                            lead.CheckCriterion(Version1.Criteria[c].Id, SampleLeads.Clock.GetCurrentInstant());
                        }
                    }

                    StoreRecords.SetStoredScore(lead, StoredScore.From(LeadScorer.Default.Score(lead, Version1, SampleLeads.Clock.GetCurrentInstant())));
                    batch.Add(lead);
                }

                await using var unit = await store.BeginAsync(_workspace);
                await unit.Leads.AddAsync(batch);
                await unit.CommitAsync();
            }

            await using (var unit = await store.BeginAsync(_workspace))
            {
                await unit.ScoringProfiles.SaveAsync(Version2, Version1.Version);
                await unit.CommitAsync();
            }
        }

        SqliteConnection.ClearAllPools();
    }

    /// <summary>Gives each iteration a fresh copy of the template.</summary>
    [IterationSetup]
    public void IterationSetup()
    {
        _path = Path.Combine(_directory, Guid.NewGuid().ToString("N") + ".db");
        DatabaseCopies.Copy(_template, _path);
    }

    /// <summary>Deletes the iteration's copy.</summary>
    [IterationCleanup]
    public void IterationCleanup() => DatabaseCopies.Delete(_path);

    /// <summary>Deletes the template.</summary>
    [GlobalCleanup]
    public void GlobalCleanup()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    /// <summary>The hand-written baseline: one SELECT, scores from bit masks, a prepared UPDATE of the changed rows.</summary>
    /// <returns>The number of rows updated.</returns>
    [Benchmark(Baseline = true)]
    public int Raw()
    {
        var index = Version2.Criteria.Select((c, i) => (Key: c.Id.Value.ToUpperInvariant(), i)).ToDictionary(p => p.Key, p => p.i);
        var points = Version2.Criteria.Select(c => Version2.Scale.PointsOf(c.Weight)).ToArray();
        var total = points.Sum();
        using var connection = new SqliteConnection($"Data Source={_path};Pooling=False");
        connection.Open();
        using var transaction = connection.BeginTransaction();
        using var update = connection.CreateCommand();
        update.Transaction = transaction;
        update.CommandText = "UPDATE leads SET stars = $stars, score_points = $points WHERE id = $id";
        var pStars = update.Parameters.Add("$stars", SqliteType.Integer);
        var pPoints = update.Parameters.Add("$points", SqliteType.Integer);
        var pId = update.Parameters.Add("$id", SqliteType.Text);
        update.Prepare();
        using var select = connection.CreateCommand();
        select.Transaction = transaction;
        select.CommandText = "SELECT l.id, l.stars, l.score_points, c.criterion_key FROM leads l LEFT JOIN record_criteria c ON c.record_kind = 0 AND c.record_id = l.id "
            + "WHERE l.workspace_id = $ws AND l.score_type_key = 'AUTOMATIC' ORDER BY l.id";
        select.Parameters.AddWithValue("$ws", _workspace.Value.ToString("D").ToUpperInvariant());
        var changed = 0;
        string? current = null;
        long oldStars = 0, oldPoints = 0;
        ulong mask = 0;
        void Flush()
        {
            if (current is null)
            {
                return;
            }

            var met = 0;
            for (var i = 0; i < points.Length; i++)
            {
                met += (int)((mask >> i) & 1) * points[i];
            }

            var stars = total == 0 ? 0 : ((2 * 5 * met) + total) / (2 * total);
            var signed = met - (total - met);
            if (stars != oldStars || signed != oldPoints)
            {
                pStars.Value = stars;
                pPoints.Value = signed;
                pId.Value = current;
                update.ExecuteNonQuery();
                changed++;
            }
        }

        using (var reader = select.ExecuteReader())
        {
            while (reader.Read())
            {
                var id = reader.GetString(0);
                if (id != current)
                {
                    Flush();
                    current = id;
                    oldStars = reader.GetInt64(1);
                    oldPoints = reader.IsDBNull(2) ? long.MinValue : reader.GetInt64(2);
                    mask = 0;
                }

                if (!reader.IsDBNull(3) && index.TryGetValue(reader.GetString(3), out var bit))
                {
                    mask |= 1UL << bit;
                }
            }
        }

        Flush();
        transaction.Commit();
        return changed;
    }

    /// <summary>LeadKit's streaming batch re-score.</summary>
    /// <returns>The number of records saved.</returns>
    [Benchmark]
    public async Task<long> LeadKit()
    {
        await using var store = EfLeadKitStore.UseSqlite(_path, SampleLeads.Clock);
        var profiles = new ScoringProfiles(store, _workspace, SampleLeads.Clock);
        var result = await profiles.RescoreAsync();
        return result.Changed;
    }
}
