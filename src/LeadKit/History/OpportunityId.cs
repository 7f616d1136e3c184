using LeadKit.Utility;

namespace LeadKit.History;

/// <summary>Identifies a sales opportunity.</summary>
[GuidIdentifier(Comparable = true)]
public readonly partial record struct OpportunityId;
