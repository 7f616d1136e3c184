using System.Text.Json.Serialization;
using LeadKit.Leads;

namespace LeadKit.Serialization;

/// <summary>The JSON shape of a <see cref="Lead"/>, a top-level document with a schema version.</summary>
internal sealed class LeadDocument : ContactRecordDocument, IDocument<LeadDocument, Lead>
{
    [JsonPropertyOrder(1)]
    public string? ConvertedTo { get; set; }

    public static bool IsVersioned => true;

    public static LeadDocument From(Lead value)
    {
        var document = new LeadDocument { Id = Scalars.LeadId.Format(value.Id) };
        document.CopyFrom(value);
        document.ConvertedTo = value.ConvertedTo is { } contact ? Scalars.ContactId.Format(contact) : null;
        return document;
    }

    public Lead ToValue(DocumentPath path)
    {
        var id = Scalars.LeadId.Parse(Id, path.Property("id"));
        var (name, createdAt, createdBy) = ReadIdentity(path);
        var lead = path.Build((id, name, createdAt, createdBy), static s => Lead.Restore(s.id, s.name, s.createdAt, s.createdBy));
        RestoreInto(lead, path);
        if (ConvertedTo is not null)
        {
            var contact = Scalars.ContactId.Parse(ConvertedTo, path.Property("convertedTo"));
            path.Property("convertedTo").Apply(lead, contact, static (l, c) => l.MarkConverted(c));
        }

        return lead;
    }
}
