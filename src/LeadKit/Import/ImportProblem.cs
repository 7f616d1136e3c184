using System;

namespace LeadKit.Import;

/// <summary>Why a value or a row cannot be imported, and where: the column (if one is at fault) and the reason in English. Immutable.</summary>
/// <param name="Column">The source column at fault, or <see langword="null"/> when the whole row is.</param>
/// <param name="Reason">Why, in English.</param>
public sealed record ImportProblem(string? Column, string Reason)
{
    /// <summary>Gets why, in English.</summary>
    public string Reason { get; init; } = string.IsNullOrWhiteSpace(Reason) ? throw new ArgumentException("A problem needs a reason.", nameof(Reason)) : Reason;

    /// <inheritdoc />
    public override string ToString() => Column is null ? Reason : $"{Column}: {Reason}";
}
