using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using LeadKit.Leads;
using NodaTime;

namespace LeadKit.Querying;

/// <summary>A multi-valued built-in field (e-mail addresses, phone numbers, postal addresses): its state is the list, in order.</summary>
/// <typeparam name="T">The entry type.</typeparam>
internal sealed class ListFieldEditor<T> : FieldEditor
    where T : class
{
    private readonly Func<ContactRecord, IReadOnlyList<T>> _get;
    private readonly Action<ContactRecord> _clear;
    private readonly Action<ContactRecord, T> _add;
    private readonly Func<ContactRecord, T, bool> _contains;
    private readonly Action<ContactRecord, T> _remove;
    private readonly Func<FieldText, string, CultureInfo, T> _parse;
    private readonly Func<T, string> _format;

    public ListFieldEditor(
        string textForm,
        Func<ContactRecord, IReadOnlyList<T>> get,
        Action<ContactRecord> clear,
        Action<ContactRecord, T> add,
        Func<ContactRecord, T, bool> contains,
        Action<ContactRecord, T> remove,
        Func<FieldText, string, CultureInfo, T> parse,
        Func<T, string> format)
        : base(typeof(T), textForm, FieldCapabilities.Edit)
    {
        _get = get;
        _clear = clear;
        _add = add;
        _contains = contains;
        _remove = remove;
        _parse = parse;
        _format = format;
    }

    internal override object? Capture(ContactRecord record) => _get(record).ToArray();

    internal override bool IsEmpty(object? state) => state is not T[] { Length: > 0 };

    internal override void Restore(ContactRecord record, object? state)
    {
        _clear(record);
        foreach (var entry in (T[]?)state ?? [])
        {
            _add(record, entry);
        }
    }

    internal override bool Same(object? before, object? after) =>
        ((T[]?)before ?? []).Select(_format).SequenceEqual(((T[]?)after ?? []).Select(_format), StringComparer.Ordinal);

    internal override string? Display(object? state) =>
        state is T[] { Length: > 0 } entries ? string.Join("; ", entries.Select(_format)) : null;

    internal override void Apply(ContactRecord record, FieldCapabilities operation, object? value, Instant now)
    {
        switch (operation)
        {
            case FieldCapabilities.Set:
                // Unchanged when the record already holds exactly that one entry; Same tells.
                _clear(record);
                _add(record, (T)value!);
                break;
            case FieldCapabilities.Clear:
                _clear(record);
                break;
            case FieldCapabilities.Add:
                if (!_contains(record, (T)value!))
                {
                    _add(record, (T)value!);
                }

                break;
            case FieldCapabilities.Remove:
                _remove(record, (T)value!);
                break;
            default:
                throw Unsupported(operation);
        }
    }

    internal override object ParseText(string text, CultureInfo culture) => _parse(this, text, culture);

    internal override string FormatText(object value) => _format((T)value);
}
