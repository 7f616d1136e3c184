using System;
using System.Collections.Generic;
using System.Linq;
using LeadKit.Contacts;
using LeadKit.History;
using LeadKit.Leads;
using LeadKit.Validation;

namespace LeadKit.Conversion;

/// <summary>
/// The plan for one lead: the business contact it will become (same identifier), what is copied,
/// where each custom-field value goes (or why it has no place), how many history items and
/// opportunities move, and — when it cannot be converted — why. Immutable.
/// </summary>
public sealed class LeadConversion
{
    internal LeadConversion(
        LeadId lead,
        ContactId contact,
        long leadVersion,
        string name,
        IEnumerable<FieldChange> copied,
        IEnumerable<CustomFieldMapping> customFields,
        IEnumerable<FieldChange> contactFieldValues,
        int historyItems,
        int opportunities,
        IEnumerable<ValidationError> problems)
    {
        Lead = lead;
        Contact = contact;
        LeadVersion = leadVersion;
        Name = name;
        Copied = [.. copied];
        CustomFields = [.. customFields];
        ContactFieldValues = [.. contactFieldValues];
        HistoryItems = historyItems;
        Opportunities = opportunities;
        Problems = [.. problems];
    }

    /// <summary>Gets the lead.</summary>
    public LeadId Lead { get; }

    /// <summary>Gets the business contact it becomes: the lead's own identifier, so the record keeps its identity.</summary>
    public ContactId Contact { get; }

    /// <summary>Gets the lead's version when it was planned: a lead changed since is not converted by this plan.</summary>
    public long LeadVersion { get; }

    /// <summary>Gets the lead's full name.</summary>
    public string Name { get; }

    /// <summary>Gets every field of the lead that has a value and is copied as is (field, lead value → contact value).</summary>
    public IReadOnlyList<FieldChange> Copied { get; }

    /// <summary>Gets where each custom-field value of the lead goes.</summary>
    public IReadOnlyList<CustomFieldMapping> CustomFields { get; }

    /// <summary>Gets the custom-field values that have no place on the contact: reported, and kept on the lead.</summary>
    public IReadOnlyList<CustomFieldMapping> Unmapped => [.. CustomFields.Where(m => !m.IsMapped)];

    /// <summary>Gets the contact fields filled from <see cref="ConversionOptions.ContactFieldValues"/> (no lead value maps to them).</summary>
    public IReadOnlyList<FieldChange> ContactFieldValues { get; }

    /// <summary>Gets how many history items move to the contact.</summary>
    public int HistoryItems { get; }

    /// <summary>Gets how many opportunities move to the contact.</summary>
    public int Opportunities { get; }

    /// <summary>Gets why the lead cannot be converted (empty when it can).</summary>
    public IReadOnlyList<ValidationError> Problems { get; }

    /// <summary>Gets a value indicating whether the lead can be converted.</summary>
    public bool CanConvert => Problems.Count == 0;

    /// <summary>Gets the reasons the lead cannot be converted, in one sentence, or <see langword="null"/>.</summary>
    public string? RefusedReason => CanConvert ? null : string.Join(" ", Problems.Select(p => p.Message));

    /// <inheritdoc />
    public override string ToString() =>
        CanConvert
            ? $"Lead {Lead} ({Name}) → business contact {Contact}: {Copied.Count} fields, {CustomFields.Count(m => m.IsMapped)} custom fields, {HistoryItems} history items, {Opportunities} opportunities{(Unmapped.Count > 0 ? $"; not carried over: {string.Join(", ", Unmapped.Select(u => u.LeadField))}" : string.Empty)}"
            : $"Lead {Lead} ({Name}) cannot be converted: {RefusedReason}";
}
