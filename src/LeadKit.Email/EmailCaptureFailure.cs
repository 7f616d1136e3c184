namespace LeadKit.Email;

/// <summary>Why no lead could be captured from an e-mail.</summary>
public enum EmailCaptureFailure
{
    /// <summary>There is no sender at all: no <c>From:</c> header (or an empty one, or only empty groups such as <c>undisclosed-recipients:;</c>) and no <c>Sender:</c> header.</summary>
    MissingSender = 0,

    /// <summary>A sender header is there, but none of its mailboxes is a usable address (it cannot be parsed, or its address is not a valid e-mail address).</summary>
    MalformedSender = 1,

    /// <summary>The stream is not an e-mail message (MimeKit could not read its headers).</summary>
    UnreadableMessage = 2,
}
