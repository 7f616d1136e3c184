using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using LeadKit.Contacts;
using LeadKit.CustomFields;
using LeadKit.Leads;
using LeadKit.Scoring;
using NodaTime;

namespace LeadKit.Testing;

/// <content>Generators of whole records: leads and business contacts.</content>
public static partial class LeadKitGenerators
{
    /// <summary>Generates leads valid against <see cref="SampleSchema"/>; see <see cref="Lead(CustomFieldSchema)"/>.</summary>
    /// <returns>The generator.</returns>
    public static Gen<Lead> Lead() => Lead(SampleSchema);

    /// <summary>
    /// Generates leads, populated in varying degrees: from only a name to every field (the
    /// organisation and personal fields, phonetic names, do-not-contact flags, preferred contact
    /// method, territory and inactive records included), with unique
    /// e-mail addresses, at most one mailing address, checked criteria, an automatic or manual
    /// score, comments, audit fields, sometimes a conversion, and custom-field values valid against
    /// <paramref name="schema"/> (every required field set). Each lead passes
    /// <see cref="LeadValidator"/> for <paramref name="schema"/>.
    /// </summary>
    /// <param name="schema">The user-defined fields the leads' values must fit.</param>
    /// <returns>The generator.</returns>
    public static Gen<Lead> Lead(CustomFieldSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return LeadShape(schema).Select(shape => shape.Build(schema));
    }

    /// <summary>Generates business contacts valid against <see cref="SampleSchema"/>; see <see cref="BusinessContact(CustomFieldSchema)"/>.</summary>
    /// <returns>The generator.</returns>
    public static Gen<BusinessContact> BusinessContact() => BusinessContact(SampleSchema);

    /// <summary>
    /// Generates business contacts, populated like <see cref="Lead(CustomFieldSchema)"/>, and
    /// sometimes linked to the lead they were converted from. Each contact passes
    /// <see cref="BusinessContactValidator"/> for <paramref name="schema"/>.
    /// </summary>
    /// <param name="schema">The user-defined fields the contacts' values must fit.</param>
    /// <returns>The generator.</returns>
    public static Gen<BusinessContact> BusinessContact(CustomFieldSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return ContactShape(schema).Select(shape => shape.Build(schema));
    }

    /// <summary>Generates leads and business contacts (valid against <see cref="SampleSchema"/>).</summary>
    /// <returns>The generator.</returns>
    public static Gen<ContactRecord> ContactRecord() => ContactRecord(SampleSchema);

    /// <summary>Generates leads and business contacts valid against <paramref name="schema"/>.</summary>
    /// <param name="schema">The user-defined fields.</param>
    /// <returns>The generator.</returns>
    public static Gen<ContactRecord> ContactRecord(CustomFieldSchema schema) =>
        Gen.OneOf(Lead(schema).Select(l => (ContactRecord)l), BusinessContact(schema).Select(c => (ContactRecord)c));

    /// <summary>Generates absolute http and https web addresses (with ports, paths, queries and fragments) of at most 255 characters.</summary>
    /// <returns>The generator.</returns>
    public static Gen<Uri> WebPage() =>
        from scheme in Gen.Elements("http", "https")
        from host in Gen.Elements("example.com", "www.contoso.com", "shop.example.co.uk", "localhost", "192.0.2.10", "xn--bcher-kva.de")
        from port in Gen.Elements(string.Empty, string.Empty, ":8080", ":443")
        from path in Gen.Elements(string.Empty, "/", "/about", "/team/ann-lee", "/a%20b", "/caf%C3%A9/")
        from query in Gen.Elements(string.Empty, string.Empty, "?q=1", "?utm_source=news&utm_medium=mail", "#contact")
        select new Uri(scheme + "://" + host + port + path + query, UriKind.Absolute);

