using System;
using System.Collections.Generic;
using System.Globalization;
using LeadKit.Querying;
using NodaTime;

namespace LeadKit.Scoring;

/// <summary>
/// Parses rule text: the connectives and parentheses of the filter language around two kinds of
/// condition — history conditions (<c>history.phoneLog within 30d</c>), read here, and field
/// conditions, handed whole to <see cref="Filter.Parse"/> so there is one field-condition language.
/// Errors are <see cref="FilterSyntaxException"/>s whose column is the position in the whole rule.
/// </summary>
internal sealed class RuleParser
{
    private const string HistoryPrefix = "history";

    private static readonly (string Word, HistoryKind Kind)[] Kinds =
    [
        ("any", HistoryKind.Any), ("note", HistoryKind.Note), ("phoneLog", HistoryKind.PhoneLog),
        ("appointment", HistoryKind.Appointment), ("task", HistoryKind.Task),
    ];

    private readonly string _text;
    private readonly FilterLexer _lexer;
    private int _depth;

    private RuleParser(string text)
    {
        _text = text;
        _lexer = new FilterLexer(text);
    }

    internal static ScoringRule Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new FilterSyntaxException("A rule cannot be empty: expected a condition (write 'all' for a rule that always holds)", text, 1, "the end of the rule");
        }

        var parser = new RuleParser(text);
        var rule = parser.ParseOr(after: null);
        var next = parser._lexer.Peek();
        if (next.Kind == FilterTokenKind.RightParen)
        {
            throw parser.Error("Unexpected ')' without a matching '('", next);
        }

        return next.Kind == FilterTokenKind.End ? rule : throw parser.Expected("Expected 'and', 'or' or the end of the rule", next);
    }

    /// <summary>Counts one more level of '(' or 'not', refusing more than the filter language allows.</summary>
    private void Nest(FilterToken at)
    {
        if (++_depth > FilterParser.MaxNesting)
        {
            throw Error($"The rule nests '(' and 'not' more than {FilterParser.MaxNesting} levels deep", at);
        }
    }

    private ScoringRule ParseOr(string? after)
    {
        var operands = new List<ScoringRule> { ParseAnd(after) };
        while (_lexer.Peek().IsWord("or"))
        {
            _lexer.Next();
            operands.Add(ParseAnd("'or'"));
        }

        return ScoringRule.Or(operands);
    }

    private ScoringRule ParseAnd(string? after)
    {
        var operands = new List<ScoringRule> { ParseNot(after) };
        while (_lexer.Peek().IsWord("and"))
        {
            _lexer.Next();
            operands.Add(ParseNot("'and'"));
        }

        return ScoringRule.And(operands);
    }

    private ScoringRule ParseNot(string? after)
    {
        if (_lexer.Peek().IsWord("not"))
        {
            Nest(_lexer.Next());
            var negated = ScoringRule.Not(ParseNot("'not'"));
            _depth--;
            return negated;
        }

        return ParsePrimary(after);
    }

    private ScoringRule ParsePrimary(string? after)
    {
        var token = _lexer.Peek();
        if (token.Kind == FilterTokenKind.LeftParen)
        {
            Nest(_lexer.Next());
            var inner = ParseOr("'('");
            _depth--;
            var close = _lexer.Next();
            return close.Kind == FilterTokenKind.RightParen
                ? inner
                : throw Expected($"Unclosed '(' from column {token.Column}: expected ')'", close);
        }

        if (token.Kind is FilterTokenKind.End or FilterTokenKind.RightParen || token.IsWord("and") || token.IsWord("or"))
        {
            var where = after is null ? string.Empty : " after " + after;
            throw Expected($"Expected a condition, 'not' or '('{where}", token);
        }

        return token.IsWord(HistoryPrefix) ? ParseHistory() : ParseFieldCondition(token);
    }

    private HistoryRule ParseHistory()
    {
        _lexer.Next();
        var dot = _lexer.Next();
        if (dot.Kind != FilterTokenKind.Dot)
        {
            throw Expected("Expected '.' after 'history' (history conditions are written history.phoneLog within 30d)", dot);
        }

        var kindToken = _lexer.Next();
        var kind = Array.FindIndex(Kinds, k => kindToken.IsWord(k.Word));
        if (kind < 0)
        {
            throw Expected("Expected a history kind after 'history.' (any, note, phoneLog, appointment or task)", kindToken);
        }

        var test = _lexer.Next();
        if (test.IsWord("within"))
        {
            return new HistoryRule(Kinds[kind].Kind, ParseWindow(), isEmptyTest: false);
        }

        if (test.IsWord("is"))
        {
            var next = _lexer.Next();
            var negated = next.IsWord("not");
            if (negated)
            {
                next = _lexer.Next();
            }

            return next.IsWord("empty")
                ? new HistoryRule(Kinds[kind].Kind, window: null, isEmptyTest: !negated)
                : throw Expected(negated ? "Expected 'empty' after 'is not'" : "Expected 'empty' or 'not empty' after 'is'", next);
        }

        throw Expected($"Expected 'within', 'is empty' or 'is not empty' after 'history.{Kinds[kind].Word}'", test);
    }

    private Duration ParseWindow()
    {
        var number = _lexer.Next();
        if (number.Kind != FilterTokenKind.Number)
        {
            throw Expected("Expected a duration such as 30d or 12h after 'within'", number);
        }

        var unit = _lexer.Peek();
        if (unit.Kind != FilterTokenKind.Word || unit.Column != number.Column + number.Raw.Length)
        {
            throw Error($"Expected a unit right after {number.Raw}: write {number.Raw}d for days or {number.Raw}h for hours", unit.Column > number.Column + number.Raw.Length ? number.Column + number.Raw.Length : unit.Column);
        }

        _lexer.Next();
        var value = (decimal)number.Value!;
        var isDays = string.Equals(unit.Raw, "d", StringComparison.OrdinalIgnoreCase);
        if (!isDays && !string.Equals(unit.Raw, "h", StringComparison.OrdinalIgnoreCase))
        {
            throw Error($"Unknown duration unit '{unit.Raw}': write d for days or h for hours", unit);
        }

        var limit = isDays ? HistoryRule.MaxWindow.Days : (decimal)HistoryRule.MaxWindow.TotalHours;
        if (value != decimal.Truncate(value) || value < 1 || value > limit)
        {
            throw Error(string.Create(CultureInfo.InvariantCulture, $"A history window is a whole number of {(isDays ? "days" : "hours")} from 1 to {limit}, not {number.Raw}"), number);
        }

        return isDays ? Duration.FromDays((int)value) : Duration.FromHours((int)value);
    }

    private FilterRule ParseFieldCondition(FilterToken first)
    {
        // The condition runs to the next 'and', 'or' or unmatched ')' outside parentheses (an 'in'
        // list has its own); the filter language parses it, and its errors move to our columns.
        var depth = 0;
        var stop = _lexer.Peek();
        while (stop.Kind != FilterTokenKind.End && !(depth == 0 && (stop.Kind == FilterTokenKind.RightParen || stop.IsWord("and") || stop.IsWord("or"))))
        {
            depth += stop.Kind switch
            {
                FilterTokenKind.LeftParen => 1,
                FilterTokenKind.RightParen => -1,
                _ => 0,
            };
            _lexer.Next();
            stop = _lexer.Peek();
        }

        var start = first.Column - 1;
        var condition = _text[start..(stop.Column - 1)].TrimEnd();
        try
        {
            return new FilterRule(Filter.Parse(condition));
        }
        catch (FilterSyntaxException ex)
        {
            var atEnd = ex.Column > condition.Length;
            var column = atEnd ? stop.Column : ex.Column + start;
            var found = atEnd ? Describe(stop) : ex.Found;
            throw new FilterSyntaxException(InRule(ex.Reason), _text, column, found is null ? null : InRule(found), ex.Field);
        }
    }

    /// <summary>Words the filter parser's message for a rule: "the end of the filter" is the end of the condition here.</summary>
    private static string InRule(string text) => text.Replace("the end of the filter", "the end of the rule", StringComparison.Ordinal);

    private FilterSyntaxException Expected(string reason, FilterToken found) => new(reason, _text, found.Column, Describe(found));

    private FilterSyntaxException Error(string reason, FilterToken at) => new(reason, _text, at.Column);

    private FilterSyntaxException Error(string reason, int column) => new(reason, _text, column);

    private static string Describe(FilterToken token) => token.Kind switch
    {
        FilterTokenKind.End => "the end of the rule",
        FilterTokenKind.String => token.Raw,
        _ => $"'{token.Raw}'",
    };
}
