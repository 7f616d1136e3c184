using System;
using System.IO;
using LeadKit.Cli.Hosting;
using LeadKit.Export;
using LeadKit.Import;

namespace LeadKit.Cli.Files;

/// <summary>
/// The file formats of <c>import</c> and <c>export</c>: which of the library's sources or targets a
/// <c>--format</c> (or, for <c>auto</c>, the file's extension) names. The console adds no format of
/// its own: each one is a package's <see cref="IImportSource"/> / <see cref="IExportTarget"/>.
/// </summary>
internal static class FileFormats
{
    /// <summary>The formats <c>import --format</c> takes.</summary>
    public const string ImportFormats = "auto, json";

    /// <summary>The formats <c>export --format</c> takes.</summary>
    public const string ExportFormats = "json";

    /// <summary>Opens a source for a file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="format">The <c>--format</c> value (<c>auto</c> by default).</param>
    /// <param name="encoding">The <c>--encoding</c> value, if given.</param>
    /// <returns>The source; it owns the file stream.</returns>
    /// <exception cref="CliException">The format is unknown (bad usage), or the file cannot be opened.</exception>
    public static IImportSource OpenSource(string path, string? format, string? encoding)
    {
        var name = Resolve(path, format, forImport: true);
        var stream = Open(path, FileMode.Open);
        return name switch
        {
            "json" => new JsonLeadSource(stream),
            _ => Unknown<IImportSource>(stream, name, ImportFormats),
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
        var stream = Open(path, FileMode.Create);
        return name switch
        {
            "json" => (new JsonLeadTarget(stream, indented: true, leaveOpen: true), stream),
            _ => (Unknown<IExportTarget>(stream, name, ExportFormats), stream),
        };
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
            ".csv" or ".txt" or ".tsv" => forImport ? "csv" : "leadkit",
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

    private static T Unknown<T>(Stream stream, string name, string known)
    {
        stream.Dispose();
        throw new CliException($"Unknown format '{name}': use one of {known}.", ExitCodes.Usage);
    }
}
