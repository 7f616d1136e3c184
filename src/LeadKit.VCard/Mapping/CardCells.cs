using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using LeadKit.Import;
using LeadKit.Leads;
using NodaTime.Text;

namespace LeadKit.VCard.Mapping;

/// <summary>
/// One value of a card under the import's key vocabulary: the property it came from, the key
/// (<see langword="null"/> when no lead field holds it), the text in the field's text form, the entry
/// group of a repeated field (an e-mail address, a phone, a postal address), and for a value without
/// a key, why it has none.
/// </summary>
internal sealed record CardCell(VCardProperty Property, string? Key, string Value, int Group = 0, string? Why = null)
{
    /// <summary>Gets a value indicating whether no lead field holds the value (no key, or a key that names no field).</summary>
    public bool IsUnplaced => Key is null || Key.StartsWith(CardCells.NoFieldPrefix, StringComparison.Ordinal);

    /// <summary>Gets the cell as the import reads it: the column is the property name.</summary>
    public ImportCell ToImportCell() => new(Property.Name, Value, Key, Group);
}

/// <summary>
/// The one card → keyed values step. <see cref="VCardImportSource"/> hands these values to the
/// import (so field maps, duplicates and the field catalogue apply) and
/// <see cref="VCardLeadMapping.ToLead"/> builds its lead from the same values, so the two cannot
/// disagree on which property fills which field. The table is in docs/vcard.md.
/// </summary>
internal static class CardCells
{
    /// <summary>
    /// The prefix of the key given to a property that has no place in a lead but whose name the
    /// import's automatic guess would take for a field (<c>SOURCE</c>, <c>NAME</c>, a <c>PHOTO</c> by
    /// URL): such a key names no field, so the value is reported as not imported, never guessed into
    /// the wrong field. A field map can still send the column anywhere.
    /// </summary>
    internal const string NoFieldPrefix = "vcard:";

