using System;

namespace LeadKit.Scoring;

/// <summary>
/// The one rule for the stars a record shows: the manual stars, capped at the most stars the profile
/// shows, for a manual score; the automatic stars otherwise. <see cref="LeadScore.Stars"/> and
/// <see cref="Leads.ContactRecord.Stars"/> both use it, and stores write the value it gives (SQL never
/// recomputes it).
/// </summary>
internal static class DisplayedStars
{
    /// <summary>Returns the displayed stars.</summary>
    public static int Of(ScoreType scoreType, int? manualStars, int automaticStars, int maxStars) =>
        scoreType == ScoreType.Manual && manualStars is { } manual ? Math.Min(manual, maxStars) : automaticStars;
}
