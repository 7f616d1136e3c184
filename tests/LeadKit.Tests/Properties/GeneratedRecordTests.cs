using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LeadKit.Contacts;
using LeadKit.CustomFields;
using LeadKit.History;
using LeadKit.Leads;
using LeadKit.Testing;

namespace LeadKit.Tests.Properties;

/// <summary>Every record the generators produce is valid: the validators accept it for the schema it was generated against.</summary>
[Properties(Arbitrary = new[] { typeof(LeadKitArbitraries) }, MaxTest = 500)]
public sealed class GeneratedRecordTests
{
    [Property]
    public void Lead_FromSampleSchema_PassesValidator(Lead lead) =>
        AssertValid(new LeadValidator(LeadKitGenerators.SampleSchema).Validate(lead));

    [Property]
    public void BusinessContact_FromSampleSchema_PassesValidator(BusinessContact contact) =>
        AssertValid(new BusinessContactValidator(LeadKitGenerators.SampleSchema).Validate(contact));

    [Property]
    public Property Lead_FromAnySchema_PassesValidator() =>
        Prop.ForAll(
            WithSchema(LeadKitGenerators.Lead).ToArbitrary(),
            pair => AssertValid(new LeadValidator(pair.Schema).Validate(pair.Record)));

    [Property]
    public Property BusinessContact_FromAnySchema_PassesValidator() =>
        Prop.ForAll(
            WithSchema(LeadKitGenerators.BusinessContact).ToArbitrary(),
            pair => AssertValid(new BusinessContactValidator(pair.Schema).Validate(pair.Record)));

    [Property]
    public void Lead_Always_KeepsRecordInvariants(Lead lead)
    {
        Assert.True(lead.Addresses.Count(a => a.IsMailing) <= 1);
        Assert.Equal(lead.Emails.Count, lead.Emails.Select(e => e.Address).Distinct().Count());
        Assert.True(lead.ScoreType == Scoring.ScoreType.Automatic || lead.ManualStars is not null);
        Assert.All(lead.CustomFields.Keys, name => Assert.NotNull(LeadKitGenerators.SampleSchema.Find(RecordKind.Lead, name)));
    }

    [Property]
    public void PostalAddress_Generated_IsNeverTheMailingAddress(PostalAddress address) => Assert.False(address.IsMailing);

    [Property]
    public void Photo_Generated_IsTiny(Photo photo) => Assert.InRange(photo.Length, 2, 400);

    [Property]
    public void CustomFieldValue_ForDefinition_FitsIt(CustomFieldDefinition definition) =>
        Assert.All(LeadKitGenerators.ValueFor(definition).Sample(20), value => Assert.Empty(definition.Check(value)));

    [Property]
    public Property HistoryItem_ForRecord_IsLinkedToIt() =>
        Prop.ForAll(
            (from record in LeadKitGenerators.RecordReference()
             from item in LeadKitGenerators.HistoryItem(record)
             select (record, item)).ToArbitrary(),
            pair => Assert.Equal(pair.record, pair.item.Record));

    [Property]
    public void Opportunity_Generated_PassesValidator(Opportunity opportunity) =>
        AssertValid(OpportunityValidator.Instance.Validate(opportunity));

    [Fact]
    public void Lead_Sampled_CoversOnlyANameUpToEverything()
    {
        var leads = LeadKitGenerators.Lead().Sample(300, new Rnd(20261127), 100);

        Assert.Contains(leads, l => l.Emails.Count == 0 && l.Phones.Count == 0 && l.JobTitle is null && l.Comments is null && l.Photo is null);
        Assert.Contains(leads, l => l.Emails.Count > 0 && l.Phones.Count > 0 && l.Addresses.Count > 0 && l.Photo is not null && l.WebPage is not null
            && l.Source is not null && l.Rating is not null && l.InitiatedBy is not null && l.CriterionChecks.Count > 0 && l.Comments is not null);
        Assert.Contains(leads, l => l.MailingAddress is not null);
        Assert.Contains(leads, l => l.ScoreType == Scoring.ScoreType.Manual);
        Assert.Contains(leads, l => l.ScoreType == Scoring.ScoreType.Automatic && l.ManualStars is not null);
        Assert.Contains(leads, l => l.IsConverted);
        Assert.Contains(leads, l => l.CustomFields.Count == LeadKitGenerators.SampleSchema.For(RecordKind.Lead).Count());
    }

    [Fact]
    public void EmailAddress_Sampled_CoversUpperCaseAndInternationalDomains()
    {
        var addresses = LeadKitGenerators.EmailAddress().Sample(500, new Rnd(20261127), 50);

        Assert.Contains(addresses, a => a.Domain.Any(char.IsAsciiLetterUpper));
        Assert.Contains(addresses, a => a.Domain.Any(c => c > 127));
        Assert.Contains(addresses, a => a.LocalPart.Any(c => c > 127));
        Assert.Contains(addresses, a => a.LocalPart.Contains('.', StringComparison.Ordinal));
    }

    [Fact]
    public void PhoneNumber_Sampled_CoversEveryKindAndExtensions()
    {
        var phones = LeadKitGenerators.PhoneNumber().Sample(1000, new Rnd(20261127), 50);

        Assert.Equal(Enum.GetValues<PhoneKind>().Order(), phones.Select(p => p.Kind).Distinct().Order());
        Assert.Contains(phones, p => p.Number.Contains("ext", StringComparison.Ordinal) || p.Number.Contains('x', StringComparison.Ordinal));
        Assert.Contains(phones, p => p.Number.Contains('(', StringComparison.Ordinal));
    }

    [Fact]
    public void HistoryItem_Sampled_CoversEveryKind()
    {
        var items = LeadKitGenerators.HistoryItem().Sample(200, new Rnd(20261127), 50);

        var kinds = new[] { typeof(BusinessNote), typeof(PhoneLog), typeof(Appointment), typeof(TaskItem), typeof(ActivityEntry) };
        Assert.Equal(kinds.Select(k => k.Name).Order(), items.Select(i => i.GetType().Name).Distinct().Order());
    }

    private static Gen<(CustomFieldSchema Schema, T Record)> WithSchema<T>(Func<CustomFieldSchema, Gen<T>> records) =>
        from schema in LeadKitGenerators.CustomFieldSchema()
        from record in records(schema)
        select (schema, record);

    private static void AssertValid(FluentValidation.Results.ValidationResult result) =>
        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Errors.Select(e => $"{e.PropertyName}: {e.ErrorCode} {e.ErrorMessage}")));
}
