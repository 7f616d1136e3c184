using System;
using System.Collections.Generic;
using System.Text;

namespace LeadKit.VCard.Syntax;

/// <summary>
/// Splits bytes into physical lines at CR LF, LF, CR, and the CR CR LF that some iPhone exports
/// write (one line end, not two). Fed in chunks; enforces the line-length limit as it goes.
/// </summary>
internal sealed class LineSplitter
{
    private readonly int _maxLineLength;
    private byte[] _line = new byte[256];
    private int _length;
    private int _number = 1;
    private int _crState; // 0: none; 1: after CR; 2: after CR CR

    internal LineSplitter(int maxLineLength) => _maxLineLength = maxLineLength;

    internal void Feed(ReadOnlySpan<byte> bytes, List<RawLine> output)
    {
        foreach (var b in bytes)
        {
            if (_crState > 0)
            {
                if (b == '\n')
                {
                    _crState = 0;
                    continue;
                }

                if (b == '\r' && _crState == 1)
                {
                    _crState = 2;
                    continue;
                }

                if (_crState == 2)
                {
                    // CR CR then something else: the second CR ended an empty line.
                    output.Add(new RawLine(string.Empty, _number++));
                }

                _crState = 0;
            }

            if (b == '\r')
            {
                Emit(output);
                _crState = 1;
            }
            else if (b == '\n')
            {
                Emit(output);
            }
            else
            {
                if (_length >= _maxLineLength)
                {
                    throw new VCardFormatException(
                        VCardFormatError.LineTooLong,
                        $"Line {_number} is longer than {_maxLineLength} bytes; raise VCardReaderOptions.MaxLineLength to read it.",
                        _number);
                }

                if (_length == _line.Length)
                {
                    Array.Resize(ref _line, _line.Length * 2);
                }

                _line[_length++] = b;
            }
        }
    }

    internal void Complete(List<RawLine> output)
    {
        if (_crState == 2)
        {
            output.Add(new RawLine(string.Empty, _number++));
        }

        _crState = 0;
        if (_length > 0)
        {
            Emit(output);
        }
    }

    private void Emit(List<RawLine> output)
    {
        var text = _length == 0 ? string.Empty : Encoding.Latin1.GetString(_line, 0, _length);
        _length = 0;
        output.Add(new RawLine(text, _number++));
    }
}
