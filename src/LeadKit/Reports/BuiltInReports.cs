using System;
using System.Collections.Generic;
using LeadKit.Querying;

namespace LeadKit.Reports;

/// <summary>
/// The built-in lead reports, each an ordinary <see cref="ReportDefinition"/> that can be copied
/// and changed (<see cref="ReportDefinition.Where(Filter)"/>, <see cref="ReportDefinition.WithSort(SortSpec)"/>, …)
/// and saved under a new name. All three count the leads not converted into business contacts
/// (<c>converted = false</c>: a converted lead is followed as a business contact), list a group's
/// leads by name (then id), and show their name, company, rating and stars.
/// </summary>
public static class BuiltInReports
{
    private static readonly Filter OpenLeads = RecordField.Converted.EqualTo(false);

    private static readonly SortSpec ByName = SortSpec.By(RecordField.FullName.Ascending());

    /// <summary>
    /// Gets <b>Leads by Assigned To</b>: one group per user, by display name (ignoring case, then
    /// the user's id), the leads assigned to nobody in a last group of their own (<c>(unassigned)</c>).
    /// </summary>
    public static ReportDefinition ByAssigned { get; } = ReportDefinition.Create(
        [new GroupLevel(RecordField.AssignedTo)],
        OpenLeads,
        ByName,
        [RecordField.FullName, RecordField.Company, RecordField.Rating, RecordField.Stars]);

    /// <summary>
    /// Gets <b>Leads by Assigned To and Rating</b>: the groups of <see cref="ByAssigned"/>, each split by
    /// rating (ignoring case, alphabetically; leads without a rating last, as <c>(none)</c>).
    /// </summary>
    public static ReportDefinition ByAssignedAndRating { get; } = ReportDefinition.Create(
        [new GroupLevel(RecordField.AssignedTo), new GroupLevel(RecordField.Rating)],
        OpenLeads,
        ByName,
        [RecordField.FullName, RecordField.Company, RecordField.Stars]);

    /// <summary>Gets <b>Leads by Score</b>: one group per displayed star count (<c>stars</c>, manual or automatic), highest first.</summary>
    public static ReportDefinition ByScore { get; } = ReportDefinition.Create(
        [new GroupLevel(RecordField.Stars, GroupOrder.Descending)],
        OpenLeads,
        ByName,
        [RecordField.FullName, RecordField.Company, RecordField.AssignedTo, RecordField.Rating]);

    /// <summary>Gets every built-in report, in the order of <see cref="BuiltInReport"/>.</summary>
    public static IReadOnlyList<BuiltInReport> All { get; } = [BuiltInReport.ByAssigned, BuiltInReport.ByAssignedRating, BuiltInReport.ByScore];

    /// <summary>Gets the definition of a built-in report.</summary>
    /// <param name="report">The report.</param>
    /// <returns>Its definition.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="report"/> is not a defined value.</exception>
    public static ReportDefinition Get(BuiltInReport report) => report switch
    {
        BuiltInReport.ByAssigned => ByAssigned,
        BuiltInReport.ByAssignedRating => ByAssignedAndRating,
        BuiltInReport.ByScore => ByScore,
        _ => throw new ArgumentOutOfRangeException(nameof(report), report, "Unknown built-in report."),
    };

    /// <summary>Gets the title of a built-in report: <c>Leads by Assigned To</c>, <c>Leads by Assigned To and Rating</c>, <c>Leads by Score</c>.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The title.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="report"/> is not a defined value.</exception>
    public static string Title(BuiltInReport report) => report switch
    {
        BuiltInReport.ByAssigned => "Leads by Assigned To",
        BuiltInReport.ByAssignedRating => "Leads by Assigned To and Rating",
        BuiltInReport.ByScore => "Leads by Score",
        _ => throw new ArgumentOutOfRangeException(nameof(report), report, "Unknown built-in report."),
    };
}
