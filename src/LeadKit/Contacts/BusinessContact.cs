using System;
using LeadKit.Leads;
using NodaTime;

namespace LeadKit.Contacts;

/// <summary>
/// A business contact: a person the business does ongoing business with. It holds everything a
/// lead holds (the "Details" page's fields — department, profession, manager, assistant, nickname,
/// spouse, birthday, anniversary — are on the shared <see cref="ContactRecord"/>, so a lead has them
/// too and conversion keeps them) plus its own user-defined fields.
/// </summary>
public sealed class BusinessContact : ContactRecord
{
    private BusinessContact(ContactId id, PersonName name, Instant createdAt, UserId? createdBy)
        : base(name, createdAt, createdBy)
    {
        Id = id;
    }

    /// <summary>Gets the contact's identifier.</summary>
    public ContactId Id { get; }

    /// <inheritdoc />
    public override RecordKind Kind => RecordKind.BusinessContact;

    /// <inheritdoc />
    public override RecordReference Reference => RecordReference.To(Id);

    /// <summary>Gets the lead this contact was converted from, if any.</summary>
    public LeadId? ConvertedFrom { get; private set; }

    /// <summary>Creates a new business contact with a fresh identifier.</summary>
    /// <param name="name">The name (required).</param>
    /// <param name="clock">The clock that stamps the creation.</param>
    /// <param name="createdBy">Who creates it.</param>
    /// <returns>The contact.</returns>
    public static BusinessContact Create(PersonName name, IClock clock, UserId? createdBy = null)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return new BusinessContact(ContactId.New(), name, clock.GetCurrentInstant(), createdBy);
    }

    /// <summary>Creates a contact with a known identifier and creation instant (storage, import, deserialization).</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="name">The name (required).</param>
    /// <param name="createdAt">When the contact was created.</param>
    /// <param name="createdBy">Who created it.</param>
    /// <returns>The contact.</returns>
    public static BusinessContact Restore(ContactId id, PersonName name, Instant createdAt, UserId? createdBy = null) =>
        id.Value == Guid.Empty ? throw new ArgumentException("A business contact needs a non-empty identifier.", nameof(id)) : new(id, name, createdAt, createdBy);

    /// <summary>
    /// Creates a contact carrying every shared field of <paramref name="lead"/> (name, company,
    /// e-mails, phones, addresses, source, score state, comments, department, phonetic names,
    /// do-not-contact flags, territory, active flag, …), linked back to the lead.
    /// Custom-field values are not copied here: the two record types define their own fields, so
    /// the conversion operation maps them.
    /// </summary>
    /// <param name="lead">The lead to copy.</param>
    /// <param name="id">The new contact's identifier.</param>
    /// <param name="createdAt">When the contact is created.</param>
    /// <param name="createdBy">Who converts the lead.</param>
    /// <returns>The contact.</returns>
    public static BusinessContact FromLead(Lead lead, ContactId id, Instant createdAt, UserId? createdBy = null)
    {
        ArgumentNullException.ThrowIfNull(lead);
        var contact = new BusinessContact(id, lead.Name, createdAt, createdBy);
        contact.CopySharedFrom(lead);
        contact.ConvertedFrom = lead.Id;
        return contact;
    }

    /// <summary>Restores the link to the lead this contact came from (storage, deserialization).</summary>
    internal void RestoreConvertedFrom(LeadId? lead) => ConvertedFrom = lead;

    /// <summary>Returns an independent copy with every field, the version and the audit fields.</summary>
    /// <returns>The copy.</returns>
    public BusinessContact Copy()
    {
        var copy = new BusinessContact(Id, Name, CreatedAt, CreatedBy) { ConvertedFrom = ConvertedFrom };
        copy.CopyStateFrom(this);
        return copy;
    }

    /// <inheritdoc />
    public override string ToString() => $"BusinessContact {Id}: {Name}";
}
