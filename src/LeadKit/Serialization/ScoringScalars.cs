using System;
using LeadKit.Scoring;

namespace LeadKit.Serialization;

/// <summary>Writes a <see cref="ScoringRule"/> (or one of its cases) as its canonical rule text, e.g. <c>"history.phoneLog within 30d"</c>.</summary>
/// <typeparam name="TRule">The rule type.</typeparam>
internal sealed class ScoringRuleConverter<TRule> : ScalarConverter<TRule>
    where TRule : ScoringRule
{
    /// <inheritdoc />
    public override string Format(TRule value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.ToString();
    }

    /// <inheritdoc />
    protected override TRule FromText(string text) =>
        ScoringRule.Parse(text) is TRule rule
            ? rule
            : throw new ArgumentException($"The rule \"{text}\" is not a {typeof(TRule).Name}.", nameof(text));
}

/// <summary>Writes a <see cref="Fraction"/> as <c>"50/3"</c> (or <c>"50"</c> for a whole number).</summary>
internal sealed class FractionConverter : ScalarConverter<Fraction>
{
    /// <inheritdoc />
    public override string Format(Fraction value) => value.ToString();

    /// <inheritdoc />
    protected override Fraction FromText(string text)
    {
        try
        {
            return Fraction.Parse(text);
        }
        catch (FormatException ex)
        {
            throw new ArgumentException(ex.Message, nameof(text), ex);
        }
    }
}

/// <summary>The string-valued converters of the scoring types.</summary>
internal static class ScoringScalars
{
    public static ScoringRuleConverter<ScoringRule> Rule { get; } = new();

    public static FractionConverter Fraction { get; } = new();
}
