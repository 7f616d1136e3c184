using LeadKit.Leads;

namespace LeadKit.Serialization;

/// <summary>The JSON shape of an <see cref="EmailEntry"/>: <c>{"kind": "business", "address": "ann@example.com", "displayName": "Ann Lee"}</c>.</summary>
internal sealed class EmailEntryDocument : IDocument<EmailEntryDocument, EmailEntry>
{
    public EmailKind? Kind { get; set; }

    public string? Address { get; set; }

    public string? DisplayName { get; set; }

    public static EmailEntryDocument From(EmailEntry value) => new()
    {
        Kind = value.Kind,
        Address = Scalars.EmailAddress.Format(value.Address),
        DisplayName = value.DisplayName,
    };

    public EmailEntry ToValue(DocumentPath path)
    {
        var kind = path.Property("kind").RequiredValue(Kind);
        var address = Scalars.EmailAddress.Parse(Address, path.Property("address"));
        return path.Build((kind, address, DisplayName), static s => new EmailEntry(s.kind, s.address, s.DisplayName));
    }
}
