using LeadKit.Leads;

namespace LeadKit.Serialization;

/// <summary>The JSON shape of a <see cref="PhoneticName"/>: <c>{"first": "アン", "last": "リー", "company": "コントソ"}</c>, every member optional.</summary>
internal sealed class PhoneticNameDocument : IDocument<PhoneticNameDocument, PhoneticName>
{
    public string? First { get; set; }

    public string? Last { get; set; }

    public string? Company { get; set; }

    public static PhoneticNameDocument From(PhoneticName value) => new()
    {
        First = value.First,
        Last = value.Last,
        Company = value.Company,
    };

    public PhoneticName ToValue(DocumentPath path) => path.Build(() => new PhoneticName(First, Last, Company));
}
