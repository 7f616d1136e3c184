using System;
using System.Collections.Generic;
using LeadKit.Import;
using LeadKit.Leads;

namespace LeadKit.Export;

/// <summary>
/// One record as an export hands it to its target: the record itself (for formats with their own
/// mapping, such as vCard) and its values under the import's keys (<c>first</c>, <c>email:business</c>,
/// <c>address:home.city</c>, <c>custom.Budget</c>…), each in its field's text form, repeated entries
/// numbered by <see cref="ImportCell.Group"/> from 1. Reading the cells back with an import gives an
/// equal record. Immutable.
/// </summary>
public sealed class ExportRecord
{
    internal ExportRecord(ContactRecord record, IReadOnlyList<ImportCell> cells)
    {
        Record = record ?? throw new ArgumentNullException(nameof(record));
        Cells = cells ?? throw new ArgumentNullException(nameof(cells));
    }

    /// <summary>Gets the record.</summary>
    public ContactRecord Record { get; }

    /// <summary>Gets its keyed values (the column of each cell is its key).</summary>
    public IReadOnlyList<ImportCell> Cells { get; }
}
