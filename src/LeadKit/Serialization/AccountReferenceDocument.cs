using LeadKit.Leads;

namespace LeadKit.Serialization;

/// <summary>The JSON shape of an <see cref="AccountReference"/>: <c>{"id": "…", "name": "Contoso"}</c>.</summary>
internal sealed class AccountReferenceDocument : IDocument<AccountReferenceDocument, AccountReference>
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public static AccountReferenceDocument From(AccountReference value) => new() { Id = Scalars.AccountId.Format(value.Id), Name = value.Name };

    public AccountReference ToValue(DocumentPath path)
    {
        var id = Scalars.AccountId.Parse(Id, path.Property("id"));
        return path.Build(() => new AccountReference(id, Name));
    }
}
