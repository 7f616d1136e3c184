namespace LeadKit.History;

/// <summary>The sales stage of an opportunity.</summary>
public enum OpportunityStage
{
    /// <summary>Prospecting.</summary>
    Prospecting = 0,

    /// <summary>Qualification.</summary>
    Qualification = 1,

    /// <summary>Proposal sent.</summary>
    Proposal = 2,

    /// <summary>Negotiation.</summary>
    Negotiation = 3,

    /// <summary>Closed and won.</summary>
    ClosedWon = 4,

    /// <summary>Closed and lost.</summary>
    ClosedLost = 5,
}
