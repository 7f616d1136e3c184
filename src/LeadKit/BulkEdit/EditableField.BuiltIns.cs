using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Linq;
using LeadKit.Leads;
using LeadKit.Scoring;

namespace LeadKit.BulkEdit;

/// <content>The built-in fields of a lead.</content>
public abstract partial class EditableField
{
    /// <summary>Gets <c>name</c>: the full name (a <see cref="PersonName"/>, parsed with <see cref="PersonName.Parse"/>); it cannot be cleared.</summary>
    public static EditableField FullName { get; } = new ScalarEditableField(
        "name", "The full name (required: it cannot be cleared).", typeof(PersonName), false, "a full name, e.g. Dr. Ann Lee or Lee, Ann",
        r => r.Name,
        (r, v) => r.Rename((PersonName)v!),
        (_, t, _) => PersonName.Parse(t),
        v => ((PersonName)v).FullName,
        same: (a, b) => a.Equals(b));

    /// <summary>Gets <c>fileAs</c>: how the record is filed (a <see cref="FileAsFormat"/> such as <c>LastFirst</c>); it cannot be cleared.</summary>
    public static EditableField FileAs { get; } = new ScalarEditableField(
        "fileAs", "How the record is filed: " + string.Join(", ", Enum.GetNames<FileAsFormat>()) + ".", typeof(FileAsFormat), false, "one of " + string.Join(", ", Enum.GetNames<FileAsFormat>()),
        r => r.FileAsFormat,
        (r, v) => r.SetFileAs((FileAsFormat)v!),
        (f, t, _) => !char.IsAsciiDigit(t[0]) && Enum.TryParse<FileAsFormat>(t, true, out var format) && Enum.IsDefined(format)
            ? format
            : throw f.Invalid("LeadKit.BulkEdit.Unparsable", $"'{t}' is not a file-as format: use {f.TextForm}.", t),
        check: (f, v) =>
        {
            if (!Enum.IsDefined((FileAsFormat)v))
            {
                throw f.Invalid("LeadKit.BulkEdit.FileAsFormat", $"Unknown file-as format {v}.");
            }
        });

    /// <summary>Gets <c>title</c>: the job title (text).</summary>
    public static EditableField JobTitle { get; } = Text("title", "The job title.", r => r.JobTitle, (r, v) => r.SetJobTitle(v));

    /// <summary>Gets <c>company</c>: the company name (text).</summary>
    public static EditableField Company { get; } = Text("company", "The company name.", r => r.CompanyName, (r, v) => r.SetCompanyName(v));

    /// <summary>Gets <c>account</c>: the linked account (an <see cref="AccountReference"/>, written <c>GUID Name</c>).</summary>
    public static EditableField Account { get; } = new ScalarEditableField(
        "account", "The linked account.", typeof(AccountReference), true, "the account's id (a GUID), optionally followed by its name",
        r => r.Account,
        (r, v) => r.LinkAccount((AccountReference?)v),
        (f, t, _) =>
        {
            var (id, name) = SplitFirst(t);
            return AccountId.TryParse(id, out var account) ? new AccountReference(account, name) : throw f.Invalid("LeadKit.BulkEdit.Unparsable", $"'{t}' is not an account: use {f.TextForm}.", t);
        },
        v => ((AccountReference)v) is var a && a.Name is null ? a.Id.ToString() : $"{a.Id} {a.Name}");

    /// <summary>
    /// Gets <c>assignedTo</c>: the user the record is assigned to (a <see cref="UserId"/>, written as a GUID).
    /// The bulk edit refuses a user who is not an active member of the workspace.
    /// </summary>
    public static EditableField AssignedTo { get; } = new ScalarEditableField(
        "assignedTo", "The user the record is assigned to (an active member of the workspace).", typeof(UserId), true, "the user's id (a GUID)",
        r => r.AssignedTo,
        (r, v) => r.SetAssignedTo((UserId?)v),
        (f, t, _) => UserId.TryParse(t, out var user) ? user : throw f.Invalid("LeadKit.BulkEdit.Unparsable", $"'{t}' is not a user id: use {f.TextForm}.", t));

