using System.Globalization;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;

namespace LeadKit.Tests.Properties;

/// <summary>
/// Runs the properties our tests check with <c>Check.One</c> (those that need a store or other set-up
/// per case, so cannot be <c>[Property]</c> methods). A failure's message is FsCheck's, followed
/// by the seed that replays the run, as <c>Replay = "(seed,gamma)"</c>; setting the environment
/// variable <see cref="ReplayVariable"/> to that seed makes the next run replay it.
/// </summary>
#if LEADKIT_STORE_KIT
internal static partial class PropertyRunner
#else
public static partial class PropertyRunner
#endif
{
    /// <summary>The environment variable that replays a run, e.g. <c>LEADKIT_REPLAY="(123,456)"</c>.</summary>
    public const string ReplayVariable = "LEADKIT_REPLAY";

    /// <summary>Checks a property; on failure throws with the replay seed in the message.</summary>
    /// <param name="maxTest">How many cases to run.</param>
    /// <param name="property">The property.</param>
    /// <param name="replay">The seed to replay, or <see langword="null"/> to read <see cref="ReplayVariable"/> (random when unset).</param>
    /// <exception cref="PropertyFailureException">The property failed.</exception>
    public static void Check(int maxTest, Property property, string? replay = null)
    {
        var config = Config.QuickThrowOnFailure.WithMaxTest(maxTest);
        replay ??= Environment.GetEnvironmentVariable(ReplayVariable);
        if (!string.IsNullOrWhiteSpace(replay))
        {
            config = config.WithReplay(FSharpOption<Replay>.Some(new Replay(Parse(replay), FSharpOption<int>.None)));
        }

        try
        {
            FsCheck.Check.One(config, property);
        }
        catch (Exception e) when (SeedPattern().Match(e.Message) is { Success: true } seed)
        {
            // FsCheck's first pair is the seed of the whole run; replaying it regenerates every case.
            throw new PropertyFailureException(
                $"{e.Message}\nReplay = \"{seed.Value}\": set {ReplayVariable}=\"{seed.Value}\" and run this test alone to replay it.",
                e);
        }
    }

    private static Rnd Parse(string replay)
    {
        var match = SeedPattern().Match(replay.Trim());
        if (!match.Success)
        {
            throw new FormatException($"'{replay}' is not a replay seed: copy it from a failure, e.g. \"(12345,67890)\".");
        }

        return new Rnd(ulong.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), ulong.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"\(([0-9]+),\s*([0-9]+)\)")]
    private static partial Regex SeedPattern();
}
