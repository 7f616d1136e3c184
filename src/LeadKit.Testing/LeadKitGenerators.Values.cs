using System;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using LeadKit.Contacts;
using LeadKit.Leads;
using LeadKit.Scoring;

namespace LeadKit.Testing;

/// <content>Generators of the small values a record is made of.</content>
public static partial class LeadKitGenerators
{
    /// <summary>
    /// Generates person names: realistic names from several scripts built from parts (each part
    /// optional), names parsed from typed text, names whose full form differs from the parts (a
    /// company or a nickname), and names at the length limits.
    /// </summary>
    /// <returns>The generator.</returns>
    public static Gen<PersonName> PersonName()
    {
        var fromParts =
            from fill in Fill()
            from prefix in Maybe(Gen.Elements(Vocabulary.Prefixes), fill / 3)
            from first in Maybe(Gen.Elements(Vocabulary.FirstNames), 50 + (fill / 2))
            from middle in Maybe(Gen.Elements(Vocabulary.MiddleNames), fill / 3)
            from last in Maybe(Gen.Elements(Vocabulary.LastNames), 50 + (fill / 2))
            from suffix in Maybe(Gen.Elements(Vocabulary.Suffixes), fill / 4)
            select Leads.PersonName.FromParts(prefix, first ?? (last is null ? "Ann" : null), middle, last, suffix);
        var parsed = PersonNameText().Select(Leads.PersonName.Parse);
        var displayOnly =
            from full in Gen.OneOf(Gen.Elements(Vocabulary.CompanyNames), Words(Vocabulary.Words, 4, 255))
            from first in Gen.OrNull(Gen.Elements(Vocabulary.FirstNames))
            select new PersonName(full, first: first);
        var longest = Gen.Constant(new PersonName(
            Shrinking.Exactly(PersonNameValidator.MaxFullNameLength),
            prefix: Shrinking.Exactly(PersonNameValidator.MaxPartLength),
            first: Shrinking.Exactly(PersonNameValidator.MaxPartLength),
            middle: Shrinking.Exactly(PersonNameValidator.MaxPartLength),
            last: Shrinking.Exactly(PersonNameValidator.MaxPartLength),
            suffix: Shrinking.Exactly(PersonNameValidator.MaxPartLength)));
        return Gen.Frequency((8, fromParts), (4, parsed), (2, displayOnly), (1, longest));
    }

    /// <summary>
    /// Generates names as people type them, for <see cref="Leads.PersonName.Parse"/>: "First Last",
    /// "Last, First Middle", with prefixes and suffixes, multi-word family names, and stray spaces.
    /// </summary>
    /// <returns>The generator.</returns>
    public static Gen<string> PersonNameText()
    {
        var parts =
            from prefix in Gen.OrNull(Gen.Elements(Vocabulary.Prefixes))
            from first in Gen.OrNull(Gen.Elements(Vocabulary.FirstNames))
            from middle in Gen.Frequency((3, Gen.Constant<string?>(null)), (1, Gen.Elements(Vocabulary.MiddleNames).Select(m => (string?)m)))
            from last in Gen.OrNull(Gen.Elements(Vocabulary.LastNames))
            from suffix in Gen.Frequency((3, Gen.Constant<string?>(null)), (1, Gen.Elements(Vocabulary.Suffixes).Select(s => (string?)s)))
            select (prefix, first, middle, last, suffix);
        var firstLast = parts.Select(p => Join(p.prefix, p.first, p.middle, p.last, p.suffix));
        var lastFirst = parts.Select(p => p.last is null ? Join(p.prefix, p.first, p.middle, p.suffix) : p.last + ", " + Join(p.prefix, p.first, p.middle, p.suffix));
        var typed =
            from text in Gen.OneOf(firstLast, lastFirst)
            from leading in Gen.Elements(string.Empty, " ", "  ")
            from inner in Gen.Elements(" ", "  ", "\t")
            let body = text.Length == 0 ? "Ann" : text
            select leading + body.Replace(" ", inner, StringComparison.Ordinal) + leading;
        return typed;

        static string Join(params string?[] parts) => string.Join(' ', parts.Where(p => p is not null));
    }

