using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using LeadKit.Leads;
using LeadKit.Querying;
using NodaTime;

namespace LeadKit.Scoring;

/// <summary>
/// A rule as data: the filter language's field conditions (<c>source = "Trade Show"</c>,
/// <c>custom.Employees &gt;= 50</c>, <c>email is not empty</c>) plus history conditions
/// (<c>history.phoneLog within 30d</c>), combined with <c>and</c>, <c>or</c>, <c>not</c> and
/// parentheses. The grammar is in <c>docs/scoring.md</c>. A rule is immutable, compares
/// structurally, prints its canonical text with <see cref="ToString"/> and is written to JSON as that
/// text; <see cref="Parse"/> of the text returns an equal rule.
/// </summary>
/// <remarks>
/// The cases are <see cref="FilterRule"/>, <see cref="HistoryRule"/>, <see cref="AndRule"/>,
/// <see cref="OrRule"/> and <see cref="NotRule"/>; build them with the factories
/// (<see cref="FromFilter"/>, <see cref="HistoryWithin"/>, <see cref="And(ScoringRule[])"/>, …), which keep
/// a rule in the canonical form the parser produces: adjacent field conditions merge into one
/// <see cref="Filter"/>.
/// </remarks>
public abstract class ScoringRule : IScoringRule, IEquatable<ScoringRule>
{
    private Func<ScoringContext, bool>? _predicate;

    private protected ScoringRule()
    {
    }

    /// <summary>Compares two rules structurally.</summary>
    /// <param name="left">The first rule.</param>
    /// <param name="right">The second rule.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(ScoringRule? left, ScoringRule? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two rules structurally.</summary>
    /// <param name="left">The first rule.</param>
    /// <param name="right">The second rule.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(ScoringRule? left, ScoringRule? right) => !(left == right);

    /// <summary>Combines two rules with <c>and</c>.</summary>
    /// <param name="left">The first rule.</param>
    /// <param name="right">The second rule.</param>
    /// <returns>The conjunction.</returns>
    public static ScoringRule operator &(ScoringRule left, ScoringRule right) => And(left, right);

    /// <summary>Combines two rules with <c>or</c>.</summary>
    /// <param name="left">The first rule.</param>
    /// <param name="right">The second rule.</param>
    /// <returns>The disjunction.</returns>
    public static ScoringRule operator |(ScoringRule left, ScoringRule right) => Or(left, right);

    /// <summary>Negates a rule.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>The negation.</returns>
    public static ScoringRule operator !(ScoringRule rule) => Not(rule);

    /// <summary>Parses rule text such as <c>source = "Trade Show" and history.phoneLog within 30d</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="FilterSyntaxException">The text is not a valid rule; <see cref="FilterSyntaxException.Column"/> is the position of the problem in the whole rule.</exception>
    /// <exception cref="ScoringException">A field condition reads the score itself (<c>stars</c>, <c>scorePoints</c>, <c>manualStars</c>, <c>scoreType</c>).</exception>
    public static ScoringRule Parse(string text) => RuleParser.Parse(text);

    /// <summary>A rule made of one filter: it holds when the record matches the filter.</summary>
    /// <param name="filter">The filter (any filter of the filter language).</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ScoringException">The filter reads the score itself (<c>stars</c>, <c>scorePoints</c>, <c>manualStars</c>, <c>scoreType</c>): a re-score would depend on the previous score.</exception>
    public static ScoringRule FromFilter(Filter filter) => new FilterRule(filter ?? throw new ArgumentNullException(nameof(filter)));

    /// <summary>A history condition <c>history.kind within window</c>: some item of the kind occurred in the <paramref name="window"/> up to <c>asOf</c>.</summary>
    /// <param name="kind">The kind of item.</param>
    /// <param name="window">How far back to look: whole hours, 1 hour to 100 years.</param>
    /// <returns>The rule.</returns>
    public static ScoringRule HistoryWithin(HistoryKind kind, Duration window) => new HistoryRule(kind, window, isEmptyTest: false);

    /// <summary>A history condition <c>history.kind is not empty</c>: some item of the kind occurred at or before <c>asOf</c>.</summary>
    /// <param name="kind">The kind of item.</param>
    /// <returns>The rule.</returns>
    public static ScoringRule HistoryIsNotEmpty(HistoryKind kind) => new HistoryRule(kind, window: null, isEmptyTest: false);

