namespace LeadKit.History;

/// <summary>Which way a phone call went.</summary>
public enum CallDirection
{
    /// <summary>The contact called in.</summary>
    Incoming = 0,

    /// <summary>The user called out.</summary>
    Outgoing = 1,
}
