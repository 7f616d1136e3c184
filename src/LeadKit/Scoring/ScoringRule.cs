using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
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
    /// <exception cref="Validation.LeadKitValidationException">The rule reads a score field (<c>stars</c>, <c>scorePoints</c>, <c>manualStars</c>, <c>scoreType</c>); code <c>LeadKit.ScoringRule.ScoreField</c>.</exception>
    public static ScoringRule Parse(string text) => RuleParser.Parse(text);

    /// <summary>A rule made of one filter: it holds when the record matches the filter.</summary>
    /// <param name="filter">The filter (any filter of the filter language).</param>
    /// <returns>The rule.</returns>
    /// <exception cref="Validation.LeadKitValidationException">The filter reads a score field (<c>stars</c>, <c>scorePoints</c>, <c>manualStars</c>, <c>scoreType</c>); code <c>LeadKit.ScoringRule.ScoreField</c>.</exception>
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
