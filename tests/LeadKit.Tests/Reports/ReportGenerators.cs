using FsCheck;
using FsCheck.Fluent;
using LeadKit.Leads;
using LeadKit.Querying;
using LeadKit.Reports;
using LeadKit.Tests.Querying;

namespace LeadKit.Tests.Reports;

/// <summary>Generators of report definitions: any valid mix of groups, filter, sort, columns and totals.</summary>
#if LEADKIT_STORE_KIT
internal static class ReportGenerators
#else
public static class ReportGenerators
#endif
{
    /// <summary>Gets the fields a report can group by: the built-in groupable fields and custom fields by name.</summary>
    public static RecordField[] Groupable { get; } =
    [
        .. RecordField.BuiltIn.Where(f => f.Supports(FieldCapabilities.Group)),
        RecordField.Custom("Region"), RecordField.Custom("Employees"), RecordField.Custom("Deal size (EUR)"),
    ];

    /// <summary>Gets the fields a report can total.</summary>
    public static RecordField[] Numeric { get; } =
        [RecordField.Stars, RecordField.ScorePoints, RecordField.ManualStars, RecordField.Version, RecordField.Custom("Employees"), RecordField.Custom("Deal size (EUR)")];

    /// <summary>Gets the fields a report can show.</summary>
    public static RecordField[] Readable { get; } =
        [.. RecordField.BuiltIn.Where(f => f.Supports(FieldCapabilities.Filter)), RecordField.Custom("Region"), RecordField.Custom("Next call")];

    /// <summary>Gets a generator of grouping levels (distinct fields, 0 to 3 levels).</summary>
    public static Gen<GroupLevel[]> Groups { get; } =
        from fields in Gen.Shuffle(Groupable)
        from count in Gen.Choose(0, 3)
        from orders in Gen.ArrayOf(Gen.Elements(GroupOrder.Ascending, GroupOrder.Descending, GroupOrder.LargestFirst), 3)
        select fields.Take(count).Select((f, i) => new GroupLevel(f, orders[i])).ToArray();

    /// <summary>Gets a generator of definitions.</summary>
    public static Gen<ReportDefinition> Definition { get; } =
        from groups in Groups
        from filter in QueryGenerators.FilterTree
        from sort in QueryGenerators.Sort
        from columns in Gen.Shuffle(Readable)
        from columnCount in Gen.Choose(0, 6)
        from totals in Gen.Shuffle(Numeric)
        from totalCount in Gen.Choose(0, 3)
        from kinds in Gen.ArrayOf(Gen.Elements(TotalKind.Sum, TotalKind.Average), 3)
        from recordKind in Gen.Elements(RecordKind.Lead, RecordKind.BusinessContact)
        select ReportDefinition.Create(
            groups,
            filter,
            sort,
            columns.Take(columnCount),
            totals.Take(totalCount).Select((f, i) => new ReportTotal(kinds[i], f)),
            recordKind);
}

/// <summary>The arbitraries the report properties register.</summary>
#if LEADKIT_STORE_KIT
internal static class ReportArbitraries
#else
public static class ReportArbitraries
#endif
{
    /// <summary>Report definitions.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ReportDefinition> Definition() => Arb.From(ReportGenerators.Definition);
}
