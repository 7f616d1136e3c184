using System;

namespace LeadKit.Import.Duplicates;

/// <summary>
/// One normalised key of a record under one <see cref="DuplicateRule"/>: two records (or an import
/// row and a record) sharing a key are duplicates. Keys compare by rule and value, ordinally, so
/// keys of different rules never match. Get keys from <see cref="MatchKeys"/>, which normalises
/// them; a key built by hand matches only keys with exactly the same value. Its
/// <c>default</c> value has no <see cref="Value"/> and is refused wherever a key is expected.
/// </summary>
/// <param name="Rule">The rule the key belongs to.</param>
/// <param name="Value">The normalised value: <c>jane@example.com</c>, <c>+14155550123</c> or <c>jane doe | acme</c>.</param>
public readonly record struct MatchKey(DuplicateRule Rule, string Value)
{
    /// <summary>Gets the rule the key belongs to.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The rule is not one of <see cref="DuplicateRule"/>'s values.</exception>
    public DuplicateRule Rule { get; } = Enum.IsDefined(Rule) ? Rule : throw new ArgumentOutOfRangeException(nameof(Rule), Rule, "Unknown duplicate rule.");

    /// <summary>Gets the normalised value.</summary>
    /// <exception cref="ArgumentException">The value is null or empty.</exception>
    public string Value { get; } = string.IsNullOrEmpty(Value) ? throw new ArgumentException("A match key needs a value.", nameof(Value)) : Value;

    /// <summary>Gets why two records sharing this key are duplicates, in English: <c>same e-mail address jane@example.com</c>.</summary>
    public string Explanation => Rule switch
    {
        DuplicateRule.Email => "same e-mail address " + Value,
        DuplicateRule.Phone => "same phone number " + Value,
        _ => "same name and company " + Value,
    };

    /// <summary>Returns the key for people: <c>e-mail jane@example.com</c>, <c>phone +14155550123</c>, <c>name + company jane doe | acme</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Rule switch
    {
        DuplicateRule.Email => "e-mail " + Value,
        DuplicateRule.Phone => "phone " + Value,
        _ => "name + company " + Value,
    };

    /// <summary>Throws when <paramref name="key"/> is <c>default</c> (no value).</summary>
    internal static MatchKey Checked(MatchKey key, string paramName) =>
        key.Value is null ? throw new ArgumentException("The default MatchKey has no value; get keys from MatchKeys.", paramName) : key;
}
