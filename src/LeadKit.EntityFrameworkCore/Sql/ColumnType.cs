namespace LeadKit.EntityFrameworkCore.Sql;

/// <summary>The logical type of a column, which each dialect maps to its own storage and parameter types.</summary>
internal enum ColumnType
{
    Guid,
    Text,
    Int32,
    Int64,
    Boolean,
    Instant,
    Date,
    Number,
    Json,

    /// <summary>A JSON document being read, as the dialect reads it cheapest: UTF-8 bytes (SQLite) or text (PostgreSQL); see <see cref="Documents.Read{T}(object)"/>.</summary>
    Document,
}
