using System.IO;
using Microsoft.Data.Sqlite;

namespace LeadKit.EntityFrameworkCore.Tests;

/// <summary>A real SQLite database file in a temporary folder, deleted (with its WAL files) when disposed.</summary>
public sealed class SqliteDatabase : IDisposable
{
    private readonly string _folder;

    public SqliteDatabase()
    {
        _folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "leadkit-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        Path = System.IO.Path.Combine(_folder, "leadkit.db");
    }

    /// <summary>Gets the database file's path.</summary>
    public string Path { get; }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A connection still open elsewhere; the temporary folder is cleaned by the OS eventually.
        }
    }
}
