using LeadKit.Testing.Stores;

namespace LeadKit.Samples.WebApi.Tests;

/// <summary>Skips a test class's store tests unless <c>LEADKIT_TEST_POSTGRES</c> names a server (CI always sets it, and fails on a skipped test).</summary>
public sealed class PostgresAvailableAttribute : StoreConditionAttribute
{
    /// <summary>The variable that holds the test server's connection string.</summary>
    public const string Variable = "LEADKIT_TEST_POSTGRES";

    /// <inheritdoc />
    public override string? SkipReason =>
        string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable)) ? $"{Variable} is not set (see README: `.ci/pg.sh start`)." : null;
}
