using System.Collections.Generic;

namespace LeadKit.Csv;

/// <summary>What <see cref="CsvLayouts.Detect"/> made of a header row.</summary>
public sealed class CsvLayoutMatch
{
    internal CsvLayoutMatch(CsvLayout layout, double confidence, IReadOnlyList<string> matched, IReadOnlyList<string> unmatched, IReadOnlyList<string> distinctive)
    {
        Layout = layout;
        Confidence = confidence;
        MatchedHeaders = matched;
        UnmatchedHeaders = unmatched;
        DistinctiveHeaders = distinctive;
    }

    /// <summary>Gets the layout: the best match, or <see cref="CsvLayouts.Generic"/> when none is convincing.</summary>
    public CsvLayout Layout { get; }

    /// <summary>Gets the share of the (non-blank) header names the layout knows, from 0 to 1.</summary>
    public double Confidence { get; }

    /// <summary>Gets the header names the layout knows.</summary>
    public IReadOnlyList<string> MatchedHeaders { get; }

    /// <summary>Gets the non-blank header names the layout does not know (they get no key).</summary>
    public IReadOnlyList<string> UnmatchedHeaders { get; }

    /// <summary>Gets the matched names that only this layout knows, which decided the match.</summary>
    public IReadOnlyList<string> DistinctiveHeaders { get; }
}
