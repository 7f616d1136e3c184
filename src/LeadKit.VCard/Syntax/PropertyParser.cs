using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace LeadKit.VCard.Syntax;

/// <summary>Parses one unfolded content line (one char per byte) into a decoded <see cref="VCardProperty"/>.</summary>
internal sealed class PropertyParser
{
    private static readonly string[] BareEncodings = ["QUOTED-PRINTABLE", "BASE64", "8BIT", "7BIT"];

    private readonly VCardReaderOptions _options;
    private readonly bool _transcoded;
    private readonly Encoding _fallback;

    internal PropertyParser(VCardReaderOptions options, bool transcoded)
    {
        _options = options;
        _transcoded = transcoded;
        _fallback = options.FallbackEncoding ?? Charsets.Windows1252;
    }

    /// <summary>The index of the colon that ends the name and parameters (quoted parameter values skipped), or -1.</summary>
    internal static int HeadEnd(string text)
    {
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ':' && !quoted)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The property name of a content line, for messages.</summary>
    internal static string? NameOf(string text)
    {
        var end = text.AsSpan().IndexOfAny(';', ':');
        var name = end < 0 ? text : text[..end];
        var dot = name.LastIndexOf('.');
        name = dot < 0 ? name : name[(dot + 1)..];
        return Names.IsName(name) ? name.ToUpperInvariant() : null;
    }