    /// <summary>Gets <c>photo</c>: the photo (a <see cref="Leads.Photo"/>, written as a <c>data:image/png;base64,…</c> URI).</summary>
    public static EditableField Photo { get; } = new ScalarEditableField(
        "photo", "The photo.", typeof(Photo), true, "a data URI, data:image/png;base64,…",
        r => r.Photo,
        (r, v) => r.SetPhoto((Photo?)v),
        ParsePhoto,
        v => $"data:{((Photo)v).MediaType};base64,{Convert.ToBase64String(((Photo)v).Content.Span)}",
        v => string.Create(CultureInfo.InvariantCulture, $"{((Photo)v).MediaType}, {((Photo)v).Length} bytes"),
        same: (a, b) => a.Equals(b));

    /// <summary>Gets <c>email</c>: the e-mail addresses (<see cref="EmailEntry"/> values, written <c>[kind:][Name &lt;]address[&gt;]</c>); adding an address the record has is a no-op, removing matches the address.</summary>
    public static EditableField Emails { get; } = new ListEditableField<EmailEntry>(
        "email", "The e-mail addresses: add one, remove one (by address), set the only one, or clear them all.", "[business:|personal:|other:]address, or Display Name <address>",
        r => r.Emails,
        r => r.ClearEmails(),
        (r, e) => r.AddEmail(e),
        (r, e) => r.Emails.Any(x => x.Address == e.Address),
        (r, e) => r.RemoveEmail(e.Address),
        ParseEmail,
        e => Camel(e.Kind.ToString()) + ":" + (e.DisplayName is null ? e.Address.Value : $"{e.DisplayName} <{e.Address.Value}>"));

    /// <summary>Gets <c>phone</c>: the phone numbers (<see cref="PhoneNumber"/> values, written <c>[kind:]number</c>); removing matches the digits (a leading <c>+</c> aside), whatever the kind.</summary>
    public static EditableField Phones { get; } = new ListEditableField<PhoneNumber>(
        "phone", "The phone numbers: add one, remove one (every entry with the same digits, a leading + aside), set the only one, or clear them all.", "[kind:]number, kind one of " + string.Join(", ", Enum.GetNames<PhoneKind>().Select(Camel)),
        r => r.Phones,
        r => r.ClearPhones(),
        (r, p) => r.AddPhone(p),
        (r, p) => r.Phones.Contains(p),
        (r, p) =>
        {
            foreach (var match in r.Phones.Where(x => string.Equals(x.Digits.TrimStart('+'), p.Digits.TrimStart('+'), StringComparison.Ordinal)).ToList())
            {
                r.RemovePhone(match);
            }
        },
        ParsePhone,
        p => Camel(p.Kind.ToString()) + ":" + p.Number);

    /// <summary>Gets <c>address</c>: the postal addresses (<see cref="PostalAddress"/> values, given through the API only: they have no text form).</summary>
    public static EditableField Addresses { get; } = new ListEditableField<PostalAddress>(
        "address", "The postal addresses (PostalAddress values through the API; clearing works from text too).", "no text form: pass PostalAddress values",
        r => r.Addresses,
        r => r.ClearAddresses(),
        (r, a) => r.AddAddress(a),
        (r, a) => r.Addresses.Contains(a),
        (r, a) => r.RemoveAddress(a),
        (f, t, _) => throw f.Invalid("LeadKit.BulkEdit.NoTextForm", "Postal addresses have no text form: pass PostalAddress values to FieldEdit.Add, Remove or Set (clearing needs no value).", t),
        a => a.ToString());

