using NodaTime;

namespace LeadKit.Serialization;

/// <summary>
/// The <c>details</c> member of business-contact documents written before the Details page's fields
/// moved to the shared record (they are now top-level members of both leads and contacts). Read
/// only, so that stored documents keep loading; never written.
/// </summary>
internal sealed class ContactDetailsDocument
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
}
