using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.Import;
using LeadKit.Operations;
using LeadKit.Querying;
using LeadKit.Storage;
using LeadKit.Utility;

namespace LeadKit.Export;

/// <summary>
/// Exports leads to any <see cref="IExportTarget"/> (LeadKit's lossless CSV, Outlook and Google CSV,
/// Excel, vCard, JSON, or a host's own format): the leads a filter selects, in id order, streamed
/// from the store (memory stays flat), each written as the keyed values an import reads back
/// (<see cref="ExportRecord"/>), restricted to the chosen catalogue fields. Reads only; nothing in the
/// store changes.
/// </summary>
public sealed class LeadExport
{
    private readonly OperationContext _context;

    /// <summary>Creates the operation.</summary>
    /// <param name="context">Where and as whom.</param>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is null.</exception>
    public LeadExport(OperationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _context = context;
    }

    /// <summary>Writes the selected leads to a target.</summary>
    /// <param name="target">The format writer.</param>
    /// <param name="options">The filter and columns; <see cref="ExportOptions.Default"/> when null.</param>
    /// <param name="progress">Receives the number of records written, every <see cref="OperationContext.BatchSize"/> records and at the end.</param>
    /// <param name="cancellationToken">Cancels the export (the target is left incomplete).</param>
    /// <returns>How many records were written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> is null.</exception>
    /// <exception cref="Validation.LeadKitValidationException">A column names no field of the workspace (<c>LeadKit.Export.UnknownColumn</c>).</exception>
    public async Task<ExportResult> ExportAsync(IExportTarget target, ExportOptions? options = null, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        options ??= ExportOptions.Default;
        var unit = await _context.Store.BeginAsync(_context.Workspace, _context.ActingUser, cancellationToken).ConfigureAwait(false);
        await using (unit.ConfigureAwait(false))
        {
            var catalog = FieldCatalog.For(await unit.CustomFields.GetSchemaAsync(cancellationToken).ConfigureAwait(false));
            var keep = Columns(catalog, options.Columns);
            var query = new RecordQuery(options.Filter, SortSpec.ById);
            var shape = ExportShape.Unknown;
            if (target.NeedsShape)
            {
                shape = await MeasureAsync(unit, query, catalog, keep, cancellationToken).ConfigureAwait(false);
            }

            await target.BeginAsync(shape, cancellationToken).ConfigureAwait(false);
            long rows = 0;
            await foreach (var lead in unit.Leads.QueryAsync(query, cancellationToken).ConfigureAwait(false))
            {
                await target.WriteAsync(new ExportRecord(lead, Cells(lead, catalog, keep)), cancellationToken).ConfigureAwait(false);
                if (++rows % _context.BatchSize == 0)
                {
                    progress?.Report(rows);
                }
            }

            await target.CompleteAsync(cancellationToken).ConfigureAwait(false);
            progress?.Report(rows);
            return new ExportResult(target.Format, rows);
        }
    }

    /// <summary>The record's cells restricted to the chosen fields.</summary>
    private static List<ImportCell> Cells(Leads.ContactRecord record, FieldCatalog catalog, HashSet<string>? keep)
    {
        var cells = RecordKeys.Cells(record, catalog);
        return keep is null ? cells : [.. cells.Where(c => keep.Contains(FieldOf(c.Key!)))];
    }

    /// <summary>The catalogue field a key belongs to: <c>first</c> → <c>name</c>, <c>address:home.city</c> → <c>address</c>.</summary>
    internal static string FieldOf(string key)
    {
        if (key.StartsWith("custom.", StringComparison.OrdinalIgnoreCase))
        {
            return key;
        }

        var end = key.AsSpan().IndexOfAny(':', '.');
        var stem = end < 0 ? key : key[..end];
        return stem is "prefix" or "first" or "middle" or "last" or "suffix" ? "name" : stem;
    }

    /// <summary>Whether a key is a part of a repeated entry (<see cref="FieldOf"/> is <c>email</c>, <c>phone</c> or <c>address</c>), found without a copy of its stem.</summary>
    private static bool IsEntryKey(string key)
    {
        var end = key.AsSpan().IndexOfAny(':', '.');
        var stem = end < 0 ? key.AsSpan() : key.AsSpan(0, end);
        return stem is "email" or "phone" or "address";
    }

    private static HashSet<string>? Columns(FieldCatalog catalog, IReadOnlyList<string>? columns)
    {
        if (columns is null)
        {
            return null;
        }

        var keep = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var column in columns)
        {
            var field = catalog.Find(column.Trim())
                ?? throw Preconditions.Invalid(nameof(ExportOptions), column, "LeadKit.Export.UnknownColumn", $"'{column}' names no field of this workspace's leads: use a field catalogue name (name, email, company, custom.Budget…).");
            if (!field.Supports(FieldCapabilities.Export) && !(field.Editor is not null && field.Supports(FieldCapabilities.Import)))
            {
                throw Preconditions.Invalid(nameof(ExportOptions), column, "LeadKit.Export.UnknownColumn", $"'{field.Name}' cannot be exported.");
            }

            keep.Add(field.IsCustom ? "custom." + field.CustomFieldName : field.Name);
        }

        return keep;
    }

    private static async Task<ExportShape> MeasureAsync(IUnitOfWork unit, RecordQuery query, FieldCatalog catalog, HashSet<string>? keep, CancellationToken cancellationToken)
    {
        int emails = 0, phones = 0, addresses = 0;
        var used = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var lead in unit.Leads.QueryAsync(query, cancellationToken).ConfigureAwait(false))
        {
            foreach (var cell in Cells(lead, catalog, keep))
            {
                if (!IsEntryKey(cell.Key!))
                {
                    used.Add(cell.Key!);
                }
            }

            emails = Math.Max(emails, keep is null || keep.Contains("email") ? lead.Emails.Count : 0);
            phones = Math.Max(phones, keep is null || keep.Contains("phone") ? lead.Phones.Count : 0);
            addresses = Math.Max(addresses, keep is null || keep.Contains("address") ? lead.Addresses.Count : 0);
        }

        // Column order: the name and its parts, then the catalogue's order, then criterion checks and custom fields by name.
        string[] name = ["name", "name.whole", "prefix", "first", "middle", "last", "suffix"];
        var order = name.Concat(RecordKeys.Exported(catalog).Where(f => !f.IsCustom).Select(f => f.Name)).ToList();
        var fields = order.Where(used.Contains)
            .Concat(used.Where(k => k.StartsWith("checked:", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
            .Concat(used.Where(k => k.StartsWith("custom.", StringComparison.Ordinal)).Order(StringComparer.OrdinalIgnoreCase))
            .ToList();
        return new ExportShape(emails, phones, addresses, fields);
    }
}
