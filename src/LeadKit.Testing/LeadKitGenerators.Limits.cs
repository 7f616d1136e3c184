using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using LeadKit.CustomFields;
using LeadKit.Leads;
using LeadKit.Validation;

namespace LeadKit.Testing;

public static partial class LeadKitGenerators
{
    /// <summary>
    /// Generates leads at the limits: a lead of <see cref="Lead()"/> filled up to
    /// <see cref="ContactRecord.MaxEntries"/> e-mail addresses, phone numbers and postal addresses,
    /// with a photo of exactly <see cref="Photo.MaxBytes"/> bytes, the highest manual score, every
    /// text field of the field reference (department, office, profession, manager, assistant,
    /// nickname, spouse, IM address, territory) at <see cref="ContactRecord.MaxTextLength"/>
    /// characters and the phonetic names at theirs, birthday and anniversary at the first or last
    /// day of years 1 and 9999, every do-not-contact flag set, and
    /// every number custom field of <see cref="SampleSchema"/> at the end of its type's range
    /// (<see cref="long.MinValue"/>/<see cref="long.MaxValue"/>,
    /// <see cref="decimal.MinValue"/>/<see cref="decimal.MaxValue"/>). Built without filtering: no
    /// case is ever discarded, and every case reaches every limit. Each case is over 1 MiB, so run
    /// few of them.
    /// </summary>
    /// <returns>The generator.</returns>
    public static Gen<Lead> LeadAtLimits() =>
        from lead in Lead()
        from seed in Gen.Choose(int.MinValue, int.MaxValue)
        select FillToLimits(lead, seed);

    private static Lead FillToLimits(Lead lead, int seed)
    {
        var emailKinds = Enum.GetValues<EmailKind>();
        var phoneKinds = Enum.GetValues<PhoneKind>();
        var addressKinds = Enum.GetValues<AddressKind>();
        for (var i = 0; lead.Emails.Count < Leads.ContactRecord.MaxEntries; i++)
        {
            var address = Leads.EmailAddress.Parse($"limit{i}.{unchecked((uint)seed)}@limits.example.com");
            if (lead.Emails.All(e => !e.Address.Equals(address)))
            {
                lead.AddEmail(new EmailEntry(emailKinds[i % emailKinds.Length], address));
            }
        }

        for (var i = 0; lead.Phones.Count < Leads.ContactRecord.MaxEntries; i++)
        {
            lead.AddPhone(new Leads.PhoneNumber(phoneKinds[i % phoneKinds.Length], $"+1 555 {i % 10000:D4}"));
        }

        for (var i = 0; lead.Addresses.Count < Leads.ContactRecord.MaxEntries; i++)
        {
            lead.AddAddress(new Leads.PostalAddress(addressKinds[i % addressKinds.Length], street: $"{i} Limit Street", city: "Boundary"));
        }

        var bytes = new byte[Leads.Photo.MaxBytes];
        new Random(seed).NextBytes(bytes);
        byte[] jpeg = [0xFF, 0xD8, 0xFF, 0xE0];
        jpeg.CopyTo(bytes, 0);
        lead.SetPhoto(new Leads.Photo(bytes, "image/jpeg"));
        lead.SetManualScore(Leads.ContactRecord.MaxManualStars);
        FillDetailsToLimits(lead, seed);

        var high = (seed & 1) == 0;
        foreach (var definition in SampleSchema.For(RecordKind.Lead))
        {
            CustomFieldValue? extreme = definition.Type switch
            {
                CustomFieldType.WholeNumber => CustomFields.CustomFieldValue.FromWholeNumber(high ? long.MaxValue : long.MinValue),
                CustomFieldType.Decimal => CustomFields.CustomFieldValue.FromDecimal(high ? decimal.MaxValue : decimal.MinValue),
                CustomFieldType.Currency => CustomFields.CustomFieldValue.FromCurrency(high ? decimal.MaxValue : decimal.MinValue),
                _ => null,
            };
            if (extreme is not null)
            {
                try
                {
                    lead.SetCustomField(definition, extreme);
                }
                catch (LeadKitValidationException)
                {
                    // The definition bounds its values more tightly: keep the generated value.
                }
            }
        }

        return lead;
    }

    private static void FillDetailsToLimits(Lead lead, int seed)
    {
        // Different letters per field (and a non-ASCII one), so a column mix-up shows.
        static string Full(char c) => new string(c, Leads.ContactRecord.MaxTextLength - 1) + "é";
        lead.SetDepartment(Full('d'));
        lead.SetOffice(Full('o'));
        lead.SetProfession(Full('p'));
        lead.SetManagerName(Full('m'));
        lead.SetAssistantName(Full('a'));
        lead.SetNickname(Full('n'));
        lead.SetSpouse(Full('s'));
        lead.SetImAddress(Full('i'));
        lead.SetTerritory(Full('t'));
        lead.SetPhoneticName(new PhoneticName(new string('ア', Leads.PhoneticName.MaxPartLength), new string('リ', Leads.PhoneticName.MaxPartLength), new string('コ', Leads.ContactRecord.MaxTextLength)));
        var early = (seed & 2) == 0;
        lead.SetBirthday(early ? new NodaTime.LocalDate(1, 1, 1) : new NodaTime.LocalDate(9999, 12, 31));
        lead.SetAnniversary(early ? new NodaTime.LocalDate(9999, 12, 31) : new NodaTime.LocalDate(1, 1, 1));
        lead.SetDoNotCall(true);
        lead.SetDoNotEmail(true);
        lead.SetDoNotFax(true);
        lead.SetDoNotSendLetter(true);
        lead.SetPreferredContactMethod(Enum.GetValues<PreferredContactMethod>()[^1]);
        lead.SetActive(false);
    }
}
