using System;
using System.Linq;
using LeadKit.Leads;
using NodaTime;

namespace LeadKit.Querying;

/// <summary>
/// Turns a filter into a predicate over records. Every field yields a set of values (none when
/// missing); <c>=</c>, the orderings, the text operators and <c>in</c> ask whether some value
/// matches; <c>!=</c> is the negation of <c>=</c>; <c>is empty</c> asks whether there is none.
/// </summary>
internal static class FilterCompiler
{
    internal static Func<ContactRecord, bool> Compile(Filter filter) => filter switch
    {
        AllFilter => static _ => true,
        AndFilter and => CompileAnd(and),
        OrFilter or => CompileOr(or),
        NotFilter not => CompileNot(not),
        ComparisonFilter comparison => CompileComparison(comparison),
        TextFilter text => CompileText(text),
        EmptinessFilter emptiness => CompileEmptiness(emptiness),
        InFilter @in => CompileIn(@in),
        _ => throw new ArgumentException($"Unknown filter case {filter.GetType().Name}.", nameof(filter)),
    };

    /// <summary>
    /// Compares a field value with a literal value of the filter language: <see langword="null"/>
    /// when the two are of different types (a custom field holding another type), which counts as
    /// no match. Text compares ordinally ignoring case.
    /// </summary>
    internal static int? Compare(object value, object literal) => (value, literal) switch
    {
        (string a, string b) => string.Compare(a, b, StringComparison.OrdinalIgnoreCase),
        (decimal a, decimal b) => a.CompareTo(b),
        (bool a, bool b) => a.CompareTo(b),
        (LocalDate a, LocalDate b) => a.CompareTo(b),
        (Instant a, Instant b) => a.CompareTo(b),
        _ => null,
    };

    private static Func<ContactRecord, bool> CompileAnd(AndFilter filter)
    {
        var operands = filter.Operands.Select(Compile).ToArray();
        return record =>
        {
            foreach (var operand in operands)
            {
                if (!operand(record))
                {
                    return false;
                }
            }

            return true;
        };
    }

    private static Func<ContactRecord, bool> CompileOr(OrFilter filter)
    {
        var operands = filter.Operands.Select(Compile).ToArray();
        return record =>
        {
            foreach (var operand in operands)
            {
                if (operand(record))
                {
                    return true;
                }
            }

            return false;
        };
    }

    private static Func<ContactRecord, bool> CompileNot(NotFilter filter)
    {
        var operand = Compile(filter.Operand);
        return record => !operand(record);
    }

    private static Func<ContactRecord, bool> CompileComparison(ComparisonFilter filter)
    {
        var field = filter.Field;
        var literal = Literal(field, filter.Value);
        var byId = field.ComparesReferenceId(filter.Value);
        Func<object, bool> test = filter.Operator switch
        {
            ComparisonOperator.Equal or ComparisonOperator.NotEqual => value => Compare(value, literal) == 0,
            ComparisonOperator.LessThan => value => Compare(value, literal) < 0,
            ComparisonOperator.LessThanOrEqual => value => Compare(value, literal) <= 0,
            ComparisonOperator.GreaterThan => value => Compare(value, literal) > 0,
            _ => value => Compare(value, literal) >= 0,
        };
        return filter.Operator == ComparisonOperator.NotEqual
            ? record => !field.AnyValue(record, test, byId)
            : record => field.AnyValue(record, test, byId);
    }

    private static Func<ContactRecord, bool> CompileText(TextFilter filter)
    {
        var field = filter.Field;
        var text = field.ToComparableText(filter.Text);
        Func<object, bool> test = filter.Operator switch
        {
            TextOperator.Contains => value => value is string s && s.Contains(text, StringComparison.OrdinalIgnoreCase),
            TextOperator.StartsWith => value => value is string s && s.StartsWith(text, StringComparison.OrdinalIgnoreCase),
            _ => value => value is string s && s.EndsWith(text, StringComparison.OrdinalIgnoreCase),
        };
        return record => field.AnyValue(record, test);
    }

    private static Func<ContactRecord, bool> CompileEmptiness(EmptinessFilter filter)
    {
        var field = filter.Field;
        return filter.Negated ? record => field.HasValue(record) : record => !field.HasValue(record);
    }

    private static Func<ContactRecord, bool> CompileIn(InFilter filter)
    {
        var field = filter.Field;
        var literals = filter.Values.Where(v => !field.ComparesReferenceId(v)).Select(v => Literal(field, v)).ToArray();
        var ids = filter.Values.Where(field.ComparesReferenceId).Select(v => Literal(field, v)).ToArray();
        return record => field.AnyValue(record, value => Array.Exists(literals, literal => Compare(value, literal) == 0))
            || (ids.Length > 0 && field.AnyValue(record, value => Array.Exists(ids, id => Compare(value, id) == 0), referenceId: true));
    }

    private static object Literal(RecordField field, FilterValue value) =>
        value.Kind == FilterValueKind.Text ? field.ToComparableText(value.AsText) : value.Value;
}
