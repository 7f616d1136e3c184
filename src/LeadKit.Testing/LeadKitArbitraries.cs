using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using LeadKit.Contacts;
using LeadKit.CustomFields;
using LeadKit.History;
using LeadKit.Leads;
using LeadKit.Scoring;
using NodaTime;

namespace LeadKit.Testing;

/// <summary>
/// FsCheck arbitraries — a generator from <see cref="LeadKitGenerators"/> plus a shrinker — for
/// every LeadKit domain type. Register the class with a property,
/// <c>[Property(Arbitrary = new[] { typeof(LeadKitArbitraries) })]</c>, or call a method
/// directly with <c>Prop.ForAll</c>.
/// </summary>
/// <remarks>
/// Shrinkers simplify a failing value step by step (a record drops e-mails, phones, addresses,
/// criteria, optional custom fields and optional fields, and its name gets shorter; values move
/// toward simple ones such as <c>a@example.com</c> or 2000-01-01). Every shrunk value is valid:
/// records still pass their validator for the schema, with every required custom field set.
/// Records are rebuilt from a snapshot while shrinking, so a property may mutate the record it
/// receives. The methods taking a schema are not discovered by registration (FsCheck only
/// injects arbitraries); call them with <c>Prop.ForAll</c>.
/// </remarks>
public static class LeadKitArbitraries
{
    /// <summary>Instants from 2000 to 2040; shrinks toward 2000-01-01T00:00:00Z and whole days or seconds.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Instant> Instant() => Arb.From(LeadKitGenerators.Instant(), Shrinking.Instant);

    /// <summary>Dates from 1900 to 2100; shrinks toward 2000-01-01 and the first of the month.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<LocalDate> LocalDate() => Arb.From(LeadKitGenerators.LocalDate(), Shrinking.Date);

    /// <summary>Lead identifiers; shrinks toward <c>00000001-0000-0000-0000-000000000000</c>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<LeadId> LeadId() => Arb.From(LeadKitGenerators.LeadId(), id => ValueShrinkers.Guid(id.Value).Select(g => new LeadId(g)));

    /// <summary>Business-contact identifiers; shrinks toward <c>00000001-0000-0000-0000-000000000000</c>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ContactId> ContactId() => Arb.From(LeadKitGenerators.ContactId(), id => ValueShrinkers.Guid(id.Value).Select(g => new ContactId(g)));

    /// <summary>Account identifiers; shrinks toward <c>00000001-0000-0000-0000-000000000000</c>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<AccountId> AccountId() => Arb.From(LeadKitGenerators.AccountId(), id => ValueShrinkers.Guid(id.Value).Select(g => new AccountId(g)));

    /// <summary>User identifiers; shrinks toward <c>00000001-0000-0000-0000-000000000000</c>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<UserId> UserId() => Arb.From(LeadKitGenerators.UserId(), id => ValueShrinkers.Guid(id.Value).Select(g => new UserId(g)));

    /// <summary>History-item identifiers; shrinks toward <c>00000001-0000-0000-0000-000000000000</c>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<HistoryItemId> HistoryItemId() => Arb.From(LeadKitGenerators.HistoryItemId(), id => ValueShrinkers.Guid(id.Value).Select(g => new HistoryItemId(g)));

    /// <summary>Opportunity identifiers; shrinks toward <c>00000001-0000-0000-0000-000000000000</c>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<OpportunityId> OpportunityId() => Arb.From(LeadKitGenerators.OpportunityId(), id => ValueShrinkers.Guid(id.Value).Select(g => new OpportunityId(g)));

    /// <summary>References to leads and business contacts; shrinks a reference's identifier.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<RecordReference> RecordReference() =>
        Arb.From(LeadKitGenerators.RecordReference(), r => ValueShrinkers.Guid(r.Id).Select(g => new RecordReference(r.Kind, g)));

    /// <summary>Person names; shrinks by dropping the parts and shortening the full name.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<PersonName> PersonName() => Arb.From(LeadKitGenerators.PersonName(), ValueShrinkers.PersonName);

