using LeadKit.AssignmentRules;
using LeadKit.Leads;
using LeadKit.Querying;

namespace LeadKit.Tests.AssignmentRules;

public sealed class AssignmentRuleTests
{
    private static readonly WorkspaceUser Ann = new(UserId.New(), "Ann Lee");
    private static readonly WorkspaceUser Bob = new(UserId.New(), "Bob Roe");
    private static readonly WorkspaceUser Gone = new(UserId.New(), "Gone Away", isActive: false);
    private static readonly WorkspaceUser[] Members = [Ann, Bob, Gone, new(UserId.New(), "Sam Twin"), new(UserId.New(), " sam twin ")];

    [Fact]
    public void ToUser_MakesAnEnabledSingleUserRuleWithANewId()
    {
        var rule = AssignmentRule.ToUser(Filter.Parse("source = \"Web\""), Ann.Id, "  web  ");

        Assert.Equal((AssignmentMode.User, true, "web"), (rule.Mode, rule.IsEnabled, rule.Description));
        Assert.Equal([Ann.Id], rule.Users);
        Assert.NotEqual(rule.Id, AssignmentRule.ToUser(Filter.All, Ann.Id).Id);
        Assert.Equal($"source = \"Web\" → user {Ann.Id}", rule.ToString());
    }

    [Fact]
    public void WithEnabledAndDescription_KeepTheIdAndCompareByValue()
    {
        var rule = AssignmentRule.RoundRobin(Filter.All, [Ann.Id, Bob.Id], AssignmentMode.ByLoad);

        var disabled = rule.WithEnabled(false);

        Assert.Equal(rule.Id, disabled.Id);
        Assert.False(disabled.IsEnabled);
        Assert.NotEqual(rule, disabled);
        Assert.Equal(rule, disabled.WithEnabled(true));
        Assert.Equal(rule.GetHashCode(), disabled.WithEnabled(true).GetHashCode());
        Assert.Equal("desc", rule.WithDescription("desc").Description);
        Assert.EndsWith("(disabled)", disabled.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void RoundRobin_EmptyList_RefusedAsNoUsers()
    {
        var e = Assert.Throws<AssignmentRuleException>(() => AssignmentRule.RoundRobin(Filter.All, []));

        Assert.Equal((AssignmentRuleException.NoUsersCode, "users"), (e.Code, e.Field));
        Assert.Contains("round-robin list is empty", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RoundRobin_UserListedTwice_RefusedNamingTheUser()
    {
        var e = Assert.Throws<AssignmentRuleException>(() => AssignmentRule.RoundRobin(Filter.All, [Ann.Id, Bob.Id, Ann.Id]));

        Assert.Equal((AssignmentRuleException.DuplicateUserCode, Ann.Id.ToString()), (e.Code, e.User));
    }

    [Fact]
    public void RoundRobin_TooManyUsers_Refused()
    {
        var e = Assert.Throws<AssignmentRuleException>(() => AssignmentRule.RoundRobin(Filter.All, Enumerable.Range(0, AssignmentRule.MaxUsers + 1).Select(_ => UserId.New())));

        Assert.Equal(AssignmentRuleException.TooManyUsersCode, e.Code);
    }

    [Fact]
    public void RoundRobin_SingleUserMode_IsAProgrammingError()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => AssignmentRule.RoundRobin(Filter.All, [Ann.Id], AssignmentMode.User));
    }

    [Fact]
    public void Create_SingleUserModeWithSeveralUsers_Refused()
    {
        var e = Assert.Throws<AssignmentRuleException>(() => AssignmentRule.Create(AssignmentRuleId.New(), Filter.All, AssignmentMode.User, [Ann.Id, Bob.Id]));

        Assert.Equal(AssignmentRuleException.OneUserCode, e.Code);
        Assert.NotNull(e.Rule);
    }

    [Fact]
    public void Create_DescriptionTooLong_Refused()
    {
        var e = Assert.Throws<AssignmentRuleException>(() => AssignmentRule.ToUser(Filter.All, Ann.Id, new string('x', AssignmentRule.MaxDescriptionLength + 1)));

        Assert.Equal((AssignmentRuleException.DescriptionCode, "description"), (e.Code, e.Field));
    }

    [Fact]
    public void Create_UndefinedModeOrDefaultId_AreProgrammingErrors()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => AssignmentRule.Create(AssignmentRuleId.New(), Filter.All, (AssignmentMode)7, [Ann.Id]));
        Assert.Throws<ArgumentException>(() => AssignmentRule.Create(default, Filter.All, AssignmentMode.User, [Ann.Id]));
    }

    [Fact]
    public void FromText_NamesAndIds_ResolveToTheMembersInOrder()
    {
        var rule = AssignmentRule.FromText("company = \"Contoso\"", AssignmentMode.RoundRobin, ["BOB ROE", Ann.Id.ToString()], Members);

        Assert.Equal([Bob.Id, Ann.Id], rule.Users);
        Assert.Equal(Filter.Parse("company = \"Contoso\""), rule.Filter);
    }

    [Fact]
    public void FromText_FilterSyntaxError_SaysWhereInTheFilter()
    {
        var e = Assert.Throws<AssignmentRuleException>(() => AssignmentRule.FromText("source = \"Web\" and", AssignmentMode.User, ["Ann Lee"], Members));

        Assert.Equal((AssignmentRuleException.InvalidFilterCode, "filter", 19), (e.Code, e.Field, e.Column));
        Assert.IsType<FilterSyntaxException>(e.InnerException);
        Assert.Contains("column 19", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromText_FilterNamesAnUnknownUser_Refused()
    {
        var e = Assert.Throws<AssignmentRuleException>(() => AssignmentRule.FromText("assignedTo = \"Nobody\"", AssignmentMode.User, ["Ann Lee"], Members));

        Assert.Equal((AssignmentRuleException.InvalidFilterCode, "filter", null), (e.Code, e.Field, e.Column));
        Assert.Contains("No user is named \"Nobody\"", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromText_FilterNamesAUser_IsBoundToTheId()
    {
        var rule = AssignmentRule.FromText("assignedTo = \"ann lee\"", AssignmentMode.User, ["Bob Roe"], Members);

        Assert.Equal($"assignedTo = \"{Ann.Id}\"", rule.Filter.ToString());
    }

    [Theory]
    [InlineData("Nobody", AssignmentRuleException.UnknownUserCode, "No user is named")]
    [InlineData("Sam Twin", AssignmentRuleException.AmbiguousUserCode, "Several users are named")]
    [InlineData("Gone Away", AssignmentRuleException.InactiveUserCode, "inactive")]
    [InlineData("0190a4c2-0000-7000-8000-000000000001", AssignmentRuleException.UnknownUserCode, "does not share this workspace")]
    public void FromText_UserThatCannotTakeLeads_RefusedNamingIt(string user, string code, string message)
    {
        var e = Assert.Throws<AssignmentRuleException>(() => AssignmentRule.FromText("all", AssignmentMode.RoundRobin, ["Ann Lee", user], Members));

        Assert.Equal((code, user, "users"), (e.Code, e.User, e.Field));
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AssignmentRuleId_ParsesItsTextForm()
    {
        var id = AssignmentRuleId.New();

        Assert.Equal(id, AssignmentRuleId.Parse(id.ToString()));
        Assert.True(AssignmentRuleId.TryParse(id.ToString(), out var parsed));
        Assert.Equal(id, parsed);
        Assert.False(AssignmentRuleId.TryParse("rule-1", out _));
        Assert.Throws<Validation.LeadKitValidationException>(() => AssignmentRuleId.Parse(Guid.Empty.ToString()));
    }
}
