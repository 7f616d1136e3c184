using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.Leads;
using MimeKit;
using NodaTime;

namespace LeadKit.Email;

/// <summary>
/// Captures leads from e-mail: reads a message's sender (or a <c>From:</c> header value) and returns
/// a pre-filled, unsaved <see cref="LeadDraft"/>. The rules — which header wins, how names are
/// split, what else is captured — are in <c>docs/email.md</c>.
/// </summary>
/// <remarks>
/// <para>
/// The sender is the first mailbox of <c>From:</c> whose address is a valid e-mail address (groups
/// are expanded); when <c>From:</c> is missing or names no usable mailbox, the <c>Sender:</c>
/// mailbox is used instead, with a warning; when neither gives one, an
/// <see cref="EmailCaptureException"/> says what was missing or malformed.
/// </para>
/// <para>
/// The display name is decoded by MimeKit (RFC 2047 encoded words, quoted strings, comments, raw
/// UTF-8) and split by <see cref="PersonName.Parse"/>, which reads the "Last, First" form and
/// common prefixes and suffixes. Without a usable display name the name is made from the address's
/// local part (<c>ann.lee</c> → <c>Ann Lee</c>) and a warning says so.
/// </para>
/// </remarks>
public static partial class EmailLeadCapture
{
    /// <summary>Captures a lead from a message's sender.</summary>
    /// <param name="message">The message.</param>
    /// <param name="clock">The clock that stamps the lead's creation.</param>
    /// <returns>The draft: the unsaved lead and what was found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="message"/> or <paramref name="clock"/> is null.</exception>
    /// <exception cref="EmailCaptureException">The message has no usable sender (<see cref="EmailCaptureFailure.MissingSender"/> or <see cref="EmailCaptureFailure.MalformedSender"/>).</exception>
    public static LeadDraft FromMessage(MimeMessage message, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(clock);
        return Capture(message, clock, ParserOptions.Default, DescribeMessage(message));
    }

    /// <summary>Reads a message (an <c>.eml</c> file's bytes, RFC 5322) and captures a lead from its sender.</summary>
    /// <param name="eml">The message; read to its end and not closed.</param>
    /// <param name="clock">The clock that stamps the lead's creation.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The draft: the unsaved lead and what was found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="eml"/> or <paramref name="clock"/> is null.</exception>
    /// <exception cref="EmailCaptureException">The stream is not a message (<see cref="EmailCaptureFailure.UnreadableMessage"/>), or the message has no usable sender.</exception>
    /// <remarks>
    /// Headers are read with MimeKit's default <see cref="ParserOptions"/>. To read with others
    /// (for example a <see cref="ParserOptions.CharsetEncoding"/> for raw 8-bit headers that are not
    /// UTF-8), load the message with <see cref="MimeMessage.LoadAsync(ParserOptions, Stream, CancellationToken)"/> and call <see cref="FromMessage"/>.
    /// </remarks>
    public static async Task<LeadDraft> FromStreamAsync(Stream eml, IClock clock, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eml);
        ArgumentNullException.ThrowIfNull(clock);
        MimeMessage message;
        try
        {
            message = await MimeMessage.LoadAsync(eml, cancellationToken).ConfigureAwait(false);
        }
        catch (FormatException e)
        {
            throw new EmailCaptureException(
                EmailCaptureFailure.UnreadableMessage,
                $"The stream is not an e-mail message: its headers cannot be read ({e.Message.TrimEnd('.')}).",
                innerException: e);
        }

