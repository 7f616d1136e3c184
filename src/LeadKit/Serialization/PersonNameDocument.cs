using LeadKit.Leads;

namespace LeadKit.Serialization;

/// <summary>The JSON shape of a <see cref="PersonName"/>: <c>{"fullName": "Dr. Ann Lee", "prefix": "Dr.", "first": "Ann", "last": "Lee"}</c>.</summary>
internal sealed class PersonNameDocument : IDocument<PersonNameDocument, PersonName>
{
    public string? FullName { get; set; }

    public string? Prefix { get; set; }

    public string? First { get; set; }

    public string? Middle { get; set; }

    public string? Last { get; set; }

    public string? Suffix { get; set; }

    public static PersonNameDocument From(PersonName value) => new()
    {
        FullName = value.FullName,
        Prefix = value.Prefix,
        First = value.First,
        Middle = value.Middle,
        Last = value.Last,
        Suffix = value.Suffix,
    };

    // A missing full name is the domain's to refuse (LeadKit.PersonName.FullNameRequired).
    public PersonName ToValue(DocumentPath path) =>
        path.Build(this, static d => new PersonName(d.FullName ?? string.Empty, d.Prefix, d.First, d.Middle, d.Last, d.Suffix));
}
