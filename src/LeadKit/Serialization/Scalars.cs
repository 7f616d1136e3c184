using System;
using LeadKit.Contacts;
using LeadKit.History;
using LeadKit.Leads;
using LeadKit.Scoring;

namespace LeadKit.Serialization;

/// <summary>
/// The text form of every string-valued LeadKit type. Identifiers are written in the GUID "D"
/// form (criterion ids as their slug) and read in any form their <c>Parse</c> accepts; the
/// other types use their own validated constructors, so JSON can never build an invalid value.
/// </summary>
internal static class Scalars
{
    public static ScalarConverter<LeadId> LeadId { get; } = new TextConverter<LeadId>(v => v.ToString(), Leads.LeadId.Parse);

    public static ScalarConverter<ContactId> ContactId { get; } = new TextConverter<ContactId>(v => v.ToString(), Contacts.ContactId.Parse);

    public static ScalarConverter<UserId> UserId { get; } = new TextConverter<UserId>(v => v.ToString(), Leads.UserId.Parse);

    public static ScalarConverter<AccountId> AccountId { get; } = new TextConverter<AccountId>(v => v.ToString(), Leads.AccountId.Parse);

    public static ScalarConverter<HistoryItemId> HistoryItemId { get; } = new TextConverter<HistoryItemId>(v => v.ToString(), History.HistoryItemId.Parse);

    public static ScalarConverter<OpportunityId> OpportunityId { get; } = new TextConverter<OpportunityId>(v => v.ToString(), History.OpportunityId.Parse);

    public static ScalarConverter<CriterionId> CriterionId { get; } = new TextConverter<CriterionId>(v => v.Value, t => new CriterionId(t));

    public static ScalarConverter<EmailAddress> EmailAddress { get; } = new TextConverter<EmailAddress>(v => v.Value, Leads.EmailAddress.Parse);

    public static ScalarConverter<LeadSource> LeadSource { get; } = new TextConverter<LeadSource>(v => v.Name, t => new LeadSource(t));

    public static ScalarConverter<Rating> Rating { get; } = new TextConverter<Rating>(v => v.Name, t => new Rating(t));

    /// <summary>A scalar converter made of its two functions.</summary>
    private sealed class TextConverter<T>(Func<T, string> format, Func<string, T> parse) : ScalarConverter<T>
    {
        public override string Format(T value) => format(value);

        protected override T FromText(string text) => parse(text);
    }
}
