using LeadKit.Utility;

namespace LeadKit.Leads;

/// <summary>Identifies a lead within a workspace.</summary>
[GuidIdentifier(Comparable = true)]
public readonly partial record struct LeadId;
