namespace LeadKit.Cli.Storage;

/// <summary>The kinds of database <c>leadkit</c> works on.</summary>
internal enum DatabaseKind
{
    /// <summary>An embedded SQLite file (<c>--db PATH</c>, the default).</summary>
    Sqlite,

    /// <summary>A PostgreSQL server (<c>--connection "Host=…;Database=…"</c>).</summary>
    Postgres,
}
