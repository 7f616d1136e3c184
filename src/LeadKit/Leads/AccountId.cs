using LeadKit.Utility;

namespace LeadKit.Leads;

/// <summary>Identifies an account (a company record) that a lead or contact can be linked to.</summary>
[GuidIdentifier(Comparable = true)]
public readonly partial record struct AccountId;
