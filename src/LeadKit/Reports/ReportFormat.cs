namespace LeadKit.Reports;

/// <summary>The text formats <see cref="ReportRenderer"/> writes reports and funnels in.</summary>
public enum ReportFormat
{
    /// <summary>An aligned plain-text table, one line per group, subgroups indented, a total line; for terminals and logs.</summary>
    Table = 0,

    /// <summary>Comma-separated values (RFC 4180) with a header line: one line per last-level group, or per item when the result has items.</summary>
    Csv = 1,

    /// <summary>JSON: the groups as a tree, with counts, totals and items (the console's <c>--json</c> shape).</summary>
    Json = 2,
}
