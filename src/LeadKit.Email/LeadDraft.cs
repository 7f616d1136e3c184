using System;
using System.Collections.Generic;
using LeadKit.Leads;

namespace LeadKit.Email;

/// <summary>
/// A lead captured from an e-mail, not yet saved, with what was found and where: the
/// <see cref="Lead"/> to complete and save, the sender's <see cref="Address"/> and
/// <see cref="DisplayName"/>, the <see cref="Header"/> they came from, and
/// <see cref="Warnings"/> about anything the user should check first (a name guessed from the
/// address, a second author left out, …).
/// </summary>
/// <remarks>
/// The draft's own values are a snapshot of the capture; <see cref="Lead"/> is an ordinary,
/// mutable lead with a fresh identifier, created at the clock's current instant. Nothing is
/// stored: the caller decides whether and where to save it.
/// </remarks>
public sealed class LeadDraft
{
    internal LeadDraft(
        Lead lead,
        EmailAddress address,
        string? displayName,
        NameSource nameSource,
        SenderHeader header,
        string headerValue,
        string? organization,
        EmailMessageInfo? message,
        IReadOnlyList<CaptureWarning> warnings)
    {
        Lead = lead;
        Name = lead.Name;
        Address = address;
        DisplayName = displayName;
        NameSource = nameSource;
        Header = header;
        HeaderValue = headerValue;
        Organization = organization;
        Message = message;
        Warnings = warnings;
    }

    /// <summary>
    /// Gets the lead, pre-filled and not saved: the name, the sender's address as a
    /// <see cref="EmailKind.Business"/> e-mail displayed as the sender's display name, the
    /// <c>Reply-To:</c> addresses that differ from it (kind <see cref="EmailKind.Other"/>), and the
    /// company name from <c>Organization:</c>.
    /// </summary>
    public Lead Lead { get; }

    /// <summary>Gets the name as captured, split into parts (also <see cref="Lead"/>'s name until the caller renames it).</summary>
    public PersonName Name { get; }

    /// <summary>Gets the sender's address.</summary>
    public EmailAddress Address { get; }

    /// <summary>
    /// Gets the sender's display name as written in the header — encoded words decoded, white
    /// space collapsed, surrounding quotes removed (<c>Lee, Ann</c>, <c>Jeffrey "fejj" Stedfast</c>) —
    /// or <see langword="null"/> when the sender has none, or only an address, as display name.
    /// </summary>
    public string? DisplayName { get; }

    /// <summary>Gets where the name came from: the display name, or the address's local part when there was no usable display name.</summary>
    public NameSource NameSource { get; }

    /// <summary>Gets the header the sender was taken from.</summary>
    public SenderHeader Header { get; }

    /// <summary>Gets that header's whole value as found (decoded), for showing where the lead came from.</summary>
    public string HeaderValue { get; }

    /// <summary>Gets the <c>Organization:</c> header's text, when present and usable (it is also the lead's company name).</summary>
    public string? Organization { get; }

    /// <summary>Gets the message's identity (Message-ID, subject, date), or <see langword="null"/> when the lead was captured from a header value alone.</summary>
    public EmailMessageInfo? Message { get; }

    /// <summary>Gets what the user should check before saving the lead, in the order it was found; empty when everything was clear.</summary>
    public IReadOnlyList<CaptureWarning> Warnings { get; }

    /// <summary>Gets a value indicating whether <see cref="Warnings"/> is not empty.</summary>
    public bool HasWarnings => Warnings.Count > 0;

    /// <inheritdoc />
    public override string ToString() =>
        $"Lead draft: {Name} <{Address}> from {Header}:" + (Warnings.Count == 0 ? string.Empty : FormattableString.Invariant($" ({Warnings.Count} warning(s))"));
}
