namespace LeadKit.Leads;

/// <summary>The kinds of postal address a record can hold.</summary>
public enum AddressKind
{
    /// <summary>Business (work) address.</summary>
    Business = 0,

    /// <summary>Home address.</summary>
    Home = 1,

    /// <summary>Any other address.</summary>
    Other = 2,
}