    /// <summary>A history condition <c>history.kind is empty</c>: no item of the kind occurred at or before <c>asOf</c>.</summary>
    /// <param name="kind">The kind of item.</param>
    /// <returns>The rule.</returns>
    public static ScoringRule HistoryIsEmpty(HistoryKind kind) => new HistoryRule(kind, window: null, isEmptyTest: true);

    /// <summary>Combines rules with <c>and</c> (nested conjunctions are flattened, adjacent field conditions merge into one filter; one rule is returned as is).</summary>
    /// <param name="rules">The rules, at least one.</param>
    /// <returns>The conjunction.</returns>
    public static ScoringRule And(params ScoringRule[] rules) => And((IEnumerable<ScoringRule>)rules);

    /// <summary>Combines rules with <c>and</c>; see <see cref="And(ScoringRule[])"/>.</summary>
    /// <param name="rules">The rules, at least one.</param>
    /// <returns>The conjunction.</returns>
    public static ScoringRule And(IEnumerable<ScoringRule> rules) =>
        Connect(rules, r => r is AndRule and ? and.Operands : null, filters => new AndFilter(filters), operands => new AndRule(operands));

    /// <summary>Combines rules with <c>or</c> (nested disjunctions are flattened, adjacent field conditions merge into one filter; one rule is returned as is).</summary>
    /// <param name="rules">The rules, at least one.</param>
    /// <returns>The disjunction.</returns>
    public static ScoringRule Or(params ScoringRule[] rules) => Or((IEnumerable<ScoringRule>)rules);

    /// <summary>Combines rules with <c>or</c>; see <see cref="Or(ScoringRule[])"/>.</summary>
    /// <param name="rules">The rules, at least one.</param>
    /// <returns>The disjunction.</returns>
    public static ScoringRule Or(IEnumerable<ScoringRule> rules) =>
        Connect(rules, r => r is OrRule or ? or.Operands : null, filters => new OrFilter(filters), operands => new OrRule(operands));

    /// <summary>Negates a rule (the negation of a field condition is a field condition: <c>not (source = "Web")</c>).</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>The negation.</returns>
    public static ScoringRule Not(ScoringRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return rule is FilterRule filter ? new FilterRule(new NotFilter(filter.Filter)) : new NotRule(rule);
    }

    /// <summary>
    /// Gets a value indicating whether a field condition names a user by display name
    /// (<c>assignedTo = "Priya Raman"</c>, see <see cref="Filter.NamesUsers"/>), so the rule must be bound
    /// to user ids (<see cref="BindUsers"/>) before it is evaluated: evaluating it unbound is a
    /// <see cref="ScoringException"/>. The <c>ScoringProfiles</c> service binds the rules of every profile it saves.
    /// </summary>
    public bool NamesUsers => this switch
    {
        FilterRule filter => filter.Filter.NamesUsers,
        ConnectiveRule connective => connective.Operands.Any(o => o.NamesUsers),
        NotRule not => not.Operand.NamesUsers,
        _ => false,
    };

    /// <summary>
    /// Replaces the users named by display name in <c>assignedTo</c> conditions by their ids, as
    /// <see cref="Filter.BindUsers"/> does for a filter (the same resolver: names compare trimmed and
    /// ignoring case, a literal that is already a user id stays as it is). The bound rule refers to the
    /// users by id, so it keeps its meaning when a user is renamed; <see cref="ToDisplayText"/> shows it
    /// with the current names again.
    /// </summary>
    /// <param name="users">The workspace's users (active or not).</param>
    /// <returns>The bound rule (this rule when it names no user).</returns>
    /// <exception cref="FilterException">A name matches no user, or several users (the message lists them); <see cref="FilterException.Field"/> is <c>assignedTo</c>.</exception>
    public ScoringRule BindUsers(IEnumerable<WorkspaceUser> users)
    {
        ArgumentNullException.ThrowIfNull(users);
        return NamesUsers ? BindUsersByName(Filter.ByName(users)) : this;
    }

    /// <summary>
    /// Returns the rule's text for a person to read or edit: the user ids of <c>assignedTo</c> conditions
    /// are shown as the users' current display names, where <see cref="BindUsers"/> would turn the name back
    /// into the same id (an id whose user is missing from <paramref name="users"/>, or whose name several
    /// users share, stays an id). Parsing the text and binding it again gives this rule back.
    /// </summary>
    /// <param name="users">The workspace's users (active or not).</param>
    /// <returns>The text; the canonical text (<see cref="ToString"/>) when no condition names a known user.</returns>
    public string ToDisplayText(IEnumerable<WorkspaceUser> users)
    {
        ArgumentNullException.ThrowIfNull(users);
        var list = users.ToList();
        return MapFilters(this, f => f.ShowUserNames(list)).ToString();
    }

