using LeadKit.Contacts;
using NodaTime;

namespace LeadKit.Serialization;

/// <summary>The JSON shape of a business contact's <see cref="ContactDetails"/> page; every member is optional.</summary>
internal sealed class ContactDetailsDocument : IDocument<ContactDetailsDocument, ContactDetails>
{
    public string? Department { get; set; }

    public string? Office { get; set; }

    public string? Profession { get; set; }

    public string? ManagerName { get; set; }

    public string? AssistantName { get; set; }

    public string? Nickname { get; set; }

    public string? Spouse { get; set; }

    public LocalDate? Birthday { get; set; }

    public LocalDate? Anniversary { get; set; }

    public static ContactDetailsDocument From(ContactDetails value) => new()
    {
        Department = value.Department,
        Office = value.Office,
        Profession = value.Profession,
        ManagerName = value.ManagerName,
        AssistantName = value.AssistantName,
        Nickname = value.Nickname,
        Spouse = value.Spouse,
        Birthday = value.Birthday,
        Anniversary = value.Anniversary,
    };

    public ContactDetails ToValue(DocumentPath path) =>
        path.Build(() => new ContactDetails(Department, Office, Profession, ManagerName, AssistantName, Nickname, Spouse, Birthday, Anniversary));
}
