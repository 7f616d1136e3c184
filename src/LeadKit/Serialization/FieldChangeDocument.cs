using LeadKit.History;

namespace LeadKit.Serialization;

/// <summary>The JSON shape of a <see cref="FieldChange"/>: <c>{"field": "assignedTo", "old": "…", "new": "…"}</c>.</summary>
internal sealed class FieldChangeDocument
{
    public string? Field { get; set; }

    public string? Old { get; set; }

    public string? New { get; set; }

    public static FieldChangeDocument From(FieldChange value) => new() { Field = value.Field, Old = value.OldValue, New = value.NewValue };

    public FieldChange ToValue(DocumentPath path)
    {
        var field = path.Property("field").Required(Field);
        return path.Build(() => new FieldChange(field, Old, New));
    }
}
