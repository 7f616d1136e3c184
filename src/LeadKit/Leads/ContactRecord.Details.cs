using System;
using LeadKit.Utility;
using NodaTime;

namespace LeadKit.Leads;

/// <content>
/// The rest of the original product's field reference, on every lead and business contact: the
/// organisation fields (department, office, profession, manager, assistant), the personal ones
/// (nickname, phonetic names, spouse, birthday, anniversary), the IM address, the do-not-contact
/// flags, the preferred contact method, the territory and the active flag — so that every column
/// of an Outlook or Google contacts export has a place.
/// </content>
public abstract partial class ContactRecord
{
    private DetailValues? _details;

    /// <summary>Gets the department.</summary>
    public string? Department
    {
        get => _details?.Department;
        private set
        {
            // A default value on a record without details allocates nothing.
            if (_details is not null || value is not null)
            {
                Details().Department = value;
            }
        }
    }

    /// <summary>Gets the office location.</summary>
    public string? Office
    {
        get => _details?.Office;
        private set
        {
            // A default value on a record without details allocates nothing.
            if (_details is not null || value is not null)
            {
                Details().Office = value;
            }
        }
    }

    /// <summary>Gets the profession.</summary>
    public string? Profession
    {
        get => _details?.Profession;
        private set
        {
            // A default value on a record without details allocates nothing.
            if (_details is not null || value is not null)
            {
                Details().Profession = value;
            }
        }
    }

    /// <summary>Gets the manager's name.</summary>
    public string? ManagerName
    {
        get => _details?.ManagerName;
        private set
        {
            // A default value on a record without details allocates nothing.
            if (_details is not null || value is not null)
            {
                Details().ManagerName = value;
            }
        }
    }

    /// <summary>Gets the assistant's name.</summary>
    public string? AssistantName
    {
        get => _details?.AssistantName;
        private set
        {
            // A default value on a record without details allocates nothing.
            if (_details is not null || value is not null)
            {
                Details().AssistantName = value;
            }
        }
    }

    /// <summary>Gets the nickname.</summary>
    public string? Nickname
    {
        get => _details?.Nickname;
        private set
        {
            // A default value on a record without details allocates nothing.
            if (_details is not null || value is not null)
            {
                Details().Nickname = value;
            }
        }
    }

    /// <summary>Gets how the name and company are pronounced (the "yomi" names), or <see langword="null"/>; never an empty value.</summary>
    public PhoneticName? PhoneticName
    {
        get => _details?.PhoneticName;
        private set
        {
            // A default value on a record without details allocates nothing.
            if (_details is not null || value is not null)
            {
                Details().PhoneticName = value;
            }
        }
    }

    /// <summary>Gets the spouse or partner.</summary>
    public string? Spouse
    {
        get => _details?.Spouse;
        private set
        {
            // A default value on a record without details allocates nothing.
            if (_details is not null || value is not null)
            {
                Details().Spouse = value;
            }
        }
    }

    /// <summary>Gets the birthday.</summary>
    public LocalDate? Birthday
    {
        get => _details?.Birthday;
        private set
        {
            // A default value on a record without details allocates nothing.
            if (_details is not null || value is not null)
            {
                Details().Birthday = value;
            }
        }
    }

    /// <summary>Gets the anniversary.</summary>
    public LocalDate? Anniversary
    {
        get => _details?.Anniversary;
        private set
        {
            // A default value on a record without details allocates nothing.
            if (_details is not null || value is not null)
            {
                Details().Anniversary = value;
            }
        }
    }

    /// <summary>Gets the instant-messaging address, as written (free text: <c>ann@im.example.com</c>, <c>sip:ann@example.com</c>).</summary>
    public string? ImAddress
    {
        get => _details?.ImAddress;
        private set
        {
            // A default value on a record without details allocates nothing.
            if (_details is not null || value is not null)
            {
                Details().ImAddress = value;
            }
        }
    }

    /// <summary>Gets a value indicating whether the person asked not to be phoned.</summary>
    public bool DoNotCall
    {
        get => _details?.DoNotCall ?? default;
        private set
        {
            // A default value on a record without details allocates nothing.
            if (_details is not null || value)
            {
                Details().DoNotCall = value;
            }
        }
    }

    /// <summary>Gets a value indicating whether the person asked not to be e-mailed.</summary>
    public bool DoNotEmail
    {
        get => _details?.DoNotEmail ?? default;
        private set
        {
            // A default value on a record without details allocates nothing.
            if (_details is not null || value)
            {
                Details().DoNotEmail = value;
            }
        }
    }

