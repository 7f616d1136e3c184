using System;
using System.Globalization;
using LeadKit.Leads;
using NodaTime;

namespace LeadKit.BulkEdit;

/// <summary>A single-valued built-in field: its state is its value (or <see langword="null"/> when empty).</summary>
internal sealed class ScalarEditableField : EditableField
{
    private readonly Func<ContactRecord, object?> _get;
    private readonly Action<ContactRecord, object?> _set;
    private readonly Func<EditableField, string, CultureInfo, object> _parse;
    private readonly Func<object, string> _format;
    private readonly Func<object, string> _display;
    private readonly Action<EditableField, object>? _check;
    private readonly Action<ContactRecord, object>? _append;
    private readonly Func<object, object, bool>? _same;

    public ScalarEditableField(
        string name,
        string description,
        Type valueType,
        bool canClear,
        string textForm,
        Func<ContactRecord, object?> get,
        Action<ContactRecord, object?> set,
        Func<EditableField, string, CultureInfo, object> parse,
        Func<object, string>? format = null,
        Func<object, string>? display = null,
        Action<EditableField, object>? check = null,
        Action<ContactRecord, object>? append = null,
        Func<object, object, bool>? same = null)
        : base(name, description, valueType, EditOperations.Set | (canClear ? EditOperations.Clear : EditOperations.None) | (append is null ? EditOperations.None : EditOperations.Add), false, textForm)
    {
        _get = get;
        _set = set;
        _parse = parse;
        _format = format ?? (v => Convert.ToString(v, CultureInfo.InvariantCulture) ?? string.Empty);
        _display = display ?? _format;
        _check = check;
        _append = append;
        _same = same;
    }

    internal override void CheckValue(object value) => _check?.Invoke(this, value);

    internal override object? Capture(ContactRecord record) => _get(record);

    internal override void Restore(ContactRecord record, object? state) => _set(record, state);

    internal override bool Same(object? before, object? after) =>
        before is null || after is null ? before is null && after is null
        : _same is not null ? _same(before, after)
        : string.Equals(_format(before), _format(after), StringComparison.Ordinal);

    internal override string? Display(object? state) => state is null ? null : _display(state);

    internal override void Apply(ContactRecord record, EditOperation operation, object? value, Instant now)
    {
        switch (operation)
        {
            case EditOperation.Set:
                _set(record, value);
                break;
            case EditOperation.Clear:
                _set(record, null);
                break;
            case EditOperation.Add when _append is not null:
                _append(record, value!);
                break;
            default:
                throw new InvalidOperationException($"'{Name}' does not support {operation}.");
        }
    }

    private protected override object ParseValue(string text, CultureInfo culture) => _parse(this, text, culture);

    private protected override string FormatValue(object value) => _format(value);
}
