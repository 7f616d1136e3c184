using LeadKit.Utility;

namespace LeadKit.Leads;

/// <summary>The account a lead or contact is linked to, with the account's name as last seen.</summary>
public sealed record AccountReference
{
    /// <summary>Creates an account reference.</summary>
    /// <param name="id">The account.</param>
    /// <param name="name">The account's name for display, if known.</param>
    public AccountReference(AccountId id, string? name = null)
    {
        Id = id;
        Name = Preconditions.NullIfBlank(name);
        if (Name is { Length: > PersonNameValidator.MaxFullNameLength })
        {
            throw Preconditions.Invalid(nameof(AccountReference), nameof(Name), "LeadKit.AccountReference.NameTooLong", $"An account name has at most {PersonNameValidator.MaxFullNameLength} characters.");
        }
    }

    /// <summary>Gets the account's identifier.</summary>
    public AccountId Id { get; }

    /// <summary>Gets the account's name, or <see langword="null"/>.</summary>
    public string? Name { get; }

    /// <inheritdoc />
    public override string ToString() => Name ?? Id.ToString();
}
