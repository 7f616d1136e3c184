using System;
using System.Collections.Generic;
using System.Text;
using LeadKit.Leads;
using LeadKit.Utility;
using LeadKit.Validation;
using PhoneNumbers;

namespace LeadKit.Import.Duplicates;

/// <summary>
/// Turns records, and the raw values of an import row that is not a record yet, into the
/// <see cref="MatchKey"/>s of the duplicate rules its <see cref="Options"/> turn on. One mechanism
/// for every caller: the import's duplicates against the store and within the file, and finding
/// duplicates in a store. Immutable and safe to share between threads.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><description><b>E-mail</b>: one key per address, the whole address trimmed and lower-cased
/// (invariant culture; non-ASCII text case-folded and in Unicode form C). The domain is case-insensitive by
/// definition; the local part is treated case-insensitively too, as every major mail provider
/// does, although <see cref="EmailAddress"/> itself keeps it case-sensitive. Gmail's dots and
/// <c>+tags</c> are not folded: <c>j.doe+news@gmail.com</c> and <c>jdoe@gmail.com</c> are different
/// keys. Text that is not a valid address gives no key.</description></item>
/// <item><description><b>Phone</b>: one key per number that libphonenumber parses as a possible
/// number (a plausible length for its country, whether or not the range is allocated), in E.164
/// form (<c>+14155550123</c>); any white space counts as a space. Numbers without <c>+</c> are read in
/// <see cref="DuplicateMatchOptions.DefaultRegion"/>'s numbering plan, including its
/// international prefix (<c>011</c> in the US, <c>00</c> in most of Europe). Extensions are
/// ignored. Text that does not parse, numbers too short or too long, and numbers that are only
/// possible for local dialling (<c>555-0123</c> in the US: no area code) give no key, since they
/// would equate different people's numbers.</description></item>
/// <item><description><b>Name and company</b>: one key when the record has a company and a name.
/// The name is the first and last name (middle names, titles and suffixes left out); a name with
/// neither part is parsed from the full name as <see cref="PersonName.Parse"/> does
/// (<c>Doe, Dr. Jane</c> is <c>jane doe</c>). Name and company are normalised alike: Unicode
/// compatibility decomposition (NFKD), diacritics removed, case folded, <c>ß æ œ ø ł đ ð þ</c>
/// spelled <c>ss ae oe o l d d th</c>, dots and apostrophes removed (<c>S.A.</c> is <c>sa</c>,
/// <c>O'Brien</c> is <c>obrien</c>), every other run of punctuation, symbols and white space one
/// space. The company then loses its trailing legal-form words (<c>inc llc ltd limited gmbh ag sa
/// sarl bv nv plc corp corporation co</c>), as long as a word remains: <c>Acme, Inc.</c> and
/// <c>ACME</c> are both <c>acme</c>. The key's value is <c>name | company</c>.</description></item>
/// </list>
/// </remarks>
public sealed class MatchKeys
{
    private static readonly PhoneNumberUtil PhoneUtil = PhoneNumberUtil.GetInstance();

    private static readonly HashSet<string> LegalForms = new(StringComparer.Ordinal)
    {
        "inc", "llc", "ltd", "limited", "gmbh", "ag", "sa", "sarl", "bv", "nv", "plc", "corp", "corporation", "co",
    };

    /// <summary>Creates the keys for some options.</summary>
    /// <param name="options">The options; <see langword="null"/> means <see cref="DuplicateMatchOptions.Default"/>.</param>
    public MatchKeys(DuplicateMatchOptions? options = null) => Options = options ?? DuplicateMatchOptions.Default;

    /// <summary>Gets the keys for the default options: every rule, region <c>US</c>.</summary>
    public static MatchKeys Default { get; } = new();

    /// <summary>Gets the options.</summary>
    public DuplicateMatchOptions Options { get; }

