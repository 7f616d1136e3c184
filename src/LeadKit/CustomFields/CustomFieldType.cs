namespace LeadKit.CustomFields;

/// <summary>The data type of a user-defined field.</summary>
public enum CustomFieldType
{
    /// <summary>Free text (with a maximum length).</summary>
    Text = 0,

    /// <summary>A whole number (64-bit).</summary>
    WholeNumber = 1,

    /// <summary>A decimal number.</summary>
    Decimal = 2,

    /// <summary>An amount of money in the definition's currency.</summary>
    Currency = 3,

    /// <summary>A calendar date.</summary>
    Date = 4,

    /// <summary>Yes or no.</summary>
    YesNo = 5,

    /// <summary>One value from the definition's list of choices.</summary>
    Choice = 6,
}