    /// <summary>Gets a value indicating whether the person asked not to be faxed.</summary>
    public bool DoNotFax
    {
        get => _details?.DoNotFax ?? default;
        private set
        {
            // A default value on a record without details allocates nothing.
            if (_details is not null || value)
            {
                Details().DoNotFax = value;
            }
        }
    }

    /// <summary>Gets a value indicating whether the person asked not to be sent letters (postal mail).</summary>
    public bool DoNotSendLetter
    {
        get => _details?.DoNotSendLetter ?? default;
        private set
        {
            // A default value on a record without details allocates nothing.
            if (_details is not null || value)
            {
                Details().DoNotSendLetter = value;
            }
        }
    }

    /// <summary>Gets how the person prefers to be contacted; <see cref="Leads.PreferredContactMethod.Any"/> by default.</summary>
    public PreferredContactMethod PreferredContactMethod
    {
        get => _details?.PreferredContactMethod ?? default;
        private set
        {
            // A default value on a record without details allocates nothing.
            if (_details is not null || value != default)
            {
                Details().PreferredContactMethod = value;
            }
        }
    }

    /// <summary>Gets the sales territory (free text).</summary>
    public string? Territory
    {
        get => _details?.Territory;
        private set
        {
            // A default value on a record without details allocates nothing.
            if (_details is not null || value is not null)
            {
                Details().Territory = value;
            }
        }
    }

    /// <summary>Gets a value indicating whether the record is active; <see langword="true"/> by default. An inactive record is kept (with its history) but left out of the day-to-day lists a host shows.</summary>
    public bool IsActive
    {
        get => _details?.IsActive ?? true;
        private set
        {
            // A default value on a record without details allocates nothing.
            if (_details is not null || !value)
            {
                Details().IsActive = value;
            }
        }
    }

    /// <summary>Sets or clears the department.</summary>
    /// <param name="department">The text; blank clears it.</param>
    /// <exception cref="Validation.LeadKitValidationException">The text is longer than <see cref="MaxTextLength"/> (<c>LeadKit.Record.DepartmentTooLong</c>).</exception>
    public void SetDepartment(string? department) => Department = CheckText(department, nameof(Department));

    /// <summary>Sets or clears the office location.</summary>
    /// <param name="office">The text; blank clears it.</param>
    /// <exception cref="Validation.LeadKitValidationException">The text is longer than <see cref="MaxTextLength"/> (<c>LeadKit.Record.OfficeTooLong</c>).</exception>
    public void SetOffice(string? office) => Office = CheckText(office, nameof(Office));

    /// <summary>Sets or clears the profession.</summary>
    /// <param name="profession">The text; blank clears it.</param>
    /// <exception cref="Validation.LeadKitValidationException">The text is longer than <see cref="MaxTextLength"/> (<c>LeadKit.Record.ProfessionTooLong</c>).</exception>
    public void SetProfession(string? profession) => Profession = CheckText(profession, nameof(Profession));

    /// <summary>Sets or clears the manager's name.</summary>
    /// <param name="managerName">The text; blank clears it.</param>
    /// <exception cref="Validation.LeadKitValidationException">The text is longer than <see cref="MaxTextLength"/> (<c>LeadKit.Record.ManagerNameTooLong</c>).</exception>
    public void SetManagerName(string? managerName) => ManagerName = CheckText(managerName, nameof(ManagerName));

    /// <summary>Sets or clears the assistant's name.</summary>
    /// <param name="assistantName">The text; blank clears it.</param>
    /// <exception cref="Validation.LeadKitValidationException">The text is longer than <see cref="MaxTextLength"/> (<c>LeadKit.Record.AssistantNameTooLong</c>).</exception>
    public void SetAssistantName(string? assistantName) => AssistantName = CheckText(assistantName, nameof(AssistantName));

    /// <summary>Sets or clears the nickname.</summary>
    /// <param name="nickname">The text; blank clears it.</param>
    /// <exception cref="Validation.LeadKitValidationException">The text is longer than <see cref="MaxTextLength"/> (<c>LeadKit.Record.NicknameTooLong</c>).</exception>
    public void SetNickname(string? nickname) => Nickname = CheckText(nickname, nameof(Nickname));

    /// <summary>Sets or clears the phonetic names; an empty value clears them.</summary>
    /// <param name="phoneticName">The names, or <see langword="null"/>.</param>
    public void SetPhoneticName(PhoneticName? phoneticName) => PhoneticName = phoneticName is { IsEmpty: false } ? phoneticName : null;

