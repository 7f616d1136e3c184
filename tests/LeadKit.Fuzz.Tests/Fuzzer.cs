using System.Diagnostics;
using System.Globalization;
using LeadKit;

namespace LeadKit.Fuzz.Tests;

/// <summary>
/// A small in-process mutation fuzzer: it takes seed inputs, mutates them (bit flips, inserted
/// and deleted bytes, interesting bytes, duplicated and spliced chunks, truncation), and runs the
/// target on each for a time budget. A target passes an input when it returns or throws a
/// <see cref="LeadKitException"/> (a typed error); any other exception, a run longer than
/// <see cref="InputTimeout"/> (a hang) or an allocation far beyond the input's size fails the
/// test with the seed and the input in base64, so that it can be replayed and kept in
/// <c>Regressions/</c>.
/// </summary>
/// <remarks>
/// The budget per target is <c>LEADKIT_FUZZ_SECONDS</c> (default 10); the run's seed is
/// <c>LEADKIT_FUZZ_SEED</c> (default: a new one, printed). Run longer locally with, say,
/// <c>LEADKIT_FUZZ_SECONDS=600 dotnet test tests/LeadKit.Fuzz.Tests</c>.
/// </remarks>
internal sealed class Fuzzer
{
    /// <summary>How long one input may run before it counts as a hang.</summary>
    public static readonly TimeSpan InputTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Bytes that mean something to one format or another.</summary>
    /// <remarks>The last four are UTF-16's byte-order mark and the high bytes of surrogates (little endian), for ill-formed UTF-16.</remarks>
    private static readonly byte[] Interesting = [.. "\",;\t\r\n\\:=+-@()[]{}<>'`&%.#*?!~|/ \0\u00ff"u8, 0xFF, 0xFE, 0xD8, 0xDC];

    private static readonly string[] InterestingText =
    [
        "\"", "\"\"", ",", ";", "\r\n", "\n", ":", "=", "BEGIN:VCARD\r\n", "END:VCARD\r\n", "=?utf-8?B?", "?=", "(", ")", "((((((((((", "))))))))))",
        "not ", " and ", " or ", " in (", "\\", "\\u0000", "{", "}", "[", "]", "null", "-1", "99999999999999999999", "1e309", "\u00e9", "\ud83d\ude00", "<", ">", "@",
    ];

    private readonly Random _random;

    private Fuzzer(int seed)
    {
        Seed = seed;
        _random = new Random(seed);
    }

    /// <summary>Gets the seed of this run's random choices.</summary>
    public int Seed { get; }

