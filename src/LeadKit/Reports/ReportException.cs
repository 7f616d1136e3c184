using System;

namespace LeadKit.Reports;

/// <summary>
/// Thrown when a report or a sales funnel is refused: a definition that names an unknown field,
/// groups by a field that cannot be grouped, totals a field that holds no numbers, has a filter or
/// sort that does not parse; a saved report that does not exist or whose new name is taken; a
/// funnel period that ends before it starts. <see cref="Code"/> is stable (<c>LeadKit.Report.*</c>,
/// <c>LeadKit.Funnel.*</c>) so hosts can translate the message; docs/reports.md lists the codes.
/// </summary>
public sealed class ReportException : LeadKitException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="code">The stable error code, e.g. <c>LeadKit.Report.NotGroupable</c>.</param>
    /// <param name="message">What is wrong and where, naming the field or report.</param>
    /// <param name="field">The field concerned, as the filter language writes it, if any.</param>
    /// <param name="report">The saved report concerned, if any.</param>
    /// <param name="innerException">The underlying cause (a <see cref="Querying.FilterException"/> for a bad filter or sort), if any.</param>
    public ReportException(string code, string message, string? field = null, string? report = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Code = code ?? throw new ArgumentNullException(nameof(code));
        Field = field;
        Report = report;
    }

    /// <summary>Gets the stable error code, e.g. <c>LeadKit.Report.UnknownField</c>.</summary>
    public string Code { get; }

    /// <summary>Gets the field concerned, as the filter language writes it (<c>rating</c>, <c>custom.Budget</c>), or <see langword="null"/>.</summary>
    public string? Field { get; }

    /// <summary>Gets the name of the saved report concerned, or <see langword="null"/>.</summary>
    public string? Report { get; }
}