    internal static bool IsVersion(string text, out string value)
    {
        value = string.Empty;
        if (!text.StartsWith("VERSION", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0 || text.AsSpan(7, colon - 7).Trim().Length != 0 && text[7] != ';')
        {
            return false;
        }

        value = text[(colon + 1)..];
        return true;
    }

    internal VCardProperty? Parse(string text, int lineNumber, List<VCardIssue> issues)
    {
        var i = text.AsSpan().IndexOfAny(';', ':');
        if (i < 0)
        {
            issues.Add(new VCardIssue(lineNumber, null, $"A line without ':' is not a property; it was skipped: '{Shorten(text)}'."));
            return null;
        }

        var fullName = text[..i];
        var dot = fullName.LastIndexOf('.');
        var group = dot < 0 ? null : fullName[..dot];
        var name = dot < 0 ? fullName : fullName[(dot + 1)..];
        if (!Names.IsName(name) || (group is not null && !Names.IsName(group)))
        {
            issues.Add(new VCardIssue(lineNumber, null, $"'{Shorten(fullName)}' is not a property name; the line was skipped."));
            return null;
        }

        name = name.ToUpperInvariant();
        if (name is "BEGIN" or "END" or "VERSION")
        {
            issues.Add(new VCardIssue(lineNumber, name, $"A {name} line that is not BEGIN:VCARD, END:VCARD or a version was skipped: '{Shorten(text)}'."));
            return null;
        }

        var parameters = new List<VCardParameter>();
        var quotedPrintable = false;
        var base64 = false;
        string? charsetName = null;
        while (i < text.Length && text[i] == ';')
        {
            i++;
            var start = i;
            while (i < text.Length && text[i] is not ('=' or ';' or ':'))
            {
                i++;
            }

            var parameterName = text[start..i].Trim();
            List<string>? values = null;
            if (i < text.Length && text[i] == '=')
            {
                i++;
                values = ReadValues(text, ref i, parameterName.Equals("TYPE", StringComparison.OrdinalIgnoreCase));
                if (values is null)
                {
                    issues.Add(new VCardIssue(lineNumber, name, "A quoted parameter value is not closed; the property was skipped."));
                    return null;
                }
            }

            if (parameterName.Length == 0)
            {
                continue;
            }

            if (values is null)
            {
                // vCard 2.1 bare parameters: TEL;WORK;VOICE, PHOTO;JPEG, NOTE;QUOTED-PRINTABLE.
                var bareEncoding = BareEncodings.FirstOrDefault(e => e.Equals(parameterName, StringComparison.OrdinalIgnoreCase));
                values = bareEncoding is null ? [.. parameterName.Split(',')] : [bareEncoding];
                parameterName = bareEncoding is null ? "TYPE" : "ENCODING";
            }

            if (!Names.IsName(parameterName))
            {
                issues.Add(new VCardIssue(lineNumber, name, $"'{Shorten(parameterName)}' is not a parameter name; the parameter was skipped."));
                continue;
            }

            switch (parameterName.ToUpperInvariant())
            {
                case "ENCODING":
                    var encoding = values[0].Trim();
                    quotedPrintable |= encoding.Equals("QUOTED-PRINTABLE", StringComparison.OrdinalIgnoreCase);
                    base64 |= encoding.Equals("BASE64", StringComparison.OrdinalIgnoreCase) || encoding.Equals("B", StringComparison.OrdinalIgnoreCase);
                    break;
                case "CHARSET":
                    charsetName = values[0];
                    break;
                case "TYPE":
                    parameters.Add(new VCardParameter("TYPE", values.Select(DecodeParameterValue)));
                    break;
                default:
                    parameters.Add(new VCardParameter(parameterName, values.Select(DecodeParameterValue)));
                    break;
            }
        }

        if (i >= text.Length)
        {
            issues.Add(new VCardIssue(lineNumber, name, "The parameters are not followed by ':' and a value; the property was skipped."));
            return null;
        }

        var rawValue = text[(i + 1)..];
        if (base64)
        {
            var binary = ReadBase64(rawValue, name, lineNumber, issues);
            if (binary is not null)
            {
                var (mediaType, rest) = TakeMediaType(parameters);
                return VCardProperty.ReadBinary(group, name, rest.Where(p => p.Name != "VALUE"), binary, mediaType, lineNumber);
            }
        }

        var bytes = quotedPrintable ? QuotedPrintable.Decode(rawValue) : Charsets.Bytes(rawValue);
        Encoding? charset = null;
        if (_transcoded && !quotedPrintable)
        {
            charset = Encoding.UTF8;
        }
        else if (charsetName is not null)
        {
            charset = Charsets.Find(charsetName);
            if (charset is null)
            {
                issues.Add(new VCardIssue(lineNumber, name, $"Unknown CHARSET '{Shorten(charsetName)}'; the value was read as UTF-8, or {_fallback.WebName} where it is not UTF-8."));
            }
        }

        var value = Text.NormalizeLineBreaks(Charsets.Decode(bytes, charset, _fallback));
        if (IsUriSlot(name, parameters) && DataUri.TryParse(value.Trim(), out var uriMediaType, out var uriData))
        {
            var decoded = DecodeBase64(uriData, name, lineNumber, issues);
            if (decoded is not null)
            {
                return VCardProperty.ReadBinary(group, name, parameters.Where(p => p.Name != "VALUE"), decoded, uriMediaType, lineNumber);
            }
        }

        return VCardProperty.Read(group, name, parameters, Text.Split(value, ValueShapes.Of(name)), lineNumber);
    }

    private static bool IsUriSlot(string name, List<VCardParameter> parameters) =>
        name is "PHOTO" or "LOGO" or "SOUND" or "KEY"
        || parameters.Any(p => p.Name == "VALUE" && p.Value.Equals("uri", StringComparison.OrdinalIgnoreCase));

    /// <summary>Reads a parameter's values up to the next unquoted <c>;</c> or <c>:</c>; null when a quote is not closed.</summary>
    private static List<string>? ReadValues(string text, ref int i, bool isType)
    {
        var values = new List<string>();
        var current = new StringBuilder();
        while (true)
        {
            if (i < text.Length && text[i] == '"')
            {
                var close = text.IndexOf('"', i + 1);
                if (close < 0)
                {
                    return null;
                }

                var quoted = text[(i + 1)..close];
                i = close + 1;
                if (isType)
                {
                    // 4.0 writes TYPE="work,voice": the quoted text is a list too.
                    var parts = quoted.Split(',');
                    current.Append(parts[0]);
                    for (var k = 1; k < parts.Length; k++)
                    {
                        values.Add(current.ToString());
                        current.Clear().Append(parts[k]);
                    }
                }
                else
                {
                    current.Append(quoted);
                }

                continue;
            }

            if (i >= text.Length || text[i] is ';' or ':')
            {
                values.Add(current.ToString());
                return values;
            }

            if (text[i] == ',')
            {
                values.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(text[i]);
            }

            i++;
        }
    }

    /// <summary>Resolves RFC 6868 caret escapes (<c>^n ^' ^^</c>) and decodes the bytes.</summary>
    private string DecodeParameterValue(string raw)
    {
        var text = Charsets.Decode(Charsets.Bytes(raw), _transcoded ? Encoding.UTF8 : null, _fallback);
        if (!text.Contains('^', StringComparison.Ordinal))
        {
            return Text.NormalizeLineBreaks(text);
        }

        var builder = new StringBuilder(text.Length);
        for (var k = 0; k < text.Length; k++)
        {
            var c = text[k];
            if (c == '^' && k + 1 < text.Length && text[k + 1] is 'n' or 'N' or '\'' or '^')
            {
                builder.Append(text[k + 1] switch { '\'' => '"', '^' => '^', _ => '\n' });
                k++;
            }
            else
            {
                builder.Append(c);
            }
        }

        return Text.NormalizeLineBreaks(builder.ToString());
    }

    /// <summary>Takes the media type of a 2.1/3.0 binary value out of its TYPE values (JPEG, PNG, X509, image/png…).</summary>
    private static (string? MediaType, List<VCardParameter> Remaining) TakeMediaType(List<VCardParameter> parameters)
    {
        var rest = new List<VCardParameter>(parameters.Count);
        string? mediaType = null;
        foreach (var parameter in parameters)
        {
            if (parameter.Name == "MEDIATYPE" && mediaType is null)
            {
                mediaType = parameter.Value;
                continue;
            }

            if (parameter.Name != "TYPE")
            {
                rest.Add(parameter);
                continue;
            }

            var kept = new List<string>();
            foreach (var type in parameter.Values)
            {
                var media = MediaTypes.FromTypeValue(type);
                if (media is not null && mediaType is null)
                {
                    mediaType = media;
                }
                else
                {
                    kept.Add(type);
                }
            }

            if (kept.Count > 0)
            {
                rest.Add(new VCardParameter("TYPE", kept));
            }
        }

        return (mediaType, rest);
    }

    private byte[]? ReadBase64(string raw, string name, int lineNumber, List<VCardIssue> issues) =>
        DecodeBase64(raw, name, lineNumber, issues);

    private byte[]? DecodeBase64(string raw, string name, int lineNumber, List<VCardIssue> issues)
    {
        var compact = new StringBuilder(raw.Length);
        foreach (var c in raw)
        {
            if (!char.IsWhiteSpace(c))
            {
                compact.Append(c);
            }
        }

        var estimate = (long)compact.Length * 3 / 4;
        if (estimate > _options.MaxBinaryValueBytes)
        {
            throw new VCardFormatException(
                VCardFormatError.BinaryValueTooLarge,
                $"The {name} on line {lineNumber} holds about {estimate} bytes, more than {_options.MaxBinaryValueBytes}; raise VCardReaderOptions.MaxBinaryValueBytes to read it.",
                lineNumber,
                name);
        }

        var text = compact.ToString();
        var buffer = new byte[(int)estimate + 3];
        if (Convert.TryFromBase64String(text, buffer, out var written))
        {
            return buffer.AsSpan(0, written).ToArray();
        }

        // Real exports hold damaged base64 (a lost character, padding in the middle): decode what can be decoded, and say so.
        var lenient = text.Replace("=", string.Empty, StringComparison.Ordinal);
        if (lenient.Length % 4 == 1)
        {
            lenient = lenient[..^1];
        }

        lenient = lenient.PadRight((lenient.Length + 3) / 4 * 4, '=');
        try
        {
            var bytes = Convert.FromBase64String(lenient);
            issues.Add(new VCardIssue(lineNumber, name, "The base64 value is damaged (a character lost or misplaced padding); what could be decoded was kept, and may not be the whole value."));
            return bytes;
        }
        catch (FormatException)
        {
            issues.Add(new VCardIssue(lineNumber, name, "The base64 value cannot be decoded; it was kept as text."));
            return null;
        }
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
