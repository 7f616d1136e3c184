using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;

namespace LeadKit.Tests.Properties;

public sealed class PropertyRunnerTests
{
    private static readonly Regex ReplayPattern = new("Replay = \"(\\([0-9]+,[0-9]+\\))\"");

    // Deliberately false for about half the values, so that it fails within a few cases.
    private static Property FalseProperty() => Prop.ForAll(Arb.From(Gen.Choose(0, 1_000_000)), x => x % 2 == 0);

    [Fact]
    public void Check_FalseProperty_MessageCarriesASeedThatReplaysTheSameFailure()
    {
        var first = Assert.Throws<PropertyFailureException>(() => PropertyRunner.Check(100, FalseProperty(), replay: null));
        var seed = ReplayPattern.Match(first.Message);
        Assert.True(seed.Success, first.Message);

        var again = Assert.Throws<PropertyFailureException>(() => PropertyRunner.Check(100, FalseProperty(), seed.Groups[1].Value));

        // The same run: the same number of cases before the failure, the same original counterexample.
        Assert.Contains("Original:", Report(first.Message), StringComparison.Ordinal);
        Assert.Equal(Report(first.Message), Report(again.Message));
    }

    [Fact]
    public void Check_TrueProperty_DoesNotThrow() =>
        PropertyRunner.Check(100, Prop.ForAll(Arb.From(Gen.Choose(0, 10)), x => x <= 10), replay: null);

    [Fact]
    public void Check_MalformedReplay_ThrowsFormatException() =>
        Assert.Throws<FormatException>(() => PropertyRunner.Check(1, FalseProperty(), "seed 42"));

    // "Falsifiable, after N tests (…)" up to the counterexample, minus the last-step lines that name a size.
    private static string Report(string message) =>
        string.Join('\n', message.Split('\n').Where(l => l.StartsWith("Falsifiable", StringComparison.Ordinal) || l.StartsWith("Original", StringComparison.Ordinal) || l.Trim().All(char.IsDigit)));
}
