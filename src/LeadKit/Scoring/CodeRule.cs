using System;

namespace LeadKit.Scoring;

/// <summary>
/// A rule written in C# as a delegate, with a name for explanations. It is not data: a profile
/// holding one cannot be written to JSON (writing fails with a <see cref="ScoringException"/> that
/// names the criterion). Two code rules are equal only when they are the same instance.
/// </summary>
public sealed class CodeRule : IScoringRule
{
    private readonly Func<ScoringContext, bool> _predicate;
    private readonly Func<ScoringContext, string?>? _evidence;

    /// <summary>Creates a rule.</summary>
    /// <param name="name">A short name shown in explanations and error messages, e.g. <c>big-company</c>.</param>
    /// <param name="predicate">Decides whether the rule holds; a pure function of the context.</param>
    /// <param name="evidence">Describes what the rule saw, for explanations (optional).</param>
    public CodeRule(string name, Func<ScoringContext, bool> predicate, Func<ScoringContext, string?>? evidence = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim();
        _predicate = predicate ?? throw new ArgumentNullException(nameof(predicate));
        _evidence = evidence;
    }

    /// <summary>Gets the rule's name.</summary>
    public string Name { get; }

    /// <inheritdoc />
    public bool IsSatisfiedBy(ScoringContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return _predicate(context);
    }

    /// <inheritdoc />
    public RuleOutcome Evaluate(ScoringContext context) => new(IsSatisfiedBy(context), _evidence?.Invoke(context));

    /// <summary>Returns <c>code rule 'name'</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"code rule '{Name}'";
}
