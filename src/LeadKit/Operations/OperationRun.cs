using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.Leads;
using LeadKit.Storage;

namespace LeadKit.Operations;

/// <summary>
/// The engine every batch operation runs on: one unit of work, records decided one by one,
/// changes staged in batches through the repositories, the failure policy applied, and one
/// <see cref="OperationReport"/> at the end. Nothing is committed on a dry run, nor when an
/// all-or-nothing run had a failure.
/// </summary>
/// <typeparam name="T">What a staged change carries (the changed record, history entries, …).</typeparam>
/// <remarks>
/// A stage delegate must be clean when it throws a <see cref="LeadKitException"/>: its first,
/// fallible repository call (an update, a delete) either staged everything or nothing, and a
/// later step that fails must not surface as a <see cref="LeadKitException"/> (see
/// <see cref="ThenAsync"/>), because the engine would then retry or report records that were
/// partly staged. Any other exception aborts the run: the unit of work is disposed, nothing is written.
/// </remarks>
internal sealed class OperationRun<T>
{
    private readonly List<RecordOutcome> _outcomes = [];
    private readonly List<(int Index, T Payload)> _batch = [];
    private readonly IUnitOfWork _unit;
    private readonly FailurePolicy _policy;
    private readonly bool _dryRun;
    private readonly int _batchSize;
    private readonly Func<IUnitOfWork, IReadOnlyList<T>, CancellationToken, Task> _stage;

    private OperationRun(IUnitOfWork unit, FailurePolicy policy, bool dryRun, int batchSize, Func<IUnitOfWork, IReadOnlyList<T>, CancellationToken, Task> stage)
    {
        _unit = unit;
        _policy = policy;
        _dryRun = dryRun;
        _batchSize = batchSize;
        _stage = stage;
    }

    /// <summary>Gets a value indicating whether an all-or-nothing run has had a failure: nothing more is staged, and nothing will be committed.</summary>
    public bool IsAborted { get; private set; }

    /// <summary>Gets a value indicating whether changes are staged (not a dry run, not aborted).</summary>
    public bool IsStaging => !_dryRun && !IsAborted;

    /// <summary>Runs an operation in its own unit of work and returns its report.</summary>
    /// <param name="context">Where and as whom.</param>
    /// <param name="policy">What to do when records fail.</param>
    /// <param name="dryRun">Whether to write nothing.</param>
    /// <param name="body">Decides every record: calls <see cref="Report"/> or <see cref="ChangeAsync"/> for each.</param>
    /// <param name="stage">Stages a batch of changes through the unit of work.</param>
    /// <param name="cancellationToken">Cancels the work; nothing is written.</param>
    /// <param name="batchSize">The batch size, when the operation needs another than the context's (1 stages record by record).</param>
    /// <param name="beforeCommit">Stages what the operation writes once every batch is staged (its operation record), only when it will commit.</param>
    /// <returns>The report.</returns>
    public static async Task<OperationReport> RunAsync(
        OperationContext context,
        FailurePolicy policy,
        bool dryRun,
        Func<IUnitOfWork, OperationRun<T>, CancellationToken, Task> body,
        Func<IUnitOfWork, IReadOnlyList<T>, CancellationToken, Task> stage,
        CancellationToken cancellationToken,
        int? batchSize = null,
        Func<IUnitOfWork, CancellationToken, Task>? beforeCommit = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!Enum.IsDefined(policy))
        {
            throw new ArgumentOutOfRangeException(nameof(policy), policy, "Unknown failure policy.");
        }

