using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using LeadKit.Leads;
using LeadKit.Querying;

namespace LeadKit.Reports;

/// <summary>
/// What a report shows, as data: the kind of record it reads (<see cref="RecordKind"/>), which
/// records (<see cref="Filter"/>, in the filter language), how they are grouped
/// (<see cref="Groups"/>, levels of fields from the field catalogue), the totals of each group
/// besides its count (<see cref="Totals"/>), and, for the records of a group, their columns
/// (<see cref="Columns"/>) and order (<see cref="Sort"/>). Checked when built: an unknown field, a
/// field that cannot be grouped or totalled, a bad filter or sort text is a
/// <see cref="ReportException"/> then, not when the report runs. Immutable; every change
/// returns a new definition; compares by value. The built-in reports are definitions too
/// (<see cref="BuiltInReports"/>): copy one and change it.
/// </summary>
public sealed class ReportDefinition : IEquatable<ReportDefinition>
{
    /// <summary>The most grouping levels a report has.</summary>
    public const int MaxGroupLevels = 4;

    /// <summary>The most item columns a report has.</summary>
    public const int MaxColumns = 64;

    /// <summary>The most totals a report has besides its count.</summary>
    public const int MaxTotals = 16;

    private ReportDefinition(RecordKind recordKind, Filter filter, SortSpec sort, ImmutableArray<GroupLevel> groups, ImmutableArray<RecordField> columns, ImmutableArray<ReportTotal> totals)
    {
        RecordKind = recordKind;
        Filter = filter;
        Sort = sort;
        Groups = groups;
        Columns = columns;
        Totals = totals;
    }

    /// <summary>Gets the columns a definition shows when none are given: <c>name</c>, <c>company</c>, <c>assignedTo</c>, <c>rating</c>, <c>stars</c>.</summary>
    public static IReadOnlyList<RecordField> DefaultColumns { get; } =
        [RecordField.FullName, RecordField.Company, RecordField.AssignedTo, RecordField.Rating, RecordField.Stars];

    /// <summary>Gets the kind of record the report reads: leads or business contacts.</summary>
    public RecordKind RecordKind { get; }

    /// <summary>Gets which records the report counts (<see cref="Filter.All"/> for every one).</summary>
    public Filter Filter { get; }

    /// <summary>Gets the order of the records of a group (items and drill-down), always completed by the record id.</summary>
    public SortSpec Sort { get; }

    /// <summary>Gets the grouping levels, outermost first; empty for a report without groups (one total).</summary>
    public ImmutableArray<GroupLevel> Groups { get; }

    /// <summary>Gets the columns of a group's records (items and drill-down).</summary>
    public ImmutableArray<RecordField> Columns { get; }

    /// <summary>Gets the totals computed for each group and for the report, besides the count.</summary>
    public ImmutableArray<ReportTotal> Totals { get; }

    /// <summary>Creates a definition.</summary>
    /// <param name="groups">The grouping levels, outermost first (at most <see cref="MaxGroupLevels"/>, each field once); none for a report without groups.</param>
    /// <param name="filter">Which records to count; <see langword="null"/> for every one.</param>
    /// <param name="sort">The order of a group's records; <see langword="null"/> for the id order.</param>
    /// <param name="columns">The columns of a group's records (each field once, at most <see cref="MaxColumns"/>); <see langword="null"/> for <see cref="DefaultColumns"/>.</param>
    /// <param name="totals">The totals besides the count (each at most once, at most <see cref="MaxTotals"/>).</param>
    /// <param name="recordKind">The kind of record to read.</param>
    /// <returns>The definition.</returns>
    /// <exception cref="ReportException">A field is repeated or cannot be shown, or there are too many levels, columns or totals (the code says which).</exception>
    public static ReportDefinition Create(
        IEnumerable<GroupLevel>? groups = null,
        Filter? filter = null,
        SortSpec? sort = null,
        IEnumerable<RecordField>? columns = null,
        IEnumerable<ReportTotal>? totals = null,
        RecordKind recordKind = RecordKind.Lead)
    {
        if (!Enum.IsDefined(recordKind))
        {
            throw new ReportException("LeadKit.Report.RecordKind", $"Unknown record kind {recordKind}: a report reads leads or business contacts.");
        }

        return new ReportDefinition(recordKind, filter ?? Filter.All, sort ?? SortSpec.ById, CheckGroups(groups), CheckColumns(columns), CheckTotals(totals));
    }

