using System;
using System.Collections.Generic;
using System.Linq;
using LeadKit.BulkEdit;
using LeadKit.Leads;
using LeadKit.Querying;
using LeadKit.Validation;
using LeadKit.VCard.Mapping;
using NodaTime;

namespace LeadKit.VCard;

/// <content>Card to lead.</content>
public static partial class VCardLeadMapping
{
    /// <summary>Sets a single-valued field of a lead from its parsed value (the catalogue's text form parsed by <see cref="FieldEdit.Parse"/>).</summary>
    private static readonly Dictionary<string, Action<Lead, object>> Setters = new(StringComparer.Ordinal)
    {
        ["title"] = (l, v) => l.SetJobTitle((string)v),
        ["company"] = (l, v) => l.SetCompanyName((string)v),
        ["department"] = (l, v) => l.SetDepartment((string)v),
        ["profession"] = (l, v) => l.SetProfession((string)v),
        ["manager"] = (l, v) => l.SetManagerName((string)v),
        ["assistant"] = (l, v) => l.SetAssistantName((string)v),
        ["nickname"] = (l, v) => l.SetNickname((string)v),
        ["spouse"] = (l, v) => l.SetSpouse((string)v),
        ["imAddress"] = (l, v) => l.SetImAddress((string)v),
        ["phoneticFirst"] = (l, v) => l.SetPhoneticName(new PhoneticName((string)v, l.PhoneticName?.Last, l.PhoneticName?.Company)),
        ["phoneticLast"] = (l, v) => l.SetPhoneticName(new PhoneticName(l.PhoneticName?.First, (string)v, l.PhoneticName?.Company)),
        ["phoneticCompany"] = (l, v) => l.SetPhoneticName(new PhoneticName(l.PhoneticName?.First, l.PhoneticName?.Last, (string)v)),
        ["birthday"] = (l, v) => l.SetBirthday((LocalDate)v),
        ["anniversary"] = (l, v) => l.SetAnniversary((LocalDate)v),
        ["webPage"] = (l, v) => l.SetWebPage((Uri)v),
        ["comments"] = (l, v) => l.SetComments((string)v),
        ["photo"] = (l, v) => l.SetPhoto((Photo)v),
    };

    /// <summary>
    /// Makes an unsaved lead of a card, through the same card → keyed values step as
    /// <see cref="VCardImportSource"/> (the property ↔ key table is in <c>docs/vcard.md</c>): the name
    /// (N, FN), company and department (ORG), job title (TITLE), profession (ROLE), nickname, phonetic
    /// names, e-mail addresses, phone numbers, postal addresses, web page, comments (NOTE), photo,
    /// birthday, anniversary, spouse, manager, assistant and instant-messaging address. Every value is
    /// parsed by its field's text form, as an import parses it. Unlike an import, which rejects a card
    /// with an invalid value, the mapping keeps the rest of the card and reports the value
    /// (<see cref="VCardMappingIssueKind.InvalidValue"/>); every property with no place in a lead, and
    /// every extra one a lead holds only one of, is reported too (<see cref="VCardMappingIssueKind.Unmapped"/>),
    /// with its line. Nothing is dropped silently and nothing is thrown for bad data.
    /// </summary>
    /// <param name="card">The card.</param>
    /// <param name="clock">The clock that stamps the lead's creation.</param>
    /// <returns>The lead (or none, when nothing names it) and the issues.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="card"/> or <paramref name="clock"/> is null.</exception>
    public static VCardLeadResult ToLead(VCard card, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(clock);
        var issues = new List<VCardMappingIssue>();
        foreach (var issue in card.Issues)
        {
            issues.Add(new VCardMappingIssue(VCardMappingIssueKind.Unreadable, issue.PropertyName, issue.LineNumber, issue.Message));
        }

        var singles = new List<(CardCell Cell, object Value)>();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var nameParts = new Dictionary<string, CardCell>(StringComparer.Ordinal);
        CardCell? fullName = null;
        var entries = new List<(string Stem, int Group, Dictionary<string, CardCell> Parts)>();
        foreach (var cell in CardCells.Read(card))
        {
            var key = cell.Key;
            if (cell.IsUnplaced || key is null)
            {
                issues.Add(Unmapped(cell, cell.Why ?? FutureFields.Describe(cell.Property.Name)));
                continue;
            }

            if (key is "name" or "name.whole" or "prefix" or "first" or "middle" or "last" or "suffix")
            {
                if (key.StartsWith("name", StringComparison.Ordinal) ? fullName is not null : nameParts.ContainsKey(key))
                {
                    issues.Add(Unmapped(cell, cell.Why ?? $"A lead holds one name; this {cell.Property.Name} was not taken."));
                }
                else if (key.StartsWith("name", StringComparison.Ordinal))
                {
                    fullName = cell;
                }
                else
                {
                    nameParts[key] = cell;
                }

                continue;
            }

            var colon = key.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                // email:{kind}, phone:{kind}(.extension), address:{kind}.{part}: one entry per group.
                var stem = key[..colon];
                var dot = key.IndexOf('.', colon);
                var part = dot < 0 ? string.Empty : key[(dot + 1)..];
                var entry = entries.FirstOrDefault(e => e.Stem == stem && e.Group == cell.Group);
                if (entry.Parts is null)
                {
                    entry = (stem, cell.Group, new Dictionary<string, CardCell>(StringComparer.Ordinal));
                    entries.Add(entry);
                }

                entry.Parts[part] = cell;
                continue;
            }

            if (!taken.Add(key))
            {
                issues.Add(Unmapped(cell, $"A lead holds one {Describe(key)}; this {cell.Property.Name} was not taken."));
                continue;
            }

            if (Parse(FieldCatalog.BuiltIn.Get(key), cell, issues) is { } value)
            {
                singles.Add((cell, value));
            }
        }

