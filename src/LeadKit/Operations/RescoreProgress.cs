namespace LeadKit.Operations;

/// <summary>How far a batch re-score has got: reported after every page.</summary>
/// <param name="Scanned">The records scored so far.</param>
/// <param name="Changed">Those whose stored score changed (and were saved).</param>
/// <param name="Total">The records counted when the re-score began (an estimate: records may come and go meanwhile).</param>
public readonly record struct RescoreProgress(long Scanned, long Changed, long Total);