    /// <summary>Valid e-mail addresses; shrinks toward <c>a@example.com</c>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<EmailAddress> EmailAddress() => Arb.From(LeadKitGenerators.EmailAddress(), ValueShrinkers.EmailAddress);

    /// <summary>E-mail entries; shrinks by dropping the display name, to the business kind, and by shrinking the address.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<EmailEntry> EmailEntry() => Arb.From(LeadKitGenerators.EmailEntry(), ValueShrinkers.EmailEntry);

    /// <summary>Phone numbers; shrinks toward <c>555</c>, the digits alone and the business kind.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<PhoneNumber> PhoneNumber() => Arb.From(LeadKitGenerators.PhoneNumber(), ValueShrinkers.PhoneNumber);

    /// <summary>Postal addresses (never the mailing address); shrinks by clearing components.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<PostalAddress> PostalAddress() => Arb.From(LeadKitGenerators.PostalAddress(), ValueShrinkers.PostalAddress);

    /// <summary>Tiny photos; shrinks toward the bare format signature.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Photo> Photo() => Arb.From(LeadKitGenerators.Photo(), ValueShrinkers.Photo);

    /// <summary>Lead sources; shrinks toward the first default source and shorter names.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<LeadSource> LeadSource() => Arb.From(LeadKitGenerators.LeadSource(), ValueShrinkers.LeadSource);

    /// <summary>Ratings; shrinks toward the first default rating and shorter names.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Rating> Rating() => Arb.From(LeadKitGenerators.Rating(), ValueShrinkers.Rating);

    /// <summary>Referrers; shrinks by dropping the display name.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<InitiatedBy> InitiatedBy() => Arb.From(LeadKitGenerators.InitiatedBy(), ValueShrinkers.InitiatedBy);

    /// <summary>Account references; shrinks by dropping the name.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<AccountReference> AccountReference() => Arb.From(LeadKitGenerators.AccountReference(), ValueShrinkers.AccountReference);

    /// <summary>Scoring-criterion identifiers; shrinks toward <c>a</c> and shorter slugs.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CriterionId> CriterionId() => Arb.From(LeadKitGenerators.CriterionId(), ValueShrinkers.CriterionId);

    /// <summary>Workspace users; shrinks toward active users with shorter names.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<WorkspaceUser> WorkspaceUser() => Arb.From(LeadKitGenerators.WorkspaceUser(), ValueShrinkers.WorkspaceUser);

    /// <summary>Phonetic names; shrinks by dropping parts (never to an empty name).</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<PhoneticName> PhoneticName() => Arb.From(LeadKitGenerators.PhoneticName(), ValueShrinkers.PhoneticName);

    /// <summary>Custom-field definitions; shrinks toward optional fields, one choice, the default length and shorter names.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CustomFieldDefinition> CustomFieldDefinition() =>
        Arb.From(LeadKitGenerators.CustomFieldDefinition(), ValueShrinkers.CustomFieldDefinition);

    /// <summary>Custom-field schemas; shrinks by dropping definitions.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CustomFieldSchema> CustomFieldSchema() =>
        Arb.From(LeadKitGenerators.CustomFieldSchema(), ShrinkSchema);

    /// <summary>Custom-field values of every type; shrinks toward empty text, zero, 2000-01-01 and no.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CustomFieldValue> CustomFieldValue() =>
        Arb.From(LeadKitGenerators.CustomFieldValue(), v => ValueShrinkers.CustomFieldValue(v, null));

    /// <summary>Values that fit <paramref name="definition"/>; shrinks to simpler values that still fit.</summary>
    /// <param name="definition">The field's definition.</param>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CustomFieldValue> ValueFor(CustomFieldDefinition definition) =>
        Arb.From(LeadKitGenerators.ValueFor(definition), v => ValueShrinkers.CustomFieldValue(v, definition));

    /// <summary>Leads valid against <see cref="LeadKitGenerators.SampleSchema"/>; see <see cref="Lead(CustomFields.CustomFieldSchema)"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Lead> Lead() => Lead(LeadKitGenerators.SampleSchema);

