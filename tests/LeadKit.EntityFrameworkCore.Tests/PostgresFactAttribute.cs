namespace LeadKit.EntityFrameworkCore.Tests;

/// <summary>A fact that needs a PostgreSQL server: skipped unless <c>LEADKIT_TEST_POSTGRES</c> holds a connection string.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class PostgresFactAttribute : FactAttribute
{
    /// <summary>The variable that holds the test server's connection string.</summary>
    public const string Variable = PostgresDatabase.Variable;

    public PostgresFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable)))
        {
            Skip = $"{Variable} is not set (see README: `.ci/pg.sh start`).";
        }
    }
}
