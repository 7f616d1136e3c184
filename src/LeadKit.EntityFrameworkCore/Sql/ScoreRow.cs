using System;

namespace LeadKit.EntityFrameworkCore.Sql;

/// <summary>
/// One score-only write (<see cref="SqlDialect.UpdateScoresAsync"/>): the row, the version it must
/// still have, and the values to store. <see cref="AutomaticStars"/> and <see cref="MaxStars"/> give
/// the <c>stars</c> column the same value <see cref="Leads.ContactRecord.Stars"/> has (the capped
/// manual stars for a manual score, the automatic stars otherwise), decided in SQL from the row's
/// own score type and manual stars.
/// </summary>
/// <param name="Id">The record's identifier.</param>
/// <param name="Version">The version the record must still have.</param>
/// <param name="AutomaticStars">The automatic stars (0 when the score is forgotten).</param>
/// <param name="MaxStars">The most stars shown (the default when the score is forgotten).</param>
/// <param name="Points">The signed points, or <see langword="null"/> when the score is forgotten.</param>
/// <param name="Score">The score member's JSON, or <see langword="null"/> to remove the member.</param>
internal readonly record struct ScoreRow(Guid Id, long Version, int AutomaticStars, int MaxStars, int? Points, string? Score)
{
    /// <summary>The <c>score_type_key</c> of a manual score: <see cref="TextKey.Fold"/> of <c>"Manual"</c>, as <see cref="RecordTables.RowValues"/> stores it.</summary>
    public const string ManualKey = "MANUAL";
}
