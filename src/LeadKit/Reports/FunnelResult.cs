using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace LeadKit.Reports;

/// <summary>
/// The sales funnel of a period, ready to render: for the leads created in the period, how many
/// were qualified, converted into business contacts, got opportunities and won some, with the
/// value won — for the team and per assignee. Immutable; compares by value.
/// </summary>
public sealed class FunnelResult : IEquatable<FunnelResult>
{
    /// <summary>The name of the team row.</summary>
    public const string TeamName = "Team";

    internal FunnelResult(Instant? from, Instant? to, int qualifiedStars, FunnelRow team, IReadOnlyList<FunnelRow> byAssigned)
    {
        From = from;
        To = to;
        QualifiedStars = qualifiedStars;
        Team = team;
        ByAssigned = byAssigned;
    }

    /// <summary>Gets the start of the period (inclusive), or <see langword="null"/> for no start.</summary>
    public Instant? From { get; }

    /// <summary>Gets the end of the period (exclusive), or <see langword="null"/> for no end.</summary>
    public Instant? To { get; }

    /// <summary>Gets the stars a lead needs to count as qualified.</summary>
    public int QualifiedStars { get; }

    /// <summary>Gets the whole team's funnel (every lead of the cohort).</summary>
    public FunnelRow Team { get; }

    /// <summary>
    /// Gets the funnel per assignee: every user who has leads in the cohort or is an active member
    /// of the workspace, by display name (ignoring case, then id), and last the leads assigned to
    /// nobody when there are any. Their counts add up to the team's.
    /// </summary>
    public IReadOnlyList<FunnelRow> ByAssigned { get; }

    /// <inheritdoc />
    public bool Equals(FunnelResult? other) =>
        other is not null && From == other.From && To == other.To && QualifiedStars == other.QualifiedStars && Team.Equals(other.Team) && ByAssigned.SequenceEqual(other.ByAssigned);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as FunnelResult);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(From, To, Team);

    /// <summary>Returns the team's row.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Team.ToString();
}
