using System;
using System.Collections.Generic;
using System.Linq;
using LeadKit.Storage;

namespace LeadKit.Operations;

/// <summary>
/// The result of a batch operation: one <see cref="RecordOutcome"/> per record (or import row),
/// the counts by status, and whether the changes were written. Immutable.
/// </summary>
public sealed class OperationReport
{
    private readonly int[] _counts = new int[Enum.GetValues<OutcomeStatus>().Length];

    /// <summary>Creates a report.</summary>
    /// <param name="outcomes">The outcomes, in the order the records were processed.</param>
    /// <param name="isCommitted">Whether the changes were written.</param>
    /// <param name="isDryRun">Whether this was a dry run (nothing is ever written).</param>
    /// <exception cref="ArgumentException">An outcome is null, or a dry run claims to be committed.</exception>
    public OperationReport(IEnumerable<RecordOutcome> outcomes, bool isCommitted, bool isDryRun = false)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        Outcomes = [.. outcomes];
        if (Outcomes.Any(o => o is null))
        {
            throw new ArgumentException("An outcome cannot be null.", nameof(outcomes));
        }

        if (isCommitted && isDryRun)
        {
            throw new ArgumentException("A dry run writes nothing, so it cannot be committed.", nameof(isCommitted));
        }

        foreach (var outcome in Outcomes)
        {
            _counts[(int)outcome.Status]++;
        }

        IsCommitted = isCommitted;
        IsDryRun = isDryRun;
    }

    /// <summary>Gets the outcomes, in the order the records were processed.</summary>
    public IReadOnlyList<RecordOutcome> Outcomes { get; }

    /// <summary>Gets a value indicating whether the changes were written (false for a dry run, and for an all-or-nothing operation that had failures).</summary>
    public bool IsCommitted { get; }

    /// <summary>Gets a value indicating whether this was a dry run: the outcomes say what would happen.</summary>
    public bool IsDryRun { get; }

    /// <summary>
    /// Gets the identifier under which the operation was recorded (<see cref="Storage.IUnitOfWork.Operations"/>),
    /// so that it can be undone later; <see langword="null"/> when nothing was written (a dry run, a
    /// refused all-or-nothing run, no record changed) or the operation is not recorded (deletion, comments, conversion).
    /// </summary>
    public OperationId? Operation { get; init; }

    /// <summary>Returns the same report, recorded under an operation.</summary>
    internal OperationReport WithOperation(OperationId operation) => new(Outcomes, IsCommitted, IsDryRun) { Operation = operation };

    /// <summary>Gets the number of records processed.</summary>
    public int Total => Outcomes.Count;

    /// <summary>Gets the number of records changed (or, in a dry run, that would change).</summary>
    public int Changed => Count(OutcomeStatus.Changed);

    /// <summary>Gets the number of records that needed no change.</summary>
    public int Unchanged => Count(OutcomeStatus.Unchanged);

    /// <summary>Gets the number of records refused.</summary>
    public int Failed => Count(OutcomeStatus.Failed);

    /// <summary>Gets the number of records not written because others failed (or skipped by an import's duplicate policy).</summary>
    public int Skipped => Count(OutcomeStatus.Skipped);

    /// <summary>Gets the number of records created.</summary>
    public int Created => Count(OutcomeStatus.Created);

    /// <summary>Gets the number of records deleted.</summary>
    public int Deleted => Count(OutcomeStatus.Deleted);

    /// <summary>Gets the outcomes of the records that failed.</summary>
    public IEnumerable<RecordOutcome> Failures => Outcomes.Where(o => o.IsFailure);

    /// <summary>Gets a value indicating whether any record failed.</summary>
    public bool HasFailures => Failed > 0;

    /// <summary>Counts the outcomes with a status.</summary>
    /// <param name="status">The status.</param>
    /// <returns>How many records have it.</returns>
    public int Count(OutcomeStatus status) => Enum.IsDefined(status) ? _counts[(int)status] : 0;

    /// <inheritdoc />
    public override string ToString()
    {
        var counts = string.Join(", ", Enum.GetValues<OutcomeStatus>().Where(s => Count(s) > 0).Select(s => $"{Count(s)} {s.ToString().ToLowerInvariant()}"));
        var state = IsDryRun ? "dry run" : IsCommitted ? "committed" : "nothing written";
        return $"{Total} records ({(counts.Length == 0 ? "none" : counts)}); {state}";
    }
}
