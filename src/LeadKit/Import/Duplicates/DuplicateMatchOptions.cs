using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PhoneNumbers;

namespace LeadKit.Import.Duplicates;

/// <summary>
/// How <see cref="MatchKeys"/> keys records: which rules are on and in which region phone numbers
/// written without a country code are read. Immutable once built; the values are checked as they
/// are set.
/// </summary>
public sealed class DuplicateMatchOptions
{
    private static readonly IReadOnlyList<DuplicateRule> AllRules = Array.AsReadOnly([DuplicateRule.Email, DuplicateRule.Phone, DuplicateRule.NameAndCompany]);

    private readonly string _defaultRegion = "US";
    private readonly IReadOnlyList<DuplicateRule> _rules = AllRules;

    /// <summary>Gets the default options: every rule, region <c>US</c>.</summary>
    public static DuplicateMatchOptions Default { get; } = new();

    /// <summary>
    /// Gets the region (ISO 3166-1 alpha-2 code, such as <c>US</c>, <c>GB</c>, <c>DE</c>) whose
    /// numbering plan reads phone numbers written without <c>+</c> and a country code: with
    /// <c>US</c>, <c>(415) 555-0123</c> is <c>+14155550123</c> and <c>011 44 20 7946 0958</c>
    /// (the US international prefix) is <c>+442079460958</c>; with <c>GB</c>,
    /// <c>020 7946 0958</c> is <c>+442079460958</c>. Default <c>US</c>. Set in either case; read
    /// back in upper case.
    /// </summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    /// <exception cref="ArgumentException">libphonenumber knows no such region; the message names the value.</exception>
    public string DefaultRegion
    {
        get => _defaultRegion;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            var region = value.Trim().ToUpperInvariant();
            if (!PhoneNumberUtil.GetInstance().GetSupportedRegions().Contains(region))
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"'{value}' is not a region known to libphonenumber: use an ISO 3166-1 two-letter code such as US, GB or DE."),
                    nameof(DefaultRegion));
            }

            _defaultRegion = region;
        }
    }

    /// <summary>
    /// Gets the rules that give keys, in rule order without repeats (default: all three). A rule
    /// left out gives no key, from records or from raw values; with no rule at all nothing matches.
    /// </summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is not one of <see cref="DuplicateRule"/>'s.</exception>
    public IReadOnlyList<DuplicateRule> Rules
    {
        get => _rules;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            foreach (var rule in value)
            {
                if (!Enum.IsDefined(rule))
                {
                    throw new ArgumentOutOfRangeException(nameof(Rules), rule, "Unknown duplicate rule.");
                }
            }

            _rules = Array.AsReadOnly(value.Distinct().Order().ToArray());
        }
    }

    /// <summary>Gets whether a rule is on.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns><see langword="true"/> when <see cref="Rules"/> has it.</returns>
    public bool Uses(DuplicateRule rule) => _rules.Contains(rule);

    /// <inheritdoc />
    public override string ToString() => $"rules {string.Join(", ", _rules)}; region {_defaultRegion}";
}
