using System;
using System.Collections.Generic;
using System.Linq;

namespace LeadKit.Cli.Hosting;

/// <summary>
/// Lets the global options stand before the command, as in <c>leadkit --db x.db init</c>:
/// Spectre.Console.Cli reads a command's options only after its name, so this moves leading
/// global options behind the command path (<c>init</c>, <c>lead add</c>) and leaves the rest alone.
/// </summary>
internal static class CommandLine
{
    private static readonly string[] OptionsWithValue = ["--db", "--connection", "--as"];
    private static readonly string[] Flags = ["--json"];

    /// <summary>Moves the global options that precede the command behind its path.</summary>
    /// <param name="args">The arguments as given.</param>
    /// <param name="branches">The commands that have subcommands (e.g. <c>lead</c>).</param>
    /// <returns>The arguments Spectre.Console.Cli can parse.</returns>
    public static string[] Normalize(IReadOnlyList<string> args, IReadOnlySet<string> branches)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(branches);
        var leading = new List<string>();
        var i = 0;
        while (i < args.Count)
        {
            var name = args[i].Split('=', 2)[0];
            if (OptionsWithValue.Contains(name, StringComparer.Ordinal))
            {
                var joined = args[i].Contains('=', StringComparison.Ordinal);
                leading.Add(args[i]);
                if (!joined && i + 1 < args.Count)
                {
                    leading.Add(args[i + 1]);
                    i++;
                }

                i++;
            }
            else if (Flags.Contains(name, StringComparer.Ordinal))
            {
                leading.Add(args[i]);
                i++;
            }
            else
            {
                break;
            }
        }

        if (leading.Count == 0 || i == args.Count)
        {
            // Nothing to move, or no command to move it behind (Spectre reports that).
            return [.. args];
        }

        var path = new List<string> { args[i] };
        if (branches.Contains(args[i]) && i + 1 < args.Count && !args[i + 1].StartsWith('-'))
        {
            path.Add(args[i + 1]);
        }

        return [.. path, .. leading, .. args.Skip(i + path.Count)];
    }
}
