using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace LeadKit.VCard.Syntax;

/// <summary>
/// Turns physical lines into cards: finds <c>BEGIN</c>/<c>END</c>, joins folded lines,
/// quoted-printable soft breaks and base64 continuation lines into content lines, and enforces the
/// card-count and card-size limits. Synchronous: the async reader feeds it lines.
/// </summary>
internal sealed class CardAssembler
{
    private readonly VCardReaderOptions _options;
    private readonly PropertyParser _parser;
    private readonly List<(string Text, int Number)> _contentLines = [];
    private readonly List<VCardIssue> _issues = [];
    private readonly StringBuilder _current = new();
    private bool _hasCurrent;
    private int _currentNumber;
    private LineKind _currentKind;
    private bool _inCard;
    private int _cardStart;
    private long _cardBytes;
    private long _bytesOutside;
    private int _cards;
    private int _firstContentLine;
    private int _nestedDepth;
    private int _nestedStart;

    internal CardAssembler(VCardReaderOptions options, bool transcoded)
    {
        _options = options;
        _parser = new PropertyParser(options, transcoded);
    }

    /// <summary>Takes the next physical line; returns a card when this line completed one.</summary>
    internal VCard? Add(RawLine line)
    {
        var text = line.Text;
        if (!_inCard)
        {
            if (IsMarker(text, "BEGIN"))
            {
                StartCard(line.Number);
            }
            else if (!string.IsNullOrWhiteSpace(text))
            {
                if (_firstContentLine == 0)
                {
                    _firstContentLine = line.Number;
                }

                _bytesOutside += text.Length + 2;
                if (_bytesOutside > _options.MaxCardSize)
                {
                    throw new VCardFormatException(
                        VCardFormatError.NotAVCard,
                        $"No BEGIN:VCARD in the {_bytesOutside} bytes from line {_firstContentLine} to line {line.Number}: this is not a vCard file (or raise VCardReaderOptions.MaxCardSize if a card is that far away).",
                        _firstContentLine);
                }
            }

            return null;
        }

        _cardBytes += text.Length + 2;
        if (_cardBytes > _options.MaxCardSize)
        {
            throw new VCardFormatException(
                VCardFormatError.CardTooLarge,
                $"The card that begins on line {_cardStart} is larger than {_options.MaxCardSize} bytes at line {line.Number}; raise VCardReaderOptions.MaxCardSize to read it.",
                line.Number,
                _hasCurrent ? PropertyParser.NameOf(_current.ToString()) : null);
        }

        if (_nestedDepth > 0)
        {
            SkipNested(line);
            return null;
        }

        if (_hasCurrent && _currentKind == LineKind.QuotedPrintable && _current.Length > 0 && _current[^1] == '='
            && !IsMarker(text, "END") && !IsMarker(text, "BEGIN"))
        {
            // A soft line break: the next line continues the value whatever it starts with, even when empty.
            _current.Length--;
            _current.Append(text);
            return null;
        }

        if (text.Length == 0)
        {
            return null;
        }

        // A folded line may hold only white space (a value's trailing spaces), so this comes before the blank-line check.
        if (text[0] is ' ' or '\t' && (_hasCurrent || !string.IsNullOrWhiteSpace(text)))
        {
            if (!_hasCurrent)
            {
                _issues.Add(new VCardIssue(line.Number, null, "A continuation line follows no property; it was skipped."));
            }
            else if (_currentKind == LineKind.Base64)
            {
                _current.Append(text.AsSpan().Trim());
            }
            else
            {
                _current.Append(text, 1, text.Length - 1);
            }

            return null;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (_hasCurrent && _currentKind == LineKind.Base64 && IsBase64Run(text))
        {
            _current.Append(text.AsSpan().Trim());
            return null;
        }

        FlushCurrent();
        if (IsMarker(text, "END"))
        {
            return FinishCard();
        }

        if (IsMarker(text, "BEGIN"))
        {
            _nestedDepth = 1;
            _nestedStart = line.Number;
            return null;
        }

        _current.Append(text);
        _hasCurrent = true;
        _currentNumber = line.Number;
        _currentKind = KindOf(text);
        return null;
    }

    /// <summary>Ends the stream: returns the last card when its END:VCARD is missing.</summary>
    internal VCard? Complete(int lastLineNumber)
    {
        if (_inCard)
        {
            if (_nestedDepth > 0)
            {
                _issues.Add(new VCardIssue(_nestedStart, null, "A nested vCard is not closed; it was skipped to the end of the stream."));
            }

            FlushCurrent();
            _issues.Add(new VCardIssue(lastLineNumber, null, $"The card that begins on line {_cardStart} has no END:VCARD; it ends with the stream."));
            return FinishCard();
        }

        if (_cards == 0 && _firstContentLine > 0)
        {
            throw new VCardFormatException(
                VCardFormatError.NotAVCard,
                $"The stream has text from line {_firstContentLine} but no BEGIN:VCARD: it is not a vCard file.",
                _firstContentLine);
        }

        return null;
    }

    private static bool IsMarker(string text, string marker)
    {
        var span = text.AsSpan().Trim();
        return span.Length == marker.Length + 6
            && span.StartsWith(marker, StringComparison.OrdinalIgnoreCase)
            && span[marker.Length] == ':'
            && span[(marker.Length + 1)..].Equals("VCARD", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsBase64Run(string text)
    {
        var span = text.AsSpan().Trim();
        if (span.IsEmpty)
        {
            return false;
        }

        foreach (var c in span)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '/' or '='))
            {
                return false;
            }
        }

        return true;
    }

