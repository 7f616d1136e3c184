using System;
using System.Globalization;
using LeadKit.Leads;
using NodaTime;

namespace LeadKit.Querying;

/// <summary>A single-valued built-in field: its state is its value (or <see langword="null"/> when empty).</summary>
internal sealed class ScalarFieldEditor : FieldEditor
{
    private readonly Func<ContactRecord, object?> _get;
    private readonly Action<ContactRecord, object?> _set;
    private readonly Func<FieldText, string, CultureInfo, object> _parse;
    private readonly Func<object, string> _format;
    private readonly Func<object, string> _display;
    private readonly Action<FieldText, object>? _check;
    private readonly Action<ContactRecord, object>? _append;
    private readonly Func<object, object, bool>? _same;

    public ScalarFieldEditor(
        Type valueType,
        bool canClear,
        string textForm,
        Func<ContactRecord, object?> get,
        Action<ContactRecord, object?> set,
        Func<FieldText, string, CultureInfo, object> parse,
        Func<object, string>? format = null,
        Func<object, string>? display = null,
        Action<FieldText, object>? check = null,
        Action<ContactRecord, object>? append = null,
        Func<object, object, bool>? same = null,
        bool namesUsers = false)
        : base(valueType, textForm, FieldCapabilities.Set | (canClear ? FieldCapabilities.Clear : FieldCapabilities.None) | (append is null ? FieldCapabilities.None : FieldCapabilities.Add))
    {
        _get = get;
        _set = set;
        _parse = parse;
        _format = format ?? (v => Convert.ToString(v, CultureInfo.InvariantCulture) ?? string.Empty);
        _display = display ?? _format;
        _check = check;
        _append = append;
        _same = same;
        NamesUsers = namesUsers;
    }

    internal override bool NamesUsers { get; }

    internal override void Check(object value) => _check?.Invoke(this, value);

    internal override object? Capture(ContactRecord record) => _get(record);

    internal override void Restore(ContactRecord record, object? state) => _set(record, state);

    internal override bool Same(object? before, object? after) =>
        before is null || after is null ? before is null && after is null
        : _same is not null ? _same(before, after)
        : string.Equals(_format(before), _format(after), StringComparison.Ordinal);

    internal override string? Display(object? state) => state is null ? null : _display(state);

    internal override void Apply(ContactRecord record, FieldCapabilities operation, object? value, Instant now)
    {
        switch (operation)
        {
            case FieldCapabilities.Set:
                _set(record, value);
                break;
            case FieldCapabilities.Clear:
                _set(record, null);
                break;
            case FieldCapabilities.Add when _append is not null:
                _append(record, value!);
                break;
            default:
                throw Unsupported(operation);
        }
    }

    internal override object ParseText(string text, CultureInfo culture) => _parse(this, text, culture);

    internal override string FormatText(object value) => _format(value);
}
