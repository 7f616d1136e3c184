using System;

namespace LeadKit.Email;

/// <summary>
/// Thrown when an e-mail gives no lead: it has no usable sender, or it is not a message at all.
/// The message says what was missing or malformed and quotes the header's value.
/// </summary>
public sealed class EmailCaptureException : LeadKitException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="failure">Why no lead could be captured.</param>
    /// <param name="message">What was missing or malformed, quoting the header's value.</param>
    /// <param name="headerName">The header concerned (<c>From</c> or <c>Sender</c>), if any.</param>
    /// <param name="headerValue">That header's value as found, if it was there.</param>
    /// <param name="innerException">The underlying cause (MimeKit's parse error), if any.</param>
    public EmailCaptureException(EmailCaptureFailure failure, string message, string? headerName = null, string? headerValue = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Failure = failure;
        HeaderName = headerName;
        HeaderValue = headerValue;
    }

    /// <summary>Gets why no lead could be captured.</summary>
    public EmailCaptureFailure Failure { get; }

    /// <summary>Gets the header concerned: <c>From</c> (also when <c>Sender:</c> was tried as a fallback and failed too), or <see langword="null"/> when the message could not be read.</summary>
    public string? HeaderName { get; }

    /// <summary>Gets the value of <see cref="HeaderName"/> as found, or <see langword="null"/> when the header is missing.</summary>
    public string? HeaderValue { get; }
}
