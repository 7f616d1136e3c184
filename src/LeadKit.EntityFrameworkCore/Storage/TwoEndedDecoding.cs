using System;
using System.Collections.Generic;
using System.Runtime.ExceptionServices;
using System.Threading;

namespace LeadKit.EntityFrameworkCore.Storage;

/// <summary>
/// Turns the rows of one streamed chunk into records from both ends at once: the caller takes the rows
/// from the front, in order, as it hands the records out; a thread-pool worker takes them from the
/// back. Each row is decoded once, by whichever of the two claims it first, so the caller never waits
/// for the worker except for the one row the worker may be decoding when the caller reaches it. On a
/// busy or single-core machine the worker starts late or not at all, and the caller decodes the rows
/// itself, as it would without it.
/// </summary>
/// <remarks>
/// Decoding a row reads only the row (the stored document) and thread-local scratch space, so it may
/// run on any thread. A row the worker could not decode fails when the caller takes it, with the
/// worker's exception, as it would have failed had the caller decoded it. A caller that stops early
/// calls <see cref="Abandon"/>; the worker then stops after the row in hand.
/// </remarks>
/// <typeparam name="T">The record type.</typeparam>
internal sealed class TwoEndedDecoding<T>
    where T : class
{
    /// <summary>Chunks smaller than this are decoded by the caller alone: a worker would cost more than it saves.</summary>
    internal const int MinimumForWorker = 16;

    private const int Unclaimed = 0;
    private const int Claimed = 1;
    private const int Done = 2;

    private readonly IReadOnlyList<object?[]> _rows;
    private readonly Func<object?[], T> _decode;
    private readonly int[] _states;
    private readonly T?[] _records;
    private readonly ExceptionDispatchInfo?[] _errors;
    private volatile bool _abandoned;

    public TwoEndedDecoding(IReadOnlyList<object?[]> rows, Func<object?[], T> decode)
    {
        _rows = rows;
        _decode = decode;
        _states = new int[rows.Count];
        _records = new T?[rows.Count];
        _errors = new ExceptionDispatchInfo?[rows.Count];
        if (rows.Count >= MinimumForWorker && Environment.ProcessorCount > 1)
        {
            // Not UnsafeQueueUserWorkItem: the execution context (the caller's culture among it) flows
            // to the worker, so a record decodes the same whichever end decodes it.
            ThreadPool.QueueUserWorkItem(static decoding => decoding.DecodeFromTheBack(), this, preferLocal: false);
        }
    }

    /// <summary>Gets the record of row <paramref name="index"/>; rows are taken in order, each once.</summary>
    public T Take(int index)
    {
        if (Interlocked.CompareExchange(ref _states[index], Claimed, Unclaimed) == Unclaimed)
        {
            return _decode(_rows[index]);
        }

        // The worker has this row (and every row after it): wait for the one in hand.
        var spinner = default(SpinWait);
        while (Volatile.Read(ref _states[index]) != Done)
        {
            spinner.SpinOnce();
        }

        _errors[index]?.Throw();
        var record = _records[index]!;
        _records[index] = null;
        return record;
    }

    /// <summary>Tells the worker to stop: the caller takes no more rows.</summary>
    public void Abandon() => _abandoned = true;

    private void DecodeFromTheBack()
    {
        for (var i = _rows.Count - 1; i >= 0 && !_abandoned; i--)
        {
            if (Interlocked.CompareExchange(ref _states[i], Claimed, Unclaimed) != Unclaimed)
            {
                // The caller claims from the front: every row before this one is the caller's.
                return;
            }

            try
            {
                _records[i] = _decode(_rows[i]);
            }
#pragma warning disable CA1031 // Any failure is the caller's, when it takes the row.
            catch (Exception e)
#pragma warning restore CA1031
            {
                _errors[i] = ExceptionDispatchInfo.Capture(e);
            }

            Volatile.Write(ref _states[i], Done);
        }
    }
}
