using System;
using System.Globalization;
using System.IO;
using LeadKit.Cli.Storage;
using NodaTime;
using Spectre.Console;

namespace LeadKit.Cli.Hosting;

/// <summary>
/// Everything a command touches outside the library: where human output, JSON and errors go,
/// the clock, the time zone, environment variables and how a database is opened. The program
/// uses <see cref="CreateDefault"/>; tests build one over string writers and an in-memory store.
/// </summary>
internal sealed class CliHost
{
    /// <summary>Gets the console that human output (tables, blocks, help) is rendered to.</summary>
    public required IAnsiConsole Console { get; init; }

    /// <summary>Gets standard output, where <c>--json</c> writes its one document.</summary>
    public required TextWriter StandardOutput { get; init; }

    /// <summary>Gets standard error, where failures are reported.</summary>
    public required TextWriter StandardError { get; init; }

    /// <summary>Gets the clock that stamps every change.</summary>
    public required IClock Clock { get; init; }

    /// <summary>Gets the time zone human output shows instants in.</summary>
    public required DateTimeZone TimeZone { get; init; }

    /// <summary>
    /// Gets the culture dates and numbers are shown in for people, such as the time stamp
    /// <c>lead comment --timestamp</c> writes (the process's culture unless a test gives another).
    /// </summary>
    public CultureInfo Culture { get; init; } = CultureInfo.CurrentCulture;

    /// <summary>Gets how a database is opened.</summary>
    public required StoreFactory Stores { get; init; }

    /// <summary>Gets the directory relative paths (<c>--db</c>, the demo file) are resolved against.</summary>
    public required string CurrentDirectory { get; init; }

    /// <summary>Gets an environment variable's value, or <see langword="null"/> when it is not set.</summary>
    public required Func<string, string?> GetEnvironmentVariable { get; init; }

    /// <summary>
    /// The process's console. When the output is not a terminal (redirected to a file or a pipe) there is
    /// no width to fit: tables are laid out 200 columns wide instead of Spectre's fallback of 80, so cells
    /// are not broken mid-word (<c>COLUMNS</c> still wins when set), and the console is marked
    /// non-interactive, so no progress display is written into the file.
    /// </summary>
    private static IAnsiConsole CreateConsole()
    {
        var console = AnsiConsole.Console;
        if (System.Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("COLUMNS")))
        {
            console.Profile.Width = RedirectedWidth;
        }

        if (System.Console.IsOutputRedirected)
        {
            // Progress displays are for a person watching a terminal, not for a file or a pipe.
            console.Profile.Capabilities.Interactive = false;
        }

        return console;
    }

    /// <summary>The width tables are laid out for when the output is not a terminal.</summary>
    public const int RedirectedWidth = 200;

    /// <summary>Creates the host of the real program: the process's console, the system clock and zone, the real databases.</summary>
    /// <returns>The host.</returns>
    public static CliHost CreateDefault() => new()
    {
        Console = CreateConsole(),
        StandardOutput = System.Console.Out,
        StandardError = System.Console.Error,
        Clock = SystemClock.Instance,
        TimeZone = SystemZone(),
        Culture = CultureInfo.CurrentCulture,
        Stores = LeadKitStores.Open,
        CurrentDirectory = Environment.CurrentDirectory,
        GetEnvironmentVariable = Environment.GetEnvironmentVariable,
    };

    private static DateTimeZone SystemZone()
    {
        try
        {
            return DateTimeZoneProviders.Tzdb.GetSystemDefault();
        }
        catch (NodaTime.TimeZones.DateTimeZoneNotFoundException)
        {
            // Some containers name no zone NodaTime knows: UTC is an honest fallback for a display.
            return DateTimeZone.Utc;
        }
    }
}
