using LeadKit.Contacts;
using LeadKit.History;
using LeadKit.Leads;
using LeadKit.Scoring;

namespace LeadKit.Serialization;

// The text form of every string-valued LeadKit type, one small converter each. Identifiers are
// written in the GUID "D" form and read in any form Guid.Parse accepts.

/// <summary>Writes a <see cref="LeadId"/> as its GUID.</summary>
internal sealed class LeadIdConverter : ScalarConverter<LeadId>
{
    /// <inheritdoc />
    public override string Format(LeadId value) => value.ToString();

    /// <inheritdoc />
    protected override LeadId FromText(string text) => LeadId.Parse(text);
}

/// <summary>Writes a <see cref="ContactId"/> as its GUID.</summary>
internal sealed class ContactIdConverter : ScalarConverter<ContactId>
{
    /// <inheritdoc />
    public override string Format(ContactId value) => value.ToString();

    /// <inheritdoc />
    protected override ContactId FromText(string text) => ContactId.Parse(text);
}

/// <summary>Writes a <see cref="UserId"/> as its GUID.</summary>
internal sealed class UserIdConverter : ScalarConverter<UserId>
{
    /// <inheritdoc />
    public override string Format(UserId value) => value.ToString();

    /// <inheritdoc />
    protected override UserId FromText(string text) => UserId.Parse(text);
}

/// <summary>Writes an <see cref="AccountId"/> as its GUID.</summary>
internal sealed class AccountIdConverter : ScalarConverter<AccountId>
{
    /// <inheritdoc />
    public override string Format(AccountId value) => value.ToString();

    /// <inheritdoc />
    protected override AccountId FromText(string text) => AccountId.Parse(text);
}

/// <summary>Writes a <see cref="HistoryItemId"/> as its GUID.</summary>
internal sealed class HistoryItemIdConverter : ScalarConverter<HistoryItemId>
{
    /// <inheritdoc />
    public override string Format(HistoryItemId value) => value.ToString();

    /// <inheritdoc />
    protected override HistoryItemId FromText(string text) => HistoryItemId.Parse(text);
}

/// <summary>Writes an <see cref="OpportunityId"/> as its GUID.</summary>
internal sealed class OpportunityIdConverter : ScalarConverter<OpportunityId>
{
    /// <inheritdoc />
    public override string Format(OpportunityId value) => value.ToString();

    /// <inheritdoc />
    protected override OpportunityId FromText(string text) => OpportunityId.Parse(text);
}

/// <summary>Writes a <see cref="CriterionId"/> as its slug.</summary>
internal sealed class CriterionIdConverter : ScalarConverter<CriterionId>
{
    /// <inheritdoc />
    public override string Format(CriterionId value) => value.Value;

    /// <inheritdoc />
    protected override CriterionId FromText(string text) => new(text);
}

/// <summary>Writes an <see cref="EmailAddress"/> as <c>local@domain</c>.</summary>
internal sealed class EmailAddressConverter : ScalarConverter<EmailAddress>
{
    /// <inheritdoc />
    public override string Format(EmailAddress value) => value.Value;

    /// <inheritdoc />
    protected override EmailAddress FromText(string text) => EmailAddress.Parse(text);
}

/// <summary>Writes a <see cref="LeadSource"/> as its name.</summary>
internal sealed class LeadSourceConverter : ScalarConverter<LeadSource>
{
    /// <inheritdoc />
    public override string Format(LeadSource value) => value.Name;

    /// <inheritdoc />
    protected override LeadSource FromText(string text) => new(text);
}

/// <summary>Writes a <see cref="Rating"/> as its name.</summary>
internal sealed class RatingConverter : ScalarConverter<Rating>
{
    /// <inheritdoc />
    public override string Format(Rating value) => value.Name;

    /// <inheritdoc />
    protected override Rating FromText(string text) => new(text);
}

/// <summary>The scalar converters the documents use.</summary>
internal static class Scalars
{
    public static LeadIdConverter LeadId { get; } = new();

    public static ContactIdConverter ContactId { get; } = new();

    public static UserIdConverter UserId { get; } = new();

    public static AccountIdConverter AccountId { get; } = new();

    public static HistoryItemIdConverter HistoryItemId { get; } = new();

    public static OpportunityIdConverter OpportunityId { get; } = new();

    public static CriterionIdConverter CriterionId { get; } = new();

    public static EmailAddressConverter EmailAddress { get; } = new();

    public static LeadSourceConverter LeadSource { get; } = new();

    public static RatingConverter Rating { get; } = new();
}
