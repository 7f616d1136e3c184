namespace LeadKit.Email;

/// <summary>The header a lead draft's sender was taken from.</summary>
public enum SenderHeader
{
    /// <summary>The <c>From:</c> header: the message's author, and the usual source.</summary>
    From = 0,

    /// <summary>
    /// The <c>Sender:</c> header: the mailbox that sent the message, used only when <c>From:</c> is
    /// missing or names no usable mailbox.
    /// </summary>
    Sender = 1,
}
