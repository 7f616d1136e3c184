using LeadKit.Utility;

namespace LeadKit.AssignmentRules;

/// <summary>
/// Identifies an <see cref="AssignmentRule"/> within a workspace: what the history entries and the
/// per-record outcomes of a rule-based assignment name, and what <c>leadkit rules remove</c> takes.
/// </summary>
[GuidIdentifier]
public readonly partial record struct AssignmentRuleId;
