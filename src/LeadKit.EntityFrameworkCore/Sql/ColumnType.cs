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
}
