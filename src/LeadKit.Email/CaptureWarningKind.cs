namespace LeadKit.Email;

/// <summary>What a <see cref="CaptureWarning"/> is about: something the user should check before saving the lead.</summary>
public enum CaptureWarningKind
{
    /// <summary>
    /// The sender had no usable display name (none, an address, an undecodable encoded word, or too
    /// long), so the name was derived from the address's local part.
    /// </summary>
    NameFromAddress = 0,

    /// <summary>
    /// Text that is not part of a person's name — a comment in parentheses or a nickname in quotes —
    /// was left out of the name (the e-mail's display name keeps it).
    /// </summary>
    NameTextRemoved = 1,

    /// <summary>The display name could not be split into parts (a word is longer than a name part may be), so it is kept whole as the full name.</summary>
    NameNotSplit = 2,

    /// <summary><c>From:</c> named no usable mailbox, so the sender was taken from <c>Sender:</c>.</summary>
    SenderFallback = 3,

    /// <summary>A mailbox of the sender header was skipped because its address is not a valid e-mail address.</summary>
    MailboxSkipped = 4,

    /// <summary><c>From:</c> names more than one author; the first usable one was taken and the others were left out.</summary>
    MoreThanOneAuthor = 5,

    /// <summary><c>Reply-To:</c> gives another address, added to the lead as an e-mail of kind <see cref="Leads.EmailKind.Other"/>.</summary>
    ReplyToAdded = 6,

    /// <summary>An optional extra (<c>Organization:</c>, a <c>Reply-To:</c> address) was present but unusable, and was left out.</summary>
    ExtraSkipped = 7,
}
