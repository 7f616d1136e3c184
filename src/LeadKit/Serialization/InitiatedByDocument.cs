using LeadKit.Leads;

namespace LeadKit.Serialization;

/// <summary>The JSON shape of an <see cref="InitiatedBy"/>: <c>{"kind": "user", "id": "…", "displayName": "Bo Chen"}</c>.</summary>
internal sealed class InitiatedByDocument : IDocument<InitiatedByDocument, InitiatedBy>
{
    public ReferrerKind? Kind { get; set; }

    public string? Id { get; set; }

    public string? DisplayName { get; set; }

    public static InitiatedByDocument From(InitiatedBy value) => new()
    {
        Kind = value.Kind,
        Id = value.Id.ToString("D"),
        DisplayName = value.DisplayName,
    };

    public InitiatedBy ToValue(DocumentPath path)
    {
        var kind = path.Property("kind").RequiredValue(Kind);
        var idPath = path.Property("id");
        return kind switch
        {
            ReferrerKind.BusinessContact => FromContact(Scalars.ContactId.Parse(Id, idPath), path),
            ReferrerKind.User => FromUser(Scalars.UserId.Parse(Id, idPath), path),
            _ => throw path.Property("kind").Error($"unknown referrer kind {kind}."),
        };
    }

    private InitiatedBy FromContact(Contacts.ContactId contact, DocumentPath path) => path.Build(() => InitiatedBy.FromContact(contact, DisplayName));

    private InitiatedBy FromUser(UserId user, DocumentPath path) => path.Build(() => InitiatedBy.FromUser(user, DisplayName));
}
