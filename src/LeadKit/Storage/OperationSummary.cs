using System;
using System.Collections.Generic;
using LeadKit.Leads;
using NodaTime;

namespace LeadKit.Storage;

/// <summary>
/// A recorded operation, as <c>leadkit operations list</c> shows it: its identifier, kind, when and
/// by whom it ran, how many records it changed, the fields it changed (their catalogue names), and
/// whether it has been undone. Its undo entries (<see cref="OperationUndoEntry"/>) are stored beside it.
/// </summary>
/// <param name="Id">The operation's identifier.</param>
/// <param name="Kind">What it did.</param>
/// <param name="At">When it was committed (the operation context's clock).</param>
/// <param name="By">The acting user, if known.</param>
/// <param name="Count">How many records it changed (the number of its undo entries).</param>
/// <param name="Fields">The names of the fields it changed, in the field catalogue's spelling (e.g. <c>assignedTo</c>, <c>custom.Budget</c>).</param>
/// <param name="RecordHistory">Whether it wrote a history entry per changed record (its undo does too, then).</param>
/// <param name="Undoes">For an <see cref="OperationKind.Undo"/>, the operation it undid.</param>
/// <param name="UndoneBy">The undo operation that reverted it, once one did.</param>
public sealed record OperationSummary(
    OperationId Id,
    OperationKind Kind,
    Instant At,
    UserId? By,
    int Count,
    IReadOnlyList<string> Fields,
    bool RecordHistory,
    OperationId? Undoes = null,
    OperationId? UndoneBy = null)
{
    /// <summary>Gets the names of the fields it changed.</summary>
    public IReadOnlyList<string> Fields { get; init; } = Fields ?? throw new ArgumentNullException(nameof(Fields));

    /// <inheritdoc />
    public override string ToString() => $"{Kind} {Id} at {At}: {Count} records ({string.Join(", ", Fields)})";
}
