using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using LeadKit.EntityFrameworkCore;
using LeadKit.Leads;
using LeadKit.Storage;

namespace LeadKit.Benchmarks;

/// <summary>
/// The leads the report benchmarks count: eight users and about one lead in ten unassigned, five
/// ratings and none, manual stars 0–5, one lead in twenty converted; deterministic, so every run
/// and every store holds the same rows.
/// </summary>
public static class ReportLeads
{
    private static readonly string[] Ratings = ["Hot", "Warm", "Cold", "Good", "Poor"];

    /// <summary>Gets the sizes: 1 000 000 leads (2 000 in the smoke run).</summary>
    public static IEnumerable<int> Sizes => BenchmarkSizes.IsSmokeRun ? [2_000] : [1_000_000];

    /// <summary>Gets the users, with fixed ids.</summary>
    public static IReadOnlyList<WorkspaceUser> Users { get; } =
    [
        .. new[] { "Ann Lee", "Bob Roe", "Chloé Petit", "Dmitri Novak", "Eva Rossi", "Farid Quinn", "Grace Tanaka", "Hiro Urban" }
            .Select((name, i) => new WorkspaceUser(new UserId(Guid.Parse(string.Create(CultureInfo.InvariantCulture, $"0193b6a1-0000-7000-8000-{i + 1:D12}"))), name)),
    ];

    /// <summary>Creates leads <paramref name="from"/> to <paramref name="to"/> (exclusive) of the set.</summary>
    public static List<Lead> Create(int from, int to)
    {
        var random = new Random(from);
        var leads = new List<Lead>(to - from);
        for (var i = from; i < to; i++)
        {
            var lead = Lead.Create(PersonName.FromParts(null, "Lead", null, i.ToString(CultureInfo.InvariantCulture), null), SampleLeads.Clock);
            var user = random.Next(Users.Count + 1);
            lead.SetAssignedTo(user < Users.Count ? Users[user].Id : null);
            var rating = random.Next(Ratings.Length + 1);
            lead.SetRating(rating < Ratings.Length ? new Rating(Ratings[rating]) : null);
            lead.SetManualScore(random.Next(6));
            lead.SetCompanyName("Company " + (i % 1000).ToString(CultureInfo.InvariantCulture));
            if (i % 20 == 0)
            {
                lead.MarkConverted(new Contacts.ContactId(Guid.CreateVersion7()));
            }

            leads.Add(lead);
        }

        return leads;
    }

    /// <summary>Fills a new workspace of a store with <paramref name="count"/> leads, in batches.</summary>
    public static async Task<WorkspaceId> FillAsync(ILeadKitStore store, int count)
    {
        await store.InitializeAsync();
        var workspace = (await store.CreateWorkspaceAsync("reports")).Id;
        await using (var unit = await store.BeginAsync(workspace))
        {
            foreach (var user in Users)
            {
                await unit.Users.AddAsync(user);
            }

            await unit.CommitAsync();
        }

        for (var done = 0; done < count; done += 20_000)
        {
            await using var unit = await store.BeginAsync(workspace);
            await unit.Leads.AddAsync(Create(done, Math.Min(count, done + 20_000)));
            await unit.CommitAsync();
        }

        return workspace;
    }

    /// <summary>
    /// The SQLite database of <paramref name="count"/> leads, built once and kept in the temporary
    /// folder (reports only read it), with its workspace id beside it.
    /// </summary>
    public static async Task<(string Path, WorkspaceId Workspace)> SqliteAsync(int count)
    {
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "leadkit-bench")).FullName;
        var path = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"reports-{count}-v1.db"));
        var marker = path + ".workspace";
        if (!File.Exists(marker))
        {
            foreach (var stale in Directory.EnumerateFiles(folder, Path.GetFileName(path) + "*"))
            {
                File.Delete(stale);
            }

            await using (var store = EfLeadKitStore.UseSqlite(path, SampleLeads.Clock))
            {
                var built = await FillAsync(store, count);
                await File.WriteAllTextAsync(marker, built.ToString());
            }

            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }

        return (path, WorkspaceId.Parse(await File.ReadAllTextAsync(marker)));
    }
}