    /// <summary>
    /// Creates a definition from its text form, as JSON and command lines write it: the filter and
    /// sort in the filter language, grouping levels as <see cref="GroupLevel.Parse"/> reads them,
    /// columns as field names, totals as <see cref="ReportTotal.Parse"/> reads them.
    /// </summary>
    /// <param name="groups">The grouping levels, e.g. <c>["assignedTo", "stars:desc"]</c>.</param>
    /// <param name="filter">The filter text; blank or <see langword="null"/> for every record.</param>
    /// <param name="sort">The sort text, e.g. <c>company,name</c>; blank or <see langword="null"/> for the id order.</param>
    /// <param name="columns">The column field names; <see langword="null"/> for <see cref="DefaultColumns"/>.</param>
    /// <param name="totals">The totals, e.g. <c>["avg(stars)"]</c>.</param>
    /// <param name="recordKind">The kind of record to read.</param>
    /// <param name="catalog">The workspace's fields, to check that custom fields exist; <see langword="null"/> accepts any custom field by name (<see cref="Check"/> checks them later).</param>
    /// <returns>The definition.</returns>
    /// <exception cref="ReportException">A part does not parse or names an unknown or unsuitable field (the code and <see cref="ReportException.Field"/> say which).</exception>
    public static ReportDefinition Parse(
        IEnumerable<string>? groups = null,
        string? filter = null,
        string? sort = null,
        IEnumerable<string>? columns = null,
        IEnumerable<string>? totals = null,
        RecordKind recordKind = RecordKind.Lead,
        FieldCatalog? catalog = null) =>
        Create(
            groups?.Select(g => GroupLevel.Parse(g ?? throw new ArgumentException("A grouping level is null.", nameof(groups)), catalog)),
            ParseFilter(filter),
            ParseSort(sort),
            columns?.Select(c => ReportFields.Resolve(c ?? throw new ArgumentException("A column is null.", nameof(columns)), catalog)),
            totals?.Select(t => ReportTotal.Parse(t ?? throw new ArgumentException("A total is null.", nameof(totals)), catalog)),
            recordKind);

    /// <summary>Returns this definition reading another kind of record.</summary>
    /// <param name="recordKind">The kind of record.</param>
    /// <returns>The new definition.</returns>
    public ReportDefinition WithRecordKind(RecordKind recordKind) => Create(Groups, Filter, Sort, Columns, Totals, recordKind);

    /// <summary>Returns this definition with another filter (replacing the current one; <see cref="Where(Filter)"/> narrows it instead).</summary>
    /// <param name="filter">The filter.</param>
    /// <returns>The new definition.</returns>
    public ReportDefinition WithFilter(Filter filter) => new(RecordKind, filter ?? throw new ArgumentNullException(nameof(filter)), Sort, Groups, Columns, Totals);

    /// <summary>Returns this definition with another filter, parsed from text.</summary>
    /// <param name="filter">The filter text; blank for every record.</param>
    /// <returns>The new definition.</returns>
    /// <exception cref="ReportException">The text is not a valid filter (<c>LeadKit.Report.Filter</c>; the <see cref="FilterSyntaxException"/> with its column is the inner exception).</exception>
    public ReportDefinition WithFilter(string filter) => WithFilter(ParseFilter(filter ?? throw new ArgumentNullException(nameof(filter))));

    /// <summary>Returns this definition counting only the records that also match <paramref name="filter"/> (its filter <c>and</c> this one).</summary>
    /// <param name="filter">The further condition.</param>
    /// <returns>The new definition.</returns>
    public ReportDefinition Where(Filter filter) => WithFilter(Filter.And(Filter, filter ?? throw new ArgumentNullException(nameof(filter))));

    /// <summary>Returns this definition counting only the records that also match a filter written as text.</summary>
    /// <param name="filter">The further condition's text.</param>
    /// <returns>The new definition.</returns>
    /// <exception cref="ReportException">The text is not a valid filter (<c>LeadKit.Report.Filter</c>).</exception>
    public ReportDefinition Where(string filter) => Where(ParseFilter(filter ?? throw new ArgumentNullException(nameof(filter))));

    /// <summary>Returns this definition with another order for a group's records.</summary>
    /// <param name="sort">The sort.</param>
    /// <returns>The new definition.</returns>
    public ReportDefinition WithSort(SortSpec sort) => new(RecordKind, Filter, sort ?? throw new ArgumentNullException(nameof(sort)), Groups, Columns, Totals);

