using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LeadKit.Leads;
using LeadKit.Querying;
using LeadKit.Scoring;
using LeadKit.Testing;
using static LeadKit.Tests.LeadScoring.ScoringFixtures;

namespace LeadKit.Tests.LeadScoring;

/// <summary>
/// Users named by display name in scoring rules (<c>assignedTo = "Priya Raman"</c>): bound to ids with
/// the filter language's resolver (<see cref="ScoringRule.BindUsers"/>, <see cref="ScoringProfile.BindUsers"/>),
/// shown with the current names (<see cref="ScoringRule.ToDisplayText"/>), and refused clearly when
/// evaluated unbound. The store side (bound on save, renames) is in the store contract.
/// </summary>
public sealed class RuleUserNamesTests
{
    private static readonly WorkspaceUser Priya = new(new UserId(Guid.Parse("0193b6a1-0000-7000-8000-00000000aa01")), "Priya Raman");
    private static readonly WorkspaceUser Bo = new(new UserId(Guid.Parse("0193b6a1-0000-7000-8000-00000000aa02")), "Bo Chen", isActive: false);
    private static readonly WorkspaceUser SamA = new(new UserId(Guid.Parse("0193b6a1-0000-7000-8000-00000000aa03")), "Sam Lee");
    private static readonly WorkspaceUser SamB = new(new UserId(Guid.Parse("0193b6a1-0000-7000-8000-00000000aa04")), " sam LEE");
    private static readonly WorkspaceUser[] Users = [Priya, Bo, SamA, SamB];

    [Theory]
    [InlineData("assignedTo = \"Priya Raman\"", "assignedTo = \"{P}\"")]
    [InlineData("assignedTo = \"  priya raman \"", "assignedTo = \"{P}\"")]
    [InlineData("assignedTo != \"Bo Chen\"", "assignedTo != \"{B}\"")]
    [InlineData("assignedTo in (\"Bo Chen\", \"{P}\")", "assignedTo in (\"{B}\", \"{P}\")")]
    [InlineData("(assignedTo = \"Priya Raman\" or source = \"Web\") and history.phoneLog within 30d", "(assignedTo = \"{P}\" or source = \"Web\") and history.phoneLog within 30d")]
    [InlineData("history.note is empty or not (assignedTo = \"bo chen\")", "history.note is empty or not (assignedTo = \"{B}\")")]
    [InlineData("not (history.any within 7d) and assignedTo = \"Priya Raman\"", "not (history.any within 7d) and assignedTo = \"{P}\"")]
    public void BindUsers_ReplacesNamesByIds_Anywhere_InTheRule(string text, string expected)
    {
        var rule = ScoringRule.Parse(Ids(text));

        var bound = rule.BindUsers(Users);

        Assert.True(rule.NamesUsers);
        Assert.False(bound.NamesUsers);
        Assert.Equal(Ids(expected), bound.ToString());
        Assert.Equal(ScoringRule.Parse(Ids(expected)), bound);
    }

    [Theory]
    [InlineData("assignedTo = \"{P}\"")]
    [InlineData("assignedTo is empty or history.note is empty")]
    [InlineData("initiatedBy = \"Bo Chen\"")]
    [InlineData("assignedTo contains \"Priya\"")]
    public void BindUsers_OfARuleNamingNoUser_ReturnsTheSameRule(string text)
    {
        var rule = ScoringRule.Parse(Ids(text));

        Assert.False(rule.NamesUsers);
        Assert.Same(rule, rule.BindUsers(Users));
        Assert.Same(rule, rule.BindUsers([]));
    }

