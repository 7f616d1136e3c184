using System.IO;
using System.Text.Json;
using LeadKit.Cli.Hosting;
using LeadKit.Cli.Storage;
using NodaTime;
using NodaTime.Testing;
using Spectre.Console;

namespace LeadKit.Cli.Tests;

/// <summary>What one in-process run of <c>leadkit</c> printed and returned.</summary>
/// <param name="ExitCode">The exit code.</param>
/// <param name="Output">Standard output (human output and JSON).</param>
/// <param name="Error">Standard error.</param>
public sealed record CliResult(int ExitCode, string Output, string Error)
{
    /// <summary>Parses standard output as the one JSON document of a <c>--json</c> run.</summary>
    public JsonElement Json()
    {
        Assert.True(ExitCode == 0, $"exit code {ExitCode}; stderr: {Error}");
        using var document = JsonDocument.Parse(Output);
        return document.RootElement.Clone();
    }
}

/// <summary>
/// Runs <c>leadkit</c> command lines in-process against one temporary folder, with the program's
/// own store factory (so the databases are the program's), a fixed clock, UTC and a wide console.
/// </summary>
public sealed class CliRun : IDisposable
{
    private readonly Dictionary<string, string?> _environment = [];

    public CliRun()
    {
        Directory = Path.Combine(Path.GetTempPath(), "leadkit-cli-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
    }

    /// <summary>Gets the temporary folder the databases live in.</summary>
    public string Directory { get; }

    /// <summary>Gets the clock every run uses.</summary>
    public FakeClock Clock { get; } = new(Instant.FromUtc(2026, 11, 27, 9, 30));

    /// <summary>Gets the default database of the tests: a file in <see cref="Directory"/>.</summary>
    public string Database => PathOf("leads.db");

    /// <summary>Gets a path in <see cref="Directory"/>.</summary>
    public string PathOf(string name) => Path.Combine(Directory, name);

    /// <summary>Gets or sets the width of the console human output is rendered to (wide unless a test narrows it).</summary>
    public int ConsoleWidth { get; set; } = 250;

    /// <summary>Sets an environment variable the runs see.</summary>
    public void SetEnvironment(string name, string? value) => _environment[name] = value;

    /// <summary>Runs a command line.</summary>
    public async Task<CliResult> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = ConsoleWidth;
        var host = new CliHost
        {
            Console = console,
            StandardOutput = output,
            StandardError = error,
            Clock = Clock,
            TimeZone = DateTimeZone.Utc,
            Stores = LeadKitStores.Open,
            CurrentDirectory = Directory,
            GetEnvironmentVariable = name => _environment.GetValueOrDefault(name),
        };
        var exitCode = await LeadKitCli.RunAsync(args, host);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Runs a command line on <see cref="Database"/> (global options first, as a person types them).</summary>
    public Task<CliResult> OnDatabaseAsync(params string[] args) => RunAsync(["--db", Database, .. args]);

    /// <summary>Runs <c>init</c> on <see cref="Database"/> and checks it succeeded.</summary>
    public async Task InitAsync(params string[] args)
    {
        var result = await OnDatabaseAsync(["init", .. args]);
        Assert.True(result.ExitCode == 0, result.Error);
    }

    /// <summary>Adds a lead with <c>lead add --json</c> and returns its id.</summary>
    public async Task<string> AddLeadAsync(params string[] args)
    {
        var result = await OnDatabaseAsync(["lead", "add", "--json", .. args]);
        return result.Json().GetProperty("id").GetString()!;
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A pooled SQLite connection may still hold a file: the OS temp folder is cleaned anyway.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
