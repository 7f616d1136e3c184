namespace LeadKit.Cli.Hosting;

/// <summary>The process exit codes of <c>leadkit</c>, as documented in <c>docs/cli.md</c>.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what it was asked.</summary>
    public const int Success = 0;

    /// <summary>A domain error: invalid data, a record not found, a conflict, a filter that does not parse. Nothing was changed.</summary>
    public const int DomainError = 1;

    /// <summary>Bad usage: an unknown command or option, a missing or malformed argument.</summary>
    public const int Usage = 2;

    /// <summary>Anything else: the database could not be reached, a file could not be written, or a bug.</summary>
    public const int Failure = 3;

    /// <summary>The user interrupted the command (Ctrl+C); nothing was committed.</summary>
    public const int Cancelled = 130;
}