    internal static Gen<LeadShape> LeadShape(CustomFieldSchema schema) =>
        from fill in Fill()
        from id in LeadId()
        from convertedTo in MaybeValue(ContactId(), fill / 3)
        from content in RecordContent(schema, RecordKind.Lead, fill)
        select new LeadShape(id, convertedTo, content);

    internal static Gen<ContactShape> ContactShape(CustomFieldSchema schema) =>
        from fill in Fill()
        from id in ContactId()
        from convertedFrom in MaybeValue(LeadId(), fill / 2)
        from content in RecordContent(schema, RecordKind.BusinessContact, fill)
        select new ContactShape(id, convertedFrom, content);

    internal static Gen<RecordContent> RecordContent(CustomFieldSchema schema, RecordKind kind, int fill)
    {
        var identity =
            from name in PersonName()
            from fileAs in fill == 0 ? Gen.Constant(FileAsFormat.LastFirst) : Gen.Elements(Enum.GetValues<FileAsFormat>())
            from jobTitle in Maybe(Text(Vocabulary.JobTitles, Leads.ContactRecord.MaxTextLength), fill)
            from company in Maybe(Text(Vocabulary.CompanyNames, Leads.ContactRecord.MaxTextLength), fill)
            from account in Maybe(AccountReference(), fill)
            from assignedTo in MaybeValue(UserId(), fill)
            from photo in Maybe(Photo(), fill)
            select (name, fileAs, jobTitle, company, account, assignedTo, photo);
        var entries =
            from emails in ListOf(EmailEntry(), fill, 5)
            from phones in ListOf(PhoneNumber(), fill, 5)
            from addresses in ListOf(PostalAddress(), fill, 4)
            from mailing in Gen.Choose(-1, addresses.Count - 1)
            select (
                emails: emails.DistinctBy(e => e.Address).ToList(),
                phones,
                addresses: addresses.Select((a, i) => a.WithMailing(i == mailing)).ToList());
        var marketing =
            from webPage in Maybe(WebPage(), fill)
            from source in Maybe(LeadSource(), fill)
            from initiatedBy in Maybe(InitiatedBy(), fill)
            from interest in Maybe(Text(Vocabulary.Products, Leads.ContactRecord.MaxTextLength), fill)
            from rating in Maybe(Rating(), fill)
            select (webPage, source, initiatedBy, interest, rating);
        var scoring =
            from score in fill == 0 ? Gen.Constant(0) : Gen.Choose(0, 2)
            from stars in Gen.Choose(0, Leads.ContactRecord.MaxManualStars)
            from checks in ListOf(Gen.Zip(CriterionId(), Instant()), fill, 6)
            select (
                type: score == 1 ? ScoreType.Manual : ScoreType.Automatic,
                stars: score == 0 ? (int?)null : stars,
                checks: checks.DistinctBy(c => c.Item1).Select(c => KeyValuePair.Create(c.Item1, c.Item2)).ToList());
        var audit =
            from createdAt in Instant()
            from createdBy in MaybeValue(UserId(), fill)
            from later in fill == 0 ? Gen.Constant(0) : Gen.Frequency((1, Gen.Constant(0)), (3, Gen.Choose(1, 3 * 365 * 24 * 60)))
            from modifiedBy in MaybeValue(UserId(), fill)
            from version in fill == 0 ? Gen.Constant(0L) : Gen.Frequency((1, Gen.Constant(0L)), (6, Gen.Choose(1, 1000).Select(v => (long)v)), (1, Gen.Constant(long.MaxValue)))
            select (createdAt, createdBy, modifiedAt: createdAt + Duration.FromMinutes(later), modifiedBy, version);
        return
            from i in identity
            from e in entries
            from m in marketing
            from s in scoring
            from comments in Maybe(Comments(), fill)
            from details in fill == 0 ? Gen.Constant(Testing.RecordDetails.Default) : RecordDetails(fill)
            from customFields in CustomFieldValues(schema, kind, fill)
            from a in audit
            select new RecordContent
            {
                Name = i.name,
                FileAsFormat = i.fileAs,
                JobTitle = i.jobTitle,
                CompanyName = i.company,
                Account = i.account,
                AssignedTo = i.assignedTo,
                Photo = i.photo,
                Emails = e.emails,
                Phones = e.phones,
                Addresses = e.addresses,
                WebPage = m.webPage,
                Source = m.source,
                InitiatedBy = m.initiatedBy,
                AreaOfInterest = m.interest,
                Rating = m.rating,
                ScoreType = s.type,
                ManualStars = s.stars,
                CriterionChecks = s.checks,
                Comments = comments,
                Details = details,
                CustomFields = customFields,
                CreatedAt = a.createdAt,
                CreatedBy = a.createdBy,
                ModifiedAt = a.modifiedAt,
                ModifiedBy = a.modifiedBy,
                Version = a.version,
            };
    }

