using System.Collections.Generic;
using System.Data.Common;
using System.Text;

namespace LeadKit.EntityFrameworkCore.Sql;

/// <summary>SQL text being built, with its parameters numbered in order.</summary>
internal sealed class SqlText
{
    private readonly List<(object? Value, ColumnType Type)> _parameters = [];

    public SqlText(SqlDialect dialect)
    {
        Dialect = dialect;
    }

    public SqlDialect Dialect { get; }

    public StringBuilder Builder { get; } = new();

    /// <summary>Adds a parameter and returns its placeholder.</summary>
    public string Parameter(object? value, ColumnType type)
    {
        _parameters.Add((value, type));
        return Dialect.Placeholder(_parameters.Count - 1);
    }

    public SqlText Append(string text)
    {
        Builder.Append(text);
        return this;
    }

    /// <summary>Copies the text and parameters into a command.</summary>
    public void ApplyTo(DbCommand command)
    {
        command.CommandText = Builder.ToString();
        for (var i = 0; i < _parameters.Count; i++)
        {
            command.Parameters.Add(Dialect.CreateParameter(i, _parameters[i].Value, _parameters[i].Type));
        }
    }

    public override string ToString() => Builder.ToString();
}
