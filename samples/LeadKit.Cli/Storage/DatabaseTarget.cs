using System;
using System.Data.Common;
using System.IO;

namespace LeadKit.Cli.Storage;

/// <summary>Which database a command works on: a SQLite file or a PostgreSQL connection string.</summary>
internal sealed record DatabaseTarget
{
    /// <summary>The SQLite file used when neither <c>--db</c> nor <c>LEADKIT_DB</c> names one.</summary>
    public const string DefaultSqlitePath = "leadkit.db";

    /// <summary>The environment variable that names the default SQLite file.</summary>
    public const string DatabaseVariable = "LEADKIT_DB";

    private DatabaseTarget(DatabaseKind kind, string location)
    {
        Kind = kind;
        Location = location;
    }

    /// <summary>Gets the kind of database.</summary>
    public DatabaseKind Kind { get; }

    /// <summary>Gets the SQLite file's full path, or the PostgreSQL connection string.</summary>
    public string Location { get; }

    /// <summary>Targets a SQLite file.</summary>
    /// <param name="path">The file's path, absolute or relative to <paramref name="baseDirectory"/>.</param>
    /// <param name="baseDirectory">The directory a relative path starts from (the current directory).</param>
    /// <returns>The target.</returns>
    public static DatabaseTarget Sqlite(string path, string baseDirectory) => new(DatabaseKind.Sqlite, Path.GetFullPath(path, baseDirectory));

    /// <summary>Targets a PostgreSQL database.</summary>
    /// <param name="connectionString">The Npgsql connection string.</param>
    /// <returns>The target.</returns>
    public static DatabaseTarget Postgres(string connectionString) => new(DatabaseKind.Postgres, connectionString);

    /// <summary>Chooses the target from the global options: <c>--connection</c>, else <c>--db</c>, else <c>LEADKIT_DB</c>, else <c>./leadkit.db</c>.</summary>
    /// <param name="database">The <c>--db</c> value, if given.</param>
    /// <param name="connection">The <c>--connection</c> value, if given.</param>
    /// <param name="getEnvironmentVariable">Reads an environment variable.</param>
    /// <param name="baseDirectory">The directory a relative path starts from (the current directory).</param>
    /// <returns>The target.</returns>
    public static DatabaseTarget Choose(string? database, string? connection, Func<string, string?> getEnvironmentVariable, string baseDirectory)
    {
        ArgumentNullException.ThrowIfNull(getEnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(connection))
        {
            return Postgres(connection);
        }

        if (!string.IsNullOrWhiteSpace(database))
        {
            return Sqlite(database, baseDirectory);
        }

        var fromEnvironment = getEnvironmentVariable(DatabaseVariable);
        return Sqlite(string.IsNullOrWhiteSpace(fromEnvironment) ? DefaultSqlitePath : fromEnvironment, baseDirectory);
    }

    /// <summary>Describes the database for messages, without the password a connection string may hold.</summary>
    /// <returns>For example <c>/home/ann/leadkit.db</c> or <c>PostgreSQL database 'crm' on db.example.com</c>.</returns>
    public override string ToString()
    {
        if (Kind == DatabaseKind.Sqlite)
        {
            return Location;
        }

        var builder = new DbConnectionStringBuilder();
        try
        {
            builder.ConnectionString = Location;
        }
        catch (ArgumentException)
        {
            return "the PostgreSQL database";
        }

        var database = builder.TryGetValue("Database", out var name) ? $"'{name}'" : "(default)";
        var host = builder.TryGetValue("Host", out var server) ? $" on {server}" : string.Empty;
        return $"PostgreSQL database {database}{host}";
    }
}
