using LeadKit.Querying;
using LeadKit.Scoring;
using LeadKit.Validation;
using NodaTime;
using static LeadKit.Tests.LeadScoring.ScoringFixtures;

namespace LeadKit.Tests.LeadScoring;

/// <summary>Customising the criteria: every edit is validated and returns a new profile with the next version.</summary>
public sealed class ScoringProfileTests
{
    private static LeadKitValidationException Refused(Action action, string code)
    {
        var ex = Assert.Throws<LeadKitValidationException>(action);
        Assert.Contains(ex.Errors, e => e.ErrorCode == code);
        return ex;
    }

    [Fact]
    public void Default_IsTheDocumentedProfile()
    {
        var profile = ScoringProfile.Default;

        Assert.Equal(
            ["budget-confirmed", "decision-maker-identified", "need-identified", "timeline-within-3-months", "engaged-recently", "reachable"],
            profile.Criteria.Select(c => c.Id.Value));
        Assert.Equal([Weight.High, Weight.High, Weight.Normal, Weight.Normal, Weight.Low, Weight.Low], profile.Criteria.Select(c => c.Weight));
        Assert.Equal(12, profile.TotalPoints);
        Assert.Equal(1, profile.Version);
        Assert.Equal(5, profile.MaxStars);
        Assert.Equal(WeightScale.Default, profile.Scale);
        Assert.Equal(Duration.FromDays(90), profile[new CriterionId("timeline-within-3-months")].Validity);
        Assert.Equal("history.phoneLog within 30d or history.appointment within 30d", profile[new CriterionId("engaged-recently")].Rule!.ToString());
        Assert.Equal("email is not empty and phone is not empty", profile[new CriterionId("reachable")].Rule!.ToString());
        Assert.True(profile.IsSerializable);
    }

    [Fact]
    public void Add_DescriptionAndWeight_AddsACheckBoxWithAnIdFromTheDescription()
    {
        var profile = Abc.Add("  Budget confirmed ", Weight.High);

        var added = profile.Criteria[^1];
        Assert.Equal("budget-confirmed", added.Id.Value);
        Assert.Equal("Budget confirmed", added.Description);
        Assert.Equal(Weight.High, added.Weight);
        Assert.Null(added.Rule);
        Assert.Equal(Abc.Version + 1, profile.Version);
        Assert.Equal(3, Abc.Criteria.Length);
    }

    [Theory]
    [InlineData("Purchase timeline ≤ 3 months", "purchase-timeline-3-months")]
    [InlineData("Größe passt!", "grosse-passt")]
    [InlineData("Café", "cafe")]
    [InlineData("予算", "criterion")]
    [InlineData("A", "a-2")]
    [InlineData("Budget\uD800 confirmed", "budget-confirmed")]
    public void SuggestId_MakesASlugTheProfileDoesNotUse(string description, string id)
    {
        Assert.Equal(id, Abc.SuggestId(description).Value);
    }

