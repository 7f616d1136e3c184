using System;
using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;

namespace LeadKit.Querying;

/// <summary>
/// Reads filter and sort text one token at a time (lazily, so the first error reported is the
/// leftmost one the parser reaches).
/// </summary>
internal sealed class FilterLexer
{
    private readonly string _text;
    private int _position;
    private FilterToken? _peeked;

    internal FilterLexer(string text) => _text = text;

    internal string Text => _text;

    internal FilterToken Peek() => _peeked ??= Read();

    internal FilterToken Next()
    {
        var token = Peek();
        _peeked = null;
        return token;
    }

    private FilterToken Read()
    {
        while (_position < _text.Length && char.IsWhiteSpace(_text[_position]))
        {
            _position++;
        }

        if (_position >= _text.Length)
        {
            return new FilterToken(FilterTokenKind.End, string.Empty, _text.Length + 1);
        }

        var start = _position;
        var c = _text[start];
        switch (c)
        {
            case '(':
                return Single(FilterTokenKind.LeftParen);
            case ')':
                return Single(FilterTokenKind.RightParen);
            case ',':
                return Single(FilterTokenKind.Comma);
            case '.':
                return Single(FilterTokenKind.Dot);
            case ':':
                return Single(FilterTokenKind.Colon);
            case '=':
                return Comparison(1, ComparisonOperator.Equal);
            case '!' when Following('='):
                return Comparison(2, ComparisonOperator.NotEqual);
            case '<':
                return Following('=') ? Comparison(2, ComparisonOperator.LessThanOrEqual) : Comparison(1, ComparisonOperator.LessThan);
            case '>':
                return Following('=') ? Comparison(2, ComparisonOperator.GreaterThanOrEqual) : Comparison(1, ComparisonOperator.GreaterThan);
            case '"':
                return ReadString();
            case '-' when _position + 1 < _text.Length && char.IsAsciiDigit(_text[_position + 1]):
                return ReadNumberOrDate();
            default:
                if (char.IsAsciiDigit(c))
                {
                    return ReadNumberOrDate();
                }

                if (FilterText.IsWordStart(c))
                {
                    return ReadWord();
                }

                var hint = c == '!' ? " (write != to compare, or not to negate)" : string.Empty;
                throw new FilterSyntaxException($"Unexpected character '{c}'{hint}", _text, start + 1);
        }
    }

    private bool Following(char c) => _position + 1 < _text.Length && _text[_position + 1] == c;

    private FilterToken Single(FilterTokenKind kind)
    {
        _position++;
        return new FilterToken(kind, _text.Substring(_position - 1, 1), _position);
    }

    private FilterToken Comparison(int length, ComparisonOperator comparison)
    {
        var token = new FilterToken(FilterTokenKind.Comparison, _text.Substring(_position, length), _position + 1, comparison);
        _position += length;
        return token;
    }

    private FilterToken ReadWord()
    {
        var start = _position;
        while (_position < _text.Length)
        {
            var c = _text[_position];
            // A hyphen joins words ("starts-with") only when a letter follows, so "x-1" is not one word.
            if (FilterText.IsWordPart(c) || (c == '-' && _position + 1 < _text.Length && FilterText.IsWordStart(_text[_position + 1])))
            {
                _position++;
            }
            else
            {
                break;
            }
        }

        return new FilterToken(FilterTokenKind.Word, _text[start.._position], start + 1);
    }

    private FilterToken ReadString()
    {
        var start = _position;
        var builder = new StringBuilder();
        _position++;
        while (true)
        {
            if (_position >= _text.Length)
            {
                throw new FilterSyntaxException("Unterminated text: expected a closing '\"' for the text starting", _text, start + 1);
            }

            var c = _text[_position];
            if (c == '"')
            {
                _position++;
                return new FilterToken(FilterTokenKind.String, _text[start.._position], start + 1, builder.ToString());
            }

            if (c == '\\')
            {
                if (_position + 1 >= _text.Length)
                {
                    throw new FilterSyntaxException("Unterminated text: expected a closing '\"' for the text starting", _text, start + 1);
                }

                var escaped = _text[_position + 1];
                if (escaped is not ('"' or '\\'))
                {
                    throw new FilterSyntaxException($"Unknown escape '\\{escaped}' (the only escapes are \\\" and \\\\)", _text, _position + 1);
                }

                builder.Append(escaped);
                _position += 2;
                continue;
            }

            builder.Append(c);
            _position++;
        }
    }

    private FilterToken ReadNumberOrDate()
    {
        var start = _position;
        _position++;
        while (_position < _text.Length && _text[_position] is (>= '0' and <= '9') or '-' or ':' or '.' or 'T' or 'Z')
        {
            _position++;
        }

        var raw = _text[start.._position];
        var column = start + 1;
        if (IsNumber(raw))
        {
            if (!decimal.TryParse(raw, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
            {
                throw new FilterSyntaxException($"The number {raw} is out of range", _text, column);
            }

            return new FilterToken(FilterTokenKind.Number, raw, column, number);
        }

        if (raw.Length >= 10 && raw[4] == '-' && raw[0] != '-')
        {
            if (raw.Contains('T', StringComparison.Ordinal))
            {
                var instant = InstantPattern.ExtendedIso.Parse(raw);
                if (!instant.Success || instant.Value.InUtc().Year is < 1 or > 9999)
                {
                    throw new FilterSyntaxException($"Invalid instant {raw} (write yyyy-MM-ddTHH:mm:ssZ in UTC, e.g. 2026-11-27T09:00:00Z)", _text, column);
                }

                return new FilterToken(FilterTokenKind.Instant, raw, column, instant.Value);
            }

            var date = LocalDatePattern.Iso.Parse(raw);
            if (!date.Success || date.Value.Year is < 1 or > 9999)
            {
                throw new FilterSyntaxException($"Invalid date {raw} (write yyyy-MM-dd, e.g. 2026-11-27)", _text, column);
            }

            return new FilterToken(FilterTokenKind.Date, raw, column, date.Value);
        }

        throw new FilterSyntaxException($"Invalid number {raw} (write digits with an optional '-' and '.', e.g. -2.5)", _text, column);
    }

    private static bool IsNumber(string raw)
    {
        var i = raw[0] == '-' ? 1 : 0;
        var digitsBefore = 0;
        while (i < raw.Length && char.IsAsciiDigit(raw[i]))
        {
            i++;
            digitsBefore++;
        }

        if (digitsBefore == 0)
        {
            return false;
        }

        if (i == raw.Length)
        {
            return true;
        }

        if (raw[i] != '.')
        {
            return false;
        }

        i++;
        var digitsAfter = 0;
        while (i < raw.Length && char.IsAsciiDigit(raw[i]))
        {
            i++;
            digitsAfter++;
        }

        return digitsAfter > 0 && i == raw.Length;
    }
}
