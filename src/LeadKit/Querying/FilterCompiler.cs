using System;
using System.Collections.Generic;
using System.Linq;
using LeadKit.Leads;
using NodaTime;

namespace LeadKit.Querying;

/// <summary>
/// Turns a filter into a predicate over records. Every field yields a set of values (none when
/// missing); <c>=</c>, the orderings, the text operators and <c>in</c> ask whether some value
/// matches; <c>!=</c> is the negation of <c>=</c>; <c>is empty</c> asks whether there is none.
/// The compiler is generic over the record type and how its values are read
/// (<see cref="IFieldValueReader{TRecord}"/>): a <see cref="ContactRecord"/> through the field getters,
/// any other type through <see cref="IRecordFields"/>.
/// </summary>
internal static class FilterCompiler
{
    /// <summary>Compiles a filter over LeadKit's records, reading them through the field getters (no list per read).</summary>
    internal static Func<ContactRecord, bool> Compile(Filter filter) => Compile<ContactRecord, ContactRecordReader>(filter);

    /// <summary>
    /// Compiles a filter over any record type with field values: a <see cref="ContactRecord"/> (also
    /// when <typeparamref name="TRecord"/> is an interface it implements) takes the getters' path, any
    /// other record is read through <see cref="IRecordFields.GetValues"/>, whose results are checked.
    /// </summary>
    internal static Func<TRecord, bool> CompileFields<TRecord>(Filter filter)
        where TRecord : IRecordFields
    {
        if (typeof(ContactRecord).IsAssignableFrom(typeof(TRecord)))
        {
            // Func<in T> is contravariant: a predicate over every ContactRecord is one over Lead too.
            return (Func<TRecord, bool>)(object)Compile(filter);
        }

        var fields = Compile<TRecord, RecordFieldsReader<TRecord>>(filter);
        if (!typeof(TRecord).IsAssignableFrom(typeof(ContactRecord)))
        {
            return fields;
        }

        var contact = Compile(filter);
        return record => record is ContactRecord known ? contact(known) : fields(record);
    }

    /// <summary>
    /// Reads a field through <see cref="IRecordFields"/> and checks what the implementation returned:
    /// a list (not <see langword="null"/>), at most one value for a single-valued field, every value of
    /// a type the field holds. Phone numbers are reduced to their digits, as literals are.
    /// </summary>
    /// <exception cref="InvalidOperationException">The implementation broke the contract of <see cref="IRecordFields.GetValues"/>.</exception>
    internal static IReadOnlyList<object> ValuesOf(IRecordFields record, RecordField field)
    {
        var values = record.GetValues(field)
            ?? throw new InvalidOperationException(
                $"{record.GetType().Name}.GetValues returned null for '{field.Name}': return an empty list for a field the record does not have or has no value for.");
        if (values.Count > 1 && !field.IsMultiValued)
        {
            throw new InvalidOperationException($"{record.GetType().Name}.GetValues returned {values.Count} values for '{field.Name}', which holds one value at most.");
        }

        var isPhone = ReferenceEquals(field, RecordField.Phone);
        object[]? digits = isPhone ? new object[values.Count] : null;
        for (var i = 0; i < values.Count; i++)
        {
            var value = values[i];
            if (!Suits(field.ValueType, value))
            {
                throw new InvalidOperationException(
                    $"{record.GetType().Name}.GetValues returned {(value is null ? "null" : "a " + value.GetType().Name)} for '{field.Name}' ({field.ValueType}): "
                    + "values are string (text), decimal (numbers), bool, LocalDate (dates) or Instant, and a missing value is left out.");
            }

            if (digits is not null)
            {
                digits[i] = field.ToComparableText((string)value!);
            }
        }

        return digits ?? values;
    }