        var name = Name(fullName, nameParts, issues);
        var emails = new List<(CardCell Cell, EmailEntry Entry)>();
        var phones = new List<(CardCell Cell, PhoneNumber Phone)>();
        var addresses = new List<(CardCell Cell, PostalAddress Address)>();
        foreach (var (stem, _, parts) in entries)
        {
            switch (stem)
            {
                case "email":
                    var email = parts[string.Empty];
                    if (Parse(RecordField.Email, email, issues, email.Key![(email.Key!.IndexOf(':', StringComparison.Ordinal) + 1)..] + ":" + email.Value) is EmailEntry entry)
                    {
                        emails.Add((email, entry));
                    }

                    break;
                case "phone":
                    var phone = parts.Values.First();
                    var number = parts.TryGetValue(string.Empty, out var main) ? main.Value : null;
                    if (number is null)
                    {
                        issues.Add(Unmapped(phone, "A phone extension without a number has no place in a lead."));
                        break;
                    }

                    var kind = main!.Key![(main.Key!.IndexOf(':', StringComparison.Ordinal) + 1)..];
                    var text = kind + ":" + number + (parts.TryGetValue("extension", out var extension) ? " x" + extension.Value : string.Empty);
                    if (Parse(RecordField.Phone, main, issues, text) is PhoneNumber parsed)
                    {
                        phones.Add((main, parsed));
                    }

                    break;
                default:
                    if (Address(parts, issues) is { } address)
                    {
                        addresses.Add(address);
                    }

                    break;
            }
        }

        name ??= Fallback(singles, emails, phones, issues);
        if (name is null)
        {
            issues.Add(new VCardMappingIssue(VCardMappingIssueKind.NoName, "FN", card.LineNumber, "The card has no N, FN, ORG, e-mail address or phone number to name a lead by; no lead was made."));
            foreach (var cell in singles.Select(s => s.Cell).Concat(emails.Select(e => e.Cell)).Concat(phones.Select(p => p.Cell)).Concat(addresses.Select(a => a.Cell)))
            {
                issues.Add(Unmapped(cell, $"No lead was made of the card, so its {cell.Property.Name} was not taken."));
            }

            return new VCardLeadResult(null, Ordered(issues), card.LineNumber);
        }

        var lead = Lead.Create(name, clock);
        foreach (var (cell, value) in singles)
        {
            Apply(cell, issues, () => Setters[cell.Key!](lead, value));
        }

        foreach (var (cell, email) in emails)
        {
            Apply(cell, issues, () => lead.AddEmail(email));
        }

        foreach (var (cell, phone) in phones)
        {
            Apply(cell, issues, () => lead.AddPhone(phone));
        }

        foreach (var (cell, address) in addresses)
        {
            Apply(cell, issues, () => lead.AddAddress(address));
        }

