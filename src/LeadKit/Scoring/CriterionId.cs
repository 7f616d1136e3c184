using System;
using System.Diagnostics.CodeAnalysis;
using LeadKit.Utility;

namespace LeadKit.Scoring;

/// <summary>
/// The stable identifier of a scoring criterion: a short slug of lower-case ASCII letters, digits
/// and hyphens (1–64 characters, starting with a letter or digit), e.g. <c>budget-confirmed</c>.
/// It never changes when the criterion's description or weight is edited.
/// </summary>
public readonly record struct CriterionId : IComparable<CriterionId>
{
    /// <summary>The longest identifier accepted.</summary>
    public const int MaxLength = 64;

    /// <summary>Creates an identifier.</summary>
    /// <param name="value">The slug.</param>
    /// <exception cref="Validation.LeadKitValidationException">The slug is empty, too long or uses other characters.</exception>
    public CriterionId(string value)
    {
        if (!IsValid(value))
        {
            throw Preconditions.Invalid(nameof(CriterionId), string.Empty, "LeadKit.CriterionId.Syntax",
                $"'{value}' is not a criterion id: use 1–{MaxLength} lower-case letters, digits and hyphens, starting with a letter or digit.", value);
        }

        Value = value;
    }

    /// <summary>Gets the slug.</summary>
    public string Value { get => field ?? string.Empty; private init; }

    /// <summary>Tries to create an identifier.</summary>
    /// <param name="value">The slug.</param>
    /// <param name="id">The identifier, when valid.</param>
    /// <returns>Whether <paramref name="value"/> is a valid identifier.</returns>
    public static bool TryParse([NotNullWhen(true)] string? value, out CriterionId id)
    {
        var ok = IsValid(value);
        id = ok ? new CriterionId(value!) : default;
        return ok;
    }

    /// <summary>Compares two identifiers.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>Whether <paramref name="left"/> sorts before <paramref name="right"/>.</returns>
    public static bool operator <(CriterionId left, CriterionId right) => left.CompareTo(right) < 0;

    /// <summary>Compares two identifiers.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>Whether <paramref name="left"/> sorts before or with <paramref name="right"/>.</returns>
    public static bool operator <=(CriterionId left, CriterionId right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two identifiers.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>Whether <paramref name="left"/> sorts after <paramref name="right"/>.</returns>
    public static bool operator >(CriterionId left, CriterionId right) => left.CompareTo(right) > 0;

    /// <summary>Compares two identifiers.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>Whether <paramref name="left"/> sorts after or with <paramref name="right"/>.</returns>
    public static bool operator >=(CriterionId left, CriterionId right) => left.CompareTo(right) >= 0;

    /// <inheritdoc />
    public int CompareTo(CriterionId other) => string.CompareOrdinal(Value, other.Value);

    /// <inheritdoc />
    public override string ToString() => Value;

    private static bool IsValid([NotNullWhen(true)] string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > MaxLength || value[0] == '-')
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
            {
                return false;
            }
        }

        return true;
    }
}
