using System;
using LeadKit.Contacts;
using NodaTime;

namespace LeadKit.Leads;

/// <summary>
/// A lead: a person, company or organisation potentially interested in the products or services
/// a business offers. Only the name is required.
/// </summary>
public sealed class Lead : ContactRecord
{
    private Lead(LeadId id, PersonName name, Instant createdAt, UserId? createdBy)
        : base(name, createdAt, createdBy)
    {
        Id = id;
    }

    /// <summary>Gets the lead's identifier.</summary>
    public LeadId Id { get; }

    /// <inheritdoc />
    public override RecordKind Kind => RecordKind.Lead;

    /// <inheritdoc />
    public override RecordReference Reference => RecordReference.To(Id);

    /// <summary>Gets the business contact this lead was converted into, if it was.</summary>
    public ContactId? ConvertedTo { get; private set; }

    /// <summary>Gets a value indicating whether the lead has been converted into a business contact.</summary>
    public bool IsConverted => ConvertedTo is not null;

    /// <summary>Creates a new lead with a fresh identifier.</summary>
    /// <param name="name">The name (required).</param>
    /// <param name="clock">The clock that stamps the creation.</param>
    /// <param name="createdBy">Who creates it.</param>
    /// <returns>The lead.</returns>
    public static Lead Create(PersonName name, IClock clock, UserId? createdBy = null)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return new Lead(LeadId.New(), name, clock.GetCurrentInstant(), createdBy);
    }

    /// <summary>Creates a lead with a known identifier and creation instant (storage, import, deserialization).</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="name">The name (required).</param>
    /// <param name="createdAt">When the lead was created.</param>
    /// <param name="createdBy">Who created it.</param>
    /// <returns>The lead.</returns>
    public static Lead Restore(LeadId id, PersonName name, Instant createdAt, UserId? createdBy = null) =>
        id.Value == Guid.Empty ? throw new ArgumentException("A lead needs a non-empty identifier.", nameof(id)) : new(id, name, createdAt, createdBy);

    /// <summary>Records that the lead was converted into a business contact.</summary>
    /// <param name="contact">The contact it became.</param>
    /// <exception cref="LeadKitException">The lead was already converted.</exception>
    public void MarkConverted(ContactId contact)
    {
        if (ConvertedTo is { } existing)
        {
            throw new LeadKitException($"Lead {Id} was already converted into business contact {existing}.");
        }

        ConvertedTo = contact;
    }

    /// <summary>Returns an independent copy with every field, the version and the audit fields.</summary>
    /// <returns>The copy.</returns>
    public Lead Copy()
    {
        var copy = new Lead(Id, Name, CreatedAt, CreatedBy) { ConvertedTo = ConvertedTo };
        copy.CopyStateFrom(this);
        return copy;
    }

    /// <inheritdoc />
    public override string ToString() => $"Lead {Id}: {Name}";
}
