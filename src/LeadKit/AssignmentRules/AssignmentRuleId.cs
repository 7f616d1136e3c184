using System;
using System.Diagnostics.CodeAnalysis;
using LeadKit.Utility;

namespace LeadKit.AssignmentRules;

/// <summary>
/// Identifies an <see cref="AssignmentRule"/> within a workspace: what the history entries and the
/// per-record outcomes of a rule-based assignment name, and what <c>leadkit rules remove</c> takes.
/// </summary>
public readonly record struct AssignmentRuleId
{
    /// <summary>Wraps an existing, non-empty GUID.</summary>
    /// <param name="value">The GUID; <see cref="Guid.Empty"/> is refused.</param>
    /// <exception cref="Validation.LeadKitValidationException"><paramref name="value"/> is empty.</exception>
    public AssignmentRuleId(Guid value) => Value = Identifier.NotEmpty(value, nameof(AssignmentRuleId));

    /// <summary>Gets the underlying GUID.</summary>
    public Guid Value { get; }

    /// <summary>Creates a new, time-ordered identifier (a version 7 GUID).</summary>
    /// <returns>A fresh identifier.</returns>
    public static AssignmentRuleId New() => new(Identifier.NewVersion7());

    /// <summary>Parses the text form produced by <see cref="ToString"/>.</summary>
    /// <param name="text">A GUID in any format <see cref="Guid.Parse(string)"/> accepts.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="Validation.LeadKitValidationException"><paramref name="text"/> is not a non-empty GUID.</exception>
    public static AssignmentRuleId Parse(string text) => new(Identifier.Parse(text, nameof(AssignmentRuleId)));

    /// <summary>Tries to parse the text form produced by <see cref="ToString"/>.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="id">The identifier, when parsing succeeds.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a non-empty GUID.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out AssignmentRuleId id)
    {
        var ok = Identifier.TryParse(text, out var value);
        id = ok ? new AssignmentRuleId(value) : default;
        return ok;
    }

    /// <summary>Returns the GUID in its 36-character "D" form.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => Value.ToString("D");
}
