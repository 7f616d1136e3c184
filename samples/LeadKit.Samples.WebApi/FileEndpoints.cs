using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.Csv;
using LeadKit.Excel;
using LeadKit.Export;
using LeadKit.Import;
using LeadKit.Querying;
using LeadKit.VCard;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LeadKit.Samples.WebApi;

/// <summary>What an import did, per CLI.md's contract: rows = imported + merged + skipped + rejected.</summary>
/// <param name="Format">The format read.</param>
/// <param name="Rows">Rows read.</param>
/// <param name="Imported">New leads.</param>
/// <param name="Merged">Rows merged into existing leads.</param>
/// <param name="Skipped">Rows skipped as duplicates.</param>
/// <param name="Rejected">Each rejected row: its number as a spreadsheet shows it, the column, why.</param>
/// <param name="Operation">The recorded operation (undo it with <c>POST /api/operations/{id}/undo</c>); none for a dry run.</param>
internal sealed record ImportOutput(string Format, long Rows, long Imported, long Merged, long Skipped, IReadOnlyList<RejectedRow> Rejected, string? Operation);

/// <summary>A rejected row.</summary>
/// <param name="Row">The row number.</param>
/// <param name="Column">The column, when one is to blame.</param>
/// <param name="Reason">Why.</param>
internal sealed record RejectedRow(long? Row, string? Column, string Reason);

/// <summary>Import by upload (CSV in any known layout, <c>.xlsx</c>, vCard, JSON) and export by download.</summary>
internal static class FileEndpoints
{
    /// <summary>The largest upload accepted (bytes).</summary>
    private const long MaxUpload = 50L * 1024 * 1024;

    /// <summary>Maps the file endpoints.</summary>
    public static void MapFiles(this RouteGroupBuilder api)
    {
        var files = api.MapGroup("/").WithTags("Import and export");
        files.MapPost("/import", ImportAsync).DisableAntiforgery()
            .WithSummary("Imports an uploaded file (form field 'file'; .csv, .xlsx, .vcf or .json by its name); dryRun checks without writing.");
        files.MapGet("/export", ExportAsync).WithSummary("Downloads the leads (a filter narrows them) as leadkit CSV, outlook or google CSV, xlsx, vcard or json.");
    }

    private static async Task<ImportOutput> ImportAsync(IFormFile file, LeadImport import, bool? dryRun, string? duplicates, CancellationToken cancellationToken)
    {
        if (file.Length > MaxUpload)
        {
            throw LeadEndpoints.Invalid("file", "LeadKit.Sample.FileTooLarge", $"The file is {file.Length} bytes; at most {MaxUpload} are accepted.");
        }

        var options = ImportOptions.Default with
        {
            Duplicates = duplicates is null ? ImportOptions.Default.Duplicates
                : Enum.TryParse<DuplicatePolicy>(duplicates, ignoreCase: true, out var policy) ? policy
                : throw LeadEndpoints.Invalid("duplicates", "LeadKit.Sample.Duplicates", $"'{duplicates}' is not import, skip or update."),
        };
        await using var stream = file.OpenReadStream();
        var source = Path.GetExtension(file.FileName).ToUpperInvariant() switch
        {
            ".CSV" or ".TXT" => (IImportSource)new CsvImportSource(stream, leaveOpen: true),
            ".XLSX" => new XlsxImportSource(stream, leaveOpen: true),
            ".VCF" or ".VCARD" => new VCardImportSource(stream, leaveOpen: true),
            ".JSON" => new JsonLeadSource(stream, leaveOpen: true),
            var other => throw LeadEndpoints.Invalid("file", "LeadKit.Sample.Format", $"'{other}' files cannot be imported: use .csv, .xlsx, .vcf or .json."),
        };
        try
        {
            var result = dryRun == true
                ? await import.DryRunAsync(source, options, cancellationToken: cancellationToken)
                : await import.ImportAsync(source, options, cancellationToken: cancellationToken);
            return new ImportOutput(result.Format, result.Rows, result.Imported, result.Merged, result.Skipped,
                [.. result.Rejections.Select(r => new RejectedRow(r.Row, r.Column, r.Reason ?? string.Empty))], result.Operation?.ToString());
        }
        finally
        {
            if (source is IAsyncDisposable disposable)
            {
                await disposable.DisposeAsync();
            }
        }
    }

    private static async Task<IResult> ExportAsync(LeadExport export, string? format, string? filter, CancellationToken cancellationToken)
    {
        var name = (format ?? "leadkit").ToUpperInvariant();
        var options = ExportOptions.Default with { Filter = filter is null ? null : Filter.Parse(filter) };
        var buffer = new MemoryStream();
        (IExportTarget Target, string Type, string File) target = name switch
        {
            "LEADKIT" or "CSV" => (new CsvExportTarget(buffer, leaveOpen: true), "text/csv", "leads.csv"),
            "OUTLOOK" or "GOOGLE" => (new CsvExportTarget(buffer, new CsvExportOptions { Layout = name.ToLowerInvariant() }, leaveOpen: true), "text/csv", $"leads-{name.ToLowerInvariant()}.csv"),
            "XLSX" => (new XlsxExportTarget(buffer, leaveOpen: true), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "leads.xlsx"),
            "VCARD" or "VCF" => (new VCardExportTarget(buffer, leaveOpen: true), "text/vcard", "leads.vcf"),
            "JSON" => (new JsonLeadTarget(buffer, leaveOpen: true), "application/json", "leads.json"),
            _ => throw LeadEndpoints.Invalid("format", "LeadKit.Sample.Format", $"'{format}' is not leadkit, outlook, google, xlsx, vcard or json."),
        };
        await export.ExportAsync(target.Target, options, cancellationToken: cancellationToken);
        if (target.Target is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }

        buffer.Position = 0;
        return Results.File(buffer, target.Type, target.File);
    }
}
