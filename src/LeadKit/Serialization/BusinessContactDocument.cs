using System;
using System.Text.Json.Serialization;
using LeadKit.Contacts;

namespace LeadKit.Serialization;

/// <summary>The JSON shape of a <see cref="BusinessContact"/>, a top-level document with a schema version.</summary>
internal sealed class BusinessContactDocument : ContactRecordDocument, IDocument<BusinessContactDocument, BusinessContact>
{
    // Read only: documents written before the Details page's fields moved to the shared record.
    [JsonPropertyOrder(1)]
    public ContactDetailsDocument? Details { get; set; }

    [JsonPropertyOrder(1)]
    public string? ConvertedFrom { get; set; }

    public static bool IsVersioned => true;

    public static BusinessContactDocument From(BusinessContact value)
    {
        var document = new BusinessContactDocument { Id = Scalars.ContactId.Format(value.Id) };
        document.CopyFrom(value);
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
            RestoreLegacyDetails(contact, Details, path.Property("details"));
        }

        if (ConvertedFrom is not null)
        {
            contact.RestoreConvertedFrom(Scalars.LeadId.Parse(ConvertedFrom, path.Property("convertedFrom")));
        }

        return contact;
    }

    /// <summary>Fills the fields an old <c>details</c> member holds, unless the top-level member of the same name is set (it wins).</summary>
    private static void RestoreLegacyDetails(BusinessContact contact, ContactDetailsDocument details, DocumentPath path)
    {
        Text(details.Department, contact.Department, "department", contact.SetDepartment);
        Text(details.Office, contact.Office, "office", contact.SetOffice);
        Text(details.Profession, contact.Profession, "profession", contact.SetProfession);
        Text(details.ManagerName, contact.ManagerName, "managerName", contact.SetManagerName);
        Text(details.AssistantName, contact.AssistantName, "assistantName", contact.SetAssistantName);
        Text(details.Nickname, contact.Nickname, "nickname", contact.SetNickname);
        Text(details.Spouse, contact.Spouse, "spouse", contact.SetSpouse);
        contact.SetBirthday(contact.Birthday ?? details.Birthday);
        contact.SetAnniversary(contact.Anniversary ?? details.Anniversary);

        void Text(string? legacy, string? current, string name, Action<string?> set)
        {
            if (current is null && legacy is not null)
            {
                path.Property(name).Apply(() => set(legacy));
            }
        }
    }
}