    /// <summary>Returns this definition with another order for a group's records, parsed from text (<c>company,stars:desc</c>).</summary>
    /// <param name="sort">The sort text; blank for the id order.</param>
    /// <returns>The new definition.</returns>
    /// <exception cref="ReportException">The text is not a valid sort (<c>LeadKit.Report.Sort</c>; the <see cref="FilterSyntaxException"/> is the inner exception).</exception>
    public ReportDefinition WithSort(string sort) => WithSort(ParseSort(sort ?? throw new ArgumentNullException(nameof(sort))));

    /// <summary>Returns this definition with other grouping levels.</summary>
    /// <param name="groups">The levels, outermost first.</param>
    /// <returns>The new definition.</returns>
    /// <exception cref="ReportException">A field is repeated, or there are more than <see cref="MaxGroupLevels"/> levels.</exception>
    public ReportDefinition WithGroups(params GroupLevel[] groups) => WithGroups((IEnumerable<GroupLevel>)groups);

    /// <summary>Returns this definition with other grouping levels.</summary>
    /// <param name="groups">The levels, outermost first.</param>
    /// <returns>The new definition.</returns>
    /// <exception cref="ReportException">A field is repeated, or there are more than <see cref="MaxGroupLevels"/> levels.</exception>
    public ReportDefinition WithGroups(IEnumerable<GroupLevel> groups) =>
        new(RecordKind, Filter, Sort, CheckGroups(groups ?? throw new ArgumentNullException(nameof(groups))), Columns, Totals);

    /// <summary>Returns this definition with other item columns.</summary>
    /// <param name="columns">The columns.</param>
    /// <returns>The new definition.</returns>
    /// <exception cref="ReportException">A field is repeated or cannot be shown, or there are more than <see cref="MaxColumns"/>.</exception>
    public ReportDefinition WithColumns(params RecordField[] columns) => WithColumns((IEnumerable<RecordField>)columns);

    /// <summary>Returns this definition with other item columns.</summary>
    /// <param name="columns">The columns.</param>
    /// <returns>The new definition.</returns>
    /// <exception cref="ReportException">A field is repeated or cannot be shown, or there are more than <see cref="MaxColumns"/>.</exception>
    public ReportDefinition WithColumns(IEnumerable<RecordField> columns) =>
        new(RecordKind, Filter, Sort, Groups, CheckColumns(columns ?? throw new ArgumentNullException(nameof(columns))), Totals);

    /// <summary>Returns this definition with other totals.</summary>
    /// <param name="totals">The totals besides the count.</param>
    /// <returns>The new definition.</returns>
    /// <exception cref="ReportException">A total is repeated, or there are more than <see cref="MaxTotals"/>.</exception>
    public ReportDefinition WithTotals(params ReportTotal[] totals) => WithTotals((IEnumerable<ReportTotal>)totals);

    /// <summary>Returns this definition with other totals.</summary>
    /// <param name="totals">The totals besides the count.</param>
    /// <returns>The new definition.</returns>
    /// <exception cref="ReportException">A total is repeated, or there are more than <see cref="MaxTotals"/>.</exception>
    public ReportDefinition WithTotals(IEnumerable<ReportTotal> totals) =>
        new(RecordKind, Filter, Sort, Groups, Columns, CheckTotals(totals ?? throw new ArgumentNullException(nameof(totals))));

    /// <summary>
    /// Checks the definition against a workspace's fields: every custom field it names (in the
    /// filter, the sort, the groups, the columns and the totals) must be defined there, and a
    /// totalled custom field must be of a number type. Running a report does this.
    /// </summary>
    /// <param name="catalog">The workspace's fields for <see cref="RecordKind"/> (<see cref="FieldCatalog.For"/>).</param>
    /// <returns>The definition with its custom fields taken from the catalogue (equal to this one).</returns>
    /// <exception cref="ReportException">A custom field is not defined (<c>LeadKit.Report.UnknownField</c>) or a totalled one holds no numbers (<c>LeadKit.Report.NotNumeric</c>).</exception>
    public ReportDefinition Check(FieldCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        foreach (var field in ReportFields.Of(Filter).Concat(Sort.Keys.Select(k => k.Field)))
        {
            Bind(field);
        }

        return new ReportDefinition(
            RecordKind,
            Filter,
            Sort,
            [.. Groups.Select(g => new GroupLevel(Bind(g.Field), g.Order))],
            [.. Columns.Select(Bind)],
            [.. Totals.Select(t => new ReportTotal(t.Kind, Bind(t.Field)))]);

        RecordField Bind(RecordField field) =>
            !field.IsCustom ? field
            : catalog.Find(field.Name) is { IsCustom: true } defined ? defined
            : throw new ReportException("LeadKit.Report.UnknownField", $"The report uses '{field.Name}', which is not a custom field of this workspace's {(RecordKind == RecordKind.Lead ? "leads" : "business contacts")}.", field.Name);
    }

