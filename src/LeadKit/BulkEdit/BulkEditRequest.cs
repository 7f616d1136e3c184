using System;
using System.Collections.Generic;
using System.Linq;
using LeadKit.Operations;

namespace LeadKit.BulkEdit;

/// <summary>
/// A bulk edit: which leads (<see cref="Selection"/>), what to change (<see cref="Edits"/>, applied
/// in order to each lead), what to do when some leads fail (<see cref="Policy"/>), and whether to
/// record the change in each lead's history. Immutable.
/// </summary>
public sealed class BulkEditRequest
{
    /// <summary>Creates a request.</summary>
    /// <param name="selection">The leads to edit.</param>
    /// <param name="edits">The edits, at least one, applied in order.</param>
    /// <exception cref="ArgumentException"><paramref name="edits"/> is empty or holds a null.</exception>
    public BulkEditRequest(LeadSelection selection, IEnumerable<FieldEdit> edits)
    {
        Selection = selection ?? throw new ArgumentNullException(nameof(selection));
        ArgumentNullException.ThrowIfNull(edits);
        Edits = [.. edits];
        if (Edits.Count == 0 || Edits.Any(e => e is null))
        {
            throw new ArgumentException("A bulk edit needs at least one edit, and no null ones.", nameof(edits));
        }
    }

    /// <summary>Creates a request.</summary>
    /// <param name="selection">The leads to edit.</param>
    /// <param name="edits">The edits, at least one, applied in order.</param>
    public BulkEditRequest(LeadSelection selection, params FieldEdit[] edits)
        : this(selection, (IEnumerable<FieldEdit>)edits)
    {
    }

    /// <summary>Gets the leads to edit.</summary>
    public LeadSelection Selection { get; }

    /// <summary>Gets the edits, applied in order to each lead.</summary>
    public IReadOnlyList<FieldEdit> Edits { get; }

    /// <summary>Gets what to do when some leads fail: <see cref="FailurePolicy.AllOrNothing"/> (the default) writes nothing then.</summary>
    public FailurePolicy Policy { get; init; }

    /// <summary>
    /// Gets a value indicating whether each changed lead gets an <see cref="History.ActivityEntry"/>
    /// (<see cref="History.ActivityKind.Edited"/>) listing its changes, old → new (the default).
    /// Turn it off for very large technical edits.
    /// </summary>
    public bool RecordHistory { get; init; } = true;

    /// <inheritdoc />
    public override string ToString() => $"{string.Join(", ", Edits)} on {Selection}";
}
