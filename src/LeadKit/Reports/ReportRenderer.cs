using System;
using System.IO;
using System.Text;
using System.Text.Json;

namespace LeadKit.Reports;

/// <summary>
/// Writes report results and funnels as text: an aligned table (<see cref="ReportFormat.Table"/>),
/// CSV (<see cref="ReportFormat.Csv"/>) or JSON (<see cref="ReportFormat.Json"/>). Numbers and dates
/// are written invariantly (<c>3.5</c>, <c>2026-11-27</c>); averages and rates are rounded to two
/// decimal places in tables and four in CSV, and written exactly in JSON. Users appear by display
/// name. Stateless and thread-safe.
/// </summary>
public static partial class ReportRenderer
{
    // Output for people and tools, not for HTML: quotes, accents and non-Latin text are written as they are.
    private static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Renders a report result.</summary>
    /// <param name="result">The result.</param>
    /// <param name="format">The format.</param>
    /// <returns>The text (JSON indented; every line, the last included, ends with a newline in the table and CSV).</returns>
    public static string Render(ReportResult result, ReportFormat format)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Write(result, format, writer);
        return writer.ToString();
    }

    /// <summary>Writes a report result.</summary>
    /// <param name="result">The result.</param>
    /// <param name="format">The format.</param>
    /// <param name="writer">Where to write.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined value.</exception>
    public static void Write(ReportResult result, ReportFormat format, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        switch (format)
        {
            case ReportFormat.Table:
                WriteTable(result, writer);
                break;
            case ReportFormat.Csv:
                WriteCsv(result, writer);
                break;
            case ReportFormat.Json:
                writer.Write(Json(w => WriteJson(result, w)));
                writer.WriteLine();
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown report format.");
        }
    }

    /// <summary>Renders a funnel.</summary>
    /// <param name="funnel">The funnel.</param>
    /// <param name="format">The format.</param>
    /// <returns>The text.</returns>
    public static string Render(FunnelResult funnel, ReportFormat format)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Write(funnel, format, writer);
        return writer.ToString();
    }

    /// <summary>Writes a funnel.</summary>
    /// <param name="funnel">The funnel.</param>
    /// <param name="format">The format.</param>
    /// <param name="writer">Where to write.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined value.</exception>
    public static void Write(FunnelResult funnel, ReportFormat format, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(funnel);
        ArgumentNullException.ThrowIfNull(writer);
        switch (format)
        {
            case ReportFormat.Table:
                WriteTable(funnel, writer);
                break;
            case ReportFormat.Csv:
                WriteCsv(funnel, writer);
                break;
            case ReportFormat.Json:
                writer.Write(Json(w => WriteJson(funnel, w)));
                writer.WriteLine();
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown report format.");
        }
    }

    private static string Json(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Indented))
        {
            write(json);
        }

        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }
}
