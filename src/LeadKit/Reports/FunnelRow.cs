using System;
using System.Collections.Generic;
using System.Linq;
using LeadKit.Leads;

namespace LeadKit.Reports;

/// <summary>
/// The funnel of one assignee's leads (or of the whole team): the count and rates of each stage,
/// and the value won per currency. Immutable; compares by value.
/// </summary>
public sealed class FunnelRow : IEquatable<FunnelRow>
{
    internal FunnelRow(UserId? user, string name, IReadOnlyList<FunnelStage> stages, IReadOnlyList<CurrencyAmount> valueWon)
    {
        User = user;
        Name = name;
        Stages = stages;
        ValueWon = valueWon;
    }

    /// <summary>Gets the user the leads are assigned to; <see langword="null"/> for the leads assigned to nobody, and for the team row.</summary>
    public UserId? User { get; }

    /// <summary>Gets the row's name: the user's display name, <c>(unassigned)</c>, or <c>Team</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the stages, in funnel order (<see cref="FunnelStageKind"/>).</summary>
    public IReadOnlyList<FunnelStage> Stages { get; }

    /// <summary>Gets the total of the won opportunities, per currency (by currency code).</summary>
    public IReadOnlyList<CurrencyAmount> ValueWon { get; }

    /// <summary>Gets a stage.</summary>
    /// <param name="kind">The stage.</param>
    /// <returns>The stage's counts.</returns>
    public FunnelStage this[FunnelStageKind kind] => Stages[(int)kind];

    /// <inheritdoc />
    public bool Equals(FunnelRow? other) =>
        other is not null && User == other.User && Name == other.Name && Stages.SequenceEqual(other.Stages) && ValueWon.SequenceEqual(other.ValueWon);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as FunnelRow);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(User, Name, Stages.Count);

    /// <summary>Returns <c>Ann Lee: created 3, qualified 3, converted 1, withOpportunity 2, won 0</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Name}: {string.Join(", ", Stages.Select(s => $"{s.Name} {s.Count}"))}{(ValueWon.Count == 0 ? string.Empty : "; won " + string.Join(", ", ValueWon))}";
}
