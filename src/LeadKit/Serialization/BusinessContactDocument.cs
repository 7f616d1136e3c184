using System.Text.Json.Serialization;
using LeadKit.Contacts;

namespace LeadKit.Serialization;

/// <summary>The JSON shape of a <see cref="BusinessContact"/>, a top-level document with a schema version.</summary>
internal sealed class BusinessContactDocument : ContactRecordDocument, IDocument<BusinessContactDocument, BusinessContact>
{
    [JsonPropertyOrder(1)]
    public ContactDetailsDocument? Details { get; set; }

    [JsonPropertyOrder(1)]
    public string? ConvertedFrom { get; set; }

    public static bool IsVersioned => true;

    public static BusinessContactDocument From(BusinessContact value)
    {
        var document = new BusinessContactDocument { Id = Scalars.ContactId.Format(value.Id) };
        document.CopyFrom(value);
        document.Details = value.Details.IsEmpty ? null : ContactDetailsDocument.From(value.Details);
        document.ConvertedFrom = value.ConvertedFrom is { } lead ? Scalars.LeadId.Format(lead) : null;
        return document;
    }

    public BusinessContact ToValue(DocumentPath path)
    {
        var id = Scalars.ContactId.Parse(Id, path.Property("id"));
        var (name, createdAt, createdBy) = ReadIdentity(path);
        var contact = path.Build(() => BusinessContact.Restore(id, name, createdAt, createdBy));
        RestoreInto(contact, path);
        if (Details is not null)
        {
            contact.SetDetails(Details.ToValue(path.Property("details")));
        }

        if (ConvertedFrom is not null)
        {
            contact.RestoreConvertedFrom(Scalars.LeadId.Parse(ConvertedFrom, path.Property("convertedFrom")));
        }

        return contact;
    }
}
