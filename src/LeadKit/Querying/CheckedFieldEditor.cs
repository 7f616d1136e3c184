using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using LeadKit.Leads;
using LeadKit.Scoring;
using NodaTime;

namespace LeadKit.Querying;

/// <summary><c>checked</c>: the checked scoring criteria; adding checks one now, removing unchecks it, clearing unchecks all. Its state keeps each check's instant.</summary>
internal sealed class CheckedFieldEditor : FieldEditor
{
    public CheckedFieldEditor()
        : base(typeof(CriterionId), "a criterion id such as budget-confirmed", FieldCapabilities.Clear | FieldCapabilities.Add | FieldCapabilities.Remove)
    {
    }

    internal override object? Capture(ContactRecord record) => record.CriterionChecks.OrderBy(c => c.Key).ToArray();

    /// <summary>The checked criteria's ids (the check instants are written by the import keys <c>checked:{id}</c>).</summary>
    internal override void TextValues(ContactRecord record, List<object> values) => values.AddRange(record.CriterionChecks.Keys.Order().Cast<object>());

    internal override bool IsEmpty(object? state) => state is not KeyValuePair<CriterionId, Instant>[] { Length: > 0 };

    internal override void Restore(ContactRecord record, object? state)
    {
        foreach (var id in record.CriterionChecks.Keys.ToList())
        {
            record.UncheckCriterion(id);
        }

        foreach (var (id, at) in (KeyValuePair<CriterionId, Instant>[]?)state ?? [])
        {
            record.CheckCriterion(id, at);
        }
    }

    internal override bool Same(object? before, object? after) =>
        ((KeyValuePair<CriterionId, Instant>[]?)before ?? []).SequenceEqual((KeyValuePair<CriterionId, Instant>[]?)after ?? []);

    internal override string? Display(object? state) =>
        state is KeyValuePair<CriterionId, Instant>[] { Length: > 0 } checks ? string.Join(", ", checks.Select(c => c.Key.Value)) : null;

    internal override void Apply(ContactRecord record, FieldCapabilities operation, object? value, Instant now)
    {
        switch (operation)
        {
            case FieldCapabilities.Add when !record.CriterionChecks.ContainsKey((CriterionId)value!):
                record.CheckCriterion((CriterionId)value!, now);
                break;
            case FieldCapabilities.Add:
                break;
            case FieldCapabilities.Remove:
                record.UncheckCriterion((CriterionId)value!);
                break;
            case FieldCapabilities.Clear:
                Restore(record, null);
                break;
            default:
                throw Unsupported(operation);
        }
    }

    internal override object ParseText(string text, CultureInfo culture) =>
        CriterionId.TryParse(text, out var id) ? id : throw Invalid("LeadKit.Field.Unparsable", $"'{text}' is not a criterion id: use {TextForm} (lower-case letters, digits and hyphens).", text);

    internal override string FormatText(object value) => ((CriterionId)value).Value;
}