    /// <summary>Gets <c>webPage</c>: the web page (an absolute http or https <see cref="Uri"/>).</summary>
    public static EditableField WebPage { get; } = new ScalarEditableField(
        "webPage", "The web page address.", typeof(Uri), true, "an absolute http or https address",
        r => r.WebPage,
        (r, v) => r.SetWebPage((Uri?)v),
        (f, t, _) => Uri.TryCreate(t, UriKind.Absolute, out var uri) ? uri : throw f.Invalid("LeadKit.BulkEdit.Unparsable", $"'{t}' is not {f.TextForm}.", t),
        v => ((Uri)v).OriginalString,
        check: (f, v) =>
        {
            var uri = (Uri)v;
            if (!uri.IsAbsoluteUri || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) || uri.OriginalString.Length > ContactRecord.MaxTextLength)
            {
                throw f.Invalid("LeadKit.BulkEdit.WebPage", $"'{uri.OriginalString}' is not an absolute http(s) address of at most {ContactRecord.MaxTextLength} characters.", uri.OriginalString);
            }
        });

    /// <summary>Gets <c>source</c>: how the lead was found (a <see cref="LeadSource"/>).</summary>
    public static EditableField Source { get; } = new ScalarEditableField(
        "source", "How the lead was found.", typeof(LeadSource), true, $"a source name of at most {LeadSource.MaxLength} characters, e.g. Trade Show",
        r => r.Source,
        (r, v) => r.SetSource((LeadSource?)v),
        (_, t, _) => new LeadSource(t),
        v => ((LeadSource)v).Name);

    /// <summary>Gets <c>initiatedBy</c>: who referred the lead (an <see cref="Leads.InitiatedBy"/>, written <c>user:GUID [name]</c> or <c>contact:GUID [name]</c>); the bulk edit refuses a user or contact outside the workspace.</summary>
    public static EditableField InitiatedBy { get; } = new ScalarEditableField(
        "initiatedBy", "The business contact or user who referred the lead.", typeof(InitiatedBy), true, "user:GUID or contact:GUID, optionally followed by the name shown",
        r => r.InitiatedBy,
        (r, v) => r.SetInitiatedBy((InitiatedBy?)v),
        ParseReferrer,
        v => ((InitiatedBy)v) is var i ? (i.Kind == ReferrerKind.User ? "user:" : "contact:") + i.Id.ToString("D") + (i.DisplayName is null ? string.Empty : " " + i.DisplayName) : string.Empty);

    /// <summary>Gets <c>areaOfInterest</c>: the products or services of interest (text).</summary>
    public static EditableField AreaOfInterest { get; } = Text("areaOfInterest", "The products or services of interest.", r => r.AreaOfInterest, (r, v) => r.SetAreaOfInterest(v));

    /// <summary>Gets <c>rating</c>: the rating (a <see cref="Leads.Rating"/>).</summary>
    public static EditableField Rating { get; } = new ScalarEditableField(
        "rating", "The rating.", typeof(Rating), true, $"a rating of at most {Leads.Rating.MaxLength} characters, e.g. Good",
        r => r.Rating,
        (r, v) => r.SetRating((Rating?)v),
        (_, t, _) => new Rating(t),
        v => ((Rating)v).Name);

    /// <summary>Gets <c>scoreType</c>: <see cref="Scoring.ScoreType.Automatic"/> or <see cref="Scoring.ScoreType.Manual"/> (Manual needs a manual star count); it cannot be cleared.</summary>
    public static EditableField ScoreType { get; } = ScoreEditableField.Type();

    /// <summary>Gets <c>manualStars</c>: the manual score (an <see cref="int"/>, 0 to <see cref="ContactRecord.MaxManualStars"/>); setting it makes the score Manual, clearing it returns to the automatic score.</summary>
    public static EditableField ManualStars { get; } = ScoreEditableField.Stars();

    /// <summary>Gets <c>checked</c>: the checked scoring criteria (<see cref="CriterionId"/> values): add checks one now, remove unchecks it, clear unchecks all.</summary>
    public static EditableField CheckedCriteria { get; } = new CheckedEditableField();

    /// <summary>Gets <c>comments</c>: the comments (text); add appends a paragraph.</summary>
    public static EditableField Comments { get; } = new ScalarEditableField(
        "comments", "The comments; add appends a paragraph.", typeof(string), true, $"text of at most {ContactRecord.MaxCommentsLength} characters",
        r => r.Comments,
        (r, v) => r.SetComments((string?)v),
        (_, t, _) => t,
        v => (string)v,
        check: (f, v) => CheckLength(f, (string)v, ContactRecord.MaxCommentsLength),
        append: (r, v) => r.AppendComment((string)v));

    /// <summary>Gets every built-in field, in catalogue order (declared after the fields: static initialisers run in order).</summary>
    public static IReadOnlyList<EditableField> BuiltIn { get; } = new ReadOnlyCollection<EditableField>(
    [
        FullName, FileAs, JobTitle, Company, Account, AssignedTo, Photo, Emails, Phones, Addresses, WebPage, Source,
        InitiatedBy, AreaOfInterest, Rating, ScoreType, ManualStars, CheckedCriteria, Comments,
    ]);


    private static ScalarEditableField Text(string name, string description, Func<ContactRecord, string?> get, Action<ContactRecord, string?> set) =>
        new(name, description, typeof(string), true, $"text of at most {ContactRecord.MaxTextLength} characters",
            r => get(r),
            (r, v) => set(r, (string?)v),
            (_, t, _) => t,
            v => (string)v,
            check: (f, v) => CheckLength(f, (string)v, ContactRecord.MaxTextLength));

    private static void CheckLength(EditableField field, string text, int max)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw field.Invalid("LeadKit.BulkEdit.ValueRequired", $"'{field.Name}' needs a non-blank value; to empty the field, clear it.");
        }

        if (text.Trim().Length > max)
        {
            throw field.Invalid("LeadKit.BulkEdit.TooLong", $"'{field.Name}' holds at most {max} characters; the value has {text.Trim().Length}.");
        }
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private static (string First, string? Remainder) SplitFirst(string text)
    {
        var space = text.IndexOfAny([' ', '\t']);
        return space < 0 ? (text, null) : (text[..space], text[(space + 1)..].Trim());
    }

    /// <summary>Splits <c>kind:rest</c> when the prefix names a value of <typeparamref name="TKind"/>; otherwise the default kind and the whole text.</summary>
    private static (TKind Kind, string Remainder) SplitKind<TKind>(string text, TKind fallback)
        where TKind : struct, Enum
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && !char.IsAsciiDigit(text[0]) && Enum.TryParse<TKind>(text[..colon].Trim(), true, out var kind) && Enum.IsDefined(kind)
            ? (kind, text[(colon + 1)..].Trim())
            : (fallback, text);
    }

    private static EmailEntry ParseEmail(EditableField field, string text, CultureInfo culture)
    {
        var (kind, rest) = SplitKind(text, EmailKind.Business);
        string? display = null;
        var open = rest.LastIndexOf('<');
        if (rest.EndsWith('>') && open >= 0)
        {
            display = rest[..open].Trim().Trim('"').Trim();
            rest = rest[(open + 1)..^1].Trim();
        }

        return new EmailEntry(kind, EmailAddress.Parse(rest), display);
    }

    private static PhoneNumber ParsePhone(EditableField field, string text, CultureInfo culture)
    {
        var (kind, rest) = SplitKind(text, PhoneKind.Business);
        return new PhoneNumber(kind, rest);
    }

    private static InitiatedBy ParseReferrer(EditableField field, string text, CultureInfo culture)
    {
        var (reference, name) = SplitFirst(text);
        var colon = reference.IndexOf(':', StringComparison.Ordinal);
        var kind = colon < 0 ? string.Empty : reference[..colon].ToUpperInvariant();
        var id = colon < 0 ? string.Empty : reference[(colon + 1)..];
        return kind switch
        {
            "USER" when UserId.TryParse(id, out var user) => Leads.InitiatedBy.FromUser(user, name),
            "CONTACT" when Contacts.ContactId.TryParse(id, out var contact) => Leads.InitiatedBy.FromContact(contact, name),
            _ => throw field.Invalid("LeadKit.BulkEdit.Unparsable", $"'{text}' is not a referrer: use {field.TextForm}.", text),
        };
    }

    private static Photo ParsePhoto(EditableField field, string text, CultureInfo culture)
    {
        const string Base64 = ";base64,";
        var marker = text.IndexOf(Base64, StringComparison.OrdinalIgnoreCase);
        if (!text.StartsWith("data:", StringComparison.OrdinalIgnoreCase) || marker < 0)
        {
            throw field.Invalid("LeadKit.BulkEdit.Unparsable", $"The photo is not {field.TextForm}.");
        }

        var media = text[5..marker];
        var bytes = new byte[(text.Length - marker) * 3 / 4 + 3];
        return Convert.TryFromBase64String(text[(marker + Base64.Length)..], bytes, out var length)
            ? new Photo(bytes.AsSpan(0, length), media)
            : throw field.Invalid("LeadKit.BulkEdit.Unparsable", "The photo's data is not base64.");
    }
}