    /// <inheritdoc />
    public bool IsSatisfiedBy(ScoringContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return (_predicate ??= Compile())(context);
    }

    /// <inheritdoc />
    public RuleOutcome Evaluate(ScoringContext context)
    {
        var holds = IsSatisfiedBy(context);
        var evidence = new List<string>();
        Describe(context, evidence);
        return new RuleOutcome(holds, evidence.Count == 0 ? null : string.Join("; ", evidence.Distinct(StringComparer.Ordinal)));
    }

    /// <inheritdoc />
    public abstract bool Equals(ScoringRule? other);

    /// <inheritdoc />
    public sealed override bool Equals(object? obj) => Equals(obj as ScoringRule);

    /// <inheritdoc />
    public abstract override int GetHashCode();

    /// <summary>Returns the rule's canonical text, which <see cref="Parse"/> turns back into an equal rule.</summary>
    /// <returns>The text.</returns>
    public sealed override string ToString()
    {
        var builder = new StringBuilder();
        WriteTo(builder);
        return builder.ToString();
    }

    /// <summary><see cref="BindUsers"/> with the users already looked up by name (a profile binds all its rules with one look-up).</summary>
    internal ScoringRule BindUsersByName(ILookup<string, WorkspaceUser> byName) => NamesUsers ? MapFilters(this, f => f.BindUsersByName(byName)) : this;

    /// <summary>Builds the predicate once; <see cref="IsSatisfiedBy"/> caches it.</summary>
    internal abstract Func<ScoringContext, bool> Compile();

    /// <summary>Adds what the rule looks at, as the record has it, to <paramref name="evidence"/>.</summary>
    internal abstract void Describe(ScoringContext context, List<string> evidence);

    /// <summary>Appends the canonical text.</summary>
    internal abstract void WriteTo(StringBuilder builder);

    /// <summary>Appends an operand of <c>and</c>/<c>or</c>, in parentheses when it would otherwise bind differently.</summary>
    private protected static void WriteOperand(StringBuilder builder, ScoringRule operand, bool insideAnd)
    {
        var parenthesise = insideAnd && (operand is OrRule || (operand is FilterRule { Filter: OrFilter }));
        builder.Append(parenthesise ? "(" : string.Empty);
        operand.WriteTo(builder);
        builder.Append(parenthesise ? ")" : string.Empty);
    }

    /// <summary>Rebuilds a rule with each field condition's filter mapped (same shape: history conditions and connectives as they are).</summary>
    private static ScoringRule MapFilters(ScoringRule rule, Func<Filter, Filter> map) => rule switch
    {
        FilterRule filter => map(filter.Filter) is var mapped && !mapped.Equals(filter.Filter) ? new FilterRule(mapped) : filter,
        AndRule and => new AndRule([.. and.Operands.Select(o => MapFilters(o, map))]),
        OrRule or => new OrRule([.. or.Operands.Select(o => MapFilters(o, map))]),
        NotRule not => new NotRule(MapFilters(not.Operand, map)),
        _ => rule,
    };

    private static ScoringRule Connect(
        IEnumerable<ScoringRule> rules,
        Func<ScoringRule, IEnumerable<ScoringRule>?> nested,
        Func<IEnumerable<Filter>, Filter> mergeFilters,
        Func<IReadOnlyList<ScoringRule>, ScoringRule> build)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var flat = new List<ScoringRule>();
        foreach (var rule in rules)
        {
            ArgumentNullException.ThrowIfNull(rule, nameof(rules));
            flat.AddRange(nested(rule) ?? [rule]);
        }

        if (flat.Count == 0)
        {
            throw new ArgumentException("Combine at least one rule.", nameof(rules));
        }

        // Adjacent field conditions become one filter, exactly as the parser reads "a and b".
        var merged = new List<ScoringRule>();
        var run = new List<Filter>();
        foreach (var rule in flat)
        {
            if (rule is FilterRule filter)
            {
                run.Add(filter.Filter);
                continue;
            }

            Flush();
            merged.Add(rule);
        }

        Flush();
        return merged.Count == 1 ? merged[0] : build(merged);

        void Flush()
        {
            if (run.Count > 0)
            {
                merged.Add(run.Count == 1 ? new FilterRule(run[0]) : new FilterRule(mergeFilters(run)));
                run.Clear();
            }
        }
    }
}
