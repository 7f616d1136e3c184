using System;

namespace LeadKit.AssignmentRules;

/// <summary>
/// Thrown when an assignment rule is refused or cannot be found: filter text that does not parse
/// (<see cref="Column"/> says where), a user that is unknown, ambiguous or inactive (<see cref="User"/>
/// says which), a round-robin rule without users, a position out of range. <see cref="Code"/> is
/// stable (<c>LeadKit.AssignmentRule.*</c>, listed in docs/assignment-rules.md) so hosts can
/// translate the message. Nothing was changed.
/// </summary>
public sealed class AssignmentRuleException : LeadKitException
{
    /// <summary>The code of filter text that is not a valid filter.</summary>
    public const string InvalidFilterCode = "LeadKit.AssignmentRule.InvalidFilter";

    /// <summary>The code of a user name or id that names no member of the workspace.</summary>
    public const string UnknownUserCode = "LeadKit.AssignmentRule.UnknownUser";

    /// <summary>The code of a user name shared by several members.</summary>
    public const string AmbiguousUserCode = "LeadKit.AssignmentRule.AmbiguousUser";

    /// <summary>The code of a user who is not active, so cannot be given new leads.</summary>
    public const string InactiveUserCode = "LeadKit.AssignmentRule.InactiveUser";

    /// <summary>The code of a rule with no user (an empty round-robin list).</summary>
    public const string NoUsersCode = "LeadKit.AssignmentRule.NoUsers";

    /// <summary>The code of a rule naming more than <see cref="AssignmentRule.MaxUsers"/> users.</summary>
    public const string TooManyUsersCode = "LeadKit.AssignmentRule.TooManyUsers";

    /// <summary>The code of a user listed twice in one rule.</summary>
    public const string DuplicateUserCode = "LeadKit.AssignmentRule.DuplicateUser";

    /// <summary>The code of a single-user rule given several users.</summary>
    public const string OneUserCode = "LeadKit.AssignmentRule.OneUser";

    /// <summary>The code of a description that is too long.</summary>
    public const string DescriptionCode = "LeadKit.AssignmentRule.Description";

    /// <summary>The code of a rule that does not exist in the workspace.</summary>
    public const string NotFoundCode = "LeadKit.AssignmentRule.NotFound";

    /// <summary>The code of a position outside the rule list.</summary>
    public const string PositionCode = "LeadKit.AssignmentRule.Position";

    /// <summary>Creates the exception.</summary>
    /// <param name="code">The stable error code, e.g. <see cref="UnknownUserCode"/>.</param>
    /// <param name="message">What is wrong and where.</param>
    /// <param name="field">The part of the rule at fault: <c>filter</c>, <c>users</c>, <c>description</c> or <c>position</c>, if any.</param>
    /// <param name="user">The user name or id at fault, as written, if any.</param>
    /// <param name="column">For a filter that does not parse, the 1-based column of the problem in the filter text.</param>
    /// <param name="rule">The rule concerned, when it exists.</param>
    /// <param name="innerException">The underlying cause (a <see cref="Querying.FilterException"/> for a bad filter), if any.</param>
    public AssignmentRuleException(string code, string message, string? field = null, string? user = null, int? column = null, AssignmentRuleId? rule = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Code = code ?? throw new ArgumentNullException(nameof(code));
        Field = field;
        User = user;
        Column = column;
        Rule = rule;
    }

    /// <summary>Gets the stable error code, e.g. <c>LeadKit.AssignmentRule.UnknownUser</c>.</summary>
    public string Code { get; }

    /// <summary>Gets the part of the rule at fault (<c>filter</c>, <c>users</c>, <c>description</c>, <c>position</c>), or <see langword="null"/>.</summary>
    public string? Field { get; }

    /// <summary>Gets the user name or id at fault, as written, or <see langword="null"/>.</summary>
    public string? User { get; }

    /// <summary>Gets, for filter text that does not parse, the 1-based column of the problem; otherwise <see langword="null"/>.</summary>
    public int? Column { get; }

    /// <summary>Gets the rule concerned, or <see langword="null"/> for a rule being created.</summary>
    public AssignmentRuleId? Rule { get; }
}
