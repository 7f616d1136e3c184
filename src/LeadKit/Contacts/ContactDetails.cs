using LeadKit.Leads;
using LeadKit.Utility;
using NodaTime;

namespace LeadKit.Contacts;

/// <summary>The "Details" page of a business contact. Every field is optional; <see cref="Empty"/> has none.</summary>
public sealed record ContactDetails
{
    /// <summary>Creates the details.</summary>
    /// <param name="department">Department.</param>
    /// <param name="office">Office location.</param>
    /// <param name="profession">Profession.</param>
    /// <param name="managerName">Manager's name.</param>
    /// <param name="assistantName">Assistant's name.</param>
    /// <param name="nickname">Nickname.</param>
    /// <param name="spouse">Spouse or partner.</param>
    /// <param name="birthday">Birthday.</param>
    /// <param name="anniversary">Anniversary.</param>
    /// <exception cref="Validation.LeadKitValidationException">A text is too long.</exception>
    public ContactDetails(
        string? department = null,
        string? office = null,
        string? profession = null,
        string? managerName = null,
        string? assistantName = null,
        string? nickname = null,
        string? spouse = null,
        LocalDate? birthday = null,
        LocalDate? anniversary = null)
    {
        Department = Preconditions.NullIfBlank(department);
        Office = Preconditions.NullIfBlank(office);
        Profession = Preconditions.NullIfBlank(profession);
        ManagerName = Preconditions.NullIfBlank(managerName);
        AssistantName = Preconditions.NullIfBlank(assistantName);
        Nickname = Preconditions.NullIfBlank(nickname);
        Spouse = Preconditions.NullIfBlank(spouse);
        Birthday = birthday;
        Anniversary = anniversary;
        Preconditions.Validated(this, ContactDetailsValidator.Instance, nameof(ContactDetails));
    }

    /// <summary>Gets details with no field set.</summary>
    public static ContactDetails Empty { get; } = new();

    /// <summary>Gets the department.</summary>
    public string? Department { get; }

    /// <summary>Gets the office location.</summary>
    public string? Office { get; }

    /// <summary>Gets the profession.</summary>
    public string? Profession { get; }

    /// <summary>Gets the manager's name.</summary>
    public string? ManagerName { get; }

    /// <summary>Gets the assistant's name.</summary>
    public string? AssistantName { get; }

    /// <summary>Gets the nickname.</summary>
    public string? Nickname { get; }

    /// <summary>Gets the spouse or partner.</summary>
    public string? Spouse { get; }

    /// <summary>Gets the birthday.</summary>
    public LocalDate? Birthday { get; }

    /// <summary>Gets the anniversary.</summary>
    public LocalDate? Anniversary { get; }

    /// <summary>Gets a value indicating whether no field is set.</summary>
    public bool IsEmpty => Equals(Empty);
}
