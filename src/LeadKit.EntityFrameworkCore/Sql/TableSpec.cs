using System.Collections.Generic;
using System.Linq;

namespace LeadKit.EntityFrameworkCore.Sql;

/// <summary>A column of a table written by the raw (set-based) paths.</summary>
internal sealed record Column(string Name, ColumnType Type);

/// <summary>A table written by the raw (set-based) paths: its name and columns, in value order.</summary>
internal sealed record TableSpec(string Name, IReadOnlyList<Column> Columns)
{
    public string ColumnList => string.Join(", ", Columns.Select(c => c.Name));
}
