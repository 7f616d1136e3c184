namespace LeadKit.Leads;

/// <summary>What an e-mail address is used for.</summary>
public enum EmailKind
{
    /// <summary>A work address.</summary>
    Business = 0,

    /// <summary>A personal or home address.</summary>
    Personal = 1,

    /// <summary>Any other address.</summary>
    Other = 2,
}