    private static readonly HashSet<string> SpouseNames = new(StringComparer.OrdinalIgnoreCase) { "X-MS-SPOUSE", "X-SPOUSE", "X-EVOLUTION-SPOUSE", "X-KADDRESSBOOK-X-SPOUSENAME" };
    private static readonly HashSet<string> ManagerNames = new(StringComparer.OrdinalIgnoreCase) { "X-MS-MANAGER", "X-MANAGER", "X-EVOLUTION-MANAGER", "X-KADDRESSBOOK-X-MANAGERSNAME" };
    private static readonly HashSet<string> AssistantNames = new(StringComparer.OrdinalIgnoreCase) { "X-MS-ASSISTANT", "X-ASSISTANT", "X-EVOLUTION-ASSISTANT", "X-KADDRESSBOOK-X-ASSISTANTSNAME" };
    private static readonly HashSet<string> AnniversaryNames = new(StringComparer.OrdinalIgnoreCase) { "ANNIVERSARY", "X-ANNIVERSARY", "X-MS-ANNIVERSARY", "X-EVOLUTION-ANNIVERSARY" };
    private static readonly HashSet<string> ImNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "IMPP", "X-MS-IMADDRESS", "X-AIM", "X-ICQ", "X-JABBER", "X-MSN", "X-YAHOO", "X-SKYPE", "X-SKYPE-USERNAME", "X-GTALK", "X-GOOGLE-TALK",
    };

    /// <summary>Gets the card's values under their keys, in the card's order.</summary>
    /// <param name="card">The card.</param>
    /// <returns>The values; every property of the card is in it (with its value) unless it holds nothing or only labels another.</returns>
    public static List<CardCell> Read(VCard card)
    {
        var cells = new List<(int Order, CardCell Cell)>();
        var order = new Dictionary<VCardProperty, int>(ReferenceEqualityComparer.Instance);
        foreach (var property in card.Properties)
        {
            order.TryAdd(property, order.Count);
        }

        var consumed = new HashSet<VCardProperty>(ReferenceEqualityComparer.Instance);
        void Add(VCardProperty property, string? key, string? value, int group = 0, string? why = null)
        {
            consumed.Add(property);
            if (!string.IsNullOrWhiteSpace(value))
            {
                cells.Add((order[property], new CardCell(property, key ?? NoField(property.Name), value, group, why)));
            }
        }

        ReadName(card, Add);
        var (emails, phones, addresses) = (0, 0, 0);
        var notes = card.Properties.Where(p => p.Name == "NOTE" && !p.IsBinary).ToList();
        var mailingGiven = false;
        foreach (var property in card.Properties)
        {
            if (consumed.Contains(property))
            {
                continue;
            }

            var name = property.Name;
            if (property.IsBinary && name != "PHOTO")
            {
                Add(property, null, Describe(property));
                continue;
            }

            switch (name)
            {
                case "ORG":
                    Add(property, "company", property.Components[0][0]);
                    Add(property, "department", string.Join(", ", property.Components.Skip(1).Select(c => c[0]).Where(u => !string.IsNullOrWhiteSpace(u))));
                    break;
                case "TITLE":
                    Add(property, "title", property.Value);
                    break;
                case "ROLE":
                    Add(property, "profession", property.Value);
                    break;
                case "NICKNAME":
                    Add(property, "nickname", string.Join(", ", property.Components[0].Where(v => !string.IsNullOrWhiteSpace(v))));
                    break;
                case "X-PHONETIC-FIRST-NAME":
                    Add(property, "phoneticFirst", property.Value);
                    break;
                case "X-PHONETIC-LAST-NAME":
                    Add(property, "phoneticLast", property.Value);
                    break;
                case "X-PHONETIC-ORG":
                    Add(property, "phoneticCompany", property.Value);
                    break;
                case "EMAIL":
                    Add(property, "email:" + Camel(Kinds.Email(property).ToString()), property.Value, ++emails);
                    break;
                case "TEL":
                {
                    var label = Label(card, property);
                    var (number, extension) = PhoneText(property.Value);
                    var key = "phone:" + Camel(Kinds.Phone(property, label).ToString());
                    Add(property, key, number, ++phones);
                    Add(property, key + ".extension", extension, phones);
                    break;
                }

                case "ADR":
                    mailingGiven |= ReadAddress(property, ++addresses, property.IsPreferred && !mailingGiven, Add);
                    break;
                case "URL" when IsWebAddress(property.Value):
                    Add(property, "webPage", property.Value);
                    break;
                case "URL":
                    Add(property, null, property.Value, why: $"'{Shorten(property.Value)}' is not an absolute http(s) address, which a lead's web page is.");
                    break;
                case "X-ABLABEL" when LabelUsed(card, property):
                    consumed.Add(property);
                    break;
                case "NOTE":
                    if (property == notes[0])
                    {
                        Add(property, "comments", string.Join('\n', notes.Select(n => n.Value)));
                    }
                    else
                    {
                        consumed.Add(property);
                    }

                    break;
                case "PHOTO":
                    if (property.IsBinary)
                    {
                        Add(property, "photo", DataUri(property));
                    }
                    else
                    {
                        Add(property, null, property.Value, why: "A PHOTO by reference (a URL) is not fetched; the lead has no photo from it.");
                    }

                    break;
                case "BDAY":
                    Date(property, "birthday", Add);
                    break;
                case "X-ABDATE" when LabelOf(card, property) is { } label && UsesLabel(property, label):
                    Date(property, "anniversary", Add);
                    break;
                case "RELATED" when property.HasType("spouse"):
                    Add(property, "spouse", property.Value);
                    break;
                case "X-ABRELATEDNAMES" when LabelOf(card, property) is { } label && RelatedKey(label.Value) is { } key:
                    Add(property, key, property.Value);
                    break;
                default:
                    if (AnniversaryNames.Contains(name))
                    {
                        Date(property, "anniversary", Add);
                    }
                    else if (SpouseNames.Contains(name))
                    {
                        Add(property, "spouse", property.Value);
                    }
                    else if (ManagerNames.Contains(name))
                    {
                        Add(property, "manager", property.Value);
                    }
                    else if (AssistantNames.Contains(name))
                    {
                        Add(property, "assistant", property.Value);
                    }
                    else if (ImNames.Contains(name))
                    {
                        Add(property, "imAddress", property.Value);
                    }
                    else
                    {
                        Add(property, null, property.Value);
                    }

                    break;
            }
        }

        return [.. cells.OrderBy(c => c.Order).Select(c => c.Cell)];
    }

    /// <summary>
    /// N and FN: with N's parts, FN is the full name and the parts are kept as given; with N but no
    /// parts (<c>N:;;;;</c>, what a name without parts is written as), FN is kept whole; without N,
    /// FN is split into parts. A second N or FN is reported.
    /// </summary>
    private static void ReadName(VCard card, Action<VCardProperty, string?, string?, int, string?> add)
    {
        var n = card.Properties.FirstOrDefault(p => p.Name == "N" && !p.IsBinary);
        var fn = card.Properties.FirstOrDefault(p => p.Name == "FN" && !p.IsBinary);
        string? Part(int index, string separator) =>
            n is not null && index < n.Components.Count ? Blank(string.Join(separator, n.Components[index].Select(v => v.Trim()).Where(v => v.Length > 0))) : null;
        var parts = new (string Key, string? Value)[] { ("prefix", Part(3, ", ")), ("first", Part(1, " ")), ("middle", Part(2, " ")), ("last", Part(0, " ")), ("suffix", Part(4, ", ")) };
        var hasParts = parts.Any(p => p.Value is not null);
        if (fn is not null)
        {
            add(fn, n is not null && !hasParts ? "name.whole" : "name", Blank(fn.Value), 0, null);
            if (n is null && Blank(fn.Value) is { } full && Split(full) is { } split)
            {
                // FN alone: its parts as PersonName.Parse finds them, the full name kept as written ("Lee, Ann").
                foreach (var (key, value) in new[] { ("prefix", split.Prefix), ("first", split.First), ("middle", split.Middle), ("last", split.Last), ("suffix", split.Suffix) })
                {
                    add(fn, key, value, 0, null);
                }
            }
        }

        if (n is not null)
        {
            add(n, null, null, 0, null);
            foreach (var (key, value) in parts)
            {
                add(n, key, value, 0, null);
            }
        }

        foreach (var extra in card.Properties.Where(p => p.Name is "N" or "FN" && p != n && p != fn && !p.IsBinary))
        {
            add(extra, extra.Name == "FN" ? "name" : null, extra.Value, 0, "A lead holds one name; this one was not taken.");
        }
    }

    private static PersonName? Split(string full)
    {
        try
        {
            return PersonName.Parse(full);
        }
        catch (LeadKitException)
        {
            return null;
        }
    }

    /// <summary>An ADR's parts (extended address and street as two street lines, LABEL as the formatted text); returns whether it was marked the mailing address.</summary>
    private static bool ReadAddress(VCardProperty property, int group, bool mailing, Action<VCardProperty, string?, string?, int, string?> add)
    {
        string? Part(int index) => index < property.Components.Count ? Blank(string.Join(", ", property.Components[index].Select(v => v.Trim()).Where(v => v.Length > 0))) : null;
        var stem = "address:" + Camel(Kinds.Address(property).ToString()) + ".";
        var (extended, street) = (Part(1), Part(2));
        add(property, stem + "poBox", Part(0), group, null);
        add(property, stem + "street", extended ?? street, group, null);
        add(property, stem + "street2", extended is null ? null : street, group, null);
        add(property, stem + "city", Part(3), group, null);
        add(property, stem + "state", Part(4), group, null);
        add(property, stem + "postalCode", Part(5), group, null);
        add(property, stem + "country", Part(6), group, null);
        if (property.GetParameter("LABEL") is { } label)
        {
            add(property, stem + "formatted", label.Value, group, null);
        }

        if (mailing && Enumerable.Range(0, 7).Any(i => Part(i) is not null))
        {
            add(property, stem + "mailing", "true", group, null);
            return true;
        }

        return false;
    }

    private static void Date(VCardProperty property, string key, Action<VCardProperty, string?, string?, int, string?> add)
    {
        if (IsoDate(property.Value) is { } date)
        {
            add(property, key, date, 0, null);
        }
        else
        {
            add(property, null, property.Value, 0, $"'{Shorten(property.Value)}' is not a whole date (a year, a month and a day), which a lead's {key} is.");
        }
    }

    /// <summary>A vCard date (<c>19800321</c>, <c>1960-09-10</c>, either with a time after <c>T</c>) as ISO text, or <see langword="null"/> (<c>--0203</c>: no year).</summary>
    internal static string? IsoDate(string value)
    {
        var text = value.Trim();
        var t = text.IndexOf('T', StringComparison.OrdinalIgnoreCase);
        if (t > 0)
        {
            text = text[..t];
        }

        if (text.Length == 8 && text.All(char.IsAsciiDigit))
        {
            text = $"{text[..4]}-{text[4..6]}-{text[6..]}";
        }

        return LocalDatePattern.Iso.Parse(text) is { Success: true } parsed ? LocalDatePattern.Iso.Format(parsed.Value) : null;
    }

    /// <summary>A TEL's number and extension: a <c>tel:</c> URI's <c>;ext=102</c> is the extension; other text is the number as written.</summary>
    private static (string Number, string? Extension) PhoneText(string value)
    {
        var text = value.Trim();
        if (!text.StartsWith("tel:", StringComparison.OrdinalIgnoreCase))
        {
            return (text, null);
        }

        var parts = text[4..].Split(';');
        var extension = parts.Skip(1).FirstOrDefault(p => p.StartsWith("ext=", StringComparison.OrdinalIgnoreCase));
        return (parts[0], extension?[4..]);
    }

    /// <summary>The X-ABLabel of a TEL's group when it names a phone kind (Apple, Google); null otherwise.</summary>
    private static string? Label(VCard card, VCardProperty property) =>
        LabelOf(card, property) is { } label && UsesLabel(property, label) ? label.Value : null;

    /// <summary>Whether a property of the label's group takes its meaning from it (a phone kind, an anniversary, a related name); such a label is no value of its own.</summary>
    private static bool LabelUsed(VCard card, VCardProperty label) =>
        label.Group is not null && card.Properties.Any(p => p != label && string.Equals(p.Group, label.Group, StringComparison.OrdinalIgnoreCase) && UsesLabel(p, label));

    private static bool UsesLabel(VCardProperty property, VCardProperty label) => property.Name switch
    {
        "TEL" => Kinds.LabelKind(label.Value) is not null && Kinds.Phone(property, null) is PhoneKind.Other or PhoneKind.Business or PhoneKind.Home,
        "X-ABDATE" => label.Value.Contains("anniversary", StringComparison.OrdinalIgnoreCase),
        "X-ABRELATEDNAMES" => RelatedKey(label.Value) is not null,
        _ => false,
    };

    private static VCardProperty? LabelOf(VCard card, VCardProperty property) =>
        property.Group is null ? null : card.Properties.FirstOrDefault(l => l.Name == "X-ABLABEL" && string.Equals(l.Group, property.Group, StringComparison.OrdinalIgnoreCase));

    /// <summary>The key of an Apple related name by its label (<c>_$!&lt;Spouse&gt;!$_</c>), or null.</summary>
    private static string? RelatedKey(string label) => label.Trim() switch
    {
        "_$!<Spouse>!$_" or "_$!<Partner>!$_" => "spouse",
        "_$!<Manager>!$_" => "manager",
        "_$!<Assistant>!$_" => "assistant",
        _ => null,
    };

    /// <summary>An inline photo as a data URI (the photo field's text form): the declared media type when it is an image type a lead holds, else sniffed from the bytes.</summary>
    private static string DataUri(VCardProperty photo)
    {
        var data = photo.Data!.Value.Span;
        var mediaType = photo.MediaType is { } declared && Photo.SupportedMediaTypes.Contains(declared, StringComparer.OrdinalIgnoreCase)
            ? declared
            : Sniff(data) ?? photo.MediaType ?? "application/octet-stream";
        return $"data:{mediaType};base64,{Convert.ToBase64String(data)}";
    }

    private static string? Sniff(ReadOnlySpan<byte> data) =>
        data.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) ? "image/jpeg"
        : data.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47]) ? "image/png"
        : data.StartsWith((ReadOnlySpan<byte>)[0x47, 0x49, 0x46, 0x38]) ? "image/gif"
        : data.StartsWith((ReadOnlySpan<byte>)[0x42, 0x4D]) ? "image/bmp"
        : null;

    /// <summary>The key of a value no lead field holds: none, unless the automatic guess would take the property's name for a field.</summary>
    private static string? NoField(string propertyName) => FieldMap.Guess(propertyName) is null ? null : NoFieldPrefix + propertyName;

    private static bool IsWebAddress(string value) =>
        Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    private static string Describe(VCardProperty property) =>
        string.Create(CultureInfo.InvariantCulture, $"{property.Data!.Value.Length} bytes of {property.MediaType ?? "binary data"}");

    internal static string Shorten(string value) => value.Length > 200 ? value[..200] + "…" : value;

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    internal static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
