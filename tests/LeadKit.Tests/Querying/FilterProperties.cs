using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LeadKit.Leads;
using LeadKit.Querying;

namespace LeadKit.Tests.Querying;

[Properties(Arbitrary = new[] { typeof(QueryArbitraries) })]
public sealed class FilterProperties
{
    [Property(MaxTest = 500)]
    public bool Parse_OfToString_EqualsTheFilter(Filter filter)
    {
        var parsed = Filter.Parse(filter.ToString());
        return parsed.Equals(filter) && parsed.GetHashCode() == filter.GetHashCode() && parsed.ToString() == filter.ToString();
    }

    [Property(MaxTest = 500)]
    public bool Parse_OfToString_KeepsAnyTextAndCustomFieldName(NonNull<string> text, RecordField custom)
    {
        var filter = new OrFilter([new TextFilter(custom, TextOperator.EndsWith, text.Get), RecordField.Comments.EqualTo(text.Get)]);
        return Filter.Parse(filter.ToString()).Equals(filter) && RecordField.Parse(custom.Name).Equals(custom);
    }

    [Property(MaxTest = 500)]
    public Property NotNot_IsTheFilter(Filter filter, RecordSample sample) =>
        SameOn(sample, new NotFilter(new NotFilter(filter)), filter);

    [Property(MaxTest = 500)]
    public Property And_IsCommutative(Filter f, Filter g, RecordSample sample) =>
        SameOn(sample, new AndFilter([f, g]), new AndFilter([g, f]));

    [Property(MaxTest = 500)]
    public Property Or_IsCommutative(Filter f, Filter g, RecordSample sample) =>
        SameOn(sample, new OrFilter([f, g]), new OrFilter([g, f]));

    [Property(MaxTest = 500)]
    public Property DeMorgan_NotAnd_IsOrOfNots(Filter f, Filter g, RecordSample sample) =>
        SameOn(sample, new NotFilter(new AndFilter([f, g])), new OrFilter([new NotFilter(f), new NotFilter(g)]));

    [Property(MaxTest = 500)]
    public Property DeMorgan_NotOr_IsAndOfNots(Filter f, Filter g, RecordSample sample) =>
        SameOn(sample, new NotFilter(new OrFilter([f, g])), new AndFilter([new NotFilter(f), new NotFilter(g)]));

    [Property(MaxTest = 500)]
    public bool All_MatchesEveryRecord(RecordSample sample)
    {
        var all = Filter.All.Compile();
        return sample.Records.All(all);
    }

    [Property(MaxTest = 500)]
    public Property Factories_MeanTheSameAsTheConstructors(Filter f, Filter g, RecordSample sample) =>
        SameOn(sample, f & g, new AndFilter([f, g]))
            .And(SameOn(sample, f | g, new OrFilter([f, g])))
            .And(SameOn(sample, Filter.And(f, Filter.All), f));

    [Property(MaxTest = 500)]
    public Property NotEqual_IsTheNegationOfEqual(ComparisonFilter equality, RecordSample sample) =>
        SameOn(sample, new ComparisonFilter(equality.Field, ComparisonOperator.NotEqual, equality.Value), new NotFilter(equality));

    [Property(MaxTest = 500)]
    public Property IsNotEmpty_IsTheNegationOfIsEmpty(ComparisonFilter equality, RecordSample sample) =>
        SameOn(sample, new EmptinessFilter(equality.Field, negated: true), new NotFilter(new EmptinessFilter(equality.Field, negated: false)));

    [Property(MaxTest = 500)]
    public Property In_IsTheOrOfEqualities(ComparisonFilter first, ComparisonFilter second, RecordSample sample)
    {
        var field = first.Field;
        var values = second.Field == field && second.Value.Kind == first.Value.Kind ? new[] { first.Value, second.Value } : [first.Value];
        var equalities = values.Select(v => (Filter)new ComparisonFilter(field, ComparisonOperator.Equal, v)).ToList();
        return SameOn(sample, new InFilter(field, values), Filter.Or(equalities));
    }

    [Property(MaxTest = 500)]
    public Property Equality_MatchesWhenSomeValueEqualsTheLiteral(ComparisonFilter equality, RecordSample sample)
    {
        var predicate = equality.Compile();
        var literal = equality.Value.Kind == FilterValueKind.Text ? equality.Field.ToComparableText(equality.Value.AsText) : equality.Value.Value;
        return sample.Records.All(r =>
            predicate(r) == equality.Field.GetValues(r).Any(v => v.GetType() == literal.GetType() && SortKey.CompareValues(v, literal) == 0))
            .Label(equality.ToString());
    }

    [Property(MaxTest = 500)]
    public bool SortSpec_ParseOfToString_EqualsTheSort(SortSpec sort) => SortSpec.Parse(sort.ToString()).Equals(sort);

    [Property(MaxTest = 500)]
    public Property Comparer_IsReflexiveOnlyOnTheSameRecordAndAntisymmetric(SortSpec sort, RecordSample sample)
    {
        var comparer = sort.ToComparer();
        var records = sample.Records;
        return records.All(a => records.All(b =>
            Math.Sign(comparer.Compare(a, b)) == -Math.Sign(comparer.Compare(b, a))
            && (comparer.Compare(a, b) == 0) == ReferenceEquals(a, b)))
            .Label(sort.ToString());
    }

    [Property(MaxTest = 500)]
    public Property Comparer_IsTransitive(SortSpec sort, RecordSample sample)
    {
        var comparer = sort.ToComparer();
        var records = sample.Records;
        return records.All(a => records.All(b => records.All(c =>
            !(comparer.Compare(a, b) <= 0 && comparer.Compare(b, c) <= 0) || comparer.Compare(a, c) <= 0)))
            .Label(sort.ToString());
    }

    [Property(MaxTest = 500)]
    public Property Comparer_OrdersByTheFirstKeyFirst(SortSpec sort, RecordSample sample)
    {
        var sorted = sample.Records.Order(sort.ToComparer()).ToList();
        var first = sort.Keys.FirstOrDefault();
        return (first is null || sorted.Zip(sorted.Skip(1)).All(pair => first.Compare(pair.First, pair.Second) <= 0))
            .Label(sort.ToString());
    }

    private static Property SameOn(RecordSample sample, Filter left, Filter right)
    {
        var (l, r) = (left.Compile(), right.Compile());
        return sample.Records.All(record => l(record) == r(record)).Label($"{left}  vs  {right}");
    }
}
