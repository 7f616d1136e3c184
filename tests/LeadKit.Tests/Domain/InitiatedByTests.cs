using LeadKit.Contacts;
using LeadKit.Leads;

namespace LeadKit.Tests.Domain;

public sealed class InitiatedByTests
{
    [Fact]
    public void FromContact_ExposesTheContactOnly()
    {
        var contact = ContactId.New();

        var referrer = InitiatedBy.FromContact(contact, " Bob Stone ");

        Assert.Equal(ReferrerKind.BusinessContact, referrer.Kind);
        Assert.Equal(contact.Value, referrer.Id);
        Assert.Equal(contact, referrer.Contact);
        Assert.Null(referrer.User);
        Assert.Equal("Bob Stone", referrer.DisplayName);
        Assert.Equal("Bob Stone", referrer.ToString());
    }

    [Fact]
    public void FromUser_ExposesTheUserOnly()
    {
        var user = UserId.New();

        var referrer = InitiatedBy.FromUser(user);

        Assert.Equal(ReferrerKind.User, referrer.Kind);
        Assert.Equal(user, referrer.User);
        Assert.Null(referrer.Contact);
        Assert.Null(referrer.DisplayName);
        Assert.Equal($"User:{user.Value:D}", referrer.ToString());
    }

    [Fact]
    public void FromContact_DisplayNameOf256_IsRefused()
    {
        ValidationAssert.Single(() => InitiatedBy.FromContact(ContactId.New(), new string('n', 256)), "DisplayName", "LeadKit.InitiatedBy.DisplayNameTooLong");
    }

    [Fact]
    public void Equals_SameReferrer_IsEqual()
    {
        var user = UserId.New();

        Assert.Equal(InitiatedBy.FromUser(user, "Bob"), InitiatedBy.FromUser(user, " Bob "));
        Assert.NotEqual(InitiatedBy.FromUser(user), InitiatedBy.FromContact(new ContactId(user.Value)));
    }
}
