using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LeadKit.Contacts;
using LeadKit.CustomFields;
using LeadKit.History;
using LeadKit.Leads;
using LeadKit.Testing;

namespace LeadKit.Tests.Properties;

/// <summary>
/// Shrinkers only produce valid values (records still pass their validator, with every required
/// custom field) and never the value itself (which would make FsCheck shrink forever).
/// </summary>
[Properties(Arbitrary = new[] { typeof(LeadKitArbitraries) }, MaxTest = 100)]
public sealed class ShrinkerTests
{
    [Property]
    public void Lead_Shrinks_AreValidAndDifferent(Lead lead)
    {
        var validator = new LeadValidator(LeadKitGenerators.SampleSchema);
        var shrinks = LeadKitArbitraries.Lead().Shrinker(lead).ToList();

        Assert.All(shrinks, shrunk =>
        {
            AssertValid(validator.Validate(shrunk));
            Assert.NotEmpty(RecordComparer.Differences(lead, shrunk));
        });

        // One level deeper on the first candidates (FsCheck keeps shrinking what still fails).
        Assert.All(shrinks.Take(3).SelectMany(s => LeadKitArbitraries.Lead().Shrinker(s)), deeper => AssertValid(validator.Validate(deeper)));
    }

    [Property]
    public void BusinessContact_Shrinks_AreValidAndDifferent(BusinessContact contact)
    {
        var validator = new BusinessContactValidator(LeadKitGenerators.SampleSchema);

        Assert.All(LeadKitArbitraries.BusinessContact().Shrinker(contact), shrunk =>
        {
            AssertValid(validator.Validate(shrunk));
            Assert.NotEmpty(RecordComparer.Differences(contact, shrunk));
        });
    }

    [Property]
    public Property Lead_ShrinksForAnySchema_KeepRequiredFields() =>
        Prop.ForAll(
            (from schema in LeadKitGenerators.CustomFieldSchema()
             from lead in LeadKitGenerators.Lead(schema)
             select (schema, lead)).ToArbitrary(),
            pair =>
            {
                var validator = new LeadValidator(pair.schema);
                Assert.All(LeadKitArbitraries.Lead(pair.schema).Shrinker(pair.lead), shrunk => AssertValid(validator.Validate(shrunk)));
            });

    [Property]
    public void Lead_RepeatedlyShrunk_EndsAtOnlyTheRequiredFields(Lead lead)
    {
        var arbitrary = LeadKitArbitraries.Lead();
        var current = lead;
        for (var step = 0; step < 100; step++)
        {
            var next = arbitrary.Shrinker(current).FirstOrDefault();
            if (next is null)
            {
                break;
            }

            current = next;
        }

        Assert.Empty(current.Emails);
        Assert.Empty(current.Phones);
        Assert.Null(current.Comments);
        Assert.All(current.CustomFields.Keys, name => Assert.True(LeadKitGenerators.SampleSchema.Find(RecordKind.Lead, name)!.IsRequired));
    }

    [Property(MaxTest = 50)]
    public void Lead_ShrunkWhileAPropertyFails_KeepsOnlyWhatMakesItFail(Lead lead)
    {
        // As FsCheck does for a property "a lead has no e-mail address": keep the first shrink that still fails.
        static bool Fails(Lead l) => l.Emails.Count > 0;
        if (!Fails(lead))
        {
            return;
        }

        var arbitrary = LeadKitArbitraries.Lead();
        var current = lead;
        for (var step = 0; step < 500; step++)
        {
            var next = arbitrary.Shrinker(current).FirstOrDefault(Fails);
            if (next is null)
            {
                break;
            }

            current = next;
        }

        Assert.Single(current.Emails);
        Assert.Empty(current.Phones);
        Assert.Empty(current.Addresses);
        Assert.Empty(current.CriterionChecks);
        Assert.Null(current.Photo);
        Assert.Null(current.Comments);
        Assert.Null(current.CompanyName);
        Assert.Null(current.ConvertedTo);
        Assert.Equal(0, current.Version);
        AssertValid(new LeadValidator(LeadKitGenerators.SampleSchema).Validate(current));
    }

