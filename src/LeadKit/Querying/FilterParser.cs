using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace LeadKit.Querying;

/// <summary>
/// Parses the filter language (see <c>docs/filter-language.md</c>): a hand-written recursive-descent
/// parser over a tiny grammar where <c>not</c> binds tighter than <c>and</c>, which binds tighter
/// than <c>or</c>, and parentheses group. Errors are <see cref="FilterSyntaxException"/>s giving the
/// 1-based column and what was expected; unknown fields and literals that do not suit a field's type
/// are reported the same way.
/// </summary>
public static partial class FilterParser
{
    private static readonly string[] Keywords =
        ["and", "or", "not", "in", "is", "empty", "contains", "starts-with", "ends-with", "true", "false", "all"];

    /// <summary>Parses filter text.</summary>
    /// <param name="text">The text, e.g. <c>source = "Trade Show" and manualStars &gt;= 3</c>; blank text is <see cref="Filter.All"/>.</param>
    /// <returns>The filter.</returns>
    /// <exception cref="FilterSyntaxException">The text is not a valid filter.</exception>
    public static Filter Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.IsNullOrWhiteSpace(text) ? Filter.All : new Parser(text, "filter").ParseFilter();
    }

    /// <summary>Parses sort text such as <c>created:desc,name</c> (used by <see cref="SortSpec.Parse"/>).</summary>
    internal static SortSpec ParseSort(string text) =>
        string.IsNullOrWhiteSpace(text) ? SortSpec.ById : new Parser(text, "sort").ParseSort();

    /// <summary>Parses a lone field name (used by <see cref="RecordField.Parse"/>).</summary>
    internal static RecordField ParseFieldOnly(string text) => new Parser(text, "field name").ParseFieldOnly();

    /// <summary>Parses a lone literal (used by <see cref="FilterValue.Parse"/>).</summary>
    internal static FilterValue ParseLiteral(string text) => new Parser(text, "value").ParseLiteralOnly();

    /// <summary>
    /// How deep '(' and 'not' may nest in a filter or a scoring rule: far deeper than anyone writes,
    /// shallow enough that parsing, translating and evaluating never run out of stack.
    /// </summary>
    internal const int MaxNesting = 100;

    private sealed partial class Parser(string text, string subject)
    {
        private readonly FilterLexer _lexer = new(text);
        private int _depth;
        private readonly string _text = text;
        private readonly string _subject = subject;

        internal Filter ParseFilter()
        {
            var filter = ParseOr();
            var next = _lexer.Peek();
            if (next.Kind == FilterTokenKind.RightParen)
            {
                throw Error("Unexpected ')' without a matching '('", next);
            }

            if (next.Kind != FilterTokenKind.End)
            {
                throw Expected("Expected 'and', 'or' or the end of the filter", next);
            }

            return filter;
        }

        private Filter ParseOr(string? after = null)
        {
            var first = ParseAnd(after);
            if (!_lexer.Peek().IsWord("or"))
            {
                return first;
            }

            var operands = new List<Filter> { first };
            while (_lexer.Peek().IsWord("or"))
            {
                _lexer.Next();
                operands.Add(ParseAnd("'or'"));
            }

            return new OrFilter(operands);
        }

        private Filter ParseAnd(string? after = null)
        {
            var first = ParseNot(after);
            if (!_lexer.Peek().IsWord("and"))
            {
                return first;
            }

            var operands = new List<Filter> { first };
            while (_lexer.Peek().IsWord("and"))
            {
                _lexer.Next();
                operands.Add(ParseNot("'and'"));
            }

            return new AndFilter(operands);
        }

        private Filter ParseNot(string? after)
        {
            if (_lexer.Peek().IsWord("not"))
            {
                Nest(_lexer.Next());
                var negated = new NotFilter(ParseNot("'not'"));
                _depth--;
                return negated;
            }

            return ParsePrimary(after);
        }

        private Filter ParsePrimary(string? after)
        {
            var token = _lexer.Next();
            if (token.Kind == FilterTokenKind.LeftParen)
            {
                Nest(token);
                var inner = ParseOr("'('");
                _depth--;
                var close = _lexer.Next();
                return close.Kind == FilterTokenKind.RightParen
                    ? inner
                    : throw Expected($"Unclosed '(' from column {token.Column}: expected ')'", close);
            }

            if (token.IsWord("all"))
            {
                return Filter.All;
            }

            if (token.Kind != FilterTokenKind.Word || Keywords.Contains(token.Raw, StringComparer.OrdinalIgnoreCase))
            {
                var where = after is null ? string.Empty : " after " + after;
                throw Expected($"Expected a condition, 'not', 'all' or '('{where}", token);
            }

            var field = ParseField(token);
            return FilterRules.CheckFilterable(field) is { } problem ? throw Error(problem, token, field) : ParseCondition(field);
        }

        private RecordField ParseField(FilterToken token)
        {
            if (token.IsWord(FilterText.CustomPrefix))
            {
                var dot = _lexer.Next();
                if (dot.Kind != FilterTokenKind.Dot)
                {
                    throw Expected("Expected '.' after 'custom' (custom fields are written custom.Name or custom.\"Name with spaces\")", dot);
                }

                var nameToken = _lexer.Next();
                var name = nameToken.Kind switch
                {
                    FilterTokenKind.Word => nameToken.Raw,
                    FilterTokenKind.String => ((string)nameToken.Value!).Trim(),
                    _ => throw Expected("Expected a custom field name after 'custom.'", nameToken),
                };
                return RecordField.CheckCustomName(name) is { } problem ? throw Error(problem, nameToken) : RecordField.Custom(name);
            }

            return RecordField.FindBuiltIn(token.Raw) ?? throw Error($"Unknown field '{token.Raw}'{Suggest(token.Raw)}", token);
        }

        private FieldFilter ParseCondition(RecordField field)
        {
            var token = _lexer.Next();
            if (token.Kind == FilterTokenKind.Comparison)
            {
                var comparison = (ComparisonOperator)token.Value!;
                var (value, valueToken) = ParseValue($"'{token.Raw}'");
                return FilterRules.CheckComparison(field, comparison, value) is { } problem
                    ? throw Error(problem, valueToken, field)
                    : new ComparisonFilter(field, comparison, value);
            }

            if (TextOperatorOf(token) is { } textOperator)
            {
                var literal = _lexer.Next();
                if (literal.Kind != FilterTokenKind.String)
                {
                    throw Expected($"Expected a quoted text after '{token.Raw}'", literal);
                }

                var text = (string)literal.Value!;
                return FilterRules.CheckText(field, textOperator, text) is { } problem
                    ? throw Error(problem, token, field)
                    : new TextFilter(field, textOperator, text);
            }

            if (token.IsWord("is"))
            {
                var next = _lexer.Next();
                var negated = next.IsWord("not");
                if (negated)
                {
                    next = _lexer.Next();
                }

                return next.IsWord("empty")
                    ? new EmptinessFilter(field, negated)
                    : throw Expected(negated ? "Expected 'empty' after 'is not'" : "Expected 'empty' or 'not empty' after 'is'", next);
            }

            if (token.IsWord("in"))
            {
                return ParseIn(field);
            }

            throw Expected($"Expected an operator after '{field.Name}' (=, !=, <, <=, >, >=, contains, starts-with, ends-with, is empty, is not empty or in)", token);
        }

        private InFilter ParseIn(RecordField field)
        {
            var open = _lexer.Next();
            if (open.Kind != FilterTokenKind.LeftParen)
            {
                throw Expected("Expected '(' after 'in'", open);
            }

            var values = new List<FilterValue>();
            var after = "'('";
            while (true)
            {
                var (value, valueToken) = ParseValue(after);
                if (FilterRules.CheckComparison(field, ComparisonOperator.Equal, value) is { } problem)
                {
                    throw Error(problem, valueToken, field);
                }

                if (values.Count > 0 && value.Kind != values[0].Kind)
                {
                    throw Error("The values of an 'in' list must all be of one kind", valueToken, field);
                }

                values.Add(value);
                var separator = _lexer.Next();
                if (separator.Kind == FilterTokenKind.RightParen)
                {
                    return new InFilter(field, values);
                }

                if (separator.Kind != FilterTokenKind.Comma)
                {
                    throw Expected("Expected ',' or ')' in the 'in' list", separator);
                }

                after = "','";
            }
        }

        private (FilterValue Value, FilterToken Token) ParseValue(string? after)
        {
            var token = _lexer.Next();
            FilterValue value = token.Kind switch
            {
                FilterTokenKind.String => FilterValue.FromString((string)token.Value!),
                FilterTokenKind.Number => FilterValue.FromDecimal((decimal)token.Value!),
                FilterTokenKind.Date => FilterValue.FromLocalDate((LocalDate)token.Value!),
                FilterTokenKind.Instant => FilterValue.FromInstant((Instant)token.Value!),
                _ when token.IsWord("true") => FilterValue.FromBoolean(true),
                _ when token.IsWord("false") => FilterValue.FromBoolean(false),
                _ => throw Expected(after is null ? "Expected a value" : $"Expected a value after {after}", token),
            };
            return (value, token);
        }

        private static TextOperator? TextOperatorOf(FilterToken token) =>
            token.IsWord("contains") ? TextOperator.Contains
            : token.IsWord("starts-with") ? TextOperator.StartsWith
            : token.IsWord("ends-with") ? TextOperator.EndsWith
            : null;

        private FilterSyntaxException Expected(string reason, FilterToken found) =>
            new(reason, _text, found.Column, Describe(found));

        /// <summary>Counts one more level of '(' or 'not', refusing more than <see cref="MaxNesting"/>.</summary>
        private void Nest(FilterToken at)
        {
            if (++_depth > MaxNesting)
            {
                throw Error($"The {_subject} nests '(' and 'not' more than {MaxNesting} levels deep", at);
            }
        }

        private FilterSyntaxException Error(string reason, FilterToken at, RecordField? field = null) =>
            new(reason, _text, at.Column, field: field?.Name);

        private string Describe(FilterToken token) => token.Kind switch
        {
            FilterTokenKind.End => $"the end of the {_subject}",
            FilterTokenKind.String => token.Raw,
            _ => $"'{token.Raw}'",
        };
    }
}
