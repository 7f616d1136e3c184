using FsCheck;
using FsCheck.Fluent;
using LeadKit.Querying;

namespace LeadKit.Tests.Querying;

/// <summary>The arbitraries the filter-language properties register.</summary>
#if LEADKIT_STORE_KIT
internal static class QueryArbitraries
#else
public static class QueryArbitraries
#endif
{
    /// <summary>Filter trees, shrinking towards smaller trees.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Filter> Filter() => Arb.From(QueryGenerators.FilterTree, QueryGenerators.Shrink);

    /// <summary><c>=</c> conditions.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ComparisonFilter> Equality() => Arb.From(QueryGenerators.Equality);

    /// <summary>Small sets of records, shrinking by dropping records.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<RecordSample> Sample() =>
        Arb.From(QueryGenerators.Sample, sample => Enumerable.Range(0, sample.Records.Count)
            .Select(i => new RecordSample(sample.Records.Where((_, j) => j != i).ToList())));

    /// <summary>Custom fields with any valid name.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<RecordField> Field() => Arb.From(QueryGenerators.CustomFieldName.Select(RecordField.Custom));

    /// <summary>Sorts.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<SortSpec> Sort() =>
        Arb.From(QueryGenerators.Sort, sort => sort.Keys.Select((_, i) => SortSpec.By(sort.Keys.Where((_, j) => j != i))));
}
