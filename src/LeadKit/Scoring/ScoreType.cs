namespace LeadKit.Scoring;

/// <summary>Whether a record's score is computed from the criteria or set by hand.</summary>
public enum ScoreType
{
    /// <summary>Computed from the scoring criteria (the default).</summary>
    Automatic = 0,

    /// <summary>Fixed by hand as a number of stars; overrides the computed score.</summary>
    Manual = 1,
}
