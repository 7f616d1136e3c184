using System.Collections.Generic;
using System.Linq;
using LeadKit.Leads;
using MimeKit;

namespace LeadKit.Email;

/// <summary>The optional extras a message gives a lead: the company (<c>Organization:</c>) and further addresses (<c>Reply-To:</c>).</summary>
internal static class Extras
{
    /// <summary>Sets the lead's company name from the <c>Organization:</c> header, when present and short enough.</summary>
    /// <param name="message">The message.</param>
    /// <param name="lead">The lead.</param>
    /// <param name="warnings">Where to say that an unusable value was left out.</param>
    /// <returns>The organisation captured, or <see langword="null"/>.</returns>
    public static string? CaptureOrganization(MimeMessage message, Lead lead, List<CaptureWarning> warnings)
    {
        var organization = SenderName.Collapse(message.Headers[HeaderId.Organization]);
        if (organization.Length == 0)
        {
            return null;
        }

        if (organization.Length > ContactRecord.MaxTextLength)
        {
            warnings.Add(new CaptureWarning(
                CaptureWarningKind.ExtraSkipped,
                $"The Organization: header is {organization.Length} characters long (a company name has at most {ContactRecord.MaxTextLength}); it was left out."));
            return null;
        }

        lead.SetCompanyName(organization);
        return organization;
    }

    /// <summary>
    /// Adds the <c>Reply-To:</c> addresses that differ from the lead's as e-mails of kind
    /// <see cref="EmailKind.Other"/>: the sender asked for replies there, so the address reaches them too.
    /// </summary>
    /// <param name="message">The message.</param>
    /// <param name="lead">The lead, holding the sender's address already.</param>
    /// <param name="warnings">Where to say what was added or left out.</param>
    public static void CaptureReplyTo(MimeMessage message, Lead lead, List<CaptureWarning> warnings)
    {
        foreach (var mailbox in message.ReplyTo.Mailboxes)
        {
            if (!EmailAddress.TryParse(SenderChoice.Unicode(mailbox.Address), out var address))
            {
                warnings.Add(new CaptureWarning(
                    CaptureWarningKind.ExtraSkipped,
                    $"The Reply-To: address \"{mailbox.Address}\" is not a valid e-mail address; it was left out."));
                continue;
            }

            if (lead.Emails.Any(e => e.Address == address))
            {
                continue;
            }

            if (lead.Emails.Count >= ContactRecord.MaxEntries)
            {
                warnings.Add(new CaptureWarning(
                    CaptureWarningKind.ExtraSkipped,
                    $"The Reply-To: address {address} was left out: a lead holds at most {ContactRecord.MaxEntries} e-mail addresses."));
                continue;
            }

            var display = SenderName.Collapse(mailbox.Name);
            lead.AddEmail(new EmailEntry(EmailKind.Other, address, display.Length is > 0 and <= EmailEntry.MaxDisplayNameLength ? display : null));
            warnings.Add(new CaptureWarning(
                CaptureWarningKind.ReplyToAdded,
                $"The Reply-To: header gives another address, {address}; it was added as an e-mail of kind Other."));
        }
    }
}
