namespace LeadKit.EntityFrameworkCore.Sql;

/// <summary>The logical type of a column, which each dialect maps to its own storage and parameter types.</summary>
internal enum ColumnType
{
    Guid,

    /// <summary>
    /// A GUID a table keeps in 16 bytes: on SQLite a BLOB of the GUID's bytes in RFC 4122 (big-endian)
    /// order, so byte order is GUID order (<c>history_items</c>, migration 6); on PostgreSQL a
    /// <c>uuid</c>, like <see cref="Guid"/>.
    /// </summary>
    Uuid,
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
