using System.Collections.Generic;

namespace LeadKit.Querying;

/// <summary>
/// The values a record has for the fields of the filter language: what field conditions
/// (<c>source = "Web"</c>, <c>custom.Employees &gt;= 50</c>, <c>email is not empty</c>) read.
/// <see cref="Leads.ContactRecord"/> implements it; implement it on your own record type to filter
/// and score it with the same conditions (<see cref="Filter.Compile{TRecord}"/>, scoring rules through
/// <c>IScorableRecord.Fields</c>).
/// </summary>
/// <remarks>
/// <para>
/// Return the values typed as the filter language compares them: <see cref="string"/> for
/// <see cref="FieldValueType.Text"/>, <see cref="decimal"/> for <see cref="FieldValueType.Number"/>,
/// <see cref="bool"/> for <see cref="FieldValueType.Boolean"/>, <see cref="NodaTime.LocalDate"/> for
/// <see cref="FieldValueType.Date"/>, <see cref="NodaTime.Instant"/> for
/// <see cref="FieldValueType.Instant"/>; a custom field (<see cref="RecordField.IsCustom"/>, typed
/// <see cref="FieldValueType.Dynamic"/>) may hold any of these, and a condition whose literal is of
/// another type does not match it. Phone numbers may be written any way: they are compared on their
/// digits (<see cref="RecordField.ToComparableText"/>).
/// </para>
/// <para>
/// A field the record does not have, or has no value for, is an empty list: a condition on it then
/// sees an empty field (<c>initiatedBy is empty</c> holds, <c>initiatedBy = "Ann"</c> does not),
/// exactly as for a <see cref="Leads.ContactRecord"/> without that value. At most one value for a
/// single-valued field (<see cref="RecordField.IsMultiValued"/> false). Never <see langword="null"/>,
/// and no <see langword="null"/> values: filters refuse such a result, and a value of the wrong
/// type, with an <see cref="System.InvalidOperationException"/> naming the field (a scoring rule
/// reports it as a <c>ScoringException</c> naming the criterion).
/// </para>
/// </remarks>
public interface IRecordFields
{
    /// <summary>Reads the values the record has for a field (built-in or custom).</summary>
    /// <param name="field">The field, as a filter names it: compare built-in fields with <c>==</c> (<c>field == RecordField.Source</c>), and read a custom field's name from <see cref="RecordField.CustomFieldName"/>.</param>
    /// <returns>The values: none when the record has no value or no such field, at most one for a single-valued field.</returns>
    IReadOnlyList<object> GetValues(RecordField field);
}
