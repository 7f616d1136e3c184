using System;
using LeadKit.Contacts;
using LeadKit.Utility;

namespace LeadKit.Leads;

/// <summary>
/// The business contact or employee who referred a lead ("initiated by"), with the text shown for it.
/// </summary>
public sealed record InitiatedBy
{
    private InitiatedBy(ReferrerKind kind, Guid id, string? displayName)
    {
        Kind = kind;
        Id = id;
        DisplayName = Preconditions.NullIfBlank(displayName);
        if (DisplayName is { Length: > PersonNameValidator.MaxFullNameLength })
        {
            throw Preconditions.Invalid(nameof(InitiatedBy), nameof(DisplayName), "LeadKit.InitiatedBy.DisplayNameTooLong", $"The display name has at most {PersonNameValidator.MaxFullNameLength} characters.");
        }
    }

    /// <summary>Gets whether the referrer is a contact or a user.</summary>
    public ReferrerKind Kind { get; }

    /// <summary>Gets the referrer's identifier (a <see cref="ContactId"/> or a <see cref="UserId"/> value, per <see cref="Kind"/>).</summary>
    public Guid Id { get; }

    /// <summary>Gets the text shown for the referrer, or <see langword="null"/>.</summary>
    public string? DisplayName { get; }

    /// <summary>Gets the referring contact, when <see cref="Kind"/> is <see cref="ReferrerKind.BusinessContact"/>.</summary>
    public ContactId? Contact => Kind == ReferrerKind.BusinessContact ? new ContactId(Id) : null;

    /// <summary>Gets the referring user, when <see cref="Kind"/> is <see cref="ReferrerKind.User"/>.</summary>
    public UserId? User => Kind == ReferrerKind.User ? new UserId(Id) : null;

    /// <summary>A lead referred by a business contact.</summary>
    /// <param name="contact">The contact.</param>
    /// <param name="displayName">The text shown for the contact.</param>
    /// <returns>The referrer.</returns>
    public static InitiatedBy FromContact(ContactId contact, string? displayName = null) => new(ReferrerKind.BusinessContact, contact.Value, displayName);

    /// <summary>A lead referred by an employee who shares the database.</summary>
    /// <param name="user">The user.</param>
    /// <param name="displayName">The text shown for the user.</param>
    /// <returns>The referrer.</returns>
    public static InitiatedBy FromUser(UserId user, string? displayName = null) => new(ReferrerKind.User, user.Value, displayName);

    /// <inheritdoc />
    public override string ToString() => DisplayName ?? $"{Kind}:{Id:D}";
}
