using System;
using NodaTime;

namespace LeadKit.EntityFrameworkCore.Sql;

/// <summary>
/// One score-only write (<see cref="SqlDialect.UpdateScoresAsync"/>): the row, the version it must
/// still have, and the values to store. The stars are the displayed stars computed in the
/// core (<see cref="LeadKit.Storage.StoredScoreChange.Stars"/>); SQL writes them as they are and never recomputes them.
/// </summary>
/// <param name="Id">The record's identifier.</param>
/// <param name="Version">The version the record must still have.</param>
/// <param name="Stars">The displayed stars for the <c>stars</c> column.</param>
/// <param name="Points">The signed points, or <see langword="null"/> when the score is forgotten.</param>
/// <param name="ProfileVersion">The profile version the score was computed with.</param>
/// <param name="ScoredAt">The instant the score was computed for.</param>
/// <param name="ScoredVersion">The record version the score describes.</param>
/// <param name="ExpiresAt">The instant a counted check lapses.</param>
/// <param name="Score">The score member's JSON, or <see langword="null"/> to remove the member.</param>
internal readonly record struct ScoreRow(Guid Id, long Version, int Stars, int? Points, long? ProfileVersion, Instant? ScoredAt, long? ScoredVersion, Instant? ExpiresAt, string? Score);
