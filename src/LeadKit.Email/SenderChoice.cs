using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using LeadKit.Leads;
using LeadKit.Validation;
using MimeKit;

namespace LeadKit.Email;

/// <summary>
/// Which mailbox of a sender header (<c>From:</c> or <c>Sender:</c>) becomes the lead, and, when
/// none can, why not.
/// </summary>
internal readonly record struct SenderChoice((MailboxAddress Mailbox, EmailAddress Address)? Chosen, string Problem, bool IsMissing, ParseException? Cause = null)
{
    private static readonly IdnMapping Idn = new();

    /// <summary>Chooses the first mailbox whose address is a valid e-mail address.</summary>
    /// <param name="mailboxes">The header's mailboxes, groups expanded, in order.</param>
    /// <param name="headerName">The header's name, for messages.</param>
    /// <param name="header">The header, or <see langword="null"/> when the message has none.</param>
    /// <param name="options">The parser options, to say why a value cannot be read.</param>
    /// <param name="warnings">Where to record skipped and left-out mailboxes, when one is chosen.</param>
    /// <returns>The choice.</returns>
    public static SenderChoice Choose(IEnumerable<MailboxAddress> mailboxes, string headerName, Header? header, ParserOptions options, List<CaptureWarning> warnings)
    {
        var headerValue = header?.Value;
        var raw = header?.RawValue ?? [];
        var usable = new List<(MailboxAddress Mailbox, EmailAddress Address)>();
        var invalid = new List<(MailboxAddress Mailbox, string Reason)>();
        foreach (var mailbox in mailboxes)
        {
            if (EmailAddress.TryParse(Unicode(mailbox.Address), out var address))
            {
                usable.Add((mailbox, address));
            }
            else
            {
                invalid.Add((mailbox, WhyInvalid(mailbox.Address)));
            }
        }

        if (usable.Count == 0)
        {
            return Failed(headerName, headerValue, raw, invalid, options);
        }

        if (!InternetAddressList.TryParse(options, raw, out _))
        {
            warnings.Add(new CaptureWarning(
                CaptureWarningKind.MailboxSkipped,
                $"Part of the {headerName}: header \"{headerValue}\" could not be read as an address and was skipped (MimeKit: {ParseError(raw, options)?.Message.TrimEnd('.')})."));
        }

        foreach (var (mailbox, reason) in invalid)
        {
            warnings.Add(new CaptureWarning(
                CaptureWarningKind.MailboxSkipped,
                $"The {headerName}: mailbox \"{Format(mailbox)}\" was skipped: {reason}"));
        }

        var chosen = usable[0];
        if (usable.Count > 1)
        {
            warnings.Add(new CaptureWarning(
                CaptureWarningKind.MoreThanOneAuthor,
                $"The {headerName}: header names {usable.Count} authors; the lead is the first, {chosen.Address}, and these were left out: {string.Join(", ", usable.Skip(1).Select(u => Format(u.Mailbox)))}."));
        }

        return new SenderChoice(chosen, string.Empty, IsMissing: false);
    }

    /// <summary>The exception for a message where neither <c>From:</c> nor <c>Sender:</c> gives a sender.</summary>
    /// <param name="fromValue">The <c>From:</c> header's value, if any.</param>
    /// <param name="from">What <c>From:</c> gave.</param>
    /// <param name="sender">What <c>Sender:</c> gave.</param>
    /// <returns>The exception to throw.</returns>
    public static EmailCaptureException NoSender(string? fromValue, SenderChoice from, SenderChoice sender)
    {
        var failure = from.IsMissing && sender.IsMissing ? EmailCaptureFailure.MissingSender : EmailCaptureFailure.MalformedSender;
        var opening = failure == EmailCaptureFailure.MissingSender
            ? "The message has no sender to make a lead from"
            : "The message has no usable sender to make a lead from";
        return new EmailCaptureException(failure, $"{opening}: {from.Problem}, and {sender.Problem}.", "From", fromValue, from.Cause ?? sender.Cause);
    }

    /// <summary>Starts a sentence with a problem's text.</summary>
    /// <param name="problem">A problem, e.g. <c>there is no From: header</c>.</param>
    /// <returns>The problem with a capital first letter.</returns>
    public static string Sentence(string problem) => problem.Length == 0 ? problem : char.ToUpperInvariant(problem[0]) + problem[1..];

    private static SenderChoice Failed(string headerName, string? headerValue, byte[] raw, List<(MailboxAddress Mailbox, string Reason)> invalid, ParserOptions options)
    {
        if (headerValue is null)
        {
            return new SenderChoice(null, $"there is no {headerName}: header", IsMissing: true);
        }

        if (string.IsNullOrWhiteSpace(headerValue))
        {
            return new SenderChoice(null, $"the {headerName}: header is empty", IsMissing: true);
        }

        if (invalid.Count > 0)
        {
            var reasons = string.Join("; ", invalid.Select(i => $"\"{Format(i.Mailbox)}\": {i.Reason.TrimEnd('.')}"));
            return new SenderChoice(null, $"the {headerName}: header \"{headerValue}\" has no valid e-mail address ({reasons})", IsMissing: false);
        }

        var error = ParseError(raw, options);
        return error is null
            ? new SenderChoice(null, $"the {headerName}: header \"{headerValue}\" names no mailbox", IsMissing: true)
            : new SenderChoice(null, $"the {headerName}: header \"{headerValue}\" cannot be read as an address (MimeKit: {error.Message.TrimEnd('.')})", IsMissing: false, error);
    }

    private static ParseException? ParseError(byte[] value, ParserOptions options)
    {
        try
        {
            InternetAddressList.Parse(options, value);
            return null;
        }
        catch (ParseException e)
        {
            return e;
        }
    }

    private static string WhyInvalid(string address)
    {
        try
        {
            EmailAddress.Parse(address);
            return "it is not a valid e-mail address.";
        }
        catch (LeadKitValidationException e)
        {
            return $"'{address}' is not a valid e-mail address: " + string.Join(" ", e.Errors.Select(x => x.Message));
        }
    }

    /// <summary>
    /// Gives an internationalised domain in its Unicode form, as MimeKit gives the domains it parses
    /// (<c>xn--bcher-kva.example</c> → <c>bücher.example</c>), so that a parsed header and a message built
    /// in memory give the same address. Other domains are kept as written.
    /// </summary>
    /// <param name="address">The address.</param>
    /// <returns>The address with its domain in Unicode form.</returns>
    public static string Unicode(string address)
    {
        var at = address.LastIndexOf('@');
        if (at < 0 || !address.AsSpan(at + 1).Contains("xn--", StringComparison.OrdinalIgnoreCase))
        {
            return address;
        }

        try
        {
            return string.Concat(address.AsSpan(0, at + 1), Idn.GetUnicode(address[(at + 1)..]));
        }
        catch (ArgumentException)
        {
            return address;
        }
    }

    private static string Format(MailboxAddress mailbox) =>
        string.IsNullOrWhiteSpace(mailbox.Name) ? mailbox.Address : $"{mailbox.Name} <{mailbox.Address}>";
}
