using System;
using LeadKit.Contacts;

namespace LeadKit.Leads;

/// <summary>A reference to a lead or a business contact: what history items and opportunities are linked to.</summary>
public readonly record struct RecordReference
{
    /// <summary>Creates a reference.</summary>
    /// <param name="kind">The kind of record.</param>
    /// <param name="id">The record's identifier (non-empty).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is unknown or <paramref name="id"/> is empty.</exception>
    public RecordReference(RecordKind kind, Guid id)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown record kind.");
        }

        if (id == Guid.Empty)
        {
            throw new ArgumentOutOfRangeException(nameof(id), "A record reference needs a non-empty identifier.");
        }

        Kind = kind;
        Id = id;
    }

    /// <summary>Gets the kind of record referred to.</summary>
    public RecordKind Kind { get; }

    /// <summary>Gets the record's identifier.</summary>
    public Guid Id { get; }

    /// <summary>Creates a reference to a lead.</summary>
    /// <param name="id">The lead.</param>
    /// <returns>The reference.</returns>
    public static RecordReference To(LeadId id) => new(RecordKind.Lead, id.Value);

    /// <summary>Creates a reference to a business contact.</summary>
    /// <param name="id">The contact.</param>
    /// <returns>The reference.</returns>
    public static RecordReference To(ContactId id) => new(RecordKind.BusinessContact, id.Value);

    /// <inheritdoc />
    public override string ToString() => $"{Kind}:{Id:D}";
}
