using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace LeadKit.VCard.Syntax;

/// <summary>Formats one property as the physical lines of a version: encoding, escaping, quoting, folding.</summary>
internal static class PropertyFormatter
{
    private const int MaxOctets = 75;

    internal static void Append(StringBuilder output, VCardProperty property, VCardVersion version)
    {
        var head = new StringBuilder();
        if (property.Group is not null)
        {
            head.Append(property.Group).Append('.');
        }

        head.Append(property.Name);
        if (property.Data is { } data)
        {
            AppendBinary(output, head, property, data.Span, version);
            return;
        }

        var value = FormatText(property, version);
        if (version == VCardVersion.Version21 && NeedsQuotedPrintable(head.Length + value.Length + 8, value))
        {
            var parameters = property.Parameters.ToList();
            AppendParameters(head, parameters, version);
            head.Append(";ENCODING=QUOTED-PRINTABLE");
            if (!Ascii.IsValid(value))
            {
                head.Append(";CHARSET=UTF-8");
            }

            head.Append(':');
            var lines = QuotedPrintable.Encode(value, Encoding.UTF8.GetByteCount(head.ToString()));
            output.Append(head).Append(lines[0]).Append("\r\n");
            foreach (var line in lines.Skip(1))
            {
                output.Append(line).Append("\r\n");
            }

            return;
        }

        AppendParameters(head, property.Parameters, version);
        head.Append(':').Append(value);
        Fold(output, head.ToString());
    }

    private static void AppendBinary(StringBuilder output, StringBuilder head, VCardProperty property, ReadOnlySpan<byte> data, VCardVersion version)
    {
        var parameters = property.Parameters.Where(p => p.Name is not ("VALUE" or "MEDIATYPE")).ToList();
        if (version == VCardVersion.Version40)
        {
            if (property.Name is not ("PHOTO" or "LOGO" or "SOUND" or "KEY"))
            {
                parameters.Add(new VCardParameter("VALUE", "uri"));
            }

            AppendParameters(head, parameters, version);
            head.Append(':').Append(DataUri.Format(property.MediaType, data));
            Fold(output, head.ToString());
            return;
        }

        if (property.MediaType is { } mediaType)
        {
            var typeValue = MediaTypes.ToTypeValue(mediaType);
            var types = parameters.FirstOrDefault(p => p.Name == "TYPE");
            if (types is null)
            {
                parameters.Add(new VCardParameter("TYPE", typeValue));
            }
            else
            {
                parameters[parameters.IndexOf(types)] = new VCardParameter("TYPE", types.Values.Append(typeValue));
            }
        }

        AppendParameters(head, parameters, version);
        head.Append(version == VCardVersion.Version21 ? ";ENCODING=BASE64:" : ";ENCODING=b:").Append(Convert.ToBase64String(data));
        Fold(output, head.ToString());
        if (version == VCardVersion.Version21)
        {
            // 2.1 ends a base64 value with an empty line.
            output.Append("\r\n");
        }
    }

    private static string FormatText(VCardProperty property, VCardVersion version)
    {
        if (ValueShapes.IsUri(property.Name, property))
        {
            var uri = property.Value;
            return version == VCardVersion.Version21 ? uri : uri.Replace("\n", @"\n", StringComparison.Ordinal);
        }

        var shape = ValueShapes.Of(property.Name);
        var escapeComma = version != VCardVersion.Version21 || shape is ValueShape.List or ValueShape.StructuredList;
        var escapeNewline = version != VCardVersion.Version21;
        return string.Join(';', property.Components.Select(c => string.Join(',', c.Select(v => Text.Escape(v, escapeComma, escapeNewline)))));
    }

    private static bool NeedsQuotedPrintable(int lineLength, string value)
    {
        if (lineLength > MaxOctets)
        {
            return true;
        }

        foreach (var c in value)
        {
            if (c is < ' ' or > '~')
            {
                return true;
            }
        }

        return false;
    }

    private static void AppendParameters(StringBuilder head, IEnumerable<VCardParameter> parameters, VCardVersion version)
    {
        foreach (var parameter in parameters)
        {
            if (parameter.Name == "TYPE" && version == VCardVersion.Version21)
            {
                foreach (var type in parameter.Values)
                {
                    head.Append(';');
                    if (Names.IsName(type))
                    {
                        head.Append(type);
                    }
                    else
                    {
                        head.Append("TYPE=").Append(Quote(type));
                    }
                }

                continue;
            }

            head.Append(';').Append(parameter.Name).Append('=').AppendJoin(',', parameter.Values.Select(Quote));
        }
    }

    /// <summary>RFC 6868 caret escapes (in every version, so any value round-trips), then quotes when the value holds <c>, ; :</c>.</summary>
    private static string Quote(string value)
    {
        var encoded = value.Replace("^", "^^", StringComparison.Ordinal).Replace("\"", "^'", StringComparison.Ordinal).Replace("\n", "^n", StringComparison.Ordinal);
        return encoded.AsSpan().IndexOfAny(",;:") >= 0 ? "\"" + encoded + "\"" : encoded;
    }

    /// <summary>Folds a content line at 75 octets (UTF-8), never inside a character; continuation lines start with a space.</summary>
    internal static void Fold(StringBuilder output, string line)
    {
        var octets = 0;
        var limit = MaxOctets;
        foreach (var rune in line.EnumerateRunes())
        {
            var length = rune.Utf8SequenceLength;
            if (octets + length > limit)
            {
                output.Append("\r\n ");
                octets = 1;
            }

            output.Append(rune.ToString());
            octets += length;
        }

        output.Append("\r\n");
    }
}