        var unit = await context.Store.BeginAsync(context.Workspace, context.ActingUser, cancellationToken).ConfigureAwait(false);
        await using (unit.ConfigureAwait(false))
        {
            var run = new OperationRun<T>(unit, policy, dryRun, batchSize ?? context.BatchSize, stage);
            await body(unit, run, cancellationToken).ConfigureAwait(false);
            await run.FlushAsync(cancellationToken).ConfigureAwait(false);
            var commit = run.IsStaging;
            if (commit && beforeCommit is not null)
            {
                await beforeCommit(unit, cancellationToken).ConfigureAwait(false);
            }

            if (commit)
            {
                await unit.CommitAsync(cancellationToken).ConfigureAwait(false);
            }

            return run.Finish(commit);
        }
    }

    /// <summary>
    /// Runs the later steps of a stage, after its fallible first step has staged everything: a
    /// failure there cannot be undone record by record, so it aborts the whole operation.
    /// </summary>
    /// <param name="steps">The later steps.</param>
    /// <returns>A task that completes when they are staged.</returns>
    public static async Task ThenAsync(Func<Task> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        try
        {
            await steps().ConfigureAwait(false);
        }
        catch (LeadKitException e)
        {
            throw new InvalidOperationException("A batch was staged only in part, so the operation was abandoned and nothing was written: " + e.Message, e);
        }
    }

    /// <summary>Reports a record that needs no staging: unchanged, or failed (which aborts an all-or-nothing run).</summary>
    /// <param name="outcome">The outcome.</param>
    public void Report(RecordOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        _outcomes.Add(outcome);
        if (outcome.IsFailure && _policy == FailurePolicy.AllOrNothing)
        {
            IsAborted = true;
        }
    }

    /// <summary>Reports a change and queues it for staging (unless this is a dry run or the run is aborted).</summary>
    /// <param name="outcome">The outcome if the change is written.</param>
    /// <param name="payload">What the stage delegate needs to write it.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task that completes when the change is queued (and a full batch staged).</returns>
    public async Task ChangeAsync(RecordOutcome outcome, T payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        _outcomes.Add(outcome);
        if (!IsStaging)
        {
            return;
        }

        _batch.Add((_outcomes.Count - 1, payload));
        if (_batch.Count >= _batchSize)
        {
            await FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Stages the queued changes now.</summary>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task that completes when they are staged (or reported failed).</returns>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_batch.Count == 0)
        {
            return;
        }

        var batch = _batch.ToList();
        _batch.Clear();
        if (!IsStaging)
        {
            return;
        }

        try
        {
            await _stage(_unit, [.. batch.Select(b => b.Payload)], cancellationToken).ConfigureAwait(false);
            return;
        }
        catch (LeadKitException e) when (batch.Count == 1 || _policy == FailurePolicy.AllOrNothing)
        {
            Fail(batch, e);
            return;
        }
        catch (LeadKitException)
        {
            // Skip-failed: the batch call staged nothing, so find the culprits one record at a time.
        }

        // In identifier order, the order every multi-record write locks its rows in: taking them one
        // by one in another order could deadlock with such a write on a database with row locks.
        foreach (var item in batch.OrderBy(b => _outcomes[b.Index].Record?.Id ?? Guid.Empty))
        {
            try
            {
                await _stage(_unit, [item.Payload], cancellationToken).ConfigureAwait(false);
            }
            catch (LeadKitException e)
            {
                _outcomes[item.Index] = RecordOutcome.Failed(_outcomes[item.Index].Record, e);
            }
        }
    }

    private void Fail(List<(int Index, T Payload)> batch, LeadKitException exception)
    {
        // A conflict or a missing record names its record; any other refusal fails the whole batch.
        var culprit = exception switch
        {
            ConcurrencyConflictException conflict => conflict.RecordId,
            RecordNotFoundException missing => missing.RecordId,
            _ => null,
        };
        var named = batch.Where(b => culprit is not null && string.Equals(_outcomes[b.Index].Record?.Id.ToString("D"), culprit, StringComparison.OrdinalIgnoreCase)).ToList();
        foreach (var (index, _) in named.Count > 0 ? named : batch)
        {
            _outcomes[index] = RecordOutcome.Failed(_outcomes[index].Record, exception);
        }

        if (_policy == FailurePolicy.AllOrNothing)
        {
            IsAborted = true;
        }
    }

    private OperationReport Finish(bool committed)
    {
        if (committed || _dryRun)
        {
            return new OperationReport(_outcomes, committed, _dryRun);
        }

        var failed = _outcomes.Count(o => o.IsFailure);
        var reason = string.Create(CultureInfo.InvariantCulture, $"Not written: {failed} {(failed == 1 ? "record" : "records")} failed and the operation is all-or-nothing (FailurePolicy.SkipFailed writes the valid records).");
        var outcomes = _outcomes.Select(o => o.Status is OutcomeStatus.Changed or OutcomeStatus.Created or OutcomeStatus.Deleted ? o.With(OutcomeStatus.Skipped, reason) : o);
        return new OperationReport(outcomes, false);
    }
}
