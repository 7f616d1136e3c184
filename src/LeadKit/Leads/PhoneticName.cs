using System.Linq;
using LeadKit.Utility;

namespace LeadKit.Leads;

/// <summary>
/// How a person's name and company are pronounced (the "yomi" names of Japanese contact data,
/// Outlook's and Google's <c>Yomi First Name</c>, <c>Yomi Last Name</c>, <c>Yomi Company</c>
/// columns): what a record sorts and reads by when the written name does not say how to read it.
/// Every part is optional; an empty value (<see cref="IsEmpty"/>) is stored on a record as no
/// phonetic name at all. Immutable; every instance is valid.
/// </summary>
public sealed record PhoneticName
{
    /// <summary>The longest first or last part accepted, as for <see cref="PersonName"/>'s parts; the company part takes up to <see cref="ContactRecord.MaxTextLength"/>.</summary>
    public const int MaxPartLength = PersonNameValidator.MaxPartLength;

    /// <summary>Creates a phonetic name.</summary>
    /// <param name="first">The given name as pronounced.</param>
    /// <param name="last">The family name as pronounced.</param>
    /// <param name="company">The company name as pronounced.</param>
    /// <exception cref="Validation.LeadKitValidationException">A part is too long.</exception>
    public PhoneticName(string? first = null, string? last = null, string? company = null)
    {
        First = Preconditions.NullIfBlank(first);
        Last = Preconditions.NullIfBlank(last);
        Company = Preconditions.NullIfBlank(company);
        Preconditions.Validated(this, PhoneticNameValidator.Instance, nameof(PhoneticName));
    }

    /// <summary>Gets the given name as pronounced.</summary>
    public string? First { get; }

    /// <summary>Gets the family name as pronounced.</summary>
    public string? Last { get; }

    /// <summary>Gets the company name as pronounced.</summary>
    public string? Company { get; }

    /// <summary>Gets a value indicating whether no part is set.</summary>
    public bool IsEmpty => First is null && Last is null && Company is null;

    /// <inheritdoc />
    public override string ToString() => string.Join(" / ", new[] { First, Last, Company }.Where(p => p is not null));
}
