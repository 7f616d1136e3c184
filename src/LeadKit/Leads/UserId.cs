using LeadKit.Utility;

namespace LeadKit.Leads;

/// <summary>Identifies a user who shares the database (a workspace member): the people leads are assigned to.</summary>
[GuidIdentifier(Comparable = true)]
public readonly partial record struct UserId;