    /// <summary>
    /// Generates valid e-mail addresses: dot-atom local parts (with the special characters RFC 5322
    /// allows and non-ASCII letters), domains of two to four labels, including upper-case and
    /// internationalised (IDN) domains.
    /// </summary>
    /// <returns>The generator.</returns>
    public static Gen<EmailAddress> EmailAddress()
    {
        const string atext = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+-/=?^_`{|}~";
        var randomAtom =
            from n in Gen.Choose(1, 8)
            from chars in Gen.ArrayOf(Gen.Elements(atext.ToCharArray()), n)
            select new string(chars);
        var atom = Gen.Frequency((3, Gen.Elements(Vocabulary.EmailLocalWords)), (1, randomAtom));
        var local =
            from n in Gen.Choose(1, 3)
            from atoms in Gen.ArrayOf(atom, n)
            select Shrinking.Truncate(string.Join('.', atoms), EmailAddressValidator.MaxLocalPartLength).TrimEnd('.');
        var randomLabel =
            from n in Gen.Choose(1, 12)
            from chars in Gen.ArrayOf(Gen.Elements("abcdefghijklmnopqrstuvwxyz0123456789".ToCharArray()), n)
            from hyphen in Gen.Choose(0, 3)
            select hyphen == 0 && n > 2 ? new string(chars, 0, 1) + "-" + new string(chars, 1, n - 1) : new string(chars);
        var label = Gen.Frequency((3, Gen.Elements(Vocabulary.DomainLabels)), (2, randomLabel));
        var domain =
            from n in Gen.Choose(1, 3)
            from labels in Gen.ArrayOf(label, n)
            from tld in Gen.Elements(Vocabulary.TopLevelDomains)
            from casing in Gen.Frequency((6, Gen.Constant(0)), (1, Gen.Constant(1)), (1, Gen.Constant(2)))
            let name = string.Join('.', labels) + "." + tld
            select casing switch
            {
                1 => name.ToUpperInvariant(),
                2 => string.Concat(name.Select((c, i) => i % 2 == 0 ? char.ToUpperInvariant(c) : c)),
                _ => name,
            };
        return
            from l in local
            from d in domain
            select Leads.EmailAddress.Parse(l + "@" + d);
    }

    /// <summary>Generates e-mail entries of every kind, with or without a display name.</summary>
    /// <returns>The generator.</returns>
    public static Gen<EmailEntry> EmailEntry() =>
        from kind in Gen.Elements(Enum.GetValues<EmailKind>())
        from address in EmailAddress()
        from display in Gen.Frequency(
            (2, Gen.Constant<string?>(null)),
            (2, Gen.Elements(Vocabulary.FirstNames).Select(n => (string?)string.Create(CultureInfo.InvariantCulture, $"{n} ({kind})"))),
            (1, Text(Vocabulary.Words, Leads.EmailEntry.MaxDisplayNameLength).Select(t => (string?)t)))
        select new EmailEntry(kind, address, display);

    /// <summary>
    /// Generates phone numbers of every kind, written as people write them: country codes, groups
    /// separated by spaces, hyphens, dots or slashes, area codes in parentheses, and extensions
    /// (<c>x12</c>, <c>ext. 345</c>, <c>#9</c>).
    /// </summary>
    /// <returns>The generator.</returns>
    public static Gen<PhoneNumber> PhoneNumber() =>
        from kind in Gen.Elements(Enum.GetValues<PhoneKind>())
        from text in PhoneText()
        select new PhoneNumber(kind, text);

    /// <summary>Generates valid phone-number texts (what <see cref="Leads.PhoneNumber"/> accepts).</summary>
    /// <returns>The generator.</returns>
    public static Gen<string> PhoneText()
    {
        static Gen<string> Digits(int min, int max) =>
            from n in Gen.Choose(min, max)
            from digits in Gen.ArrayOf(Gen.Choose(0, 9).Select(d => (char)('0' + d)), n)
            select new string(digits);
        var composed =
            from country in Gen.Frequency((2, Gen.Constant(string.Empty)), (1, Digits(1, 3).Select(c => "+" + c + " ")))
            from firstGroup in Digits(3, 4)
            from parens in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
            from separator in Gen.Elements(" ", "-", ".", "/", " - ", string.Empty)
            from more in Gen.Choose(0, 3)
            from rest in Gen.ArrayOf(Digits(2, 4), more)
            from extension in Gen.Frequency(
                (4, Gen.Constant(string.Empty)),
                (1, Digits(1, 5).Select(e => " x" + e)),
                (1, Digits(1, 5).Select(e => " ext. " + e)),
                (1, Digits(1, 4).Select(e => "ext" + e)),
                (1, Digits(1, 4).Select(e => " #" + e)))
            let head = parens ? "(" + firstGroup + ")" : firstGroup
            select country + string.Join(separator.Length == 0 && parens ? " " : separator, new[] { head }.Concat(rest)) + extension;
        return Gen.Frequency((8, composed), (1, Gen.Elements("555", "112", "+1 (555) 010-4477", "030/1234567", "+44 20 7946 0958 x12")));
    }

    /// <summary>Generates postal addresses of every kind with one to all components set; never flagged as the mailing address.</summary>
    /// <returns>The generator.</returns>
    public static Gen<PostalAddress> PostalAddress() =>
        from kind in Gen.Elements(Enum.GetValues<AddressKind>())
        from fill in Gen.Choose(30, 100)
        from street in Maybe(Text(Vocabulary.Streets, Leads.PostalAddress.MaxComponentLength), fill)
        from poBox in Maybe(Gen.Elements("PO Box 12", "BP 45", "Postfach 10 01 01"), fill / 4)
        from city in Maybe(Text(Vocabulary.Cities, Leads.PostalAddress.MaxComponentLength), fill)
        from state in Maybe(Gen.Elements(Vocabulary.States), fill / 2)
        from postalCode in Maybe(Gen.Elements(Vocabulary.PostalCodes), fill)
        from country in Maybe(Gen.Elements(Vocabulary.Countries), fill)
        select new PostalAddress(kind, street, poBox, city ?? ((street ?? poBox ?? state ?? postalCode ?? country) is null ? "Lyon" : null), state, postalCode, country);

    /// <summary>Generates tiny photos: a valid JPEG, PNG, GIF or BMP signature followed by up to a few hundred random bytes.</summary>
    /// <returns>The generator.</returns>
    public static Gen<Photo> Photo()
    {
        var formats = new (string MediaType, byte[] Signature)[]
        {
            ("image/jpeg", [0xFF, 0xD8, 0xFF, 0xE0]),
            ("image/png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
            ("image/gif", [0x47, 0x49, 0x46, 0x38, 0x39, 0x61]),
            ("image/bmp", [0x42, 0x4D]),
        };
        return
            from format in Gen.Elements(formats)
            from tail in Gen.Sized(size => Gen.Choose(0, 3 * Math.Max(1, size))).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b), n))
            select new Photo([.. format.Signature, .. tail], format.MediaType);
    }

    /// <summary>Generates lead sources: the defaults of <see cref="Picklist.DefaultLeadSources"/> (sometimes in another case) and new names.</summary>
    /// <returns>The generator.</returns>
    public static Gen<LeadSource> LeadSource() =>
        Gen.Frequency(
            (4, Gen.Elements(Picklist.DefaultLeadSources.ToArray())),
            (1, Gen.Elements(Picklist.DefaultLeadSources.ToArray()).Select(s => s.ToUpperInvariant())),
            (3, Gen.Elements(Vocabulary.NewSources)),
            (1, Text(Vocabulary.Words, Leads.LeadSource.MaxLength)))
        .Select(name => new LeadSource(name));

    /// <summary>Generates ratings: the defaults of <see cref="Picklist.DefaultRatings"/> and new names.</summary>
    /// <returns>The generator.</returns>
    public static Gen<Rating> Rating() =>
        Gen.Frequency(
            (4, Gen.Elements(Picklist.DefaultRatings.ToArray())),
            (2, Gen.Elements(Vocabulary.NewRatings)),
            (1, Text(Vocabulary.Words, Leads.Rating.MaxLength)))
        .Select(name => new Rating(name));

    /// <summary>Generates referrers: business contacts and users, with or without a display name.</summary>
    /// <returns>The generator.</returns>
    public static Gen<InitiatedBy> InitiatedBy() =>
        from display in Gen.OrNull(Gen.Elements(Vocabulary.UserNames))
        from referrer in Gen.OneOf(
            ContactId().Select(c => Leads.InitiatedBy.FromContact(c, display)),
            UserId().Select(u => Leads.InitiatedBy.FromUser(u, display)))
        select referrer;

    /// <summary>Generates account references, with or without the account's name.</summary>
    /// <returns>The generator.</returns>
    public static Gen<AccountReference> AccountReference() =>
        from id in AccountId()
        from name in Gen.OrNull(Text(Vocabulary.CompanyNames, PersonNameValidator.MaxFullNameLength))
        select new AccountReference(id, name);

    /// <summary>Generates scoring-criterion identifiers: realistic slugs and random ones up to the maximum length.</summary>
    /// <returns>The generator.</returns>
    public static Gen<CriterionId> CriterionId()
    {
        const string tail = "abcdefghijklmnopqrstuvwxyz0123456789-";
        var random =
            from head in Gen.Elements(tail[..^1].ToCharArray())
            from n in Gen.Frequency((6, Gen.Choose(0, 20)), (1, Gen.Constant(Scoring.CriterionId.MaxLength - 1)))
            from rest in Gen.ArrayOf(Gen.Elements(tail.ToCharArray()), n)
            select head + new string(rest);
        return Gen.Frequency((2, Gen.Elements(Vocabulary.CriterionSlugs)), (1, random)).Select(s => new CriterionId(s));
    }

    /// <summary>Generates workspace users, active or not.</summary>
    /// <returns>The generator.</returns>
    public static Gen<WorkspaceUser> WorkspaceUser() =>
        from id in UserId()
        from name in Gen.Frequency((4, Gen.Elements(Vocabulary.UserNames)), (1, Text(Vocabulary.Words, PersonNameValidator.MaxFullNameLength)))
        from active in Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false)))
        select new WorkspaceUser(id, name, active);

    /// <summary>Generates phonetic ("yomi") names: kana and romaji readings, from one part to all three (never empty).</summary>
    /// <returns>The generator.</returns>
    public static Gen<PhoneticName> PhoneticName() =>
        from first in Gen.Elements<string?>(null, "アン", "ハナコ", "Taro", "Ann")
        from last in Gen.Elements<string?>(null, "リー", "ヤマダ", "Yamada", "Lee")
        from company in Gen.Elements<string?>(null, "コントソ", "Contoso", "フアブリカム カブシキガイシャ")
        from fallback in Gen.Elements("ヤマダ", "Lee")
        select first is null && last is null && company is null ? new PhoneticName(last: fallback) : new PhoneticName(first, last, company);
}
