using Spectre.Console.Cli;

namespace LeadKit.Cli.Hosting;

/// <summary>
/// Notes whether a command started: when none did, Spectre.Console.Cli only printed help (for a
/// missing command), and the run ends with <see cref="ExitCodes.Usage"/>.
/// </summary>
internal sealed class CommandTracker : ICommandInterceptor
{
    /// <summary>Gets a value indicating whether a command started.</summary>
    public bool CommandStarted { get; private set; }

    /// <inheritdoc />
    public void Intercept(CommandContext context, CommandSettings settings) => CommandStarted = true;

    /// <inheritdoc />
    public void InterceptResult(CommandContext context, CommandSettings settings, ref int result)
    {
    }
}