    [Fact]
    public void SuggestId_LongDescription_FitsTheIdLength()
    {
        var id = Abc.SuggestId(new string('x', 300));

        Assert.True(id.Value.Length <= CriterionId.MaxLength);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Add_BlankDescription_IsRefused(string description) =>
        Refused(() => Abc.Add(description, Weight.Low), "LeadKit.ScoringCriterion.DescriptionRequired");

    [Fact]
    public void Add_DescriptionOf256Characters_IsRefused_And255Accepted()
    {
        Refused(() => Abc.Add(new string('d', 256), Weight.Low), "LeadKit.ScoringCriterion.DescriptionTooLong");

        Assert.Equal(255, Abc.Add(new string('d', 255), Weight.Low).Criteria[^1].Description.Length);
    }

    [Theory]
    [InlineData("a")]
    [InlineData("A")]
    [InlineData(" b ")]
    public void Add_DuplicateDescriptionIgnoringCase_IsRefused(string description) =>
        Refused(() => Abc.Add(description.ToUpperInvariant(), Weight.Low), "LeadKit.ScoringProfile.DuplicateDescription");

    [Fact]
    public void Add_DuplicateId_IsRefused() =>
        Refused(() => Abc.Add(new ScoringCriterion(A, "Another", Weight.Low)), "LeadKit.ScoringProfile.DuplicateId");

    [Fact]
    public void Add_The51stCriterion_IsRefused()
    {
        var profile = ScoringProfile.Empty;
        for (var i = 1; i <= ScoringProfile.MaxCriteria; i++)
        {
            profile = profile.Add($"Criterion {i}", Weight.Normal);
        }

        Assert.Equal(50, profile.Criteria.Length);
        Assert.Equal(50, profile.Version);
        Refused(() => profile.Add("One too many", Weight.Low), "LeadKit.ScoringProfile.TooManyCriteria");
    }

    [Fact]
    public void Edit_Weight_BumpsTheVersionAndKeepsTheId()
    {
        var edited = Abc.Edit(C, weight: Weight.High);

        Assert.Equal(Weight.High, edited[C].Weight);
        Assert.Equal("C", edited[C].Description);
        Assert.Equal(Abc.Version + 1, edited.Version);
        Assert.Equal(8, edited.TotalPoints);
    }

    [Fact]
    public void Edit_DescriptionAndWeight_ChangesBothInOneVersion()
    {
        var edited = Abc.Edit(B, " Budget ", Weight.Low);

        Assert.Equal(("Budget", Weight.Low), (edited[B].Description, edited[B].Weight));
        Assert.Equal(Abc.Version + 1, edited.Version);
    }

    [Fact]
    public void Edit_NothingChanges_ReturnsTheSameProfile()
    {
        Assert.Same(Abc, Abc.Edit(A));
        Assert.Same(Abc, Abc.Edit(A, "A", Weight.High));
        Assert.Same(Abc, Abc.WithScale(WeightScale.Default));
        Assert.Same(Abc, Abc.WithMaxStars(5));
    }

    [Fact]
    public void Edit_ToAnotherCriterionsDescription_IsRefused() =>
        Refused(() => Abc.Edit(A, description: "b"), "LeadKit.ScoringProfile.DuplicateDescription");

    [Fact]
    public void Edit_ToABlankOrTooLongDescription_IsRefused()
    {
        Refused(() => Abc.Edit(A, description: " "), "LeadKit.ScoringCriterion.DescriptionRequired");
        Refused(() => Abc.Edit(A, description: new string('x', 256)), "LeadKit.ScoringCriterion.DescriptionTooLong");
    }

    [Fact]
    public void EditOrRemove_UnknownCriterion_IsRefused()
    {
        var unknown = new CriterionId("zzz");

        Refused(() => Abc.Edit(unknown, weight: Weight.Low), "LeadKit.ScoringProfile.UnknownCriterion");
        Refused(() => Abc.Remove(unknown), "LeadKit.ScoringProfile.UnknownCriterion");
    }

    [Fact]
    public void Remove_DropsTheCriterion_AndRecordsKeepTheirCheckHarmlessly()
    {
        var removed = Abc.Remove(A);
        var lead = NewLead(A, B);

        var score = LeadScorer.Default.Score(lead, removed, AsOf);

        Assert.Equal([B, C], removed.Criteria.Select(c => c.Id));
        Assert.Equal(Abc.Version + 1, removed.Version);
        Assert.Equal((2, 3), (score.Met, score.Total));
        Assert.True(lead.CriterionChecks.ContainsKey(A));
    }

    [Fact]
    public void RuleValidityScaleStarsAndOrder_AreEditsToo()
    {
        var profile = Abc
            .WithRule(A, ScoringRule.Parse("email is not empty"))
            .WithValidity(B, Duration.FromDays(30))
            .WithScale(new WeightScale(1, 5, 10))
            .WithMaxStars(10)
            .Move(C, 0);

        Assert.Equal(Abc.Version + 5, profile.Version);
        Assert.Equal([C, A, B], profile.Criteria.Select(c => c.Id));
        Assert.Equal(16, profile.TotalPoints);
        Assert.Equal(10, profile.MaxStars);
    }

    [Fact]
    public void WithValidity_OnARuleCriterion_IsRefused() =>
        Refused(() => Abc.WithRule(A, ScoringRule.Parse("email is not empty")).WithValidity(A, Duration.FromDays(1)), "LeadKit.ScoringCriterion.RuleWithValidity");

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void ScoringCriterion_NonPositiveValidity_IsRefused(int days) =>
        Refused(() => _ = new ScoringCriterion(A, "A", Weight.Low, validity: Duration.FromDays(days)), "LeadKit.ScoringCriterion.Validity");

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    public void MaxStars_OutOfRange_IsRefused(int maxStars) =>
        Refused(() => Abc.WithMaxStars(maxStars), "LeadKit.ScoringProfile.MaxStars");

    [Theory]
    [InlineData(0, 2, 3, "LeadKit.WeightScale.Range")]
    [InlineData(1, 2, 1_000_001, "LeadKit.WeightScale.Range")]
    [InlineData(2, 1, 3, "LeadKit.WeightScale.Order")]
    [InlineData(1, 3, 2, "LeadKit.WeightScale.Order")]
    public void WeightScale_OutOfRangeOrOrder_IsRefused(int low, int normal, int high, string code) =>
        Refused(() => _ = new WeightScale(low, normal, high), code);

    [Fact]
    public void WeightScale_Multiply_ScalesEveryWeight()
    {
        Assert.Equal(new WeightScale(3, 6, 9), WeightScale.Default.Multiply(3));
        Refused(() => WeightScale.Default.Multiply(400_000), "LeadKit.WeightScale.Range");
        Assert.Equal("Low=1 Normal=2 High=3", WeightScale.Default.ToString());
    }

    [Fact]
    public void Equality_IsStructural()
    {
        var copy = new ScoringProfile(Abc.Criteria, WeightScale.Default, 5, 1);

        Assert.Equal(Abc, copy);
        Assert.Equal(Abc.GetHashCode(), copy.GetHashCode());
        Assert.NotEqual(Abc, Abc.Edit(A, weight: Weight.Low).Edit(A, weight: Weight.High));
    }

    [Fact]
    public void Version_Negative_IsRefused() =>
        Refused(() => _ = new ScoringProfile([], version: -1), "LeadKit.ScoringProfile.Version");
}
