using LeadKit.Leads;

namespace LeadKit.Tests.Domain;

public sealed class WorkspaceUserTests
{
    [Fact]
    public void Constructor_TrimsTheDisplayNameAndIsActiveByDefault()
    {
        var id = UserId.New();

        var user = new WorkspaceUser(id, "  Bob Stone ");

        Assert.Equal(id, user.Id);
        Assert.Equal("Bob Stone", user.DisplayName);
        Assert.True(user.IsActive);
        Assert.False(new WorkspaceUser(id, "Bob", isActive: false).IsActive);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Constructor_BlankDisplayName_IsRefused(string? name)
    {
        ValidationAssert.Single(() => new WorkspaceUser(UserId.New(), name!), "DisplayName", "LeadKit.WorkspaceUser.DisplayName");
    }

    [Fact]
    public void Constructor_DisplayNameOf256_IsRefused()
    {
        Assert.Equal(255, new WorkspaceUser(UserId.New(), new string('b', 255)).DisplayName.Length);
        ValidationAssert.Single(() => new WorkspaceUser(UserId.New(), new string('b', 256)), "DisplayName", "LeadKit.WorkspaceUser.DisplayName");
    }

    [Fact]
    public void Equals_SameValues_IsEqual()
    {
        var id = UserId.New();

        Assert.Equal(new WorkspaceUser(id, "Bob"), new WorkspaceUser(id, " Bob "));
        Assert.NotEqual(new WorkspaceUser(id, "Bob"), new WorkspaceUser(id, "Bob", isActive: false));
    }
}
