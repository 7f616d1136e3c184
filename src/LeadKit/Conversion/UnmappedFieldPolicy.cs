namespace LeadKit.Conversion;

/// <summary>What a conversion does with a lead whose custom-field values have no place on a business contact.</summary>
public enum UnmappedFieldPolicy
{
    /// <summary>
    /// The default: convert it. The unmapped values are reported (in the plan, the result, and the
    /// contact's conversion history entry) and stay on the lead, which is kept; nothing is lost.
    /// </summary>
    Keep = 0,

    /// <summary>Refuse to convert it until the contact's custom fields can take every value.</summary>
    Refuse = 1,
}
