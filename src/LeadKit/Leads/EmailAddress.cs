using System;
using System.Diagnostics.CodeAnalysis;
using LeadKit.Utility;

namespace LeadKit.Leads;

/// <summary>
/// A syntactically valid e-mail address (<c>local@domain</c>). The local part compares
/// case-sensitively (as RFC 5321 allows servers to treat it), the domain case-insensitively,
/// so <c>ann@Example.COM</c> equals <c>ann@example.com</c> but not <c>Ann@example.com</c>.
/// </summary>
public sealed class EmailAddress : IEquatable<EmailAddress>
{
    private string? _value;

    private EmailAddress(string localPart, string domain, bool checkedAlready = false)
    {
        LocalPart = localPart;
        Domain = domain;
        if (!checkedAlready)
        {
            Preconditions.Validated(this, EmailAddressValidator.Instance, nameof(EmailAddress), static a => EmailAddressValidator.IsValid(a.LocalPart, a.Domain));
        }
    }

    /// <summary>Gets the part before the <c>@</c>.</summary>
    public string LocalPart { get; }

    /// <summary>Gets the part after the <c>@</c>, as written.</summary>
    public string Domain { get; }

    /// <summary>Gets the whole address, <c>local@domain</c>.</summary>
    public string Value => _value ??= string.Concat(LocalPart, "@", Domain);

    /// <summary>Parses an address such as <c>ann.lee@example.com</c> (surrounding white space is ignored).</summary>
    /// <param name="text">The address.</param>
    /// <returns>The address.</returns>
    /// <exception cref="Validation.LeadKitValidationException">The text is not a valid address; the error says which part is wrong.</exception>
    public static EmailAddress Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        var at = trimmed.LastIndexOf('@');
        if (at < 0)
        {
            throw Preconditions.Invalid(nameof(EmailAddress), string.Empty, "LeadKit.EmailAddress.MissingAt", $"'{trimmed}' is not an e-mail address: it has no '@'.", trimmed);
        }

        return new EmailAddress(trimmed[..at], trimmed[(at + 1)..]);
    }

    /// <summary>Tries to parse an address.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="address">The address, when the text is valid.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a valid address.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out EmailAddress? address)
    {
        address = null;
        if (text is null)
        {
            return false;
        }

        var trimmed = text.Trim();
        var at = trimmed.LastIndexOf('@');
        if (at < 0)
        {
            return false;
        }

        var (local, domain) = (trimmed[..at], trimmed[(at + 1)..]);
        if (!EmailAddressValidator.IsValid(local, domain))
        {
            return false;
        }

        address = new EmailAddress(local, domain, checkedAlready: true);
        return true;
    }

    /// <inheritdoc />
    public bool Equals(EmailAddress? other) =>
        other is not null
        && string.Equals(LocalPart, other.LocalPart, StringComparison.Ordinal)
        && string.Equals(Domain, other.Domain, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as EmailAddress);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(StringComparer.Ordinal.GetHashCode(LocalPart), StringComparer.OrdinalIgnoreCase.GetHashCode(Domain));

    /// <summary>Returns <c>local@domain</c>.</summary>
    /// <returns>The address.</returns>
    public override string ToString() => Value;

    /// <summary>Compares two addresses (domain case-insensitively).</summary>
    /// <param name="left">The first address.</param>
    /// <param name="right">The second address.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(EmailAddress? left, EmailAddress? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two addresses (domain case-insensitively).</summary>
    /// <param name="left">The first address.</param>
    /// <param name="right">The second address.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(EmailAddress? left, EmailAddress? right) => !(left == right);
}
