namespace LeadKit.Conversion;

/// <summary>Whether a lead's custom-field value has a place on the business contact.</summary>
public enum CustomFieldMappingStatus
{
    /// <summary>Copied into the contact's field of the same name (and a compatible type).</summary>
    Mapped = 0,

    /// <summary>Business contacts have no custom field of that name.</summary>
    NoSuchField = 1,

    /// <summary>The contact's field of that name holds another type of value (or another currency).</summary>
    TypeMismatch = 2,

    /// <summary>The contact's field has the type, but refuses the value (too long, not one of its choices).</summary>
    ValueDoesNotFit = 3,
}
