using System;
using System.Text;

namespace LeadKit.Csv;

/// <summary>The encodings CSV files come in, including the legacy code pages (registered on first use).</summary>
public static class CsvEncodings
{
    /// <summary>Gets UTF-8 without a byte order mark.</summary>
    public static Encoding Utf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Gets UTF-8 that writes a byte order mark (what Excel needs to read UTF-8).</summary>
    public static Encoding Utf8WithBom { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    /// <summary>Gets Windows-1252 (Western European "ANSI"), what Outlook and ACT! write on Western machines.</summary>
    public static Encoding Windows1252 { get; } = Registered(1252);

    /// <summary>Finds an encoding by name or code page number (<c>utf-8</c>, <c>windows-1252</c>, <c>1252</c>, <c>utf-16</c>, <c>iso-8859-1</c>…).</summary>
    /// <param name="name">The name or number.</param>
    /// <returns>The encoding.</returns>
    /// <exception cref="ArgumentException">The name is blank or names no encoding known here.</exception>
    public static Encoding Get(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var trimmed = name.Trim();
        try
        {
            return int.TryParse(trimmed, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var codePage)
                ? Encoding.GetEncoding(codePage)
                : Encoding.GetEncoding(trimmed);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            throw new ArgumentException($"'{trimmed}' is not an encoding known here; use a name such as utf-8, windows-1252 or utf-16.", nameof(name), e);
        }
    }

    private static Encoding Registered(int codePage)
    {
        // .NET has the code pages in the box but only hands them out once the provider is registered.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(codePage);
    }

    internal static void EnsureRegistered()
    {
        // Touching the type runs the static constructor, which registers the code pages once.
        _ = Windows1252;
    }
}
