namespace LeadKit.AssignmentRules;

/// <summary>How an <see cref="AssignmentRule"/> chooses the user a matching lead is assigned to.</summary>
public enum AssignmentMode
{
    /// <summary>Always the rule's one user.</summary>
    User = 0,

    /// <summary>
    /// The rule's users in turn: each lead goes to the user after the one the rule assigned last
    /// (the turn is stored, so it continues across calls and processes); inactive users are passed over.
    /// </summary>
    RoundRobin = 1,

    /// <summary>
    /// The rule's user with the fewest open leads (assigned to them, not converted) at the time of
    /// each assignment; ties go to the user listed first. Inactive users are passed over.
    /// </summary>
    ByLoad = 2,
}
