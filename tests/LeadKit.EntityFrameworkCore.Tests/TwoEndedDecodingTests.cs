using System.Collections.Concurrent;
using FsCheck;
using FsCheck.Xunit;
using LeadKit.EntityFrameworkCore.Storage;

namespace LeadKit.EntityFrameworkCore.Tests;

/// <summary>
/// A streamed chunk's rows are decoded from both ends (<see cref="TwoEndedDecoding{T}"/>): the caller from
/// the front, a worker from the back. Whoever decodes a row, the caller gets every row's record in order,
/// each row is decoded exactly once, and a row that cannot be decoded fails when the caller takes it.
/// </summary>
public sealed class TwoEndedDecodingTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Property(MaxTest = 300)]
    public void Take_InOrder_GivesEveryRowsRecord_EachRowDecodedOnce(PositiveInt size, byte work)
    {
        var count = size.Get % 600;
        var decoded = new int[count];
        var decoding = new TwoEndedDecoding<string>(Rows(count), row =>
        {
            var index = (int)row[0]!;
            Interlocked.Increment(ref decoded[index]);
            Thread.SpinWait(work * 20); // some rows slow, some fast: the two ends meet anywhere
            return "record " + index;
        });

        var taken = Enumerable.Range(0, count).Select(decoding.Take).ToList();

        Assert.Equal(Enumerable.Range(0, count).Select(i => "record " + i), taken);
        // Once the caller has taken every row, no row is left for the worker to claim.
        Assert.All(decoded, times => Assert.Equal(1, times));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(60)]
    [InlineData(63)]
    public void Take_OfARowThatCannotBeDecoded_FailsWithItsException_WhoeverDecodedIt(int failing)
    {
        var caller = Environment.CurrentManagedThreadId;
        var decodedOn = new int[64];
        var decoding = new TwoEndedDecoding<string>(Rows(64), row =>
        {
            var index = (int)row[0]!;
            Volatile.Write(ref decodedOn[index], Environment.CurrentManagedThreadId);
            return index == failing ? throw new InvalidOperationException($"row {index} is damaged") : "record " + index;
        });

        // Rows near the back: let the worker reach the damaged row first, so that its exception is the one
        // handed to the caller (on one core there is no worker, and the caller decodes it: the outcome is
        // the same). Rows at the front: the caller takes them at once and decodes them itself.
        if (failing >= 2)
        {
            WaitUntil(() => Volatile.Read(ref decodedOn[failing]) != 0, Patience);
            Assert.True(Environment.ProcessorCount == 1 || decodedOn[failing] != caller, "the worker did not reach the damaged row");
        }

        for (var i = 0; i < failing; i++)
        {
            Assert.Equal("record " + i, decoding.Take(i));
        }

        var error = Assert.Throws<InvalidOperationException>(() => decoding.Take(failing));
        Assert.Equal($"row {failing} is damaged", error.Message);
        if (failing + 1 < 64)
        {
            Assert.Equal("record " + (failing + 1), decoding.Take(failing + 1));
        }
    }

    [Fact]
    public void Abandon_StopsTheWorker_AfterTheRowInHand()
    {
        var decodedBy = new ConcurrentDictionary<int, int>();
        var caller = Environment.CurrentManagedThreadId;
        using var inLastRow = new ManualResetEventSlim();
        using var gate = new ManualResetEventSlim();
        var decoding = new TwoEndedDecoding<string>(Rows(64), row =>
        {
            var index = (int)row[0]!;
            decodedBy[index] = Environment.CurrentManagedThreadId;
            if (index == 63 && Environment.CurrentManagedThreadId != caller)
            {
                inLastRow.Set();
                gate.Wait(Patience);
            }

            return "record " + index;
        });

        var workerStarted = inLastRow.Wait(Patience);
        decoding.Abandon();
        gate.Set();
        Thread.Sleep(200);

        Assert.True(workerStarted || Environment.ProcessorCount == 1, "the worker never started on a machine with more than one core");
        Assert.Equal(workerStarted ? [63] : [], decodedBy.Keys.Order());
        // The caller can still take the rows the worker left.
        Assert.Equal("record 0", decoding.Take(0));
        Assert.Equal(caller, decodedBy[0]);
    }

    [Fact]
    public void ASmallChunk_IsDecodedByTheCallerAlone()
    {
        var count = TwoEndedDecoding<string>.MinimumForWorker - 1;
        var threads = new ConcurrentBag<int>();
        var decoding = new TwoEndedDecoding<string>(Rows(count), row =>
        {
            threads.Add(Environment.CurrentManagedThreadId);
            Thread.Sleep(5); // time enough for a worker, had one been started, to claim rows from the back
            return "record " + row[0];
        });

        var taken = Enumerable.Range(0, count).Select(decoding.Take).ToList();

        Assert.Equal(count, taken.Count);
        Assert.All(threads, thread => Assert.Equal(Environment.CurrentManagedThreadId, thread));
    }

    private static List<object?[]> Rows(int count) => [.. Enumerable.Range(0, count).Select(i => new object?[] { i })];

    private static void WaitUntil(Func<bool> condition, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (!condition() && DateTime.UtcNow < until)
        {
            Thread.Sleep(1);
        }
    }
}
