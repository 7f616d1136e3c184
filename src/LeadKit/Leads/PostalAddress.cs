using System.Linq;

using LeadKit.Utility;

namespace LeadKit.Leads;

/// <summary>
/// One postal address of a record. At most one address of a record is flagged
/// <see cref="IsMailing"/>: the one used for mail merge.
/// </summary>
public sealed record PostalAddress
{
    /// <summary>The longest component (street, city, …) accepted.</summary>
    public const int MaxComponentLength = 255;

    /// <summary>Creates a postal address; at least one component must be set.</summary>
    /// <param name="kind">Business, home or other.</param>
    /// <param name="street">Street lines (may contain line breaks).</param>
    /// <param name="poBox">Post-office box.</param>
    /// <param name="city">City.</param>
    /// <param name="state">State or province.</param>
    /// <param name="postalCode">Postal or ZIP code.</param>
    /// <param name="country">Country or region.</param>
    /// <param name="isMailing">Whether this is the mailing address.</param>
    /// <exception cref="Validation.LeadKitValidationException">Every component is empty, or one is too long.</exception>
    public PostalAddress(
        AddressKind kind,
        string? street = null,
        string? poBox = null,
        string? city = null,
        string? state = null,
        string? postalCode = null,
        string? country = null,
        bool isMailing = false)
    {
        Kind = kind;
        Street = Preconditions.NullIfBlank(street);
        PoBox = Preconditions.NullIfBlank(poBox);
        City = Preconditions.NullIfBlank(city);
        State = Preconditions.NullIfBlank(state);
        PostalCode = Preconditions.NullIfBlank(postalCode);
        Country = Preconditions.NullIfBlank(country);
        IsMailing = isMailing;
        Preconditions.Validated(this, PostalAddressValidator.Instance, nameof(PostalAddress), PostalAddressValidator.Accepts);
    }

    /// <summary>Gets the kind of address.</summary>
    public AddressKind Kind { get; }

    /// <summary>Gets the street lines.</summary>
    public string? Street { get; }

    /// <summary>Gets the post-office box.</summary>
    public string? PoBox { get; }

    /// <summary>Gets the city.</summary>
    public string? City { get; }

    /// <summary>Gets the state or province.</summary>
    public string? State { get; }

    /// <summary>Gets the postal code.</summary>
    public string? PostalCode { get; }

    /// <summary>Gets the country or region.</summary>
    public string? Country { get; }

    /// <summary>Gets a value indicating whether this is the record's mailing address.</summary>
    public bool IsMailing { get; }

    /// <summary>Returns a copy with the mailing flag set as given.</summary>
    /// <param name="isMailing">The new flag.</param>
    /// <returns>The copy.</returns>
    public PostalAddress WithMailing(bool isMailing) =>
        isMailing == IsMailing ? this : new PostalAddress(Kind, Street, PoBox, City, State, PostalCode, Country, isMailing);

    /// <inheritdoc />
    public override string ToString() =>
        string.Join(", ", new[] { Street, PoBox, City, State, PostalCode, Country }.Where(s => s is not null));
}
