using FsCheck.Xunit;
using LeadKit.Contacts;
using LeadKit.CustomFields;
using LeadKit.History;
using LeadKit.Leads;
using LeadKit.Scoring;
using LeadKit.Testing;

namespace LeadKit.Tests.Properties;

/// <summary>
/// Equality laws for every value type: reflexive, symmetric, consistent with <see cref="object.Equals(object)"/>,
/// equal to an independently rebuilt copy, and equal values have equal hash codes.
/// </summary>
[Properties(Arbitrary = new[] { typeof(LeadKitArbitraries) }, MaxTest = 500)]
public sealed class ValueEqualityTests
{
    [Property]
    public void PersonName_Equality_FollowsLaws(PersonName x, PersonName y) =>
        EqualityLaws.Check(x, y, new PersonName(x.FullName, x.Prefix, x.First, x.Middle, x.Last, x.Suffix));

    [Property]
    public void EmailAddress_Equality_FollowsLaws(EmailAddress x, EmailAddress y) =>
        EqualityLaws.Check(x, y, EmailAddress.Parse(x.Value));

    [Property]
    public void EmailEntry_Equality_FollowsLaws(EmailEntry x, EmailEntry y) =>
        EqualityLaws.Check(x, y, new EmailEntry(x.Kind, EmailAddress.Parse(x.Address.Value), x.DisplayName));

    [Property]
    public void PhoneNumber_Equality_FollowsLaws(PhoneNumber x, PhoneNumber y) =>
        EqualityLaws.Check(x, y, new PhoneNumber(x.Kind, x.Number));

    [Property]
    public void PostalAddress_Equality_FollowsLaws(PostalAddress x, PostalAddress y) =>
        EqualityLaws.Check(x, y, new PostalAddress(x.Kind, x.Street, x.PoBox, x.City, x.State, x.PostalCode, x.Country, x.IsMailing));

    [Property]
    public void Photo_Equality_FollowsLaws(Photo x, Photo y) =>
        EqualityLaws.Check(x, y, new Photo(x.Content.ToArray(), x.MediaType.ToUpperInvariant()));

    [Property]
    public void LeadSource_Equality_FollowsLawsIgnoringCase(LeadSource x, LeadSource y)
    {
        EqualityLaws.Check(x, y, new LeadSource(x.Name));
        EqualityLaws.Check(x, y, new LeadSource(x.Name.ToUpperInvariant()));
        EqualityLaws.Check(x, y, new LeadSource(x.Name.ToLowerInvariant()));
    }

    [Property]
    public void Rating_Equality_FollowsLawsIgnoringCase(Rating x, Rating y)
    {
        EqualityLaws.Check(x, y, new Rating(x.Name));
        EqualityLaws.Check(x, y, new Rating(x.Name.ToUpperInvariant()));
    }

    [Property]
    public void InitiatedBy_Equality_FollowsLaws(InitiatedBy x, InitiatedBy y) =>
        EqualityLaws.Check(x, y, x.Contact is { } contact ? InitiatedBy.FromContact(contact, x.DisplayName) : InitiatedBy.FromUser(x.User!.Value, x.DisplayName));

    [Property]
    public void AccountReference_Equality_FollowsLaws(AccountReference x, AccountReference y) =>
        EqualityLaws.Check(x, y, new AccountReference(AccountId.Parse(x.Id.ToString()), x.Name));

    [Property]
    public void Identifiers_Equality_FollowsLaws(LeadId lead, ContactId contact, AccountId account, UserId user, HistoryItemId item, OpportunityId opportunity)
    {
        EqualityLaws.Check(lead, LeadId.New(), LeadId.Parse(lead.ToString()));
        EqualityLaws.Check(contact, ContactId.New(), ContactId.Parse(contact.ToString()));
        EqualityLaws.Check(account, AccountId.New(), AccountId.Parse(account.ToString()));
        EqualityLaws.Check(user, UserId.New(), UserId.Parse(user.ToString()));
        EqualityLaws.Check(item, HistoryItemId.New(), HistoryItemId.Parse(item.ToString()));
        EqualityLaws.Check(opportunity, OpportunityId.New(), OpportunityId.Parse(opportunity.ToString()));
    }

    [Property]
    public void RecordReference_Equality_FollowsLaws(RecordReference x, RecordReference y) =>
        EqualityLaws.Check(x, y, new RecordReference(x.Kind, x.Id));

    [Property]
    public void CriterionId_Equality_FollowsLaws(CriterionId x, CriterionId y) =>
        EqualityLaws.Check(x, y, new CriterionId(x.Value));

    [Property]
    public void CustomFieldValue_Equality_FollowsLaws(CustomFieldValue x, CustomFieldValue y) =>
        EqualityLaws.Check(x, y, Rebuild(x));

    /// <summary>Custom-field definitions (including choice fields, whose picklists compare by content) follow the equality laws.</summary>
    [Property]
    public void CustomFieldDefinition_Equality_FollowsLaws(CustomFieldDefinition x, CustomFieldDefinition y) =>
        EqualityLaws.Check(x, y, new CustomFieldDefinition(x.RecordKind, x.Name, x.Type, x.IsRequired, x.MaxLength, x.Choices, x.CurrencyCode));

    [Property]
    public void CustomFieldDefinition_WithoutChoices_EqualityFollowsLaws(CustomFieldDefinition x, CustomFieldDefinition y)
    {
        if (x.Type == CustomFieldType.Choice)
        {
            return;
        }

        EqualityLaws.Check(x, y, new CustomFieldDefinition(x.RecordKind, x.Name, x.Type, x.IsRequired, x.MaxLength, x.Choices, x.CurrencyCode));
    }

    [Property]
    public void PhoneticName_Equality_FollowsLaws(PhoneticName x, PhoneticName y) =>
        EqualityLaws.Check(x, y, new PhoneticName(x.First, x.Last, x.Company));

    [Property]
    public void WorkspaceUser_Equality_FollowsLaws(WorkspaceUser x, WorkspaceUser y) =>
        EqualityLaws.Check(x, y, new WorkspaceUser(x.Id, x.DisplayName, x.IsActive));

    [Property]
    public void HistoryItem_Equality_FollowsLaws(HistoryItem x, HistoryItem y) =>
        EqualityLaws.Check(x, y, x.RelinkTo(x.Record));

    [Property]
    public void Opportunity_Equality_FollowsLaws(Opportunity x, Opportunity y) =>
        EqualityLaws.Check(x, y, x.RelinkTo(x.Record));

    private static CustomFieldValue Rebuild(CustomFieldValue value) => value.Type switch
    {
        CustomFieldType.Text => CustomFieldValue.FromText(new string(value.AsText.AsSpan())),
        CustomFieldType.Choice => CustomFieldValue.FromChoice(new string(value.AsText.AsSpan())),
        CustomFieldType.WholeNumber => CustomFieldValue.FromWholeNumber(value.AsWholeNumber),
        CustomFieldType.Decimal => CustomFieldValue.FromDecimal(value.AsDecimal),
        CustomFieldType.Currency => CustomFieldValue.FromCurrency(value.AsDecimal),
        CustomFieldType.Date => CustomFieldValue.FromDate(value.AsDate),
        CustomFieldType.YesNo => CustomFieldValue.FromYesNo(value.AsYesNo),
        _ => throw new ArgumentOutOfRangeException(nameof(value)),
    };
}
