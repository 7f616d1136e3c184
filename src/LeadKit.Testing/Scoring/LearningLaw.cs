namespace LeadKit.Testing;

/// <summary>The laws weight learning keeps (docs/learned-weights.md), checked by <see cref="LearningLaws"/>.</summary>
public enum LearningLaw
{
    /// <summary>The same closed records in any order give the same evidence, suggestions and likelihoods.</summary>
    OrderIndependence = 1,

    /// <summary>Every closed record is counted once per criterion: met plus not met is the total, and the conversions add up.</summary>
    CountsAddUp = 2,

    /// <summary>One more conversion that met a criterion never lowers its suggested weight; one more loss that met it never raises it.</summary>
    EvidenceMonotonicity = 3,

    /// <summary>A likelihood is a probability strictly between 0 and 1, and meeting a criterion whose conversions met it more often than losses did never lowers it.</summary>
    LikelihoodBounds = 4,
}
