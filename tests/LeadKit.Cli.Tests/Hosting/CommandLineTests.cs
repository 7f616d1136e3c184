using LeadKit.Cli.Hosting;

namespace LeadKit.Cli.Tests.Hosting;

public sealed class CommandLineTests
{
    private static readonly HashSet<string> Branches = ["lead"];

    [Theory]
    [InlineData("--db x.db init", "init --db x.db")]
    [InlineData("--db=x.db --json init --owner Ann", "init --db=x.db --json --owner Ann")]
    [InlineData("--db x.db --as Ann lead add --name Bo", "lead add --db x.db --as Ann --name Bo")]
    [InlineData("--json lead list", "lead list --json")]
    [InlineData("--connection Host=h lead", "lead --connection Host=h")]
    [InlineData("init --db x.db", "init --db x.db")]
    [InlineData("lead show 1", "lead show 1")]
    [InlineData("--help", "--help")]
    [InlineData("--db x.db", "--db x.db")]
    [InlineData("", "")]
    public void Normalize_LeadingGlobalOptions_MoveBehindTheCommandPath(string given, string expected)
    {
        var args = given.Split(' ', StringSplitOptions.RemoveEmptyEntries);

        var normalized = CommandLine.Normalize(args, Branches);

        Assert.Equal(expected, string.Join(' ', normalized));
    }

    [Fact]
    public void Normalize_ValueWithSpaces_StaysOneArgument()
    {
        var normalized = CommandLine.Normalize(["--as", "Priya Raman", "lead", "list"], Branches);

        Assert.Equal(["lead", "list", "--as", "Priya Raman"], normalized);
    }
}