    /// <summary>
    /// Leads valid against <paramref name="schema"/>, from only a name to every field; shrinks by
    /// dropping entries and optional fields (never a required custom field), clearing the
    /// conversion, and simplifying the name, comments and audit fields.
    /// </summary>
    /// <param name="schema">The user-defined fields the leads' values fit.</param>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Lead> Lead(CustomFieldSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return Arb.From(LeadKitGenerators.Lead(schema), lead => ShrinkLead(lead, schema));
    }

    /// <summary>Business contacts valid against <see cref="LeadKitGenerators.SampleSchema"/>; see <see cref="BusinessContact(CustomFields.CustomFieldSchema)"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<BusinessContact> BusinessContact() => BusinessContact(LeadKitGenerators.SampleSchema);

    /// <summary>
    /// Business contacts valid against <paramref name="schema"/>; shrinks like
    /// <see cref="Lead(CustomFields.CustomFieldSchema)"/>, and also clears the Details page and the
    /// link to the lead the contact came from.
    /// </summary>
    /// <param name="schema">The user-defined fields the contacts' values fit.</param>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<BusinessContact> BusinessContact(CustomFieldSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return Arb.From(LeadKitGenerators.BusinessContact(schema), contact => ShrinkContact(contact, schema));
    }

    /// <summary>Leads and business contacts valid against <see cref="LeadKitGenerators.SampleSchema"/>; shrinks like <see cref="Lead()"/> and <see cref="BusinessContact()"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ContactRecord> ContactRecord()
    {
        var schema = LeadKitGenerators.SampleSchema;
        return Arb.From(
            LeadKitGenerators.ContactRecord(schema),
            record => record switch
            {
                Leads.Lead lead => ShrinkLead(lead, schema),
                Contacts.BusinessContact contact => ShrinkContact(contact, schema),
                _ => [],
            });
    }

    /// <summary>History items of all four kinds, linked to random records; shrinks toward a business note without body or author.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<HistoryItem> HistoryItem() => Arb.From(LeadKitGenerators.HistoryItem(), ValueShrinkers.HistoryItem);

    /// <summary>History items of all four kinds linked to <paramref name="record"/>; shrinks toward a business note without body or author.</summary>
    /// <param name="record">The lead or contact the items belong to.</param>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<HistoryItem> HistoryItem(RecordReference record) => Arb.From(LeadKitGenerators.HistoryItem(record), ValueShrinkers.HistoryItem);

    /// <summary>Opportunities linked to random records; shrinks by dropping product lines, the close date and simplifying the stage.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Opportunity> Opportunity() => Arb.From(LeadKitGenerators.Opportunity(), ValueShrinkers.Opportunity);

    /// <summary>Opportunities linked to <paramref name="record"/>; shrinks by dropping product lines, the close date and simplifying the stage.</summary>
    /// <param name="record">The lead or contact.</param>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Opportunity> Opportunity(RecordReference record) => Arb.From(LeadKitGenerators.Opportunity(record), ValueShrinkers.Opportunity);

    private static IEnumerable<Lead> ShrinkLead(Lead lead, CustomFieldSchema schema) =>
        LeadShape.Of(lead).Shrink(schema).Select(shape => Shrinking.TryBuild(() => shape.Build(schema))).OfType<Lead>();

    private static IEnumerable<BusinessContact> ShrinkContact(BusinessContact contact, CustomFieldSchema schema) =>
        ContactShape.Of(contact).Shrink(schema).Select(shape => Shrinking.TryBuild(() => shape.Build(schema))).OfType<BusinessContact>();

    private static IEnumerable<CustomFieldSchema> ShrinkSchema(CustomFieldSchema schema)
    {
        var definitions = schema.ToList();
        if (definitions.Count == 0)
        {
            yield break;
        }

        yield return CustomFields.CustomFieldSchema.Empty;
        if (definitions.Count > 1)
        {
            for (var i = 0; i < definitions.Count; i++)
            {
                var index = i;
                yield return new CustomFieldSchema(definitions.Where((_, k) => k != index));
            }
        }
    }
}
