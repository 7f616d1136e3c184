using System.IO;
using Microsoft.Data.Sqlite;

namespace LeadKit.Benchmarks;

/// <summary>
/// Copies of a SQLite template database, one per iteration: a benchmark that writes to its database
/// (an edit, a re-score) measures every iteration against the same state, not a file that grows
/// with every iteration before it (history items, undo entries, WAL pages).
/// </summary>
internal static class DatabaseCopies
{
    private static readonly string[] Companions = ["-wal", "-shm"];

    /// <summary>Copies <paramref name="template"/> (and its WAL files, when there are any) to <paramref name="path"/>, with no pooled connection left open on either.</summary>
    public static void Copy(string template, string path)
    {
        SqliteConnection.ClearAllPools();
        File.Copy(template, path);
        foreach (var suffix in Companions)
        {
            if (File.Exists(template + suffix))
            {
                File.Copy(template + suffix, path + suffix);
            }
        }
    }

    /// <summary>Deletes a copy and its WAL files, closing the pooled connections first.</summary>
    public static void Delete(string path)
    {
        SqliteConnection.ClearAllPools();
        File.Delete(path);
        foreach (var suffix in Companions)
        {
            File.Delete(path + suffix);
        }
    }
}
