using System;
using System.Collections.Generic;
using System.Linq;
using LeadKit.Leads;
using LeadKit.Validation;
using LeadKit.VCard.Mapping;
using NodaTime;

namespace LeadKit.VCard;

/// <content>Card to lead.</content>
public static partial class VCardLeadMapping
{
    /// <summary>
    /// Makes an unsaved lead of a card: name (N, FN), company (ORG), job title (TITLE), e-mail
    /// addresses (EMAIL), phone numbers (TEL), postal addresses (ADR), web page (URL), comments (NOTE)
    /// and photo (PHOTO). Every other property, every extra one a lead holds only one of, and every
    /// value that is not valid for its field is reported in <see cref="VCardLeadResult.Issues"/> with
    /// its line; nothing is dropped silently and nothing is thrown for bad data.
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

        var used = new HashSet<VCardProperty>(ReferenceEqualityComparer.Instance);
        var name = ReadName(card, used, issues);
        if (name is null)
        {
            issues.Add(new VCardMappingIssue(VCardMappingIssueKind.NoName, "FN", card.LineNumber, "The card has no N, FN, ORG, e-mail address or phone number to name a lead by; no lead was made."));
            ReportRest(card, used, issues);
            return new VCardLeadResult(null, Ordered(issues), card.LineNumber);
        }

        var lead = Lead.Create(name, clock);
        ReadOrganization(card, lead, used, issues);
        ReadFirst(card, "TITLE", used, issues, p => lead.SetJobTitle(p.Value));
        foreach (var property in card.FindAll("EMAIL"))
        {
            used.Add(property);
            Apply(property, issues, () => lead.AddEmail(new EmailEntry(Kinds.Email(property), EmailAddress.Parse(property.Value))));
        }

        foreach (var property in card.FindAll("TEL"))
        {
            used.Add(property);
            var label = Label(card, property, used);
            Apply(property, issues, () => lead.AddPhone(new PhoneNumber(Kinds.Phone(property, label), PhoneText(property.Value))));
        }

        foreach (var property in card.FindAll("ADR"))
        {
            used.Add(property);
            Apply(property, issues, () => lead.AddAddress(Address(property, mailing: property.IsPreferred && lead.MailingAddress is null)));
        }

        ReadWebPage(card, lead, used, issues);
        var notes = card.FindAll("NOTE").Where(n => !n.IsBinary).ToList();
        if (notes.Count > 0)
        {
            used.UnionWith(notes);
            Apply(notes[0], issues, () => lead.SetComments(string.Join('\n', notes.Select(n => n.Value))));
        }

