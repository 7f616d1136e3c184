using System;

namespace LeadKit.Scoring;

/// <summary>
/// The one rule for the stars a record shows: the manual stars, capped at the profile's most stars,
/// for a manual score; the automatic stars otherwise. <see cref="LeadScore.Stars"/>,
/// <see cref="Leads.ContactRecord.Stars"/> and the value stores write to their <c>stars</c> column
/// (and so every <c>stars</c> filter and sort) all come from here; no store recomputes it in SQL.
/// </summary>
internal static class DisplayedStars
{
    /// <summary>Computes the displayed stars.</summary>
    /// <param name="scoreType">Whether the score is computed or set by hand.</param>
    /// <param name="manualStars">The manual stars, if any.</param>
    /// <param name="automaticStars">The automatic stars (0 when the record was never scored).</param>
    /// <param name="maxStars">The most stars the profile shows.</param>
    /// <returns>The stars to show, 0 to <paramref name="maxStars"/> (or the automatic stars).</returns>
    internal static int Of(ScoreType scoreType, int? manualStars, int automaticStars, int maxStars) =>
        scoreType == ScoreType.Manual && manualStars is { } manual ? Math.Min(manual, maxStars) : automaticStars;
}