    /// <summary>Sets or clears the spouse or partner.</summary>
    /// <param name="spouse">The text; blank clears it.</param>
    /// <exception cref="Validation.LeadKitValidationException">The text is longer than <see cref="MaxTextLength"/> (<c>LeadKit.Record.SpouseTooLong</c>).</exception>
    public void SetSpouse(string? spouse) => Spouse = CheckText(spouse, nameof(Spouse));

    /// <summary>Sets or clears the birthday.</summary>
    /// <param name="birthday">The date, or <see langword="null"/>.</param>
    public void SetBirthday(LocalDate? birthday) => Birthday = birthday;

    /// <summary>Sets or clears the anniversary.</summary>
    /// <param name="anniversary">The date, or <see langword="null"/>.</param>
    public void SetAnniversary(LocalDate? anniversary) => Anniversary = anniversary;

    /// <summary>Sets or clears the instant-messaging address.</summary>
    /// <param name="imAddress">The address as written; blank clears it.</param>
    /// <exception cref="Validation.LeadKitValidationException">The text is longer than <see cref="MaxTextLength"/> (<c>LeadKit.Record.ImAddressTooLong</c>).</exception>
    public void SetImAddress(string? imAddress) => ImAddress = CheckText(imAddress, nameof(ImAddress));

    /// <summary>Records whether the person asked not to be phoned.</summary>
    /// <param name="doNotCall">The flag.</param>
    public void SetDoNotCall(bool doNotCall) => DoNotCall = doNotCall;

    /// <summary>Records whether the person asked not to be e-mailed.</summary>
    /// <param name="doNotEmail">The flag.</param>
    public void SetDoNotEmail(bool doNotEmail) => DoNotEmail = doNotEmail;

    /// <summary>Records whether the person asked not to be faxed.</summary>
    /// <param name="doNotFax">The flag.</param>
    public void SetDoNotFax(bool doNotFax) => DoNotFax = doNotFax;

    /// <summary>Records whether the person asked not to be sent letters.</summary>
    /// <param name="doNotSendLetter">The flag.</param>
    public void SetDoNotSendLetter(bool doNotSendLetter) => DoNotSendLetter = doNotSendLetter;

    /// <summary>Sets how the person prefers to be contacted.</summary>
    /// <param name="method">The method.</param>
    /// <exception cref="Validation.LeadKitValidationException">The value is not a defined method (<c>LeadKit.Record.PreferredContactMethod</c>).</exception>
    public void SetPreferredContactMethod(PreferredContactMethod method) =>
        PreferredContactMethod = Enum.IsDefined(method)
            ? method
            : throw Preconditions.Invalid(GetType().Name, nameof(PreferredContactMethod), "LeadKit.Record.PreferredContactMethod", $"Unknown preferred contact method {method}.", method.ToString());

    /// <summary>Sets or clears the sales territory.</summary>
    /// <param name="territory">The text; blank clears it.</param>
    /// <exception cref="Validation.LeadKitValidationException">The text is longer than <see cref="MaxTextLength"/> (<c>LeadKit.Record.TerritoryTooLong</c>).</exception>
    public void SetTerritory(string? territory) => Territory = CheckText(territory, nameof(Territory));

    /// <summary>Marks the record active or inactive.</summary>
    /// <param name="isActive">Whether the record is active.</param>
    public void SetActive(bool isActive) => IsActive = isActive;

    /// <summary>Copies the fields of this part from <paramref name="source"/> (conversion, copies).</summary>
    private void CopyDetailsFrom(ContactRecord source) => _details = source._details?.Clone();

    /// <summary>Gets the detail fields, created on first write: records that have none stay small (the re-score walks a million of them).</summary>
    private DetailValues Details() => _details ??= new DetailValues();

    /// <summary>The detail fields' values, kept out of line so a record without details does not carry them.</summary>
    private sealed class DetailValues
    {
        public string? Department;
        public string? Office;
        public string? Profession;
        public string? ManagerName;
        public string? AssistantName;
        public string? Nickname;
        public PhoneticName? PhoneticName;
        public string? Spouse;
        public LocalDate? Birthday;
        public LocalDate? Anniversary;
        public string? ImAddress;
        public bool DoNotCall;
        public bool DoNotEmail;
        public bool DoNotFax;
        public bool DoNotSendLetter;
        public PreferredContactMethod PreferredContactMethod;
        public string? Territory;
        public bool IsActive = true;

        public DetailValues Clone() => (DetailValues)MemberwiseClone();
    }
}
