namespace LeadKit.Leads;

/// <summary>How a person prefers to be contacted (the original product's "preferred contact method").</summary>
public enum PreferredContactMethod
{
    /// <summary>No preference (the default).</summary>
    Any = 0,

    /// <summary>By e-mail.</summary>
    Email = 1,

    /// <summary>By phone.</summary>
    Phone = 2,

    /// <summary>By fax.</summary>
    Fax = 3,

    /// <summary>By letter (postal mail).</summary>
    Letter = 4,
}
