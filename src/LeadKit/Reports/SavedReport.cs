using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using LeadKit.Utility;
using LeadKit.Validation;

namespace LeadKit.Reports;

/// <summary>
/// A report a user saved under a name: the built-in report it derives from (<see cref="BasedOn"/>),
/// a filter and a sort in the filter language (kept as text, so a saved report reads as its author
/// typed it), and optionally the columns to show. Names are unique per workspace, ignoring case.
/// Immutable; compares by value.
/// </summary>
public sealed class SavedReport : IEquatable<SavedReport>
{
    /// <summary>The only category LeadKit's reports have for now.</summary>
    public const string LeadsCategory = "Leads";

    /// <summary>The longest name, filter, sort or column name accepted.</summary>
    public const int MaxNameLength = 255;

    /// <summary>The longest filter or sort text accepted.</summary>
    public const int MaxExpressionLength = 4000;

    /// <summary>Creates a saved report.</summary>
    /// <param name="name">The name; trimmed, 1–255 characters.</param>
    /// <param name="basedOn">The built-in report it derives from.</param>
    /// <param name="filter">The filter text (filter language), or <see langword="null"/> for every lead.</param>
    /// <param name="sort">The sort text (<c>FIELD[:desc], …</c>), or <see langword="null"/> for the report's own order.</param>
    /// <param name="columns">The columns to show, or <see langword="null"/> for the report's own.</param>
    /// <param name="category">The category; <see cref="LeadsCategory"/> is the only one.</param>
    /// <exception cref="LeadKitValidationException">The name is blank or too long, the category is not <see cref="LeadsCategory"/>, the report kind is unknown, or a text is too long.</exception>
    public SavedReport(string name, BuiltInReport basedOn, string? filter = null, string? sort = null, IEnumerable<string>? columns = null, string category = LeadsCategory)
    {
        var trimmed = name?.Trim() ?? string.Empty;
        if (trimmed.Length is 0 or > MaxNameLength)
        {
            throw Preconditions.Invalid(nameof(SavedReport), nameof(Name), "LeadKit.SavedReport.Name", $"A report name is 1 to {MaxNameLength} characters.", name);
        }

        if (!string.Equals(category, LeadsCategory, StringComparison.Ordinal))
        {
            throw Preconditions.Invalid(nameof(SavedReport), nameof(Category), "LeadKit.SavedReport.Category", $"The only report category is \"{LeadsCategory}\", not \"{category}\".", category);
        }

        if (!Enum.IsDefined(basedOn))
        {
            throw Preconditions.Invalid(nameof(SavedReport), nameof(BasedOn), "LeadKit.SavedReport.BasedOn", $"Unknown built-in report {basedOn}.");
        }

        Filter = Expression(filter, nameof(Filter));
        Sort = Expression(sort, nameof(Sort));
        var list = (columns ?? []).Select(c => c?.Trim() ?? string.Empty).ToImmutableArray();
        if (list.Any(c => c.Length is 0 or > MaxNameLength))
        {
            throw Preconditions.Invalid(nameof(SavedReport), nameof(Columns), "LeadKit.SavedReport.Column", $"A column name is 1 to {MaxNameLength} characters.");
        }

        Name = trimmed;
        BasedOn = basedOn;
        Category = category;
        Columns = list;
    }

    /// <summary>Gets the name, unique per workspace ignoring case.</summary>
    public string Name { get; }

    /// <summary>Gets the category (<see cref="LeadsCategory"/>).</summary>
    public string Category { get; }

    /// <summary>Gets the built-in report it derives from.</summary>
    public BuiltInReport BasedOn { get; }

    /// <summary>Gets the filter text, or <see langword="null"/> for every lead.</summary>
    public string? Filter { get; }

    /// <summary>Gets the sort text, or <see langword="null"/>.</summary>
    public string? Sort { get; }

    /// <summary>Gets the columns to show; empty for the report's own.</summary>
    public ImmutableArray<string> Columns { get; }

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

    /// <inheritdoc />
    public bool Equals(SavedReport? other) =>
        other is not null
        && Name == other.Name
        && Category == other.Category
        && BasedOn == other.BasedOn
        && Filter == other.Filter
        && Sort == other.Sort
        && Columns.SequenceEqual(other.Columns);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SavedReport);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, BasedOn, Filter, Sort, Columns.Length);

    /// <summary>Returns <c>Name (by-score; filter; sort)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Name} ({NameOf(BasedOn)}; filter: {Filter ?? "all"}; sort: {Sort ?? "default"})";

    private static string? Expression(string? text, string member)
    {
        var value = Preconditions.NullIfBlank(text);
        return value is { Length: > MaxExpressionLength }
            ? throw Preconditions.Invalid(nameof(SavedReport), member, $"LeadKit.SavedReport.{member}TooLong", $"{member} holds at most {MaxExpressionLength} characters.")
            : value;
    }
}
