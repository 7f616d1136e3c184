using LeadKit.Leads;

namespace LeadKit.Tests.Domain;

public sealed class AccountReferenceTests
{
    [Fact]
    public void Constructor_TrimsTheName()
    {
        var id = AccountId.New();

        var account = new AccountReference(id, " Contoso ");

        Assert.Equal(id, account.Id);
        Assert.Equal("Contoso", account.Name);
        Assert.Equal("Contoso", account.ToString());
    }

    [Fact]
    public void Constructor_NoName_ShowsTheIdentifier()
    {
        var id = AccountId.New();

        var account = new AccountReference(id, "  ");

        Assert.Null(account.Name);
        Assert.Equal(id.ToString(), account.ToString());
    }

    [Fact]
    public void Constructor_NameOf256_IsRefused()
    {
        ValidationAssert.Single(() => new AccountReference(AccountId.New(), new string('n', 256)), "Name", "LeadKit.AccountReference.NameTooLong");
    }
}
