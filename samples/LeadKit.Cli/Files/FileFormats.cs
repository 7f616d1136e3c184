using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using LeadKit.Cli.Hosting;
using LeadKit.Csv;
using LeadKit.Excel;
using LeadKit.Export;
using LeadKit.Import;
using LeadKit.VCard;

namespace LeadKit.Cli.Files;

/// <summary>
/// The file formats of <c>import</c> and <c>export</c>: which of the library's sources or targets a
/// <c>--format</c> (or, for <c>auto</c>, the file's extension) names. The console adds no format of
/// its own: each one is a package's <see cref="IImportSource"/> / <see cref="IExportTarget"/>.
/// </summary>
internal static class FileFormats
{
    /// <summary>The formats <c>import --format</c> takes.</summary>
    public const string ImportFormats = "auto, csv (layout detected), leadkit, outlook, google, google-legacy, salesforce, act, thunderbird, generic, xlsx, vcard, json";

    /// <summary>The formats <c>export --format</c> takes.</summary>
    public const string ExportFormats = "leadkit (CSV, lossless), csv (= leadkit), outlook, google, xlsx, vcard, json";

    /// <summary>The CSV layouts <c>import --format</c> names directly (every layout <see cref="CsvImportSource"/> reads).</summary>
    private static readonly HashSet<string> CsvImportLayouts = new(
        CsvImportOptions.LayoutNames.Where(name => name != CsvImportOptions.AutoLayout),
        StringComparer.Ordinal);

    /// <summary>Opens a source for a file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="format">The <c>--format</c> value (<c>auto</c> by default).</param>
    /// <param name="encoding">The <c>--encoding</c> value, if given (CSV only).</param>
    /// <returns>The source; it owns the file stream (dispose it when it is <see cref="IAsyncDisposable"/>).</returns>
    /// <exception cref="CliException">The format or encoding is unknown (bad usage), or the file cannot be opened.</exception>
    public static IImportSource OpenSource(string path, string? format, string? encoding)
    {
        var name = Resolve(path, format, forImport: true);
        var layout = name == "csv" ? CsvImportOptions.AutoLayout : CsvImportLayouts.Contains(name) ? name : null;
        if (layout is null && encoding is not null)
        {
            throw new CliException($"--encoding applies to CSV files only; '{name}' files say their own encoding.", ExitCodes.Usage);
        }

        if (layout is null && name is not ("vcard" or "json" or "xlsx"))
        {
            throw new CliException($"Unknown format '{name}': use one of {ImportFormats}.", ExitCodes.Usage);
        }

        var options = layout is null ? null : CsvOptions(layout, encoding);
        var stream = Open(path, FileMode.Open);
        return name switch
        {
            "json" => new JsonLeadSource(stream),
            "vcard" => new VCardImportSource(stream),
            "xlsx" => new XlsxImportSource(stream),
            _ => new CsvImportSource(stream, options),
        };
    }

    /// <summary>Creates a target for a file (created or replaced).</summary>
    /// <param name="path">The file.</param>
    /// <param name="format">The <c>--format</c> value (from the extension when not given).</param>
    /// <returns>The target and the stream it writes to (dispose both: the target first).</returns>
    /// <exception cref="CliException">The format is unknown (bad usage), or the file cannot be created.</exception>
    public static (IExportTarget Target, Stream Stream) CreateTarget(string path, string? format)
    {
        var name = Resolve(path, format, forImport: false);
        if (name == "csv")
        {
            name = CsvExportOptions.LeadKitLayout;
        }

        if (name is not ("json" or "vcard" or "xlsx") && !CsvExportOptions.LayoutNames.Contains(name))
        {
            throw new CliException($"Unknown format '{name}': use one of {ExportFormats}.", ExitCodes.Usage);
        }

        var stream = Open(path, FileMode.Create);
        IExportTarget target = name switch
        {
            "json" => new JsonLeadTarget(stream, indented: true, leaveOpen: true),
            "vcard" => new VCardExportTarget(stream, VCardVersion.Version40, leaveOpen: true),
            "xlsx" => new XlsxExportTarget(stream, leaveOpen: true),
            _ => new CsvExportTarget(stream, new CsvExportOptions { Layout = name }, leaveOpen: true),
        };
        return (target, stream);
    }

    /// <summary>The values a target could not write, by what they were (empty when the format holds everything).</summary>
    /// <param name="target">The target, after the export.</param>
    /// <returns>The counts.</returns>
    public static IReadOnlyDictionary<string, long> Unwritten(IExportTarget target) =>
        target switch
        {
            CsvExportTarget csv => csv.Unwritten,
            XlsxExportTarget xlsx => xlsx.Unwritten,
            _ => new Dictionary<string, long>(),
        };

    /// <summary>How a CSV source read its file, for the summary (<see langword="null"/> for other formats).</summary>
    /// <param name="source">The source, after the import.</param>
    /// <returns>The layout, encoding, delimiter and blank rows, or <see langword="null"/>.</returns>
    public static CsvReading? Reading(IImportSource source) =>
        source is CsvImportSource { Layout: { } layout } csv
            ? new CsvReading(layout.Name, csv.Encoding?.WebName, csv.Delimiter, csv.BlankRows)
            : null;

    private static CsvImportOptions CsvOptions(string layout, string? encoding)
    {
        var options = CsvImportOptions.Default with { Layout = layout };
        if (encoding is null)
        {
            return options;
        }

        try
        {
            return options with { Encoding = CsvEncodings.Get(encoding) };
        }
        catch (ArgumentException e)
        {
            throw new CliException($"--encoding '{encoding}': {e.Message}", ExitCodes.Usage);
        }
    }

    private static string Resolve(string path, string? format, bool forImport)
    {
        var name = (format ?? "auto").Trim().ToLowerInvariant();
        if (name != "auto")
        {
            return name;
        }

        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".json" => "json",
            ".vcf" or ".vcard" => "vcard",
            ".xlsx" => "xlsx",
            ".csv" or ".txt" or ".tsv" => forImport ? "csv" : CsvExportOptions.LeadKitLayout,
            var other => throw new CliException($"Cannot tell the format of '{Path.GetFileName(path)}' from its extension ('{other}'): give --format ({(forImport ? ImportFormats : ExportFormats)}).", ExitCodes.Usage),
        };
    }

    private static FileStream Open(string path, FileMode mode)
    {
        try
        {
            return mode == FileMode.Open
                ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true)
                : new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"Cannot {(mode == FileMode.Open ? "read" : "write")} '{path}': {e.Message}");
        }
    }
}

/// <summary>How a CSV file was read: what the import summary says about it.</summary>
/// <param name="Layout">The layout's name (detected or named).</param>
/// <param name="Encoding">The encoding's web name.</param>
/// <param name="Delimiter">The delimiter.</param>
/// <param name="BlankRows">How many blank lines were passed over (not rows).</param>
internal sealed record CsvReading(string Layout, string? Encoding, char? Delimiter, long BlankRows);