        return new VCardLeadResult(lead, Ordered(issues), card.LineNumber);
    }

    /// <summary>The name as an import binds it: FN with N's parts as given, FN alone split (or kept whole), or the parts composed.</summary>
    private static PersonName? Name(CardCell? full, Dictionary<string, CardCell> parts, List<VCardMappingIssue> issues)
    {
        if (full is null && parts.Count == 0)
        {
            return null;
        }

        string? Part(string key) => parts.TryGetValue(key, out var cell) ? cell.Value : null;
        try
        {
            return full is null
                ? PersonName.FromParts(Part("prefix"), Part("first"), Part("middle"), Part("last"), Part("suffix"))
                : parts.Count == 0
                    ? (full.Key == "name.whole" ? new PersonName(full.Value) : PersonName.Parse(full.Value))
                    : new PersonName(full.Value, Part("prefix"), Part("first"), Part("middle"), Part("last"), Part("suffix"));
        }
        catch (LeadKitValidationException e)
        {
            issues.Add(Invalid(full ?? parts.Values.First(), e, "The name is not valid:"));
            return null;
        }
    }

    /// <summary>A name for a card that gives none, as an import makes one: its company, else its first e-mail address, else its first phone number.</summary>
    private static PersonName? Fallback(List<(CardCell Cell, object Value)> singles, List<(CardCell Cell, EmailEntry Entry)> emails, List<(CardCell Cell, PhoneNumber Phone)> phones, List<VCardMappingIssue> issues)
    {
        var candidates = singles.Where(s => s.Cell.Key == "company").Select(s => (s.Cell, Text: (string)s.Value, What: "company"))
            .Concat(emails.Select(e => (e.Cell, Text: e.Entry.Address.Value, What: "e-mail address")))
            .Concat(phones.Select(p => (p.Cell, Text: p.Phone.Number, What: "phone number")));
        foreach (var (cell, text, what) in candidates)
        {
            if (!string.IsNullOrWhiteSpace(text))
            {
                var name = new PersonName(text.Length > 255 ? text[..255] : text);
                issues.Add(new VCardMappingIssue(VCardMappingIssueKind.NameDerived, cell.Property.Name, cell.Property.LineNumber, $"The card has no usable N or FN; the lead is named after its {what}.", text));
                return name;
            }
        }

        return null;
    }

    private static (CardCell Cell, PostalAddress Address)? Address(Dictionary<string, CardCell> parts, List<VCardMappingIssue> issues)
    {
        string? Part(string key) => parts.TryGetValue(key, out var cell) ? cell.Value : null;
        var first = parts.Values.First();
        var street = string.Join("\n", new[] { Part("street"), Part("street2") }.Where(s => s is not null));
        var structured = parts.Keys.Any(k => k is not "formatted" and not "mailing");
        if (!structured)
        {
            street = Part("formatted") ?? string.Empty;
        }
        else if (parts.TryGetValue("formatted", out var label))
        {
            issues.Add(Unmapped(label, "The address's LABEL (its formatted text) was not taken: the structured parts of the same address were."));
        }

        var kindText = first.Key![(first.Key!.IndexOf(':', StringComparison.Ordinal) + 1)..first.Key!.IndexOf('.', StringComparison.Ordinal)];
        var kind = Enum.Parse<AddressKind>(kindText, ignoreCase: true);
        try
        {
            return (first, new PostalAddress(kind, street, Part("poBox"), Part("city"), Part("state"), Part("postalCode"), Part("country"), Part("mailing") is not null));
        }
        catch (LeadKitValidationException e)
        {
            issues.Add(Invalid(first, e, null));
            return null;
        }
    }

    /// <summary>Parses a value by its field's text form (<see cref="FieldEdit.Parse"/>, as an import does), reporting it when it is not valid.</summary>
    private static object? Parse(RecordField field, CardCell cell, List<VCardMappingIssue> issues, string? text = null)
    {
        try
        {
            var operation = field.IsMultiValued ? EditOperation.Add : EditOperation.Set;
            return FieldEdit.Parse(field, operation, text ?? cell.Value).Value;
        }
        catch (LeadKitValidationException e)
        {
            issues.Add(Invalid(cell, e, null));
            return null;
        }
    }

    private static void Apply(CardCell cell, List<VCardMappingIssue> issues, Action apply)
    {
        try
        {
            apply();
        }
        catch (LeadKitValidationException e)
        {
            issues.Add(Invalid(cell, e, null));
        }
    }

    private static VCardMappingIssue Unmapped(CardCell cell, string message) =>
        new(VCardMappingIssueKind.Unmapped, cell.Property.Name, cell.Property.LineNumber, message, CardCells.Shorten(cell.Value));

    private static VCardMappingIssue Invalid(CardCell cell, LeadKitValidationException e, string? what)
    {
        var error = e.Errors[0];
        var property = cell.Property;
        var message = what is null ? $"{property.Name} was not taken: {error.Message}" : $"{what} {error.Message}";
        return new VCardMappingIssue(VCardMappingIssueKind.InvalidValue, property.Name, property.LineNumber, message, property.IsBinary ? null : property.Value, error.ErrorCode);
    }

    private static string Describe(string key) => key switch
    {
        "title" => "job title",
        "imAddress" => "instant-messaging address",
        "webPage" => "web page",
        "phoneticFirst" or "phoneticLast" or "phoneticCompany" => "phonetic " + key["phonetic".Length..].ToLowerInvariant() + " name",
        _ => key,
    };

    private static IEnumerable<VCardMappingIssue> Ordered(List<VCardMappingIssue> issues) => issues.OrderBy(i => i.LineNumber);
}
