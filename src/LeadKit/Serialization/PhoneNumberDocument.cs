using LeadKit.Leads;

namespace LeadKit.Serialization;

/// <summary>The JSON shape of a <see cref="PhoneNumber"/>: <c>{"kind": "mobile", "number": "+33 6 12 34 56 78"}</c>.</summary>
internal sealed class PhoneNumberDocument : IDocument<PhoneNumberDocument, PhoneNumber>
{
    public PhoneKind? Kind { get; set; }

    public string? Number { get; set; }

    public static PhoneNumberDocument From(PhoneNumber value) => new() { Kind = value.Kind, Number = value.Number };

    public PhoneNumber ToValue(DocumentPath path)
    {
        var kind = path.Property("kind").RequiredValue(Kind);
        var number = path.Property("number").Required(Number);
        return path.Build((kind, number), static s => new PhoneNumber(s.kind, s.number));
    }
}
