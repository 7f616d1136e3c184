using System;
using System.Collections.Generic;
using System.Runtime.ExceptionServices;
using System.Threading.Tasks;

namespace LeadKit.EntityFrameworkCore.Storage;

/// <summary>
/// The CPU-bound part of a batch — reading records from their documents, writing documents, comparing
/// a changed record with the stored one — spread over <see cref="LeadKitStoreOptions.MaxDegreeOfParallelism"/>
/// threads while the database waits. Every item is independent (its own record, its own document), the
/// results keep the items' order, and whatever touches the unit of work's state (the remembered
/// documents, the statements) stays on the caller's thread, before or after. Small batches, and a degree
/// of 1, run on the caller's thread. An exception is rethrown as itself (the first item's that failed),
/// never wrapped in an <see cref="AggregateException"/>.
/// </summary>
internal static class BatchWork
{
    /// <summary>Below this many items the work is not worth handing to other threads.</summary>
    private const int MinParallelItems = 32;

    /// <summary>Maps every item, in order.</summary>
    public static TResult[] Map<TSource, TResult>(IReadOnlyList<TSource> items, int degree, Func<TSource, TResult> map)
    {
        var results = new TResult[items.Count];
        For(items.Count, degree, () => 0, (i, _) => results[i] = map(items[i]));
        return results;
    }

    /// <summary>
    /// Runs <paramref name="body"/> for 0 … <paramref name="count"/> − 1, each thread with its own state
    /// from <paramref name="state"/> (scratch a thread reuses from item to item).
    /// </summary>
    public static void For<TState>(int count, int degree, Func<TState> state, Action<int, TState> body)
    {
        if (degree <= 1 || count < MinParallelItems)
        {
            var local = state();
            for (var i = 0; i < count; i++)
            {
                body(i, local);
            }

            return;
        }

        try
        {
            Parallel.For(
                0,
                count,
                new ParallelOptions { MaxDegreeOfParallelism = degree },
                state,
                (i, _, local) =>
                {
                    body(i, local);
                    return local;
                },
                static _ => { });
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            throw;
        }
    }
}