    private static Func<TRecord, bool> Compile<TRecord, TReader>(Filter filter)
        where TReader : IFieldValueReader<TRecord> => filter switch
    {
        AllFilter => static _ => true,
        AndFilter and => CompileAnd<TRecord, TReader>(and),
        OrFilter or => CompileOr<TRecord, TReader>(or),
        NotFilter not => CompileNot<TRecord, TReader>(not),
        ComparisonFilter comparison => CompileComparison<TRecord, TReader>(comparison),
        TextFilter text => CompileText<TRecord, TReader>(text),
        EmptinessFilter emptiness => CompileEmptiness<TRecord, TReader>(emptiness),
        InFilter @in => CompileIn<TRecord, TReader>(@in),
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

    private static Func<TRecord, bool> CompileAnd<TRecord, TReader>(AndFilter filter)
        where TReader : IFieldValueReader<TRecord>
    {
        var operands = filter.Operands.Select(Compile<TRecord, TReader>).ToArray();
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

    private static Func<TRecord, bool> CompileOr<TRecord, TReader>(OrFilter filter)
        where TReader : IFieldValueReader<TRecord>
    {
        var operands = filter.Operands.Select(Compile<TRecord, TReader>).ToArray();
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

    private static Func<TRecord, bool> CompileNot<TRecord, TReader>(NotFilter filter)
        where TReader : IFieldValueReader<TRecord>
    {
        var operand = Compile<TRecord, TReader>(filter.Operand);
        return record => !operand(record);
    }

    private static Func<TRecord, bool> CompileComparison<TRecord, TReader>(ComparisonFilter filter)
        where TReader : IFieldValueReader<TRecord>
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
            ? record => !TReader.AnyValue(field, record, test, byId)
            : record => TReader.AnyValue(field, record, test, byId);
    }

    private static Func<TRecord, bool> CompileText<TRecord, TReader>(TextFilter filter)
        where TReader : IFieldValueReader<TRecord>
    {
        var field = filter.Field;
        var text = field.ToComparableText(filter.Text);
        Func<object, bool> test = filter.Operator switch
        {
            TextOperator.Contains => value => value is string s && s.Contains(text, StringComparison.OrdinalIgnoreCase),
            TextOperator.StartsWith => value => value is string s && s.StartsWith(text, StringComparison.OrdinalIgnoreCase),
            _ => value => value is string s && s.EndsWith(text, StringComparison.OrdinalIgnoreCase),
        };
        return record => TReader.AnyValue(field, record, test, referenceId: false);
    }

    private static Func<TRecord, bool> CompileEmptiness<TRecord, TReader>(EmptinessFilter filter)
        where TReader : IFieldValueReader<TRecord>
    {
        var field = filter.Field;
        return filter.Negated ? record => TReader.HasValue(field, record) : record => !TReader.HasValue(field, record);
    }

    private static Func<TRecord, bool> CompileIn<TRecord, TReader>(InFilter filter)
        where TReader : IFieldValueReader<TRecord>
    {
        var field = filter.Field;
        var literals = filter.Values.Where(v => !field.ComparesReferenceId(v)).Select(v => Literal(field, v)).ToArray();
        var ids = filter.Values.Where(field.ComparesReferenceId).Select(v => Literal(field, v)).ToArray();
        return record => TReader.AnyValue(field, record, value => Array.Exists(literals, literal => Compare(value, literal) == 0), referenceId: false)
            || (ids.Length > 0 && TReader.AnyValue(field, record, value => Array.Exists(ids, id => Compare(value, id) == 0), referenceId: true));
    }

    private static object Literal(RecordField field, FilterValue value) =>
        value.Kind == FilterValueKind.Text ? field.ToComparableText(value.AsText) : value.Value;

    private static bool Suits(FieldValueType type, object? value) => type switch
    {
        FieldValueType.Text => value is string,
        FieldValueType.Number => value is decimal,
        FieldValueType.Boolean => value is bool,
        FieldValueType.Date => value is LocalDate,
        FieldValueType.Instant => value is Instant,
        _ => value is string or decimal or bool or LocalDate or Instant,
    };

    /// <summary>Reads a <see cref="ContactRecord"/> through the field getters, as LeadKit always has.</summary>
    private readonly struct ContactRecordReader : IFieldValueReader<ContactRecord>
    {
        public static bool AnyValue(RecordField field, ContactRecord record, Func<object, bool> predicate, bool referenceId) => field.AnyValue(record, predicate, referenceId);

        public static bool HasValue(RecordField field, ContactRecord record) => field.HasValue(record);
    }

    /// <summary>Reads any record through <see cref="IRecordFields"/>, checking what it returns (<see cref="ValuesOf"/>).</summary>
    private readonly struct RecordFieldsReader<TRecord> : IFieldValueReader<TRecord>
        where TRecord : IRecordFields
    {
        public static bool AnyValue(RecordField field, TRecord record, Func<object, bool> predicate, bool referenceId)
        {
            if (referenceId)
            {
                // The referenced record's id (account = "GUID Name") is known only to LeadKit's records;
                // a host type gives the field's values (names), which an id literal never matches.
                return record is ContactRecord contact && field.AnyValue(contact, predicate, referenceId: true);
            }

            foreach (var value in ValuesOf(record, field))
            {
                if (predicate(value))
                {
                    return true;
                }
            }

            return false;
        }

        public static bool HasValue(RecordField field, TRecord record) => ValuesOf(record, field).Count > 0;
    }
}
