using System;
using System.Collections.Generic;
using LeadKit.Utility;
using LeadKit.Validation;

namespace LeadKit.Reports;

/// <summary>
/// A report a user saved under a name in the Leads category: its <see cref="Definition"/> (filter,
/// sort, grouping, columns, totals) and, when it was made from one, the built-in report it started
/// from (<see cref="BasedOn"/>). Opening it again runs the same definition, so it gives the same
/// result on the same data. Names are unique per workspace, ignoring case. Immutable; compares by value.
/// </summary>
public sealed class SavedReport : IEquatable<SavedReport>
{
    /// <summary>The only category LeadKit's reports have for now.</summary>
    public const string LeadsCategory = "Leads";

    /// <summary>The longest name accepted.</summary>
    public const int MaxNameLength = 255;

    /// <summary>Creates a saved report.</summary>
    /// <param name="name">The name; trimmed, 1–255 characters.</param>
    /// <param name="definition">What the report shows.</param>
    /// <param name="basedOn">The built-in report it was made from, if any.</param>
    /// <param name="category">The category; <see cref="LeadsCategory"/> is the only one.</param>
    /// <exception cref="LeadKitValidationException">The name is blank or too long (<c>LeadKit.SavedReport.Name</c>), the category is not <see cref="LeadsCategory"/> (<c>LeadKit.SavedReport.Category</c>), or the built-in report is unknown (<c>LeadKit.SavedReport.BasedOn</c>).</exception>
    public SavedReport(string name, ReportDefinition definition, BuiltInReport? basedOn = null, string category = LeadsCategory)
    {
        ArgumentNullException.ThrowIfNull(definition);
        Name = CheckName(name);
        if (!string.Equals(category, LeadsCategory, StringComparison.Ordinal))
        {
            throw Preconditions.Invalid(nameof(SavedReport), nameof(Category), "LeadKit.SavedReport.Category", $"The only report category is \"{LeadsCategory}\", not \"{category}\".", category);
        }

        if (basedOn is { } report && !Enum.IsDefined(report))
        {
            throw Preconditions.Invalid(nameof(SavedReport), nameof(BasedOn), "LeadKit.SavedReport.BasedOn", $"Unknown built-in report {report}.");
        }

        Definition = definition;
        BasedOn = basedOn;
        Category = category;
    }

    /// <summary>
    /// Creates a saved report from a built-in report changed in the common ways: its records
    /// narrowed by a filter, re-sorted, shown with other columns.
    /// </summary>
    /// <param name="name">The name; trimmed, 1–255 characters.</param>
    /// <param name="basedOn">The built-in report.</param>
    /// <param name="filter">A filter (filter language) the records must match too, or <see langword="null"/> for the built-in's records.</param>
    /// <param name="sort">The sort text (<c>FIELD[:desc], …</c>), or <see langword="null"/> for the built-in's order.</param>
    /// <param name="columns">The columns to show, or <see langword="null"/> for the built-in's.</param>
    /// <returns>The saved report, in <see cref="LeadsCategory"/>.</returns>
    /// <exception cref="LeadKitValidationException">The name or built-in report is refused.</exception>
    /// <exception cref="ReportException">The filter or sort does not parse, or a column is unknown.</exception>
    public static SavedReport FromBuiltIn(string name, BuiltInReport basedOn, string? filter = null, string? sort = null, IEnumerable<string>? columns = null) =>
        new(name, Derive(basedOn, filter, sort, columns), basedOn);

    /// <summary>Gets the name, unique per workspace ignoring case.</summary>
    public string Name { get; }

    /// <summary>Gets the category (<see cref="LeadsCategory"/>).</summary>
    public string Category { get; }

    /// <summary>Gets the built-in report it was made from, or <see langword="null"/>.</summary>
    public BuiltInReport? BasedOn { get; }

    /// <summary>Gets what the report shows.</summary>
    public ReportDefinition Definition { get; }

    /// <summary>Returns the kebab-case name of a built-in report: <c>by-assigned</c>, <c>by-assigned-rating</c>, <c>by-score</c>.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The name.</returns>
    public static string NameOf(BuiltInReport report) => report switch
    {
        BuiltInReport.ByAssigned => "by-assigned",
        BuiltInReport.ByAssignedRating => "by-assigned-rating",
        BuiltInReport.ByScore => "by-score",
        _ => throw new ArgumentOutOfRangeException(nameof(report), report, "Unknown built-in report."),
    };

    /// <summary>Parses the kebab-case name of a built-in report.</summary>
    /// <param name="text">The name, e.g. <c>by-score</c> (case-insensitive).</param>
    /// <param name="report">The report, when recognised.</param>
    /// <returns>Whether the name is a built-in report.</returns>
    public static bool TryParseBuiltIn(string? text, out BuiltInReport report)
    {
        foreach (var candidate in Enum.GetValues<BuiltInReport>())
        {
            if (string.Equals(NameOf(candidate), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                report = candidate;
                return true;
            }
        }

        report = default;
        return false;
    }

    /// <summary>Returns this report under another name.</summary>
    /// <param name="name">The new name; trimmed, 1–255 characters.</param>
    /// <returns>The renamed report.</returns>
    /// <exception cref="LeadKitValidationException">The name is blank or too long.</exception>
    public SavedReport WithName(string name) => new(name, Definition, BasedOn, Category);

    /// <summary>Returns this report showing another definition (same name).</summary>
    /// <param name="definition">The definition.</param>
    /// <returns>The changed report.</returns>
    public SavedReport WithDefinition(ReportDefinition definition) => new(Name, definition, BasedOn, Category);

    /// <inheritdoc />
    public bool Equals(SavedReport? other) =>
        other is not null
        && Name == other.Name
        && Category == other.Category
        && BasedOn == other.BasedOn
        && Definition.Equals(other.Definition);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SavedReport);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, BasedOn, Definition);

    /// <summary>Returns <c>Name (based on by-score: leads by stars:desc; filter: …)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Name} ({(BasedOn is { } b ? "based on " + NameOf(b) + ": " : string.Empty)}{Definition})";

    private static string CheckName(string name)
    {
        var trimmed = name?.Trim() ?? string.Empty;
        return trimmed.Length is 0 or > MaxNameLength
            ? throw Preconditions.Invalid(nameof(SavedReport), nameof(Name), "LeadKit.SavedReport.Name", $"A report name is 1 to {MaxNameLength} characters.", name)
            : trimmed;
    }

    private static ReportDefinition Derive(BuiltInReport basedOn, string? filter, string? sort, IEnumerable<string>? columns)
    {
        if (!Enum.IsDefined(basedOn))
        {
            throw Preconditions.Invalid(nameof(SavedReport), nameof(BasedOn), "LeadKit.SavedReport.BasedOn", $"Unknown built-in report {basedOn}.");
        }

        var definition = BuiltInReports.Get(basedOn);
        if (!string.IsNullOrWhiteSpace(filter))
        {
            definition = definition.Where(filter);
        }

        if (!string.IsNullOrWhiteSpace(sort))
        {
            definition = definition.WithSort(sort);
        }

        return columns is null ? definition : definition.WithColumns(System.Linq.Enumerable.Select(columns, c => ReportFields.Resolve(c ?? throw new ArgumentException("A column is null.", nameof(columns)), null)));
    }
}
