using LeadKit.Leads;

namespace LeadKit.Serialization;

/// <summary>The JSON shape of a <see cref="RecordReference"/>: <c>{"kind": "lead", "id": "…"}</c>.</summary>
internal sealed class RecordReferenceDocument : IDocument<RecordReferenceDocument, RecordReference>
{
    public RecordKind? Kind { get; set; }

    public string? Id { get; set; }

    public static RecordReferenceDocument From(RecordReference value) => new() { Kind = value.Kind, Id = value.Id.ToString("D") };

    public RecordReference ToValue(DocumentPath path)
    {
        var kindPath = path.Property("kind");
        return path.Property("kind").RequiredValue(Kind) switch
        {
            RecordKind.Lead => RecordReference.To(Scalars.LeadId.Parse(Id, path.Property("id"))),
            RecordKind.BusinessContact => RecordReference.To(Scalars.ContactId.Parse(Id, path.Property("id"))),
            var kind => throw kindPath.Error($"unknown record kind {kind}."),
        };
    }
}
