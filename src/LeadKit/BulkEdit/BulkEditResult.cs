using LeadKit.Operations;

namespace LeadKit.BulkEdit;

/// <summary>The result of a bulk edit (or of its undo, or a dry run): the per-lead report, and what undoes it.</summary>
public sealed class BulkEditResult
{
    internal BulkEditResult(OperationReport report, BulkEditUndo? undo)
    {
        Report = report;
        Undo = undo;
    }

    /// <summary>Gets one outcome per selected lead: changed (with every field's old → new), unchanged, failed or skipped.</summary>
    public OperationReport Report { get; }

    /// <summary>
    /// Gets what reverts the edit exactly (for the result of an undo: what re-applies it), or
    /// <see langword="null"/> when nothing was written (a dry run, a refused all-or-nothing edit,
    /// or no lead changed).
    /// </summary>
    public BulkEditUndo? Undo { get; }

    /// <inheritdoc />
    public override string ToString() => Report.ToString();
}
