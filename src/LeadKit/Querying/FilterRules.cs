using System;
using System.Collections.Generic;
using System.Linq;

namespace LeadKit.Querying;

/// <summary>
/// The type rules of the filter language, shared by the condition constructors (which throw
/// <see cref="FilterException"/>) and the parser (which adds the column): each check returns the
/// problem, without a final full stop, or <see langword="null"/>.
/// </summary>
internal static class FilterRules
{
    private static readonly string[] ScoreTypeNames = ["Automatic", "Manual"];

    /// <summary>Refuses a field that conditions cannot test (an edit-only field such as <c>photo</c>).</summary>
    internal static string? CheckFilterable(RecordField field) =>
        field.Supports(FieldCapabilities.Filter) ? null : $"'{field.Name}' cannot be used in a filter: it is an edit-only field";

    internal static string? CheckComparison(RecordField field, ComparisonOperator comparison, FilterValue value)
    {
        if (!Accepts(field.ValueType, value.Kind))
        {
            return $"'{field.Name}' holds {Describe(field.ValueType)}, so it cannot be compared with {value.Describe()}";
        }

        if (value.Kind == FilterValueKind.Boolean && comparison is not (ComparisonOperator.Equal or ComparisonOperator.NotEqual))
        {
            return $"{value} can only be compared with = or !=, not {Symbol(comparison)}";
        }

        if (ReferenceEquals(field, RecordField.ScoreType) && !ScoreTypeNames.Contains(value.AsText, StringComparer.OrdinalIgnoreCase))
        {
            return $"'{field.Name}' is \"Automatic\" or \"Manual\", not {value}";
        }

        if (ReferenceEquals(field, RecordField.PreferredContactMethod) && RecordField.TryParseContactMethod(value.AsText) is null)
        {
            return $"'{field.Name}' is one of {string.Join(", ", Enum.GetNames<Leads.PreferredContactMethod>().Select(n => "\"" + n + "\""))}, not {value}";
        }

        if (ReferenceEquals(field, RecordField.Id))
        {
            if (comparison is not (ComparisonOperator.Equal or ComparisonOperator.NotEqual))
            {
                return $"'{field.Name}' can only be compared with =, != or in, not {Symbol(comparison)}";
            }

            if (!Guid.TryParse(value.AsText, out _))
            {
                return $"'{field.Name}' is a GUID such as \"0193b6a1-0000-7000-8000-000000000001\", not {value}";
            }
        }

        return CheckPhone(field, value.Kind == FilterValueKind.Text ? value.AsText : null);
    }

    internal static string? CheckText(RecordField field, TextOperator textOperator, string text)
    {
        if (ReferenceEquals(field, RecordField.Id))
        {
            return $"'{Word(textOperator)}' does not apply to '{field.Name}': compare whole ids with = or in";
        }

        if (field.ValueType is not (FieldValueType.Text or FieldValueType.Dynamic))
        {
            return $"'{Word(textOperator)}' applies to text, and '{field.Name}' holds {Describe(field.ValueType)}";
        }

        return CheckPhone(field, text);
    }

    internal static string? CheckIn(RecordField field, IReadOnlyList<FilterValue> values)
    {
        if (values.Count == 0)
        {
            return "'in' needs at least one value";
        }

        foreach (var value in values)
        {
            if (CheckComparison(field, ComparisonOperator.Equal, value) is { } error)
            {
                return error;
            }
        }

        return values.Any(v => v.Kind != values[0].Kind) ? "The values of an 'in' list must all be of one kind" : null;
    }

    internal static string Symbol(ComparisonOperator comparison) => comparison switch
    {
        ComparisonOperator.Equal => "=",
        ComparisonOperator.NotEqual => "!=",
        ComparisonOperator.LessThan => "<",
        ComparisonOperator.LessThanOrEqual => "<=",
        ComparisonOperator.GreaterThan => ">",
        ComparisonOperator.GreaterThanOrEqual => ">=",
        _ => throw new ArgumentOutOfRangeException(nameof(comparison), comparison, "Unknown comparison operator."),
    };

    internal static string Word(TextOperator textOperator) => textOperator switch
    {
        TextOperator.Contains => "contains",
        TextOperator.StartsWith => "starts-with",
        TextOperator.EndsWith => "ends-with",
        _ => throw new ArgumentOutOfRangeException(nameof(textOperator), textOperator, "Unknown text operator."),
    };

    internal static string Describe(FieldValueType type) => type switch
    {
        FieldValueType.Text => "text",
        FieldValueType.Number => "numbers",
        FieldValueType.Boolean => "true or false",
        FieldValueType.Date => "dates (such as 2026-11-27)",
        FieldValueType.Instant => "instants (such as 2026-11-27T09:00:00Z)",
        _ => "text, numbers, dates or true/false",
    };

    private static bool Accepts(FieldValueType type, FilterValueKind kind) => type switch
    {
        FieldValueType.Text => kind == FilterValueKind.Text,
        FieldValueType.Number => kind == FilterValueKind.Number,
        FieldValueType.Boolean => kind == FilterValueKind.Boolean,
        FieldValueType.Date => kind == FilterValueKind.Date,
        FieldValueType.Instant => kind == FilterValueKind.Instant,
        _ => kind != FilterValueKind.Instant,
    };

    private static string? CheckPhone(RecordField field, string? text) =>
        text is not null && ReferenceEquals(field, RecordField.Phone) && field.ToComparableText(text).All(c => c == '+')
            ? $"'{field.Name}' compares digits, and {FilterText.Quote(text)} has none"
            : null;
}
