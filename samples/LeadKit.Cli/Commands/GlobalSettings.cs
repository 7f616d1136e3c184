using System;
using System.ComponentModel;
using LeadKit.Cli.Hosting;
using LeadKit.Cli.Storage;
using Spectre.Console;
using Spectre.Console.Cli;

namespace LeadKit.Cli.Commands;

/// <summary>The options every command takes: which database, who is acting, and JSON output.</summary>
internal class GlobalSettings : CommandSettings
{
    /// <summary>Gets the SQLite file given with <c>--db</c>.</summary>
    [CommandOption("--db <PATH>")]
    [Description("The SQLite database file (default: $LEADKIT_DB, else ./leadkit.db). Created and migrated on first use.")]
    public string? Database { get; init; }

    /// <summary>Gets the PostgreSQL connection string given with <c>--connection</c>.</summary>
    [CommandOption("--connection <CONNECTION_STRING>")]
    [Description("A PostgreSQL connection string (\"Host=…;Database=…\"), instead of a SQLite file.")]
    public string? Connection { get; init; }

    /// <summary>Gets the acting user given with <c>--as</c>.</summary>
    [CommandOption("--as <USER>")]
    [Description("The acting user, by display name or id (default: the owner created by init).")]
    public string? ActingUser { get; init; }

    /// <summary>Gets a value indicating whether the output is one JSON document.</summary>
    [CommandOption("--json")]
    [Description("Write one machine-readable JSON document to standard output.")]
    public bool Json { get; init; }

    /// <summary>Chooses the database from these options and the host's environment.</summary>
    /// <param name="host">The host.</param>
    /// <returns>The database.</returns>
    public DatabaseTarget ChooseDatabase(CliHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        return DatabaseTarget.Choose(Database, Connection, host.GetEnvironmentVariable, host.CurrentDirectory);
    }

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        Database is not null && Connection is not null
            ? ValidationResult.Error("Use either --db (SQLite) or --connection (PostgreSQL), not both.")
            : ValidationResult.Success();
}
