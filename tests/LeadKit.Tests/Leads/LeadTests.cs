using LeadKit.Leads;
using LeadKit.Validation;
using NodaTime;
using NodaTime.Testing;

namespace LeadKit.Tests.Leads;

public sealed class LeadTests
{
    private static readonly FakeClock Clock = new(Instant.FromUtc(2026, 11, 27, 9, 0));

    [Fact]
    public void Create_WithOnlyAName_IsValid()
    {
        var lead = Lead.Create(PersonName.Parse("Ann Lee"), Clock);

        Assert.Equal("Ann Lee", lead.Name.FullName);
        Assert.Equal(Clock.GetCurrentInstant(), lead.CreatedAt);
        Assert.True(new LeadValidator().Validate(lead).IsValid);
    }

    [Fact]
    public void PersonName_WithoutFullName_IsRejectedNamingTheField()
    {
        var ex = Assert.Throws<LeadKitValidationException>(() => PersonName.Parse("   "));

        var error = Assert.Single(ex.Errors);
        Assert.Equal("FullName", error.PropertyPath);
        Assert.Equal("LeadKit.PersonName.FullNameRequired", error.ErrorCode);
    }

    [Fact]
    public void AddAddress_SecondMailingAddress_IsRejected()
    {
        var lead = Lead.Create(PersonName.Parse("Ann Lee"), Clock);
        lead.AddAddress(new PostalAddress(AddressKind.Business, city: "Lyon", isMailing: true));

        var ex = Assert.Throws<LeadKitValidationException>(() => lead.AddAddress(new PostalAddress(AddressKind.Home, city: "Paris", isMailing: true)));

        Assert.Equal("Addresses[1].IsMailing", Assert.Single(ex.Errors).PropertyPath);
        Assert.Equal("LeadKit.Record.SecondMailingAddress", ex.Errors[0].ErrorCode);
        Assert.Single(lead.Addresses);
    }

    [Fact]
    public void CriterionChecksAndCustomFields_ViewsTakenWhileEmpty_SeeLaterChanges()
    {
        var lead = Lead.Create(PersonName.Parse("Ann Lee"), Clock);
        var checks = lead.CriterionChecks;
        var fields = lead.CustomFields;

        lead.CheckCriterion(new Scoring.CriterionId("budget"), Clock.GetCurrentInstant());
        lead.SetCustomField(new CustomFields.CustomFieldDefinition(RecordKind.Lead, "Region", CustomFields.CustomFieldType.Text), CustomFields.CustomFieldValue.FromText("West"));

        Assert.Equal(Clock.GetCurrentInstant(), Assert.Single(checks).Value);
        Assert.Equal("West", Assert.Single(fields).Value.AsText);
    }

    [Fact]
    public void UncheckCriterionAndCopy_OnARecordWithNone_ChangeNothing()
    {
        var lead = Lead.Create(PersonName.Parse("Ann Lee"), Clock);

        Assert.False(lead.UncheckCriterion(new Scoring.CriterionId("budget")));
        Assert.Throws<ArgumentException>(() => lead.UncheckCriterion(default));
        var copy = lead.Copy();
        copy.CheckCriterion(new Scoring.CriterionId("budget"), Clock.GetCurrentInstant());

        Assert.Empty(lead.CriterionChecks);
        Assert.Empty(lead.CustomFields);
        Assert.Single(copy.CriterionChecks);
    }
}