    private static LineKind KindOf(string text)
    {
        var colon = PropertyParser.HeadEnd(text);
        if (colon < 0)
        {
            return LineKind.Text;
        }

        // Only an ENCODING parameter (or 2.1's bare QUOTED-PRINTABLE / BASE64) decides: "QUOTED-PRINTABLE" inside another parameter's value does not.
        foreach (var segment in text[..colon].Split(';').Skip(1))
        {
            var parameter = segment.Trim();
            var value = parameter.StartsWith("ENCODING=", StringComparison.OrdinalIgnoreCase) ? parameter[9..].Trim('"', ' ') : parameter;
            if (value.Equals("QUOTED-PRINTABLE", StringComparison.OrdinalIgnoreCase))
            {
                return LineKind.QuotedPrintable;
            }

            if (value.Equals("BASE64", StringComparison.OrdinalIgnoreCase) || (value.Equals("B", StringComparison.OrdinalIgnoreCase) && value.Length != parameter.Length))
            {
                return LineKind.Base64;
            }
        }

        return LineKind.Text;
    }

    private void StartCard(int lineNumber)
    {
        if (_cards >= _options.MaxCards)
        {
            throw new VCardFormatException(
                VCardFormatError.TooManyCards,
                $"The stream holds more than {_options.MaxCards} cards (the next begins on line {lineNumber}); raise VCardReaderOptions.MaxCards to read them all.",
                lineNumber);
        }

        _cards++;
        _inCard = true;
        _cardStart = lineNumber;
        _cardBytes = 0;
        _bytesOutside = 0;
        _firstContentLine = 0;
    }

    private void SkipNested(RawLine line)
    {
        if (IsMarker(line.Text, "BEGIN"))
        {
            _nestedDepth++;
        }
        else if (IsMarker(line.Text, "END"))
        {
            _nestedDepth--;
            if (_nestedDepth == 0)
            {
                _issues.Add(new VCardIssue(_nestedStart, null, string.Create(CultureInfo.InvariantCulture, $"A nested vCard (lines {_nestedStart}–{line.Number}, e.g. an AGENT) was skipped.")));
            }
        }
    }

    private void FlushCurrent()
    {
        if (_hasCurrent)
        {
            _contentLines.Add((_current.ToString(), _currentNumber));
            _current.Clear();
            _hasCurrent = false;
        }
    }

    private VCard FinishCard()
    {
        var properties = new List<VCardProperty>(_contentLines.Count);
        VCardVersion? version = null;
        foreach (var (text, number) in _contentLines)
        {
            if (PropertyParser.IsVersion(text, out var versionText))
            {
                version ??= ParseVersion(versionText, number);
                continue;
            }

            if (_parser.Parse(text, number, _issues) is { } property)
            {
                properties.Add(property);
            }
        }

        if (version is null)
        {
            _issues.Add(new VCardIssue(_cardStart, "VERSION", "The card has no VERSION; it was read as vCard 3.0."));
        }

        var card = new VCard(version ?? VCardVersion.Version30, properties, _issues, _cardStart);
        _contentLines.Clear();
        _issues.Clear();
        _inCard = false;
        _nestedDepth = 0;
        return card;
    }

    private VCardVersion ParseVersion(string text, int lineNumber)
    {
        var trimmed = text.Trim();
        switch (trimmed)
        {
            case "2.1":
                return VCardVersion.Version21;
            case "3.0":
                return VCardVersion.Version30;
            case "4.0":
                return VCardVersion.Version40;
        }

        var guess = trimmed.StartsWith('2') ? VCardVersion.Version21 : trimmed.StartsWith('3') ? VCardVersion.Version30 : VCardVersion.Version40;
        _issues.Add(new VCardIssue(lineNumber, "VERSION", $"Unknown version '{trimmed}'; read as {VCard.VersionText(guess)}."));
        return guess;
    }
}
