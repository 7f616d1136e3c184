using System;

namespace LeadKit.Cli.Hosting;

/// <summary>
/// A failure the console host itself detects (no workspace yet, an unknown user name, a file it will
/// not overwrite), carrying the exit code to end with. Domain errors stay
/// <see cref="LeadKitException"/>s: the host maps those to <see cref="ExitCodes.DomainError"/>.
/// </summary>
internal sealed class CliException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong, for standard error.</param>
    /// <param name="exitCode">The exit code.</param>
    /// <param name="innerException">The cause, if any.</param>
    public CliException(string message, int exitCode = ExitCodes.DomainError, Exception? innerException = null)
        : base(message, innerException)
    {
        ExitCode = exitCode;
    }

    /// <summary>Gets the exit code the process ends with.</summary>
    public int ExitCode { get; }
}
