using System.Collections.Generic;
using System.Linq;
using LeadKit.Leads;
using NodaTime;

namespace LeadKit.Testing;

/// <summary>
/// The fields of <c>ContactRecord.Details.cs</c> as immutable data (part of <see cref="RecordContent"/>):
/// organisation and personal fields, phonetic names, IM address, do-not-contact flags, preferred
/// contact method, territory and the active flag. <see cref="Default"/> is a new record's state.
/// </summary>
internal sealed record RecordDetails
{
    public static RecordDetails Default { get; } = new();

    public string? Department { get; init; }

    public string? Office { get; init; }

    public string? Profession { get; init; }

    public string? ManagerName { get; init; }

    public string? AssistantName { get; init; }

    public string? Nickname { get; init; }

    public PhoneticName? PhoneticName { get; init; }

    public string? Spouse { get; init; }

    public LocalDate? Birthday { get; init; }

    public LocalDate? Anniversary { get; init; }

    public string? ImAddress { get; init; }

    public bool DoNotCall { get; init; }

    public bool DoNotEmail { get; init; }

    public bool DoNotFax { get; init; }

    public bool DoNotSendLetter { get; init; }

    public PreferredContactMethod PreferredContactMethod { get; init; }

    public string? Territory { get; init; }

    public bool IsActive { get; init; } = true;

    public static RecordDetails Of(ContactRecord record) => new()
    {
        Department = record.Department,
        Office = record.Office,
        Profession = record.Profession,
        ManagerName = record.ManagerName,
        AssistantName = record.AssistantName,
        Nickname = record.Nickname,
        PhoneticName = record.PhoneticName,
        Spouse = record.Spouse,
        Birthday = record.Birthday,
        Anniversary = record.Anniversary,
        ImAddress = record.ImAddress,
        DoNotCall = record.DoNotCall,
        DoNotEmail = record.DoNotEmail,
        DoNotFax = record.DoNotFax,
        DoNotSendLetter = record.DoNotSendLetter,
        PreferredContactMethod = record.PreferredContactMethod,
        Territory = record.Territory,
        IsActive = record.IsActive,
    };

    public void ApplyTo(ContactRecord record)
    {
        record.SetDepartment(Department);
        record.SetOffice(Office);
        record.SetProfession(Profession);
        record.SetManagerName(ManagerName);
        record.SetAssistantName(AssistantName);
        record.SetNickname(Nickname);
        record.SetPhoneticName(PhoneticName);
        record.SetSpouse(Spouse);
        record.SetBirthday(Birthday);
        record.SetAnniversary(Anniversary);
        record.SetImAddress(ImAddress);
        record.SetDoNotCall(DoNotCall);
        record.SetDoNotEmail(DoNotEmail);
        record.SetDoNotFax(DoNotFax);
        record.SetDoNotSendLetter(DoNotSendLetter);
        record.SetPreferredContactMethod(PreferredContactMethod);
        record.SetTerritory(Territory);
        record.SetActive(IsActive);
    }

    /// <summary>Simpler details: the default first, then each field back to its default.</summary>
    public IEnumerable<RecordDetails> Shrink()
    {
        RecordDetails[] candidates =
        [
            Default,
            this with { Department = null },
            this with { Office = null },
            this with { Profession = null },
            this with { ManagerName = null },
            this with { AssistantName = null },
            this with { Nickname = null },
            this with { PhoneticName = null },
            this with { Spouse = null },
            this with { Birthday = null },
            this with { Anniversary = null },
            this with { ImAddress = null },
            this with { DoNotCall = false, DoNotEmail = false, DoNotFax = false, DoNotSendLetter = false },
            this with { PreferredContactMethod = PreferredContactMethod.Any },
            this with { Territory = null },
            this with { IsActive = true },
        ];
        return candidates.Where(c => c != this).Distinct();
    }
}