    [Fact]
    public void BindUsers_UnknownName_IsTheFiltersError()
    {
        var rule = ScoringRule.Parse("history.note is empty and assignedTo = \"Priya\"");

        var ex = Assert.Throws<FilterException>(() => rule.BindUsers(Users));
        var asFilter = Assert.Throws<FilterException>(() => Filter.Parse("assignedTo = \"Priya\"").BindUsers(Users));

        Assert.Equal(asFilter.Message, ex.Message);
        Assert.Equal("assignedTo", ex.Field);
        Assert.Equal("No user is named \"Priya\" in this workspace; use a user's display name or id (users: \"Bo Chen\", \"Priya Raman\", \"Sam Lee\").", ex.Message);
        Assert.Contains("(the workspace has no users)", Assert.Throws<FilterException>(() => rule.BindUsers([])).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BindUsers_SharedName_IsTheFiltersError_ListingTheIds()
    {
        var rule = ScoringRule.Parse("assignedTo in (\"Priya Raman\", \"SAM LEE\")");

        var ex = Assert.Throws<FilterException>(() => rule.BindUsers(Users));

        Assert.Equal("assignedTo", ex.Field);
        Assert.Equal($"Several users are named \"SAM LEE\" ({SamA.Id}, {SamB.Id}); name one by its id.", ex.Message);
        Assert.Equal($"assignedTo in (\"{Priya.Id}\", \"{SamB.Id}\")", ScoringRule.Parse($"assignedTo in (\"Priya Raman\", \"{SamB.Id}\")").BindUsers(Users).ToString());
    }

    [Fact]
    public void ProfileBindUsers_BindsEveryRule_KeepsTheVersion_AndNamesTheCriterionInErrors()
    {
        var profile = new ScoringProfile(
        [
            new ScoringCriterion(A, "Priya's", Weight.High, ScoringRule.Parse("assignedTo = \"Priya Raman\"")),
            new ScoringCriterion(B, "Checked", Weight.Normal),
            new ScoringCriterion(C, "Not Bo's", Weight.Low, ScoringRule.Parse("not (assignedTo = \"Bo Chen\") and history.note is empty")),
        ],
            version: 7);

        var bound = profile.BindUsers(Users);

        Assert.Equal(7, bound.Version);
        Assert.Equal($"assignedTo = \"{Priya.Id}\"", bound[A].Rule!.ToString());
        Assert.Same(profile[B], bound[B]);
        Assert.Equal($"not (assignedTo = \"{Bo.Id}\") and history.note is empty", bound[C].Rule!.ToString());
        Assert.Same(bound, bound.BindUsers(Users));
        Assert.Same(ScoringProfile.Default, ScoringProfile.Default.BindUsers([]));

        var ex = Assert.Throws<FilterException>(() => profile.BindUsers([Priya]));
        Assert.Equal("assignedTo", ex.Field);
        Assert.Equal("Criterion 'c' (not (assignedTo = \"Bo Chen\") and history.note is empty): No user is named \"Bo Chen\" in this workspace; use a user's display name or id (users: \"Priya Raman\").", ex.Message);
    }

    [Fact]
    public void UnboundRule_EvaluatedInMemory_IsAClearScoringException_NotASilentNoMatch()
    {
        var lead = NewLead();
        lead.SetAssignedTo(Priya.Id);
        var rule = ScoringRule.Parse("assignedTo != \"Priya Raman\" or history.note is not empty");
        var profile = new ScoringProfile([new ScoringCriterion(A, "Not Priya's", Weight.High, rule)]);

        var direct = Assert.Throws<ScoringException>(() => rule.IsSatisfiedBy(new ScoringContext(lead, AsOf)));
        var scored = Assert.Throws<ScoringException>(() => LeadScorer.Default.Score(lead, profile, AsOf));
        var explained = Assert.Throws<ScoringException>(() => LeadScorer.Default.Explain(lead, profile, AsOf));
        var compiled = Assert.Throws<ScoringException>(() => LeadScorer.Default.Compile(profile).MaskOf(lead, AsOf));

        Assert.Null(direct.Criterion);
        Assert.Contains("names a user by display name (\"Priya Raman\")", direct.Message, StringComparison.Ordinal);
        Assert.Contains("ScoringProfile.BindUsers(users)", direct.Message, StringComparison.Ordinal);
        Assert.Contains("ScoringProfiles", direct.Message, StringComparison.Ordinal);
        foreach (var ex in new[] { scored, explained, compiled })
        {
            Assert.Equal(A, ex.Criterion);
            Assert.StartsWith("Criterion 'a' (assignedTo != \"Priya Raman\" or history.note is not empty): The rule names a user by display name", ex.Message, StringComparison.Ordinal);
        }

        // Bound, it scores: Priya's lead is not "not Priya's".
        Assert.False(LeadScorer.Default.Explain(lead, profile.BindUsers(Users), AsOf).Criteria[0].Met);
        Assert.True(LeadScorer.Default.Explain(lead, profile.BindUsers([new WorkspaceUser(UserId.New(), "Priya Raman")]), AsOf).Criteria[0].Met);
    }

    [Fact]
    public void InitiatedBy_ComparesTheNameShown_AsInFilters_WithoutBinding()
    {
        var lead = NewLead();
        lead.SetInitiatedBy(InitiatedBy.FromUser(Bo.Id, "Bo Chen"));
        var rule = ScoringRule.Parse("initiatedBy = \"bo chen\"");

        Assert.False(rule.NamesUsers);
        Assert.True(rule.IsSatisfiedBy(new ScoringContext(lead, AsOf)));
        Assert.Equal(Filter.Parse("initiatedBy = \"bo chen\"").Matches(lead), rule.IsSatisfiedBy(new ScoringContext(lead, AsOf)));
        Assert.True(ScoringRule.Parse($"initiatedBy = \"user:{Bo.Id}\"").IsSatisfiedBy(new ScoringContext(lead, AsOf)));
    }

    [Fact]
    public void ToDisplayText_ShowsCurrentNames_WhereTheyBindBack()
    {
        var gone = UserId.New();
        var rule = ScoringRule.Parse(Ids($"assignedTo in (\"{{P}}\", \"{{B}}\", \"{SamA.Id}\", \"{gone}\") or history.note is empty and assignedTo != \"{{P}}\""));

        var shown = rule.ToDisplayText(Users);

        Assert.Equal($"assignedTo in (\"Priya Raman\", \"Bo Chen\", \"{SamA.Id}\", \"{gone}\") or history.note is empty and assignedTo != \"Priya Raman\"", shown);
        Assert.Equal(rule, ScoringRule.Parse(shown).BindUsers(Users));
        Assert.Equal(rule.ToString(), rule.ToDisplayText([]));
        var renamed = new WorkspaceUser(Priya.Id, "Priya Shah");
        Assert.StartsWith("assignedTo in (\"Priya Shah\", \"Bo Chen\"", rule.ToDisplayText([renamed, Bo]), StringComparison.Ordinal);
    }

    /// <summary>
    /// For generated users (names drawn from a small pool, so some are shared) and generated scoring
    /// cases (their profile, lead and history), a criterion whose rule names a user by display name,
    /// bound against the users, scores exactly like the same criterion naming the user by id — or, when
    /// the name is shared, the binding is refused.
    /// </summary>
    [Property(MaxTest = 300)]
    public Property RuleNamingAUserByName_ScoresLikeTheRuleNamingThemById() =>
        Prop.ForAll(NamedUserCases().ToArbitrary(), c =>
        {
            var (scoring, users, assignee, named, other, shape, spelling) = c;
            var lead = scoring.CreateRecord();
            lead.SetAssignedTo(assignee);
            string Name(WorkspaceUser user) => spelling switch
            {
                0 => user.DisplayName,
                1 => user.DisplayName.ToUpperInvariant(),
                _ => "  " + user.DisplayName.ToLowerInvariant() + " ",
            };

            var byName = ScoringRule.Parse(Template(shape, Name(named), Name(other)));
            var byId = ScoringRule.Parse(Template(shape, named.Id.ToString(), other.Id.ToString()));
            bool Shared(WorkspaceUser user) => users.Count(u => string.Equals(u.DisplayName.Trim(), user.DisplayName.Trim(), StringComparison.OrdinalIgnoreCase)) > 1;
            var id = scoring.Profile.SuggestId("Named user");
            ScoringProfile With(ScoringRule rule) => scoring.Profile.Add(new ScoringCriterion(id, "Named user", Weight.High, rule));

            if (Shared(named) || (shape == 2 && Shared(other)))
            {
                return (Record.Exception(() => With(byName).BindUsers(users)) is FilterException { Field: "assignedTo" }).Label($"{byName}: a shared name is refused");
            }

            var bound = With(byName).BindUsers(users);
            var expected = With(byId);
            var byNameScore = LeadScorer.Default.Explain(lead, bound, scoring.AsOf, scoring.History);
            var byIdScore = LeadScorer.Default.Explain(lead, expected, scoring.AsOf, scoring.History);
            var compiled = LeadScorer.Default.Compile(bound).MaskOf(lead, scoring.AsOf, scoring.History) == LeadScorer.Default.Compile(expected).MaskOf(lead, scoring.AsOf, scoring.History);
            var unbound = Record.Exception(() => LeadScorer.Default.Score(lead, With(byName), scoring.AsOf, scoring.History)) is ScoringException { Criterion: { } failed } && failed == id;
            return (bound.Equals(expected) && byNameScore.Equals(byIdScore) && compiled && unbound
                    && ScoringRule.Parse(((ScoringRule)expected[id].Rule!).ToDisplayText(users)).BindUsers(users).Equals(expected[id].Rule))
                .Label($"{byName} → {bound[id].Rule}; by id {byId}\nby name: {byNameScore}\nby id: {byIdScore}");
        });

    /// <summary>A rule of one of five shapes naming two users (<paramref name="named"/> and <paramref name="other"/>, written as the filter language quotes them).</summary>
    private static string Template(int shape, string named, string other)
    {
        var (x, y) = (FilterValue.FromString(named).ToString(), FilterValue.FromString(other).ToString());
        return shape switch
        {
            0 => $"assignedTo = {x}",
            1 => $"assignedTo != {x}",
            2 => $"assignedTo in ({x}, {y})",
            3 => $"not (assignedTo = {x}) and history.note is empty",
            _ => $"assignedTo = {x} or history.phoneLog within 30d",
        };
    }

    private static Gen<(ScoringCase Case, WorkspaceUser[] Users, UserId? Assignee, WorkspaceUser Named, WorkspaceUser Other, int Shape, int Spelling)> NamedUserCases() =>
        from scoring in ScoringGenerators.ScoringCase()
        from count in Gen.Choose(1, 5)
        from names in Gen.ArrayOf(Gen.Elements("Priya Raman", "Bo Chen", "Ann Lee", "Zoë Ng", "priya raman", "O'Brien \"Ob\""), count)
        from seed in Gen.Choose(1, int.MaxValue)
        let users = names.Select((n, i) => new WorkspaceUser(new UserId(new Guid(seed, (short)i, 0x7000, [0x80, 0, 0, 0, 0, 0, 0, 1])), n, isActive: i % 2 == 0)).ToArray()
        from assigned in Gen.Choose(-2, count - 1)
        from named in Gen.Choose(0, count - 1)
        from other in Gen.Choose(0, count - 1)
        from shape in Gen.Choose(0, 4)
        from spelling in Gen.Choose(0, 2)
        select (scoring, users, assigned switch { -2 => (UserId?)new UserId(new Guid(seed, -1, 0x7000, [0x80, 0, 0, 0, 0, 0, 0, 2])), -1 => null, _ => users[assigned].Id }, users[named], users[other], shape, spelling);

    /// <summary>Writes the test users' ids for <c>{P}</c> (Priya) and <c>{B}</c> (Bo).</summary>
    private static string Ids(string text) => text.Replace("{P}", Priya.Id.ToString(), StringComparison.Ordinal).Replace("{B}", Bo.Id.ToString(), StringComparison.Ordinal);
}
