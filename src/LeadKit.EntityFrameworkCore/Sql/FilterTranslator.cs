using System;
using System.Collections.Generic;
using System.Linq;
using LeadKit.Leads;
using LeadKit.Querying;

namespace LeadKit.EntityFrameworkCore.Sql;

/// <summary>
/// Translates the filter language's syntax tree into a SQL condition over a record table aliased
/// <c>r</c> and its child tables. Every condition it writes is two-valued (never SQL NULL), so
/// <c>not</c> and <c>!=</c> keep the language's meaning on missing values: a missing value
/// matches no comparison, and <c>!=</c> is the exact negation of <c>=</c>.
/// </summary>
internal sealed class FilterTranslator
{
    private const string True = "(1 = 1)";
    private const string False = "(1 = 0)";
    private readonly SqlText _sql;
    private readonly int _kind;

    public FilterTranslator(SqlText sql, RecordKind kind)
    {
        _sql = sql;
        _kind = (int)kind;
    }

    public string Translate(Filter filter) => filter switch
    {
        AllFilter => True,
        AndFilter and => "(" + string.Join(" AND ", and.Operands.Select(Translate)) + ")",
        OrFilter or => "(" + string.Join(" OR ", or.Operands.Select(Translate)) + ")",
        NotFilter not => "(NOT " + Translate(not.Operand) + ")",
        ComparisonFilter comparison when comparison.Field.ComparesReferenceId(comparison.Value) => comparison.Operator == ComparisonOperator.NotEqual
            ? "(NOT " + ReferenceId(comparison.Field, [comparison.Value]) + ")"
            : ReferenceId(comparison.Field, [comparison.Value]),
        ComparisonFilter comparison => comparison.Operator == ComparisonOperator.NotEqual
            ? "(NOT " + AnyValue(comparison.Field, (column, type) => Compare(column, type, ComparisonOperator.Equal, comparison.Field, comparison.Value)) + ")"
            : AnyValue(comparison.Field, (column, type) => Compare(column, type, comparison.Operator, comparison.Field, comparison.Value)),
        TextFilter text => AnyValue(text.Field, (column, type) => TextCondition(column, type, text)),
        EmptinessFilter emptiness => emptiness.Negated ? HasValue(emptiness.Field) : "(NOT " + HasValue(emptiness.Field) + ")",
        InFilter @in when @in.Values.Any(@in.Field.ComparesReferenceId) => TranslateIn(@in),
        InFilter @in => AnyValue(@in.Field, (column, type) => "(" + string.Join(" OR ", @in.Values.Select(v => Compare(column, type, ComparisonOperator.Equal, @in.Field, v))) + ")"),
        _ => throw new ArgumentException($"Unknown filter case {filter.GetType().Name}.", nameof(filter)),
    };

    /// <summary>An <c>in</c> list that names some referenced records by id: the names compare as usual, the ids with the document's id.</summary>
    private string TranslateIn(InFilter filter)
    {
        var names = filter.Values.Where(v => !filter.Field.ComparesReferenceId(v)).ToList();
        var byId = ReferenceId(filter.Field, filter.Values.Where(filter.Field.ComparesReferenceId));
        return names.Count == 0 ? byId : "(" + byId + " OR " + Translate(new InFilter(filter.Field, names)) + ")";
    }

    /// <summary>
    /// Compares the id of the record a field references (<see cref="RecordField.ComparesReferenceId"/>),
    /// read from the JSON document, with the ids the literals name (lower-case GUIDs on both sides).
    /// </summary>
    private string ReferenceId(RecordField field, IEnumerable<FilterValue> literals)
    {
        var id = "lower(" + _sql.Dialect.JsonText("r.document", field.ReferenceIdPath) + ")";
        var tests = literals.Select(l => $"{id} = {_sql.Parameter(field.ToComparableText(l.AsText), ColumnType.Text)}");
        return $"({id} IS NOT NULL AND ({string.Join(" OR ", tests)}))";
    }

    /// <summary>
    /// Wraps a condition on one value: directly on the record's column, in an EXISTS over a child
    /// table for multi-valued fields, or over the custom-value rows of a custom field.
    /// </summary>
    private string AnyValue(RecordField field, Func<string, ValueColumn, string> condition)
    {
        if (field.IsCustom)
        {
            var name = _sql.Parameter(TextKey.Fold(field.CustomFieldName), ColumnType.Text);
            return $"EXISTS (SELECT 1 FROM record_custom_values v WHERE v.record_kind = {_kind} AND v.record_id = r.id AND v.name_key = {name} AND {condition("v", ValueColumn.Custom)})";
        }

        if (RecordTables.MultiValuedColumns.TryGetValue(field, out var multi))
        {
            var column = "c." + multi.Column;
            return $"EXISTS (SELECT 1 FROM {multi.Table.Name} c WHERE c.record_kind = {_kind} AND c.record_id = r.id AND {column} IS NOT NULL AND {condition(column, ValueColumn.Of(ColumnType.Text))})";
        }

        var single = RecordTables.FieldColumns[field];
        var qualified = "r." + single.Name;
        return $"({qualified} IS NOT NULL AND {condition(qualified, ValueColumn.Of(single.Type))})";
    }

