namespace LeadKit.Operations;

/// <summary>What a batch operation does when some of its records fail.</summary>
public enum FailurePolicy
{
    /// <summary>
    /// The default: if any record fails, nothing is written; every failure is reported and the
    /// records that would have changed are reported <see cref="OutcomeStatus.Skipped"/>. To write
    /// the valid records anyway, use <see cref="SkipFailed"/>.
    /// </summary>
    AllOrNothing = 0,

    /// <summary>The valid records are written (still in one unit of work); the failed ones are reported and left unchanged.</summary>
    SkipFailed = 1,
}
