using LeadKit.Testing.Stores;

namespace LeadKit.EntityFrameworkCore.Tests;

/// <summary>Skips a test class's store tests when no PostgreSQL server is configured in <c>LEADKIT_TEST_POSTGRES</c>.</summary>
public sealed class PostgresAvailableAttribute : StoreConditionAttribute
{
    public override string? SkipReason =>
        string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(PostgresDatabase.Variable))
            ? $"PostgreSQL tests need a server: set {PostgresDatabase.Variable} (e.g. Host=127.0.0.1;Port=55432;Username=postgres;Database=leadkit_test; `bash .ci/pg.sh start` starts one)."
            : null;
}
