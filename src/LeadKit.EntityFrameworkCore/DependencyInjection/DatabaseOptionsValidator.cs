using System;
using LeadKit.Extensions.DependencyInjection;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;

namespace LeadKit.EntityFrameworkCore.DependencyInjection;

/// <summary>
/// Checks the connection string when <see cref="LeadKitOptions.Store"/> names an EF Core store: present,
/// and one the provider's driver can read (a SQLite file path, or a Microsoft.Data.Sqlite or Npgsql
/// connection string). The messages never repeat the connection string, which may hold a password.
/// </summary>
internal sealed class DatabaseOptionsValidator : IValidateOptions<LeadKitOptions>
{
    public ValidateOptionsResult Validate(string? name, LeadKitOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!Enum.TryParse<LeadKitDatabaseProvider>(options.Store, ignoreCase: true, out var provider) || int.TryParse(options.Store, out _))
        {
            return ValidateOptionsResult.Skip;
        }

        var connectionString = options.ConnectionString;
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return ValidateOptionsResult.Fail(provider == LeadKitDatabaseProvider.Sqlite
                ? "LeadKit:ConnectionString is required for the Sqlite store: a database file path (leads.db) or a connection string (Data Source=leads.db)."
                : "LeadKit:ConnectionString is required for the Postgres store: an Npgsql connection string (Host=db;Username=leadkit;Database=leadkit).");
        }

        try
        {
            if (provider == LeadKitDatabaseProvider.Sqlite)
            {
                if (connectionString.Contains('=', StringComparison.Ordinal))
                {
                    _ = new SqliteConnectionStringBuilder(connectionString);
                }
            }
            else if (string.IsNullOrWhiteSpace(new NpgsqlConnectionStringBuilder(connectionString).Host))
            {
                return ValidateOptionsResult.Fail("LeadKit:ConnectionString names no Host for the Postgres store (Host=db;Username=leadkit;Database=leadkit).");
            }
        }
        catch (ArgumentException ex)
        {
            return ValidateOptionsResult.Fail($"LeadKit:ConnectionString is not a valid {provider} connection string: {ex.Message}");
        }

        return ValidateOptionsResult.Success;
    }
}