    /// <summary>Gets the time budget per target.</summary>
    public static TimeSpan Budget =>
        TimeSpan.FromSeconds(double.TryParse(Environment.GetEnvironmentVariable("LEADKIT_FUZZ_SECONDS"), NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s > 0 ? s : 10);

    /// <summary>Creates a fuzzer with the run's seed (<c>LEADKIT_FUZZ_SEED</c>, or a new one).</summary>
    public static Fuzzer Create() =>
        new(int.TryParse(Environment.GetEnvironmentVariable("LEADKIT_FUZZ_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed) ? seed : Random.Shared.Next());

    /// <summary>Runs a target on mutations of the seeds until the budget is spent.</summary>
    /// <param name="target">The target's name, for the failure message.</param>
    /// <param name="seeds">The seed inputs (at least one).</param>
    /// <param name="run">Runs the target on one input.</param>
    /// <param name="mutate">An extra, format-aware mutation (e.g. inside a zip), or null.</param>
    /// <returns>How many inputs were run.</returns>
    public async Task<long> RunAsync(string target, IReadOnlyList<byte[]> seeds, Func<byte[], Task> run, Func<byte[], Random, byte[]?>? mutate = null)
    {
        Assert.NotEmpty(seeds);
        var clock = Stopwatch.StartNew();
        long inputs = 0;

        // The seeds themselves first: a target must take its own valid inputs.
        foreach (var seed in seeds)
        {
            await CheckAsync(target, seed, run);
            inputs++;
        }

        while (clock.Elapsed < Budget)
        {
            var input = seeds[_random.Next(seeds.Count)];
            var rounds = 1 + _random.Next(4);
            for (var i = 0; i < rounds; i++)
            {
                input = (mutate is not null && _random.Next(3) == 0 ? mutate(input, _random) : null) ?? Mutate(input, seeds);
            }

            await CheckAsync(target, input, run);
            inputs++;
        }

        return inputs;
    }

    /// <summary>Runs the target on one input and fails the test, naming the seed and the input, unless it passes.</summary>
    public async Task CheckAsync(string target, byte[] input, Func<byte[], Task> run)
    {
        var allocated = GC.GetTotalAllocatedBytes();
        Exception? failure = null;
        try
        {
            await Task.Run(() => run(input)).WaitAsync(InputTimeout);
        }
        catch (LeadKitException)
        {
            // A typed error: what bad input must get.
        }
        catch (TimeoutException)
        {
            failure = new TimeoutException($"The input ran longer than {InputTimeout.TotalSeconds} s (a hang).");
        }
        catch (Exception e)
        {
            failure = e;
        }

        // Bounded memory: nothing should allocate more than a generous multiple of its input.
        // (Process-wide, so other tests running at the same time count too: the bound is loose.)
        var used = GC.GetTotalAllocatedBytes() - allocated;
        var bound = (512L << 20) + (input.Length * 4096L);
        if (failure is null && used > bound)
        {
            failure = new InvalidOperationException($"The input allocated {used:N0} bytes (bound {bound:N0}).");
        }

        if (failure is not null)
        {
            Assert.Fail($"{target}: {failure.GetType().FullName} on an input of {input.Length} bytes (LEADKIT_FUZZ_SEED={Seed}); keep it in tests/LeadKit.Fuzz.Tests/Regressions/{target}/ to replay it.{Environment.NewLine}input (base64): {Convert.ToBase64String(input)}{Environment.NewLine}{failure}");
        }
    }

    private byte[] Mutate(byte[] input, IReadOnlyList<byte[]> seeds)
    {
        var bytes = new List<byte>(input);
        switch (_random.Next(9))
        {
            case 0 when bytes.Count > 0:
                var at = _random.Next(bytes.Count);
                bytes[at] ^= (byte)(1 << _random.Next(8));
                break;
            case 1:
                bytes.Insert(_random.Next(bytes.Count + 1), Interesting[_random.Next(Interesting.Length)]);
                break;
            case 2:
                bytes.InsertRange(_random.Next(bytes.Count + 1), System.Text.Encoding.UTF8.GetBytes(InterestingText[_random.Next(InterestingText.Length)]));
                break;
            case 3 when bytes.Count > 0:
                var start = _random.Next(bytes.Count);
                bytes.RemoveRange(start, Math.Min(bytes.Count - start, 1 + _random.Next(16)));
                break;
            case 4 when bytes.Count > 0:
                var from = _random.Next(bytes.Count);
                var chunk = bytes.GetRange(from, Math.Min(bytes.Count - from, 1 + _random.Next(64)));
                var times = 1 + _random.Next(_random.Next(4) == 0 ? 200 : 4);
                var where = _random.Next(bytes.Count + 1);
                for (var i = 0; i < times; i++)
                {
                    bytes.InsertRange(where, chunk);
                }

                break;
            case 5 when bytes.Count > 0:
                var keep = _random.Next(bytes.Count);
                bytes.RemoveRange(keep, bytes.Count - keep);
                break;
            case 6:
                var other = seeds[_random.Next(seeds.Count)];
                var cut = _random.Next(bytes.Count + 1);
                bytes.RemoveRange(cut, bytes.Count - cut);
                bytes.AddRange(other.Skip(_random.Next(other.Length + 1)));
                break;
            case 7 when bytes.Count > 0:
                bytes[_random.Next(bytes.Count)] = (byte)_random.Next(256);
                break;
            default:
                var random = new byte[1 + _random.Next(32)];
                _random.NextBytes(random);
                bytes.InsertRange(_random.Next(bytes.Count + 1), random);
                break;
        }

        return [.. bytes];
    }
}
