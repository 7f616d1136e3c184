using System;
using LeadKit.Utility;

namespace LeadKit.Leads;

/// <summary>One e-mail address of a record: its kind, the address and how it is displayed ("display as").</summary>
public sealed record EmailEntry
{
    /// <summary>The longest display name accepted.</summary>
    public const int MaxDisplayNameLength = 255;

    /// <summary>Creates an e-mail entry.</summary>
    /// <param name="kind">What the address is used for.</param>
    /// <param name="address">The address.</param>
    /// <param name="displayName">How the address is shown, e.g. <c>Ann Lee (Business)</c>; blank means none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="address"/> is null.</exception>
    /// <exception cref="Validation.LeadKitValidationException">The kind is unknown or the display name is too long.</exception>
    public EmailEntry(EmailKind kind, EmailAddress address, string? displayName = null)
    {
        Kind = kind;
        Address = address ?? throw new ArgumentNullException(nameof(address));
        DisplayName = Preconditions.NullIfBlank(displayName);
        Preconditions.Validated(this, EmailEntryValidator.Instance, nameof(EmailEntry), EmailEntryValidator.Accepts);
    }

    /// <summary>Gets what the address is used for.</summary>
    public EmailKind Kind { get; }

    /// <summary>Gets the address.</summary>
    public EmailAddress Address { get; }

    /// <summary>Gets how the address is displayed, or <see langword="null"/>.</summary>
    public string? DisplayName { get; }

    /// <summary>Creates a business e-mail entry from text.</summary>
    /// <param name="address">The address, e.g. <c>ann@example.com</c>.</param>
    /// <param name="displayName">The display name, if any.</param>
    /// <returns>The entry.</returns>
    public static EmailEntry Business(string address, string? displayName = null) =>
        new(EmailKind.Business, EmailAddress.Parse(address), displayName);

    /// <inheritdoc />
    public override string ToString() => DisplayName is null ? Address.Value : $"{DisplayName} <{Address.Value}>";
}
