using System;
using System.Globalization;

namespace LeadKit.Excel.Internal;

/// <summary>
/// Turns the values MiniExcel reads into text, the same way whatever the machine's culture, and
/// says which texts the writer may store as numbers.
/// </summary>
internal static class CellText
{
    /// <summary>2^53: below it every whole double is exact and printed digit for digit.</summary>
    private const double ExactIntegers = 9007199254740992d;

    private const long TicksPerSecond = TimeSpan.TicksPerSecond;

    /// <summary>The text of a value: numbers as Excel shows them at 15 significant digits (whole numbers below 2^53 exactly), dates ISO 8601, booleans TRUE/FALSE, nothing as "".</summary>
    public static string Format(object? value) => value switch
    {
        null => string.Empty,
        string s => s,
        double d => FormatNumber(d),
        bool b => b ? "TRUE" : "FALSE",
        DateTime t => FormatDateTime(t),
        TimeSpan t => FormatDuration(t),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TimeOnly t => FormatDuration(t.ToTimeSpan()),
        float f => FormatNumber(f),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>
    /// A number without float noise: whole numbers below 2^53 digit for digit (<c>3</c>, <c>4915112345678</c>),
    /// others at Excel's 15 significant digits (<c>0.1 + 0.2</c> is <c>0.3</c>) without an exponent
    /// unless the number is tiny or huge.
    /// </summary>
    public static string FormatNumber(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        if (value == 0)
        {
            return "0";
        }

        if (Math.Abs(value) < ExactIntegers && Math.Floor(value) == value)
        {
            return ((long)value).ToString(CultureInfo.InvariantCulture);
        }

        var text = value.ToString("G15", CultureInfo.InvariantCulture);
        var magnitude = Math.Abs(value);
        if (text.Contains('E', StringComparison.Ordinal) && magnitude >= 1e-10 && magnitude < 1e15)
        {
            // 1E-05 reads better as 0.00001; decimal prints the digits G15 kept, without an exponent.
            return decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
        }

        return text;
    }

    /// <summary>A date <c>yyyy-MM-dd</c> or a date and time <c>yyyy-MM-ddTHH:mm:ss</c>, to the nearest second (Excel stores times as fractions of a day).</summary>
    public static string FormatDateTime(DateTime value)
    {
        var ticks = value.Ticks;
        var rounded = ticks + (TicksPerSecond / 2) <= DateTime.MaxValue.Ticks ? (ticks + (TicksPerSecond / 2)) / TicksPerSecond * TicksPerSecond : ticks;
        var t = new DateTime(rounded, DateTimeKind.Unspecified);
        return t.TimeOfDay == TimeSpan.Zero
            ? t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : t.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
    }

    /// <summary>A time or a duration as Excel's <c>[h]:mm:ss</c> shows it (<c>07:30:00</c>, <c>26:00:00</c>), to the nearest second.</summary>
    public static string FormatDuration(TimeSpan value)
    {
        var seconds = (long)Math.Round(value.Ticks / (double)TicksPerSecond, MidpointRounding.AwayFromZero);
        var sign = seconds < 0 ? "-" : string.Empty;
        seconds = Math.Abs(seconds);
        return string.Create(CultureInfo.InvariantCulture, $"{sign}{seconds / 3600:00}:{seconds / 60 % 60:00}:{seconds % 60:00}");
    }

    /// <summary>
    /// Gets the number a text stands for when the reader would give the same text back for it
    /// (<c>3</c>, <c>-2.5</c>, <c>0.1</c>), so storing it as a number loses nothing; <c>02134</c>,
    /// <c>+1 555</c>, <c>1e5</c> or <c>3.0</c> stay text.
    /// </summary>
    public static bool TryGetCanonicalNumber(string text, out double value)
    {
        value = 0;
        if (text.Length is 0 or > 32 || !(char.IsAsciiDigit(text[0]) || (text[0] == '-' && text.Length > 1)))
        {
            return false;
        }

        return double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)
            && !double.IsInfinity(value)
            && string.Equals(FormatNumber(value), text, StringComparison.Ordinal);
    }

    /// <summary>The 1-based column number of a column name (<c>A</c> = 1, <c>AA</c> = 27), or 0 when the text is not one.</summary>
    public static int ColumnNumber(string name)
    {
        if (name.Length is 0 or > 4)
        {
            return 0;
        }

        var n = 0;
        foreach (var c in name)
        {
            if (c is < 'A' or > 'Z')
            {
                return 0;
            }

            n = (n * 26) + (c - 'A' + 1);
        }

        return n;
    }

    /// <summary>The column name of a 1-based column number (1 = <c>A</c>, 27 = <c>AA</c>).</summary>
    public static string ColumnName(int number)
    {
        Span<char> buffer = stackalloc char[8];
        var i = buffer.Length;
        while (number > 0)
        {
            var m = (number - 1) % 26;
            buffer[--i] = (char)('A' + m);
            number = (number - m - 1) / 26;
        }

        return new string(buffer[i..]);
    }

    /// <summary>Where a cell is, for messages: <c>column 3 (C)</c>.</summary>
    public static string Column(int number) => string.Create(CultureInfo.InvariantCulture, $"column {number} ({ColumnName(number)})");
}
