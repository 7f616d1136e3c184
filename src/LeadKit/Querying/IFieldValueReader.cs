using System;

namespace LeadKit.Querying;

/// <summary>
/// How <see cref="FilterCompiler"/> reads field values from one kind of record. Implemented by structs,
/// so each compiled predicate calls its reader directly (the <see cref="Leads.ContactRecord"/> path stays
/// the field getters of <see cref="RecordField"/>, without a list per read).
/// </summary>
/// <typeparam name="TRecord">The record type.</typeparam>
internal interface IFieldValueReader<TRecord>
{
    /// <summary>
    /// Whether any value of <paramref name="field"/> on <paramref name="record"/> satisfies <paramref name="predicate"/>
    /// (false when it has none); with <paramref name="referenceId"/>, the referenced record's id
    /// (<see cref="RecordField.ComparesReferenceId"/>) is the value tested.
    /// </summary>
    static abstract bool AnyValue(RecordField field, TRecord record, Func<object, bool> predicate, bool referenceId);

    /// <summary>Whether <paramref name="field"/> has at least one value on <paramref name="record"/>.</summary>
    static abstract bool HasValue(RecordField field, TRecord record);
}