        using (message)
        {
            return FromMessage(message, clock);
        }
    }

    /// <summary>
    /// Captures a lead from the value of a <c>From:</c> header, such as
    /// <c>"Lee, Ann" &lt;ann@example.com&gt;</c> or <c>=?UTF-8?B?Wm/DqyBEdXBvbnQ=?= &lt;zoe@example.com&gt;</c>,
    /// read with MimeKit's default <see cref="ParserOptions"/>.
    /// </summary>
    /// <param name="fromHeaderValue">The header's value; a leading <c>From:</c> field name is ignored, and folded lines are unfolded.</param>
    /// <param name="clock">The clock that stamps the lead's creation.</param>
    /// <returns>The draft: the unsaved lead and what was found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fromHeaderValue"/> or <paramref name="clock"/> is null.</exception>
    /// <exception cref="EmailCaptureException">The value is empty or names no mailbox (<see cref="EmailCaptureFailure.MissingSender"/>), or no mailbox in it is usable (<see cref="EmailCaptureFailure.MalformedSender"/>).</exception>
    public static LeadDraft FromHeader(string fromHeaderValue, IClock clock) => FromHeader(fromHeaderValue, clock, ParserOptions.Default);

    /// <summary>Captures a lead from the value of a <c>From:</c> header, read with the given MimeKit parser options.</summary>
    /// <param name="fromHeaderValue">The header's value; a leading <c>From:</c> field name is ignored, and folded lines are unfolded.</param>
    /// <param name="clock">The clock that stamps the lead's creation.</param>
    /// <param name="parserOptions">How MimeKit reads addresses (compliance mode, unquoted commas, …).</param>
    /// <returns>The draft: the unsaved lead and what was found.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="EmailCaptureException">The value is empty or names no mailbox (<see cref="EmailCaptureFailure.MissingSender"/>), or no mailbox in it is usable (<see cref="EmailCaptureFailure.MalformedSender"/>).</exception>
    public static LeadDraft FromHeader(string fromHeaderValue, IClock clock, ParserOptions parserOptions)
    {
        ArgumentNullException.ThrowIfNull(fromHeaderValue);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(parserOptions);

        // The value goes through the very path a message's header takes, so that a header value and a
        // message with that header give the same draft (MimeKit reads a message's addresses leniently,
        // keeping the mailboxes it can, where InternetAddressList.TryParse refuses the whole list).
        var value = FieldName().Replace(fromHeaderValue, string.Empty, 1);
        value = BareLineBreak().Replace(value, " ");
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new EmailCaptureException(
                EmailCaptureFailure.MissingSender,
                "The From: header value is empty: there is no sender to make a lead from.",
                "From",
                fromHeaderValue);
        }

        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("From: " + value.Trim() + "\r\n\r\n"));
        using var message = MimeMessage.Load(parserOptions, stream);
        try
        {
            return Capture(message, clock, parserOptions, messageInfo: null);
        }
        catch (EmailCaptureException e)
        {
            // Report the value as the caller gave it, not as it was put into the message.
            throw new EmailCaptureException(e.Failure, e.Message, e.HeaderName, fromHeaderValue, e.InnerException);
        }
    }

    private static LeadDraft Capture(MimeMessage message, IClock clock, ParserOptions options, EmailMessageInfo? messageInfo)
    {
        var warnings = new List<CaptureWarning>();
        var header = SenderHeader.From;
        var fromHeader = FirstHeader(message, HeaderId.From);
        var headerValue = fromHeader?.Value;
        var choice = SenderChoice.Choose(message.From.Mailboxes, "From", fromHeader, options, warnings);
        if (choice.Chosen is null)
        {
            var fromChoice = choice;
            var senderHeader = FirstHeader(message, HeaderId.Sender);
            var senderValue = senderHeader?.Value;
            choice = SenderChoice.Choose(message.Sender is null ? [] : [message.Sender], "Sender", senderHeader, options, warnings);
            if (choice.Chosen is null)
            {
                throw SenderChoice.NoSender(headerValue, fromChoice, choice);
            }

            header = SenderHeader.Sender;
            headerValue = senderValue;
            warnings.Add(new CaptureWarning(
                CaptureWarningKind.SenderFallback,
                $"{SenderChoice.Sentence(fromChoice.Problem)}; the sender was taken from the Sender: header \"{senderValue}\"."));
        }

        var (mailbox, address) = choice.Chosen.Value;
        var (name, nameSource, displayName) = SenderName.Read(mailbox.Name, address, warnings);
        var lead = Lead.Create(name, clock);
        lead.AddEmail(new EmailEntry(EmailKind.Business, address, displayName));

        var organization = Extras.CaptureOrganization(message, lead, warnings);
        Extras.CaptureReplyTo(message, lead, warnings);
        return new LeadDraft(lead, address, displayName, nameSource, header, headerValue ?? string.Empty, organization, messageInfo, warnings.AsReadOnly());
    }

    private static Header? FirstHeader(MimeMessage message, HeaderId id)
    {
        var index = message.Headers.IndexOf(id);
        return index < 0 ? null : message.Headers[index];
    }

    private static EmailMessageInfo DescribeMessage(MimeMessage message)
    {
        Instant? sentAt = message.Headers.Contains(HeaderId.Date) && message.Date != DateTimeOffset.MinValue
            ? Instant.FromDateTimeOffset(message.Date)
            : null;
        return new EmailMessageInfo(message.MessageId, message.Subject, sentAt);
    }

    [GeneratedRegex(@"\A\s*From\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FieldName();

    // A line break that is not folding (not followed by white space) would end the header.
    [GeneratedRegex(@"\r\n(?![ \t])|\r(?!\n)|(?<!\r)\n(?![ \t])", RegexOptions.CultureInvariant)]
    private static partial Regex BareLineBreak();
}