    [Property]
    public void Values_Shrinks_AreDifferentAndValid(
        PersonName name, EmailAddress email, EmailEntry entry, PhoneNumber phone, PostalAddress address, Photo photo, LeadSource source, Rating rating)
    {
        AssertShrinks(LeadKitArbitraries.PersonName(), name, n => PersonNameValidator.Instance.Validate(n).IsValid);
        AssertShrinks(LeadKitArbitraries.EmailAddress(), email, e => EmailAddressValidator.Instance.Validate(e).IsValid, (a, b) => a.Value == b.Value);
        AssertShrinks(LeadKitArbitraries.EmailEntry(), entry, e => EmailEntryValidator.Instance.Validate(e).IsValid, (a, b) => a.Kind == b.Kind && a.Address.Value == b.Address.Value && a.DisplayName == b.DisplayName);
        AssertShrinks(LeadKitArbitraries.PhoneNumber(), phone, p => PhoneNumberValidator.Instance.Validate(p).IsValid);
        AssertShrinks(LeadKitArbitraries.PostalAddress(), address, a => PostalAddressValidator.Instance.Validate(a).IsValid && !a.IsMailing);
        AssertShrinks(LeadKitArbitraries.Photo(), photo, p => PhotoValidator.Instance.Validate(p).IsValid);
        AssertShrinks(LeadKitArbitraries.LeadSource(), source, _ => true, (a, b) => a.Name == b.Name);
        AssertShrinks(LeadKitArbitraries.Rating(), rating, _ => true, (a, b) => a.Name == b.Name);
    }

    [Property]
    public void OtherValues_Shrinks_AreDifferentAndValid(
        InitiatedBy referrer, AccountReference account, Scoring.CriterionId criterion, WorkspaceUser user, PhoneticName phonetic, HistoryItem item, Opportunity opportunity)
    {
        AssertShrinks(LeadKitArbitraries.InitiatedBy(), referrer, _ => true);
        AssertShrinks(LeadKitArbitraries.AccountReference(), account, _ => true);
        AssertShrinks(LeadKitArbitraries.CriterionId(), criterion, c => Scoring.CriterionId.TryParse(c.Value, out _));
        AssertShrinks(LeadKitArbitraries.WorkspaceUser(), user, _ => true);
        AssertShrinks(LeadKitArbitraries.PhoneticName(), phonetic, p => PhoneticNameValidator.Instance.Validate(p).IsValid && !p.IsEmpty);
        AssertShrinks(LeadKitArbitraries.HistoryItem(), item, i => i.Subject.Length > 0);
        AssertShrinks(LeadKitArbitraries.Opportunity(), opportunity, o => OpportunityValidator.Instance.Validate(o).IsValid);
    }

    [Property]
    public void CustomFields_Shrinks_StillFitTheirDefinition(CustomFieldDefinition definition, CustomFieldSchema schema)
    {
        AssertShrinks(LeadKitArbitraries.CustomFieldDefinition(), definition, d => CustomFieldDefinitionValidator.Instance.Validate(d).IsValid);
        AssertShrinks(LeadKitArbitraries.CustomFieldSchema(), schema, s => s.Count < schema.Count, (a, b) => a.Count == b.Count);
        var values = LeadKitArbitraries.ValueFor(definition);
        foreach (var value in values.Generator.Sample(5))
        {
            AssertShrinks(values, value, v => definition.Check(v).Count == 0, (a, b) => a.ToInvariantString() == b.ToInvariantString());
        }
    }

    private static void AssertShrinks<T>(Arbitrary<T> arbitrary, T value, Func<T, bool> isValid, Func<T, T, bool>? same = null)
    {
        same ??= (a, b) => EqualityComparer<T>.Default.Equals(a, b);
        Assert.All(arbitrary.Shrinker(value), shrunk =>
        {
            Assert.True(isValid(shrunk), $"Invalid shrink of {value}: {shrunk}");
            Assert.False(same(value, shrunk), $"{value} shrinks to itself.");
        });
    }

    private static void AssertValid(FluentValidation.Results.ValidationResult result) =>
        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Errors.Select(e => $"{e.PropertyName}: {e.ErrorCode} {e.ErrorMessage}")));
}
