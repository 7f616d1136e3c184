using LeadKit.Scoring;

namespace LeadKit.Operations;

/// <summary>The outcome of a profile edit through <see cref="ScoringProfiles"/>: the saved profile and the re-score it triggered.</summary>
/// <param name="Profile">The profile now stored.</param>
/// <param name="Rescore">The re-score of the records.</param>
/// <param name="Criterion">The criterion added, edited or removed, when the edit was about one.</param>
public sealed record ProfileChange(ScoringProfile Profile, RescoreResult Rescore, CriterionId? Criterion = null);
