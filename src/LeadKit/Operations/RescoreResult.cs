namespace LeadKit.Operations;

/// <summary>The outcome of a batch re-score.</summary>
/// <param name="Scanned">The records scored.</param>
/// <param name="Changed">The records whose stored score changed and were saved.</param>
/// <param name="ProfileVersion">The version of the profile they were scored with.</param>
public sealed record RescoreResult(long Scanned, long Changed, long ProfileVersion);