    /// <inheritdoc />
    public bool Equals(ReportDefinition? other) =>
        other is not null
        && RecordKind == other.RecordKind
        && Filter.Equals(other.Filter)
        && Sort.Equals(other.Sort)
        && Groups.SequenceEqual(other.Groups)
        && Columns.SequenceEqual(other.Columns)
        && Totals.SequenceEqual(other.Totals);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ReportDefinition);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(RecordKind, Filter, Sort, Groups.Length, Columns.Length, Totals.Length);

    /// <summary>Returns a one-line summary: <c>leads by assignedTo, rating; filter: converted = false; sort: name</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        (RecordKind == RecordKind.Lead ? "leads" : "business contacts")
        + (Groups.IsEmpty ? string.Empty : " by " + string.Join(", ", Groups))
        + "; filter: " + Filter
        + "; sort: " + (Sort.Keys.IsEmpty ? "id" : Sort.ToString())
        + (Totals.IsEmpty ? string.Empty : "; totals: " + string.Join(", ", Totals));

    private static Filter ParseFilter(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Filter.All;
        }

        try
        {
            return Filter.Parse(text);
        }
        catch (FilterException ex)
        {
            throw new ReportException("LeadKit.Report.Filter", $"The report's filter is not valid: {ex.Message}", ex.Field, innerException: ex);
        }
    }

    private static SortSpec ParseSort(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return SortSpec.ById;
        }

        try
        {
            return SortSpec.Parse(text);
        }
        catch (FilterException ex)
        {
            throw new ReportException("LeadKit.Report.Sort", $"The report's sort is not valid: {ex.Message}", ex.Field, innerException: ex);
        }
    }

    private static ImmutableArray<GroupLevel> CheckGroups(IEnumerable<GroupLevel>? groups)
    {
        var list = (groups ?? []).Select(g => g ?? throw new ArgumentException("A grouping level is null.", nameof(groups))).ToImmutableArray();
        if (list.Length > MaxGroupLevels)
        {
            throw new ReportException("LeadKit.Report.TooManyGroups", $"A report groups by at most {MaxGroupLevels} fields, not {list.Length}.");
        }

        var repeated = list.GroupBy(g => g.Field).FirstOrDefault(g => g.Count() > 1);
        return repeated is null
            ? list
            : throw new ReportException("LeadKit.Report.GroupRepeated", $"The report groups by '{repeated.Key.Name}' twice.", repeated.Key.Name);
    }

    private static ImmutableArray<RecordField> CheckColumns(IEnumerable<RecordField>? columns)
    {
        var list = (columns ?? DefaultColumns).Select(c => c ?? throw new ArgumentException("A column is null.", nameof(columns))).ToImmutableArray();
        if (list.Length > MaxColumns)
        {
            throw new ReportException("LeadKit.Report.TooManyColumns", $"A report shows at most {MaxColumns} columns, not {list.Length}.");
        }

        if (list.FirstOrDefault(c => !ReportFields.IsReadable(c)) is { } hidden)
        {
            throw new ReportException("LeadKit.Report.NotReadable", $"A report cannot show '{hidden.Name}' as a column: it has no value a filter reads.", hidden.Name);
        }

        var repeated = list.GroupBy(c => c).FirstOrDefault(g => g.Count() > 1);
        return repeated is null
            ? list
            : throw new ReportException("LeadKit.Report.ColumnRepeated", $"The report shows '{repeated.Key.Name}' twice.", repeated.Key.Name);
    }

    private static ImmutableArray<ReportTotal> CheckTotals(IEnumerable<ReportTotal>? totals)
    {
        var list = (totals ?? []).Select(t => t ?? throw new ArgumentException("A total is null.", nameof(totals))).ToImmutableArray();
        if (list.Length > MaxTotals)
        {
            throw new ReportException("LeadKit.Report.TooManyTotals", $"A report has at most {MaxTotals} totals, not {list.Length}.");
        }

        var repeated = list.GroupBy(t => t).FirstOrDefault(g => g.Count() > 1);
        return repeated is null
            ? list
            : throw new ReportException("LeadKit.Report.TotalRepeated", $"The report computes {repeated.Key} twice.", repeated.Key.Field.Name);
    }
}