    /// <summary>
    /// Gets every key of a record: its e-mail keys in the record's order, then its phone keys, then
    /// its name-and-company key, each at most once, for the rules that are on.
    /// </summary>
    /// <param name="record">The record.</param>
    /// <returns>The keys; empty when nothing gives one.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    public IReadOnlyList<MatchKey> For(ContactRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var keys = new List<MatchKey>(record.Emails.Count + record.Phones.Count + 1);
        if (Options.Uses(DuplicateRule.Email))
        {
            foreach (var email in record.Emails)
            {
                AddOnce(keys, EmailKey(email.Address));
            }
        }

        if (Options.Uses(DuplicateRule.Phone))
        {
            foreach (var phone in record.Phones)
            {
                AddOnce(keys, PhoneKey(phone.Number));
            }
        }

        if (Options.Uses(DuplicateRule.NameAndCompany))
        {
            AddOnce(keys, NameAndCompanyKey(record.Name, record.CompanyName));
        }

        return keys;
    }

    /// <summary>Gets the key of an e-mail address given as text, such as an import cell.</summary>
    /// <param name="address">The address, e.g. <c> Jane.Doe@Example.COM </c>.</param>
    /// <returns>The key (<c>jane.doe@example.com</c>); <see langword="null"/> when the text is not a valid address or the e-mail rule is off.</returns>
    public MatchKey? Email(string? address) =>
        Options.Uses(DuplicateRule.Email) && EmailAddress.TryParse(address, out var parsed) ? EmailKey(parsed) : null;

    /// <summary>Gets the key of a phone number given as text, such as an import cell.</summary>
    /// <param name="number">The number, e.g. <c>(415) 555-0123 x12</c> or <c>+44 20 7946 0958</c>.</param>
    /// <returns>The key in E.164 form (<c>+14155550123</c>); <see langword="null"/> when libphonenumber cannot read a possible number from the text or the phone rule is off.</returns>
    public MatchKey? Phone(string? number) =>
        Options.Uses(DuplicateRule.Phone) && number is not null ? PhoneKey(number) : null;

    /// <summary>Gets the name-and-company key of a full name and a company given as text, such as import cells.</summary>
    /// <param name="name">The full name, e.g. <c>Dr. Zoë Ångström</c> or <c>Ångström, Zoë</c>.</param>
    /// <param name="company">The company, e.g. <c>Acme, Inc.</c>.</param>
    /// <returns>The key (<c>zoe angstrom | acme</c>); <see langword="null"/> when the name or the company is missing or normalises to nothing, or the rule is off.</returns>
    public MatchKey? NameAndCompany(string? name, string? company)
    {
        if (!Options.Uses(DuplicateRule.NameAndCompany) || string.IsNullOrWhiteSpace(name) || string.IsNullOrWhiteSpace(company))
        {
            return null;
        }

        var text = name.Trim();
        return text.Length <= PersonNameValidator.MaxFullNameLength ? NameAndCompanyKey(new PersonName(text), company) : NameAndCompanyKey(text, company);
    }

    /// <summary>Gets the name-and-company key of a name and a company.</summary>
    /// <param name="name">The name; its first and last name are used, or, when it has neither, those parsed from its full name.</param>
    /// <param name="company">The company.</param>
    /// <returns>The key; <see langword="null"/> when the company is missing, the name or the company normalises to nothing, or the rule is off.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public MatchKey? NameAndCompany(PersonName name, string? company)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Options.Uses(DuplicateRule.NameAndCompany) ? NameAndCompanyKey(name, company) : null;
    }

    /// <summary>Normalises text as the name-and-company rule does (without dropping legal forms).</summary>
    internal static string NormaliseText(string text)
    {
        var decomposed = IsAscii(text) ? text : UnicodeText.Normalize(text, NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        var gap = false;
        foreach (var rune in decomposed.EnumerateRunes())
        {
            if (IsMark(rune) || IsJoiner(rune))
            {
                continue;
            }

            if (!Rune.IsLetterOrDigit(rune))
            {
                gap = true;
                continue;
            }

            if (gap && builder.Length > 0)
            {
                builder.Append(' ');
            }

            gap = false;
            AppendFolded(builder, rune);
        }

        return builder.ToString();
    }

    /// <summary>Normalises a company name: <see cref="NormaliseText"/>, then trailing legal-form words dropped while a word remains.</summary>
    internal static string NormaliseCompany(string company)
    {
        var text = NormaliseText(company);
        var end = text.Length;
        while (true)
        {
            var space = text.LastIndexOf(' ', end - 1);
            if (space < 0 || !LegalForms.Contains(text[(space + 1)..end]))
            {
                break;
            }

            end = space;
        }

        return end == text.Length ? text : text[..end];
    }

    private static MatchKey EmailKey(EmailAddress address)
    {
        // The parts are trimmed already; an ASCII part in lower case is not copied.
        var (local, domain) = (address.LocalPart, address.Domain);
        return new MatchKey(
            DuplicateRule.Email,
            IsAscii(local) && IsAscii(domain)
                ? string.Concat(local.ToLowerInvariant(), "@", domain.ToLowerInvariant())
                : UnicodeText.Normalize((local + "@" + domain).ToUpperInvariant().ToLowerInvariant(), NormalizationForm.FormC));
    }

    private MatchKey? PhoneKey(string number)
    {
        // Text of only digits, separators and a leading plus is read by libphonenumber from its digits
        // alone: a North American number is keyed directly, any other is parsed from its digits.
        Span<char> buffer = stackalloc char[MaxPlainPhoneLength + 1];
        if (PlainDigits(number, buffer) is var length and > 0)
        {
            var digits = buffer[..length];
            return IsNorthAmerican(digits)
                ? new MatchKey(DuplicateRule.Phone, digits[0] == '+' ? new string(digits) : string.Concat("+1", digits))
                : PhoneKeyThroughLibphonenumber(new string(digits));
        }

        return PhoneKeyThroughLibphonenumber(number);
    }

    /// <summary>The longest text <see cref="PlainDigits"/> looks at.</summary>
    private const int MaxPlainPhoneLength = 64;

    /// <summary>
    /// The digits of a number written with only ASCII digits, spaces and <c>( ) - . /</c> after an
    /// optional leading <c>+</c> (kept), at least three digits: all that libphonenumber reads of such
    /// text (it drops the separators before it looks at the digits, and no extension or letter can be
    /// in it). Their count is returned, written to <paramref name="digits"/>; 0 for any other text.
    /// </summary>
    private static int PlainDigits(string number, Span<char> digits)
    {
        var text = number.AsSpan().Trim(' ');
        if (text.Length is 0 or > MaxPlainPhoneLength)
        {
            return 0;
        }

        var length = 0;
        var count = 0;
        if (text[0] == '+')
        {
            digits[length++] = '+';
            text = text[1..];
        }

        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                digits[length++] = c;
                count++;
            }
            else if (c is not (' ' or '(' or ')' or '-' or '.' or '/'))
            {
                return 0;
            }
        }

        return count >= 3 ? length : 0;
    }

    /// <summary>
    /// Whether plain digits are a North American number that libphonenumber keys as <c>+1</c> and its
    /// ten digits: <c>+1</c> then ten digits, the first 2–9 (a <c>1</c> there would be the national
    /// prefix); or, read in the <c>US</c> plan, ten such digits without <c>+</c>. Ten digits are a
    /// possible length in that plan, and no prefix of such digits is stripped.
    /// </summary>
    private bool IsNorthAmerican(ReadOnlySpan<char> digits) =>
        digits[0] == '+'
            ? digits.Length == 12 && digits[1] == '1' && digits[2] is >= '2' and <= '9'
            : digits.Length == 10 && digits[0] is >= '2' and <= '9' && Options.DefaultRegion == "US";

    /// <summary>The key libphonenumber gives the text: a possible number in E.164 form, else none.</summary>
    internal MatchKey? PhoneKeyThroughLibphonenumber(string number)
    {
        try
        {
            var parsed = PhoneUtil.Parse(WithAsciiSpaces(number), Options.DefaultRegion);
            return PhoneUtil.IsPossibleNumberWithReason(parsed) == PhoneNumberUtil.ValidationResult.IS_POSSIBLE
                ? new MatchKey(DuplicateRule.Phone, PhoneUtil.Format(parsed, PhoneNumberFormat.E164))
                : null;
        }
        catch (NumberParseException)
        {
            return null;
        }
    }

    private static MatchKey? NameAndCompanyKey(PersonName name, string? company)
    {
        if (string.IsNullOrWhiteSpace(company))
        {
            return null;
        }

        if (name.First is null && name.Last is null)
        {
            try
            {
                name = PersonName.Parse(name.FullName);
            }
            catch (LeadKitValidationException)
            {
                // A full name whose words are too long to be parts: keep it whole.
                return NameAndCompanyKey(name.FullName, company);
            }
        }

        var person = name.First is not null && name.Last is not null ? name.First + " " + name.Last : name.First ?? name.Last ?? name.FullName;
        return NameAndCompanyKey(person, company);
    }

    private static MatchKey? NameAndCompanyKey(string person, string company)
    {
        var normalisedName = NormaliseText(person);
        var normalisedCompany = NormaliseCompany(company);
        return normalisedName.Length == 0 || normalisedCompany.Length == 0
            ? null
            : new MatchKey(DuplicateRule.NameAndCompany, normalisedName + " | " + normalisedCompany);
    }

    /// <summary>Every white-space character as a plain space: libphonenumber takes a no-break space but not an em space between groups.</summary>
    private static string WithAsciiSpaces(string number)
    {
        var other = false;
        foreach (var c in number)
        {
            other |= c != ' ' && char.IsWhiteSpace(c);
        }

        if (!other)
        {
            return number;
        }

        return string.Create(number.Length, number, static (span, text) =>
        {
            for (var i = 0; i < text.Length; i++)
            {
                span[i] = char.IsWhiteSpace(text[i]) ? ' ' : text[i];
            }
        });
    }

    private static void AddOnce(List<MatchKey> keys, MatchKey? key)
    {
        if (key is { } value && !keys.Contains(value))
        {
            keys.Add(value);
        }
    }

    private static bool IsAscii(string text) => Ascii.IsValid(text);

    private static bool IsMark(Rune rune) => Rune.GetUnicodeCategory(rune) is
        System.Globalization.UnicodeCategory.NonSpacingMark or
        System.Globalization.UnicodeCategory.SpacingCombiningMark or
        System.Globalization.UnicodeCategory.EnclosingMark;

    /// <summary>Dots and apostrophes join what they separate: <c>S.A.</c> is <c>sa</c>, <c>O'Brien</c> is <c>obrien</c>.</summary>
    private static bool IsJoiner(Rune rune) => rune.Value is '.' or '\'' or '\u2019' or '\u02BC' or '\u2018';

    private static void AppendFolded(StringBuilder builder, Rune rune)
    {
        var folded = Rune.ToLowerInvariant(Rune.ToUpperInvariant(rune));
        switch (folded.Value)
        {
            case 'ß' or '\u1E9E':
                builder.Append("ss");
                return;
            case 'æ':
                builder.Append("ae");
                return;
            case 'œ':
                builder.Append("oe");
                return;
            case 'ø':
                builder.Append('o');
                return;
            case 'ł':
                builder.Append('l');
                return;
            case 'đ' or 'ð':
                builder.Append('d');
                return;
            case 'þ':
                builder.Append("th");
                return;
            default:
                break;
        }

        if (folded.IsAscii)
        {
            builder.Append((char)folded.Value);
            return;
        }

        // Case mapping can give a letter that decomposes further (rare): decompose it and drop its marks.
        var text = folded.ToString();
        if (text.IsNormalized(NormalizationForm.FormKD))
        {
            builder.Append(text);
            return;
        }

        foreach (var part in UnicodeText.Normalize(text, NormalizationForm.FormKD).EnumerateRunes())
        {
            if (!IsMark(part))
            {
                builder.Append(part.ToString());
            }
        }
    }
}
