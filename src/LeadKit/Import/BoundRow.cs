using System.Collections.Generic;
using LeadKit.BulkEdit;
using LeadKit.Leads;
using NodaTime;

namespace LeadKit.Import;

/// <summary>An imported row turned into field edits through the field catalogue, or the problems that reject it.</summary>
internal sealed class BoundRow
{
    /// <summary>Creates a row with no edits yet.</summary>
    /// <param name="row">The row number.</param>
    /// <param name="cells">How many cells the row has: room for as many edits.</param>
    public BoundRow(long row, int cells = 0)
    {
        Row = row;
        Edits = new(cells);
    }

    /// <summary>Gets the row number.</summary>
    public long Row { get; }

    /// <summary>Gets or sets the person's name, when the row gives one (a name, or its parts).</summary>
    public PersonName? Name { get; set; }

    /// <summary>Gets or sets the column the name came from.</summary>
    public string? NameColumn { get; set; }

    /// <summary>Gets the edits, in the order they apply, each with the column it came from and, for a criterion check, when it was made.</summary>
    public List<(FieldEdit Edit, string Column, Instant? At)> Edits { get; }

    /// <summary>Gets what rejects the row (empty when it can be imported).</summary>
    public List<ImportProblem> Problems { get; } = [];

    /// <summary>Gets the values that have no place in a record, each with why (reported in <see cref="ImportResult.NotImported"/>).</summary>
    public List<(ImportCell Cell, string? Key, string Reason)> NotImported { get; } = [];

    /// <summary>Gets a value indicating whether the row is rejected.</summary>
    public bool IsRejected => Problems.Count > 0;
}
