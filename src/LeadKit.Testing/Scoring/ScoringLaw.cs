namespace LeadKit.Testing;

/// <summary>The laws of docs/scoring.md that every scorer must satisfy, numbered as there.</summary>
public enum ScoringLaw
{
    /// <summary>Law 1: 0 ≤ stars ≤ MaxStars, 0 ≤ percent ≤ 100, −W ≤ points ≤ W.</summary>
    Bounds = 1,

    /// <summary>Law 2: nothing met gives 0 stars; everything met gives MaxStars (when W &gt; 0).</summary>
    Extremes = 2,

    /// <summary>Law 3: checking one more criterion never lowers the score; unchecking never raises it.</summary>
    Monotonicity = 3,

    /// <summary>Law 4: raising the weight of a met criterion never lowers the score; raising the weight of an unmet one never raises it.</summary>
    WeightMonotonicity = 4,

    /// <summary>Law 5: the order of criteria in the profile does not matter.</summary>
    OrderIndependence = 5,

    /// <summary>Law 6: multiplying every weight's points by the same k &gt; 0 changes neither percent nor stars.</summary>
    ScaleIndependence = 6,

    /// <summary>Law 7: the same record, profile and asOf always give the same result.</summary>
    Determinism = 7,

    /// <summary>Law 8: with score type Manual the rating equals the manual stars.</summary>
    ManualDominance = 8,

    /// <summary>Law 9: contributions sum to points; met points sum to M.</summary>
    ExplanationConsistency = 9,

    /// <summary>Law 10: moving asOf forward never raises the score of a record whose checks do not change.</summary>
    Decay = 10,

    /// <summary>Law 11: profiles, criterion states and scores survive JSON serialization unchanged.</summary>
    RoundTrip = 11,
}