    private string HasValue(RecordField field)
    {
        if (field.IsCustom)
        {
            var name = _sql.Parameter(TextKey.Fold(field.CustomFieldName), ColumnType.Text);
            return $"EXISTS (SELECT 1 FROM record_custom_values v WHERE v.record_kind = {_kind} AND v.record_id = r.id AND v.name_key = {name})";
        }

        if (RecordTables.MultiValuedColumns.TryGetValue(field, out var multi))
        {
            return $"EXISTS (SELECT 1 FROM {multi.Table.Name} c WHERE c.record_kind = {_kind} AND c.record_id = r.id AND c.{multi.Column} IS NOT NULL)";
        }

        return $"(r.{RecordTables.FieldColumns[field].Name} IS NOT NULL)";
    }

    private string Compare(string column, ValueColumn target, ComparisonOperator op, RecordField field, FilterValue literal)
    {
        var symbol = op switch
        {
            ComparisonOperator.Equal => "=",
            ComparisonOperator.LessThan => "<",
            ComparisonOperator.LessThanOrEqual => "<=",
            ComparisonOperator.GreaterThan => ">",
            ComparisonOperator.GreaterThanOrEqual => ">=",
            _ => throw new ArgumentOutOfRangeException(nameof(op), op, null),
        };

        if (target.IsCustom)
        {
            // A custom field is typed by each record's value: the literal picks the type compared.
            return literal.Kind switch
            {
                FilterValueKind.Text => $"(v.type_rank = 4 AND v.text_key {symbol} {_sql.Parameter(TextKey.Fold(literal.AsText), ColumnType.Text)})",
                FilterValueKind.Number => $"(v.type_rank = 1 AND v.number_value {symbol} {_sql.Parameter(literal.AsNumber, ColumnType.Number)})",
                FilterValueKind.Boolean => $"(v.type_rank = 0 AND v.number_value {symbol} {_sql.Parameter(literal.AsBoolean ? 1m : 0m, ColumnType.Number)})",
                FilterValueKind.Date => $"(v.type_rank = 2 AND v.date_value {symbol} {_sql.Parameter(literal.AsDate, ColumnType.Date)})",
                _ => False,
            };
        }

        var value = Literal(target.Type, field, literal);
        return value is null ? False : $"{column} {symbol} {_sql.Parameter(value, target.Type == ColumnType.Int32 || target.Type == ColumnType.Int64 ? ColumnType.Number : target.Type)}";
    }

    private string TextCondition(string column, ValueColumn target, TextFilter filter)
    {
        if (target.IsCustom)
        {
            column = "v.text_key";
        }
        else if (target.Type != ColumnType.Text)
        {
            return False;
        }

        var text = TextKey.Fold(filter.Field.ToComparableText(filter.Text))!;
        var condition = text.Length == 0
            ? True
            : filter.Operator switch
            {
                TextOperator.Contains => _sql.Dialect.Contains(column, _sql.Parameter(text, ColumnType.Text)),
                TextOperator.StartsWith => _sql.Dialect.StartsWith(column, _sql.Parameter(text, ColumnType.Text)),
                _ => _sql.Dialect.EndsWith(column, _sql.Parameter(text, ColumnType.Text)),
            };
        return target.IsCustom ? $"(v.type_rank = 4 AND {condition})" : condition;
    }

    /// <summary>The literal as a parameter value for a column type, or <see langword="null"/> when the kinds cannot match (no record matches).</summary>
    private static object? Literal(ColumnType type, RecordField field, FilterValue literal) => (type, literal.Kind) switch
    {
        (ColumnType.Text, FilterValueKind.Text) => TextKey.Fold(field.ToComparableText(literal.AsText)),
        (ColumnType.Guid, FilterValueKind.Text) => Guid.TryParse(literal.AsText, out var id) ? id : null,
        (ColumnType.Int32 or ColumnType.Int64, FilterValueKind.Number) => literal.AsNumber,
        (ColumnType.Instant, FilterValueKind.Instant) => literal.AsInstant,
        (ColumnType.Date, FilterValueKind.Date) => literal.AsDate,
        (ColumnType.Boolean, FilterValueKind.Boolean) => literal.AsBoolean,
        _ => null,
    };

    /// <summary>What a condition compares: a typed column, or a custom field's value row.</summary>
    private readonly record struct ValueColumn(ColumnType Type, bool IsCustom)
    {
        public static ValueColumn Custom => new(ColumnType.Text, true);

        public static ValueColumn Of(ColumnType type) => new(type, false);
    }
}