        ReadPhoto(card, lead, used, issues);
        ReportRest(card, used, issues);
        return new VCardLeadResult(lead, Ordered(issues), card.LineNumber);
    }

    private static PersonName? ReadName(VCard card, HashSet<VCardProperty> used, List<VCardMappingIssue> issues)
    {
        var n = card.FindAll("N").FirstOrDefault(p => !p.IsBinary);
        var fn = card.FindAll("FN").FirstOrDefault(p => !p.IsBinary);
        if (n is not null)
        {
            used.Add(n);
        }

        if (fn is not null)
        {
            used.Add(fn);
        }

        var full = Blank(fn?.Value);
        if (n is not null)
        {
            string? Part(int index, string separator) => index < n.Components.Count ? Blank(string.Join(separator, n.Components[index].Select(v => v.Trim()).Where(v => v.Length > 0))) : null;
            var (last, first, middle, prefix, suffix) = (Part(0, " "), Part(1, " "), Part(2, " "), Part(3, ", "), Part(4, ", "));
            if (full is not null || (last ?? first ?? middle ?? prefix ?? suffix) is not null)
            {
                try
                {
                    return full is null ? PersonName.FromParts(prefix, first, middle, last, suffix) : new PersonName(full, prefix, first, middle, last, suffix);
                }
                catch (LeadKitValidationException e)
                {
                    issues.Add(Invalid(n, e, "The name's parts are not valid; the full name alone was kept if it is."));
                }
            }
        }

        if (full is not null)
        {
            try
            {
                var parsed = PersonName.Parse(full);
                return n is null ? new PersonName(full, parsed.Prefix, parsed.First, parsed.Middle, parsed.Last, parsed.Suffix) : new PersonName(full);
            }
            catch (LeadKitValidationException e)
            {
                issues.Add(Invalid(fn!, e, "The full name is not valid."));
            }
        }

        foreach (var (propertyName, describe) in new (string, string)[] { ("ORG", "company"), ("EMAIL", "e-mail address"), ("TEL", "phone number") })
        {
            foreach (var property in card.FindAll(propertyName).Where(p => !p.IsBinary))
            {
                var text = Blank(propertyName == "ORG" ? property.Components[0][0] : property.Value);
                if (text is null || (propertyName == "EMAIL" && !EmailAddress.TryParse(text, out _)))
                {
                    continue;
                }

                try
                {
                    var name = new PersonName(text);
                    issues.Add(new VCardMappingIssue(VCardMappingIssueKind.NameDerived, propertyName, property.LineNumber, $"The card has no usable N or FN; the lead is named after its {describe}.", text));
                    return name;
                }
                catch (LeadKitValidationException)
                {
                    // Too long to be a name: try the next candidate.
                }
            }
        }

        return null;
    }

    private static void ReadOrganization(VCard card, Lead lead, HashSet<VCardProperty> used, List<VCardMappingIssue> issues)
    {
        var org = card.FindAll("ORG").FirstOrDefault(p => !p.IsBinary);
        if (org is null)
        {
            return;
        }

        used.Add(org);
        Apply(org, issues, () => lead.SetCompanyName(org.Components[0][0]));
        var units = org.Components.Skip(1).Select(c => c[0].Trim()).Where(u => u.Length > 0).ToList();
        if (units.Count > 0)
        {
            issues.Add(new VCardMappingIssue(VCardMappingIssueKind.Unmapped, "ORG", org.LineNumber, "ORG's organizational units (the department) have no place in a lead.", string.Join(';', units)));
        }
    }

    private static void ReadFirst(VCard card, string propertyName, HashSet<VCardProperty> used, List<VCardMappingIssue> issues, Action<VCardProperty> apply)
    {
        var property = card.FindAll(propertyName).FirstOrDefault(p => !p.IsBinary);
        if (property is not null)
        {
            used.Add(property);
            Apply(property, issues, () => apply(property));
        }
    }

    private static void ReadWebPage(VCard card, Lead lead, HashSet<VCardProperty> used, List<VCardMappingIssue> issues)
    {
        foreach (var property in card.FindAll("URL").Where(p => !p.IsBinary))
        {
            if (lead.WebPage is not null)
            {
                continue;
            }

            used.Add(property);
            var text = property.Value.Trim();
            if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            {
                Apply(property, issues, () => lead.SetWebPage(uri));
            }
            else
            {
                issues.Add(new VCardMappingIssue(VCardMappingIssueKind.InvalidValue, "URL", property.LineNumber, $"'{text}' is not an absolute http(s) address; it was not taken as the web page.", text, "LeadKit.Record.WebPage"));
            }
        }
    }

    private static void ReadPhoto(VCard card, Lead lead, HashSet<VCardProperty> used, List<VCardMappingIssue> issues)
    {
        var photo = card.FindAll("PHOTO").FirstOrDefault(p => p.IsBinary);
        if (photo?.Data is not { } data)
        {
            return;
        }

        used.Add(photo);
        var mediaType = photo.MediaType is { } declared && Photo.SupportedMediaTypes.Contains(declared, StringComparer.OrdinalIgnoreCase) ? declared : Sniff(data.Span) ?? photo.MediaType ?? "application/octet-stream";
        Apply(photo, issues, () => lead.SetPhoto(new Photo(data.Span, mediaType)));
    }

    private static void ReportRest(VCard card, HashSet<VCardProperty> used, List<VCardMappingIssue> issues)
    {
        foreach (var property in card.Properties.Where(p => !used.Contains(p)))
        {
            var message = property.Name switch
            {
                "PHOTO" when !property.IsBinary => "PHOTO by reference (a URL) is not fetched; the lead has no photo from it.",
                "PHOTO" or "TITLE" or "N" or "FN" or "ORG" => $"A lead holds one {property.Name}; this one was not taken.",
                "URL" => "A lead holds one web page; this URL was not taken.",
                _ => FutureFields.Describe(property.Name),
            };
            var value = property.IsBinary ? $"{property.Data!.Value.Length} bytes" : property.Value;
            issues.Add(new VCardMappingIssue(VCardMappingIssueKind.Unmapped, property.Name, property.LineNumber, message, value.Length > 200 ? value[..200] + "…" : value));
        }
    }

    private static void Apply(VCardProperty property, List<VCardMappingIssue> issues, Action apply)
    {
        try
        {
            apply();
        }
        catch (LeadKitValidationException e)
        {
            issues.Add(Invalid(property, e, null));
        }
    }

    private static VCardMappingIssue Invalid(VCardProperty property, LeadKitValidationException e, string? what)
    {
        var error = e.Errors[0];
        var message = what is null ? $"{property.Name} was not taken: {error.Message}" : $"{what} {error.Message}";
        return new VCardMappingIssue(VCardMappingIssueKind.InvalidValue, property.Name, property.LineNumber, message, property.IsBinary ? null : property.Value, error.ErrorCode);
    }

    private static PostalAddress Address(VCardProperty property, bool mailing)
    {
        string? Part(int index) => index < property.Components.Count ? Blank(string.Join(", ", property.Components[index].Select(v => v.Trim()).Where(v => v.Length > 0))) : null;
        var extended = Part(1);
        var street = Part(2);
        var lines = extended is null ? street : street is null ? extended : extended + "\n" + street;
        return new PostalAddress(Kinds.Address(property), lines, Part(0), Part(3), Part(4), Part(5), Part(6), mailing);
    }

    /// <summary>A TEL's text: a <c>tel:</c> URI becomes the number, its <c>;ext=</c> an extension (x102).</summary>
    private static string PhoneText(string value)
    {
        var text = value.Trim();
        if (!text.StartsWith("tel:", StringComparison.OrdinalIgnoreCase))
        {
            return text;
        }

        var parts = text[4..].Split(';');
        var extension = parts.Skip(1).FirstOrDefault(p => p.StartsWith("ext=", StringComparison.OrdinalIgnoreCase));
        return extension is null ? parts[0] : parts[0] + " x" + extension[4..];
    }

    /// <summary>The X-ABLabel of a property's group (Apple, Google), marked used; null when there is none.</summary>
    private static string? Label(VCard card, VCardProperty property, HashSet<VCardProperty> used)
    {
        if (property.Group is null)
        {
            return null;
        }

        var label = card.FindAll("X-ABLABEL").FirstOrDefault(l => string.Equals(l.Group, property.Group, StringComparison.OrdinalIgnoreCase));
        if (label is null || Kinds.LabelKind(label.Value) is null || Kinds.Phone(property, null) is not (PhoneKind.Other or PhoneKind.Business or PhoneKind.Home))
        {
            return null;
        }

        used.Add(label);
        return label.Value;
    }

    private static string? Sniff(ReadOnlySpan<byte> data) =>
        data.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) ? "image/jpeg"
        : data.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47]) ? "image/png"
        : data.StartsWith((ReadOnlySpan<byte>)[0x47, 0x49, 0x46, 0x38]) ? "image/gif"
        : data.StartsWith((ReadOnlySpan<byte>)[0x42, 0x4D]) ? "image/bmp"
        : null;

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static IEnumerable<VCardMappingIssue> Ordered(List<VCardMappingIssue> issues) => issues.OrderBy(i => i.LineNumber);
}
