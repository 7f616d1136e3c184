using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LeadKit.Leads;
using LeadKit.Querying;
using LeadKit.Testing;
using NodaTime;

namespace LeadKit.Tests.Querying;

/// <summary>The filter language against records from the shared domain generators (every field, every custom-field type).</summary>
[Properties(Arbitrary = new[] { typeof(LeadKitArbitraries), typeof(QueryArbitraries) })]
public sealed class FilterDomainProperties
{
    private static readonly RecordField[] Fields =
    [
        .. RecordField.BuiltIn.Where(f => f.Supports(FieldCapabilities.Filter)),
        .. LeadKitGenerators.SampleSchema.Select(d => d.Name).Distinct(StringComparer.OrdinalIgnoreCase).Select(RecordField.Custom),
    ];

    [Property(MaxTest = 500)]
    public Property EveryValue_OfEveryField_IsFoundByEquality(ContactRecord record)
    {
        var failures = new List<string>();
        foreach (var field in Fields)
        {
            var values = field.GetValues(record);
            if (!field.IsMultiValued && values.Count > 1)
            {
                failures.Add($"{field} has {values.Count} values");
            }

            if (!field.IsMultiValued && !Equals(field.GetValue(record), values.Count == 0 ? null : values[0]))
            {
                failures.Add($"{field}: GetValue and GetValues disagree");
            }

            if (values.Any(v => !HasDocumentedType(field.ValueType, v)))
            {
                failures.Add($"{field} reads a value of another type than {field.ValueType}");
            }

            if (field.IsNotEmpty().Matches(record) != values.Count > 0)
            {
                failures.Add($"{field} is not empty disagrees with its values");
            }

            foreach (var value in values)
            {
                var equality = field.EqualTo(FilterValue.FromObject(value));
                if (!equality.Matches(record) || field.NotEqualTo(FilterValue.FromObject(value)).Matches(record))
                {
                    failures.Add($"{equality} does not match its own value");
                }
            }
        }

        return (failures.Count == 0).Label(string.Join("; ", failures));
    }

    [Property(MaxTest = 500)]
    public Property Laws_HoldOnDomainRecords(Filter f, Filter g, ContactRecord record)
    {
        bool Eval(Filter filter) => filter.Matches(record);
        return (Eval(new NotFilter(new NotFilter(f))) == Eval(f)
                && Eval(new AndFilter([f, g])) == Eval(new AndFilter([g, f]))
                && Eval(new NotFilter(new OrFilter([f, g]))) == Eval(new AndFilter([new NotFilter(f), new NotFilter(g)]))
                && Eval(Filter.All))
            .Label($"{f}  |  {g}");
    }

    [Property(MaxTest = 500)]
    public Property Comparer_IsATotalOrderOnDomainRecords(SortSpec sort, ContactRecord a, ContactRecord b, ContactRecord c)
    {
        var comparer = sort.ToComparer();
        var antisymmetric = Math.Sign(comparer.Compare(a, b)) == -Math.Sign(comparer.Compare(b, a));
        var transitive = !(comparer.Compare(a, b) <= 0 && comparer.Compare(b, c) <= 0) || comparer.Compare(a, c) <= 0;
        var onlySelfIsEqual = comparer.Compare(a, a) == 0 && (comparer.Compare(a, b) != 0 || a.Reference == b.Reference);
        return (antisymmetric && transitive && onlySelfIsEqual).Label(sort.ToString());
    }

    private static bool HasDocumentedType(FieldValueType type, object value) => type switch
    {
        FieldValueType.Text => value is string,
        FieldValueType.Number => value is decimal,
        FieldValueType.Boolean => value is bool,
        FieldValueType.Date => value is LocalDate,
        FieldValueType.Instant => value is Instant,
        _ => value is string or decimal or bool or LocalDate,
    };
}
