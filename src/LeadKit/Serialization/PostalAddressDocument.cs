using LeadKit.Leads;

namespace LeadKit.Serialization;

/// <summary>The JSON shape of a <see cref="PostalAddress"/>: its kind, components and mailing flag.</summary>
internal sealed class PostalAddressDocument : IDocument<PostalAddressDocument, PostalAddress>
{
    public AddressKind? Kind { get; set; }

    public string? Street { get; set; }

    public string? PoBox { get; set; }

    public string? City { get; set; }

    public string? State { get; set; }

    public string? PostalCode { get; set; }

    public string? Country { get; set; }

    public bool? IsMailing { get; set; }

    public static PostalAddressDocument From(PostalAddress value) => new()
    {
        Kind = value.Kind,
        Street = value.Street,
        PoBox = value.PoBox,
        City = value.City,
        State = value.State,
        PostalCode = value.PostalCode,
        Country = value.Country,
        IsMailing = value.IsMailing,
    };

    public PostalAddress ToValue(DocumentPath path)
    {
        var kind = path.Property("kind").RequiredValue(Kind);
        return path.Build((Document: this, Kind: kind), static s => new PostalAddress(s.Kind, s.Document.Street, s.Document.PoBox, s.Document.City, s.Document.State, s.Document.PostalCode, s.Document.Country, s.Document.IsMailing ?? false));
    }
}