    private static Gen<RecordDetails> RecordDetails(int fill)
    {
        var organisation =
            from department in Maybe(Text(Vocabulary.Departments, Leads.ContactRecord.MaxTextLength), fill)
            from office in Maybe(Gen.Elements("HQ", "Building 4, room 201", "Remote", "Lyon"), fill)
            from profession in Maybe(Text(Vocabulary.JobTitles, Leads.ContactRecord.MaxTextLength), fill)
            from manager in Maybe(Gen.Elements(Vocabulary.UserNames), fill)
            from assistant in Maybe(Gen.Elements(Vocabulary.FirstNames), fill)
            select (department, office, profession, manager, assistant);
        var personal =
            from nickname in Maybe(Gen.Elements("Annie", "Bobby", "Li", "Zé"), fill)
            from phonetic in Maybe(PhoneticName(), fill)
            from spouse in Maybe(Gen.Elements(Vocabulary.FirstNames), fill)
            from birthday in MaybeValue(LocalDate(), fill)
            from anniversary in MaybeValue(LocalDate(), fill)
            from im in Maybe(Gen.Elements("ann@im.example.com", "sip:bo.chen@example.org", "xmpp:li@chat.example", "Skype: zé.ferreira"), fill)
            select (nickname, phonetic, spouse, birthday, anniversary, im);
        var contact =
            from flags in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(0, 15)))
            from method in Gen.Frequency((2, Gen.Constant(PreferredContactMethod.Any)), (1, Gen.Elements(Enum.GetValues<PreferredContactMethod>())))
            from territory in Maybe(Gen.Elements("North", "EMEA", "Rhône-Alpes", "West Coast", "APAC — Japan"), fill)
            from active in Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false)))
            select (flags, method, territory, active);
        return
            from o in organisation
            from p in personal
            from c in contact
            select new RecordDetails
            {
                Department = o.department,
                Office = o.office,
                Profession = o.profession,
                ManagerName = o.manager,
                AssistantName = o.assistant,
                Nickname = p.nickname,
                PhoneticName = p.phonetic,
                Spouse = p.spouse,
                Birthday = p.birthday,
                Anniversary = p.anniversary,
                ImAddress = p.im,
                DoNotCall = (c.flags & 1) != 0,
                DoNotEmail = (c.flags & 2) != 0,
                DoNotFax = (c.flags & 4) != 0,
                DoNotSendLetter = (c.flags & 8) != 0,
                PreferredContactMethod = c.method,
                Territory = c.territory,
                IsActive = c.active,
            };
    }

    private static Gen<string> Comments()
    {
        var paragraph = Words(Vocabulary.Words, 12, 400);
        return Gen.Frequency(
            (8, from n in Gen.Choose(1, 4)
                from paragraphs in Gen.ArrayOf(paragraph, n)
                from newline in Gen.Elements("\n", "\r\n")
                select string.Join(newline, paragraphs)),
            (1, Gen.Constant(Shrinking.Exactly(5000))));
    }
}
