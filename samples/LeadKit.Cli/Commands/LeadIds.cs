using LeadKit.Cli.Hosting;
using LeadKit.Leads;

namespace LeadKit.Cli.Commands;

/// <summary>Reads lead ids given on the command line.</summary>
internal static class LeadIds
{
    /// <summary>Parses a lead id.</summary>
    /// <param name="text">The text: a GUID as <c>lead add</c> prints it.</param>
    /// <returns>The id.</returns>
    /// <exception cref="CliException">The text is not a lead id (exit code 1, like an unknown id).</exception>
    public static LeadId Parse(string text) =>
        LeadId.TryParse(text?.Trim(), out var id)
            ? id
            : throw new CliException($"'{text}' is not a lead id: ids are GUIDs such as 0193f1c2-7a4b-7cde-8f01-23456789abcd, as `lead add` and `lead list` print them.");
}
