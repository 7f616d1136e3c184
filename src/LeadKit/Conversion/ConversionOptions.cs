using System;
using System.Collections.Generic;
using LeadKit.CustomFields;
using LeadKit.Operations;

namespace LeadKit.Conversion;

/// <summary>How leads are converted into business contacts. Immutable; <see cref="Default"/> suits most uses.</summary>
public sealed class ConversionOptions
{
    /// <summary>Gets the default options: all or nothing, unmapped values kept on the lead and reported, no contact field values given.</summary>
    public static ConversionOptions Default { get; } = new();

    /// <summary>Gets what to do when some leads cannot be converted: by default none is.</summary>
    public FailurePolicy Policy { get; init; }

    /// <summary>Gets what to do with a lead whose custom-field values have no place on a business contact: by default it is converted, and the values are reported and kept on the lead.</summary>
    public UnmappedFieldPolicy UnmappedFields { get; init; }

    /// <summary>
    /// Gets values for business contacts' custom fields that no lead value maps to, by field name
    /// (for example a required <c>Segment</c>): each converted contact without a mapped value gets it.
    /// </summary>
    public IReadOnlyDictionary<string, CustomFieldValue> ContactFieldValues
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(value));
    } = new Dictionary<string, CustomFieldValue>();
}
