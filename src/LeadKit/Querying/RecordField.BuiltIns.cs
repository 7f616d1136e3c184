using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Linq;
using System.Text;
using LeadKit.Contacts;
using LeadKit.Leads;
using LeadKit.Scoring;
using NodaTime;
using NodaTime.Text;
using F = LeadKit.Querying.FieldCapabilities;

namespace LeadKit.Querying;

/// <content>The built-in fields of a record.</content>
public sealed partial class RecordField
{
    private static readonly object True = true;
    private static readonly object False = false;

    /// <summary>
    /// Gets <c>id</c>: the record's id (text form a GUID; conditions <c>=</c>, <c>!=</c>, <c>in</c> and
    /// <c>is empty</c> only, and a literal that is not a GUID is refused): <c>id = "0193…"</c>.
    /// </summary>
    public static RecordField Id { get; } = new(
        "id", "The record's id (a GUID): id = \"…\" or id in (\"…\", \"…\").", FieldValueType.Text, F.Filter | F.Export,
        new PlainText(typeof(Guid), "a GUID such as 0193b6a1-0000-7000-8000-000000000001", (f, t, _) => Guid.TryParse(t, out var id) ? id : throw f.Invalid("LeadKit.Field.Unparsable", $"'{t}' is not an id: use a GUID.", t), v => ((Guid)v).ToString("D")),
        single: r => r.Reference.Id.ToString("D"),
        comparable: t => Guid.TryParse(t, out var id) ? id.ToString("D") : t);

    /// <summary>Gets <c>name</c>: the full name (text, sortable; a <see cref="PersonName"/> parsed with <see cref="PersonName.Parse"/>; it cannot be cleared).</summary>
    public static RecordField FullName { get; } = new(
        "name", "The full name (required: it cannot be cleared).", FieldValueType.Text, F.Filter | F.Sort | F.Export,
        new ScalarFieldEditor(
            typeof(PersonName), false, "a full name, e.g. Dr. Ann Lee or Lee, Ann",
            r => r.Name,
            (r, v) => r.Rename((PersonName)v!),
            (_, t, _) => PersonName.Parse(t),
            v => ((PersonName)v).FullName,
            same: (a, b) => a.Equals(b)),
        single: r => r.Name.FullName);

    /// <summary>Gets <c>first</c>: the given name (text, sortable; read-only: edit <see cref="FullName"/>).</summary>
    public static RecordField FirstName { get; } = ReadOnlyText("first", "The given name.", r => r.Name.First, F.Sort);

    /// <summary>Gets <c>middle</c>: the middle name(s) (text; read-only).</summary>
    public static RecordField MiddleName { get; } = ReadOnlyText("middle", "The middle name(s).", r => r.Name.Middle);

    /// <summary>Gets <c>last</c>: the family name (text, sortable; read-only).</summary>
    public static RecordField LastName { get; } = ReadOnlyText("last", "The family name.", r => r.Name.Last, F.Sort);

    /// <summary>
    /// Gets <c>fileAs</c>: the text the record is filed under, composed from <see cref="FileAsFormat"/>,
    /// the name and the company (text, sortable; read-only: a bulk edit changes <see cref="FileAsFormat"/>).
    /// </summary>
    public static RecordField FileAs { get; } = ReadOnlyText("fileAs", "The text the record is filed under (composed from fileAsFormat, the name and the company).", r => r.FileAs, F.Sort);

    /// <summary>Gets <c>fileAsFormat</c>: how the filed-under text is composed (a <see cref="Leads.FileAsFormat"/> such as <c>LastFirst</c>; edit only; it cannot be cleared).</summary>
    public static RecordField FileAsFormat { get; } = new(
        "fileAsFormat", "How the filed-under text (fileAs) is composed: " + string.Join(", ", Enum.GetNames<Leads.FileAsFormat>()) + ".", FieldValueType.Text, F.Export,
        new ScalarFieldEditor(
            typeof(Leads.FileAsFormat), false, "one of " + string.Join(", ", Enum.GetNames<Leads.FileAsFormat>()),
            r => r.FileAsFormat,
            (r, v) => r.SetFileAs((Leads.FileAsFormat)v!),
            (f, t, _) => !char.IsAsciiDigit(t[0]) && Enum.TryParse<Leads.FileAsFormat>(t, true, out var format) && Enum.IsDefined(format)
                ? format
                : throw f.Invalid("LeadKit.Field.Unparsable", $"'{t}' is not a file-as format: use {f.TextForm}.", t),
            check: (f, v) =>
            {
                if (!Enum.IsDefined((Leads.FileAsFormat)v))
                {
                    throw f.Invalid("LeadKit.Field.FileAsFormat", $"Unknown file-as format {v}.");
                }
            }));

    /// <summary>Gets <c>title</c>: the job title (text, sortable).</summary>
    public static RecordField JobTitle { get; } = EditableText("title", "The job title.", r => r.JobTitle, (r, v) => r.SetJobTitle(v), F.Sort | F.Group);

    /// <summary>Gets <c>company</c>: the company name (text, sortable).</summary>
    public static RecordField Company { get; } = EditableText("company", "The company name.", r => r.CompanyName, (r, v) => r.SetCompanyName(v), F.Sort | F.Group);

    /// <summary>
    /// Gets <c>account</c>: the linked account (an <see cref="AccountReference"/>, written
    /// <c>GUID [Name]</c>). Conditions compare the account's name (<c>account = "Contoso"</c>); a literal
    /// that starts with a GUID (<c>account = "0193… Contoso"</c>) compares the account's id instead.
    /// </summary>
    public static RecordField Account { get; } = new(
        "account", "The linked account: conditions compare its name, or its id when the value starts with a GUID.", FieldValueType.Text, F.Filter | F.Group | F.Export,
        new ScalarFieldEditor(
            typeof(AccountReference), true, "the account's id (a GUID), optionally followed by its name",
            r => r.Account,
            (r, v) => r.LinkAccount((AccountReference?)v),
            (f, t, _) =>
            {
                var (id, name) = SplitFirst(t);
                return AccountId.TryParse(id, out var account) ? new AccountReference(account, name) : throw f.Invalid("LeadKit.Field.Unparsable", $"'{t}' is not an account: use {f.TextForm}.", t);
            },
            v => ((AccountReference)v) is var a && a.Name is null ? a.Id.ToString() : $"{a.Id} {a.Name}"),
        single: r => r.Account?.Name,
        reference: new(["account", "id"], r => r.Account?.Id.ToString(), t => AccountId.TryParse(SplitFirst(t.Trim()).First, out var id) ? id.ToString() : null));

    /// <summary>
    /// Gets <c>assignedTo</c>: the user the record is assigned to (a <see cref="UserId"/>, written as a
    /// GUID). Filters and bulk edits also take the user's display name (<c>assignedTo = "Priya Raman"</c>),
    /// resolved against the workspace's users; a bulk edit refuses a user who is not an active member.
    /// </summary>
    public static RecordField AssignedTo { get; } = new(
        "assignedTo", "The user the record is assigned to: an id, or a user's display name.", FieldValueType.Text, F.Filter | F.Group | F.Export,
        new ScalarFieldEditor(
            typeof(UserId), true, "the user's id (a GUID) or display name",
            r => r.AssignedTo,
            (r, v) => r.SetAssignedTo((UserId?)v),
            (f, t, _) => UserId.TryParse(t, out var user) ? user : throw f.Invalid("LeadKit.Field.Unparsable", $"'{t}' is not a user id: use the user's id (a GUID), or name the user in a filter or a bulk edit.", t),
            namesUsers: true),
        single: r => r.AssignedTo?.ToString());

    /// <summary>Gets <c>source</c>: how the lead was found (a <see cref="LeadSource"/>; text, sortable).</summary>
    public static RecordField Source { get; } = new(
        "source", "How the lead was found.", FieldValueType.Text, F.Filter | F.Sort | F.Group | F.Export,
        new ScalarFieldEditor(
            typeof(LeadSource), true, $"a source name of at most {LeadSource.MaxLength} characters, e.g. Trade Show",
            r => r.Source,
            (r, v) => r.SetSource((LeadSource?)v),
            (_, t, _) => new LeadSource(t),
            v => ((LeadSource)v).Name),
        single: r => r.Source?.Name);

    /// <summary>Gets <c>rating</c>: the rating (a <see cref="Leads.Rating"/>; text, sortable).</summary>
    public static RecordField Rating { get; } = new(
        "rating", "The rating.", FieldValueType.Text, F.Filter | F.Sort | F.Group | F.Export,
        new ScalarFieldEditor(
            typeof(Rating), true, $"a rating of at most {Leads.Rating.MaxLength} characters, e.g. Good",
            r => r.Rating,
            (r, v) => r.SetRating((Rating?)v),
            (_, t, _) => new Rating(t),
            v => ((Rating)v).Name),
        single: r => r.Rating?.Name);

    /// <summary>
    /// Gets <c>initiatedBy</c>: who referred the record (an <see cref="Leads.InitiatedBy"/>, written
    /// <c>user:GUID [name]</c> or <c>contact:GUID [name]</c>; a bulk edit also takes a user's display
    /// name). Conditions compare the referrer's name as shown (<c>initiatedBy = "Bo Chen"</c>); a literal
    /// in the written form (<c>initiatedBy = "user:0193…"</c>) compares the referrer's id instead.
    /// </summary>
    public static RecordField InitiatedBy { get; } = new(
        "initiatedBy", "The business contact or user who referred the record: conditions compare the name shown, or the id when the value is written user:GUID or contact:GUID.", FieldValueType.Text, F.Filter | F.Group | F.Export,
        new ScalarFieldEditor(
            typeof(InitiatedBy), true, "user:GUID or contact:GUID, optionally followed by the name shown, or a user's display name",
            r => r.InitiatedBy,
            (r, v) => r.SetInitiatedBy((InitiatedBy?)v),
            ParseReferrer,
            v => ((InitiatedBy)v) is var i ? (i.Kind == ReferrerKind.User ? "user:" : "contact:") + i.Id.ToString("D") + (i.DisplayName is null ? string.Empty : " " + i.DisplayName) : string.Empty,
            namesUsers: true),
        single: r => r.InitiatedBy?.DisplayName,
        reference: new(["initiatedBy", "id"], r => r.InitiatedBy?.Id.ToString("D"), t => TryParseReferrer(t.Trim()) is { } referrer ? referrer.Id.ToString("D") : null));

    /// <summary>Gets <c>areaOfInterest</c>: the products or services of interest (text).</summary>
    public static RecordField AreaOfInterest { get; } = EditableText("areaOfInterest", "The products or services of interest.", r => r.AreaOfInterest, (r, v) => r.SetAreaOfInterest(v));

    /// <summary>Gets <c>photo</c>: the photo (a <see cref="Leads.Photo"/>, written as a <c>data:image/png;base64,…</c> URI; edit only).</summary>
    public static RecordField Photo { get; } = new(
        "photo", "The photo.", FieldValueType.Text, F.Export,
        new ScalarFieldEditor(
            typeof(Photo), true, "a data URI, data:image/png;base64,…",
            r => r.Photo,
            (r, v) => r.SetPhoto((Photo?)v),
            ParsePhoto,
            v => $"data:{((Photo)v).MediaType};base64,{Convert.ToBase64String(((Photo)v).Content.Span)}",
            v => string.Create(CultureInfo.InvariantCulture, $"{((Photo)v).MediaType}, {((Photo)v).Length} bytes"),
            same: (a, b) => a.Equals(b)));

    /// <summary>
    /// Gets <c>email</c>: the e-mail addresses (<see cref="EmailEntry"/> values, written
    /// <c>[kind:][Name &lt;]address[&gt;]</c>; several values). Conditions compare the addresses; a
    /// literal in the written form compares its address. Adding an address the record has is a
    /// no-op; removing matches the address.
    /// </summary>
    public static RecordField Email { get; } = new(
        "email", "The e-mail addresses: conditions compare any address; a bulk edit adds one, removes one (by address), sets the only one or clears them all.", FieldValueType.Text, F.Filter | F.Export,
        new ListFieldEditor<EmailEntry>(
            "[business:|personal:|other:]address, or Display Name <address>",
            r => r.Emails,
            r => r.ClearEmails(),
            (r, e) => r.AddEmail(e),
            (r, e) => r.Emails.Any(x => x.Address == e.Address),
            (r, e) => r.RemoveEmail(e.Address),
            ParseEmail,
            e => Camel(e.Kind.ToString()) + ":" + (e.DisplayName is null ? e.Address.Value : $"{QuoteDisplayName(e.DisplayName)} <{e.Address.Value}>")),
        multi: r => r.Emails.Select(e => (object)e.Address.Value),
        comparable: EmailAddressOf);

    /// <summary>
    /// Gets <c>phone</c>: the phone numbers (<see cref="PhoneNumber"/> values, written <c>[kind:]number</c>;
    /// several values). Conditions compare digits (with a leading <c>+</c>, without extension), and
    /// literals are reduced to digits the same way; removing matches the digits (a leading <c>+</c>
    /// aside), whatever the kind.
    /// </summary>
    public static RecordField Phone { get; } = new(
        "phone", "The phone numbers, compared on digits: a bulk edit adds one, removes one (every entry with the same digits, a leading + aside), sets the only one or clears them all.", FieldValueType.Text, F.Filter | F.Export,
        new ListFieldEditor<PhoneNumber>(
            "[kind:]number, kind one of " + string.Join(", ", Enum.GetNames<PhoneKind>().Select(Camel)),
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
            p => Camel(p.Kind.ToString()) + ":" + p.Number),
        multi: r => r.Phones.Select(p => (object)p.Digits),
        comparable: PhoneDigits);

    /// <summary>Gets <c>address</c>: the postal addresses (<see cref="PostalAddress"/> values, given through the API only: they have no text form; edit only — filters use <see cref="City"/>, <see cref="State"/>, <see cref="PostalCode"/> and <see cref="Country"/>).</summary>
    public static RecordField Address { get; } = new(
        "address", "The postal addresses (PostalAddress values through the API; clearing works from text too).", FieldValueType.Text, F.None,
        new ListFieldEditor<PostalAddress>(
            "no text form: pass PostalAddress values",
            r => r.Addresses,
            r => r.ClearAddresses(),
            (r, a) => r.AddAddress(a),
            (r, a) => r.Addresses.Contains(a),
            (r, a) => r.RemoveAddress(a),
            (f, t, _) => throw f.Invalid("LeadKit.Field.NoTextForm", "Postal addresses have no text form: pass PostalAddress values to FieldEdit.Add, Remove or Set (clearing needs no value).", t),
            a => a.ToString()),
        isMultiValued: true);

    /// <summary>Gets <c>city</c>: the city of every postal address (text, several values; read-only).</summary>
    public static RecordField City { get; } = ReadOnlyParts("city", "The city of any postal address.", r => r.Addresses.Select(a => a.City));

    /// <summary>Gets <c>state</c>: the state or province of every postal address (text, several values; read-only).</summary>
    public static RecordField State { get; } = ReadOnlyParts("state", "The state or province of any postal address.", r => r.Addresses.Select(a => a.State));

    /// <summary>Gets <c>postalCode</c>: the postal code of every postal address (text, several values; read-only).</summary>
    public static RecordField PostalCode { get; } = ReadOnlyParts("postalCode", "The postal code of any postal address.", r => r.Addresses.Select(a => a.PostalCode));

    /// <summary>Gets <c>country</c>: the country of every postal address (text, several values; read-only).</summary>
    public static RecordField Country { get; } = ReadOnlyParts("country", "The country or region of any postal address.", r => r.Addresses.Select(a => a.Country));

    /// <summary>Gets <c>webPage</c>: the web page (an absolute http or https <see cref="Uri"/>; conditions compare the address as written).</summary>
    public static RecordField WebPage { get; } = new(
        "webPage", "The web page address.", FieldValueType.Text, F.Filter | F.Export,
        new ScalarFieldEditor(
            typeof(Uri), true, "an absolute http or https address",
            r => r.WebPage,
            (r, v) => r.SetWebPage((Uri?)v),
            (f, t, _) => Uri.TryCreate(t, UriKind.Absolute, out var uri) ? uri : throw f.Invalid("LeadKit.Field.Unparsable", $"'{t}' is not {f.TextForm}.", t),
            v => ((Uri)v).OriginalString,
            check: (f, v) =>
            {
                var uri = (Uri)v;
                if (!uri.IsAbsoluteUri || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) || uri.OriginalString.Length > ContactRecord.MaxTextLength)
                {
                    throw f.Invalid("LeadKit.Field.WebPage", $"'{uri.OriginalString}' is not an absolute http(s) address of at most {ContactRecord.MaxTextLength} characters.", uri.OriginalString);
                }
            }),
        single: r => r.WebPage?.OriginalString);

    /// <summary>
    /// Gets <c>scoreType</c>: <see cref="Scoring.ScoreType.Automatic"/> or <see cref="Scoring.ScoreType.Manual"/>
    /// (text, sortable; other literals are refused; Manual needs a manual star count; it cannot be cleared).
    /// </summary>
    public static RecordField ScoreType { get; } = new(
        "scoreType", "Whether the score is computed (Automatic) or set by hand (Manual); Manual needs a manual star count.", FieldValueType.Text, F.Filter | F.Sort | F.Group | F.Export,
        ScoreFieldEditor.Type(),
        single: r => r.ScoreType == Scoring.ScoreType.Manual ? "Manual" : "Automatic");

    /// <summary>
    /// Gets <c>manualStars</c>: the manual star count (number, sortable; an <see cref="int"/> from 0 to
    /// <see cref="ContactRecord.MaxManualStars"/>); setting it makes the score Manual, clearing it
    /// returns to the automatic score.
    /// </summary>
    public static RecordField ManualStars { get; } = new(
        "manualStars", "The manual score in stars; setting it makes the score type Manual, clearing it returns to the automatic score.", FieldValueType.Number, F.Filter | F.Sort | F.Group | F.Export,
        ScoreFieldEditor.Stars(),
        single: r => r.ManualStars is { } stars ? (decimal)stars : null);

    /// <summary>
    /// Gets <c>stars</c>: the displayed stars (number, sortable, never missing; read-only) — the manual
    /// stars for a manual score, the stored automatic stars otherwise (0 until the record is first
    /// scored): <c>stars &gt;= 4</c>.
    /// </summary>
    public static RecordField Stars { get; } = ReadOnlyNumber("stars", "The displayed stars (manual when the score is Manual).", r => (decimal)r.Stars, F.Sort | F.Group);

    /// <summary>Gets <c>scorePoints</c>: the signed points of the stored automatic score (number, sortable; missing until the record is first scored; read-only).</summary>
    public static RecordField ScorePoints { get; } = ReadOnlyNumber("scorePoints", "The signed points of the stored automatic score.", r => r.Score is { } score ? (decimal)score.Points : null, F.Sort);

    /// <summary>Gets <c>checked</c>: the ids of the checked scoring criteria (<see cref="CriterionId"/> values; text, several values): <c>checked = "budget"</c>; a bulk edit adds (checks now), removes or clears.</summary>
    public static RecordField Checked { get; } = new(
        "checked", "The checked scoring criteria: add checks one (now), remove unchecks it, clear unchecks every one.", FieldValueType.Text, F.Filter | F.Export,
        new CheckedFieldEditor(),
        multi: r => r.CriterionChecks.Keys.Select(k => (object)k.Value));

    /// <summary>Gets <c>comments</c>: the comments (text); a bulk edit's add appends a paragraph.</summary>
    public static RecordField Comments { get; } = new(
        "comments", "The comments; add appends a paragraph.", FieldValueType.Text, F.Filter | F.Export,
        new ScalarFieldEditor(
            typeof(string), true, $"text of at most {ContactRecord.MaxCommentsLength} characters",
            r => r.Comments,
            (r, v) => r.SetComments((string?)v),
            (_, t, _) => t,
            v => (string)v,
            check: (f, v) => CheckLength(f, (string)v, ContactRecord.MaxCommentsLength),
            append: (r, v) => r.AppendComment((string)v)),
        single: r => r.Comments);

    /// <summary>Gets <c>created</c>: when the record was created (instant, sortable; read-only).</summary>
    public static RecordField Created { get; } = ReadOnlyInstant("created", "When the record was created.", r => r.CreatedAt);

    /// <summary>Gets <c>modified</c>: when the record was last changed (instant, sortable; read-only).</summary>
    public static RecordField Modified { get; } = ReadOnlyInstant("modified", "When the record was last changed.", r => r.ModifiedAt);

    /// <summary>Gets <c>version</c>: the optimistic-concurrency version (number; read-only).</summary>
    public static RecordField Version { get; } = ReadOnlyNumber("version", "The stored version.", r => (decimal)r.Version);

    /// <summary>
    /// Gets <c>converted</c>: <c>true</c> for a lead converted into a business contact and for a
    /// business contact converted from a lead (Boolean, never missing; read-only).
    /// </summary>
    public static RecordField Converted { get; } = new(
        "converted", "Whether a lead was converted, or a contact came from a lead.", FieldValueType.Boolean, F.Filter | F.Group | F.Export,
        new PlainText(typeof(bool), "true or false", ParseBoolean, v => (bool)v ? "true" : "false"),
        single: IsConverted);

    /// <summary>Gets <c>department</c>: the department (text, sortable).</summary>
    public static RecordField Department { get; } = EditableText("department", "The department.", r => r.Department, (r, v) => r.SetDepartment(v), F.Sort);

    /// <summary>Gets <c>office</c>: the office location (text, sortable).</summary>
    public static RecordField Office { get; } = EditableText("office", "The office location.", r => r.Office, (r, v) => r.SetOffice(v), F.Sort);

    /// <summary>Gets <c>profession</c>: the profession (text, sortable).</summary>
    public static RecordField Profession { get; } = EditableText("profession", "The profession.", r => r.Profession, (r, v) => r.SetProfession(v), F.Sort);

    /// <summary>Gets <c>manager</c>: the manager's name (text, sortable).</summary>
    public static RecordField Manager { get; } = EditableText("manager", "The manager's name.", r => r.ManagerName, (r, v) => r.SetManagerName(v), F.Sort);

    /// <summary>Gets <c>assistant</c>: the assistant's name (text).</summary>
    public static RecordField Assistant { get; } = EditableText("assistant", "The assistant's name.", r => r.AssistantName, (r, v) => r.SetAssistantName(v));

    /// <summary>Gets <c>nickname</c>: the nickname (text, sortable).</summary>
    public static RecordField Nickname { get; } = EditableText("nickname", "The nickname.", r => r.Nickname, (r, v) => r.SetNickname(v), F.Sort);

    /// <summary>Gets <c>phoneticFirst</c>: how the given name is pronounced (text, sortable; a bulk edit keeps the other phonetic names).</summary>
    public static RecordField PhoneticFirst { get; } = EditableText(
        "phoneticFirst", "How the given name is pronounced (the phonetic or yomi given name).", r => r.PhoneticName?.First,
        (r, v) => r.SetPhoneticName(new PhoneticName(v, r.PhoneticName?.Last, r.PhoneticName?.Company)), F.Sort, Leads.PhoneticName.MaxPartLength);

    /// <summary>Gets <c>phoneticLast</c>: how the family name is pronounced (text, sortable; a bulk edit keeps the other phonetic names).</summary>
    public static RecordField PhoneticLast { get; } = EditableText(
        "phoneticLast", "How the family name is pronounced (the phonetic or yomi family name).", r => r.PhoneticName?.Last,
        (r, v) => r.SetPhoneticName(new PhoneticName(r.PhoneticName?.First, v, r.PhoneticName?.Company)), F.Sort, Leads.PhoneticName.MaxPartLength);

    /// <summary>Gets <c>phoneticCompany</c>: how the company name is pronounced (text, sortable; a bulk edit keeps the other phonetic names).</summary>
    public static RecordField PhoneticCompany { get; } = EditableText(
        "phoneticCompany", "How the company name is pronounced (the phonetic or yomi company name).", r => r.PhoneticName?.Company,
        (r, v) => r.SetPhoneticName(new PhoneticName(r.PhoneticName?.First, r.PhoneticName?.Last, v)), F.Sort);

    /// <summary>Gets <c>spouse</c>: the spouse or partner (text).</summary>
    public static RecordField Spouse { get; } = EditableText("spouse", "The spouse or partner.", r => r.Spouse, (r, v) => r.SetSpouse(v));

    /// <summary>Gets <c>imAddress</c>: the instant-messaging address, as written (text).</summary>
    public static RecordField ImAddress { get; } = EditableText("imAddress", "The instant-messaging address, as written.", r => r.ImAddress, (r, v) => r.SetImAddress(v));

    /// <summary>Gets <c>territory</c>: the sales territory (text, sortable).</summary>
    public static RecordField Territory { get; } = EditableText("territory", "The sales territory.", r => r.Territory, (r, v) => r.SetTerritory(v), F.Sort);

    /// <summary>Gets <c>birthday</c>: the birthday (a <see cref="LocalDate"/>, written <c>yyyy-MM-dd</c>; date, sortable).</summary>
    public static RecordField Birthday { get; } = EditableDate("birthday", "The birthday.", r => r.Birthday, (r, v) => r.SetBirthday(v));

    /// <summary>Gets <c>anniversary</c>: the anniversary (a <see cref="LocalDate"/>, written <c>yyyy-MM-dd</c>; date, sortable).</summary>
    public static RecordField Anniversary { get; } = EditableDate("anniversary", "The anniversary.", r => r.Anniversary, (r, v) => r.SetAnniversary(v));

    /// <summary>Gets <c>doNotCall</c>: whether the person asked not to be phoned (Boolean, never missing; clearing sets <c>false</c>).</summary>
    public static RecordField DoNotCall { get; } = EditableFlag("doNotCall", "Whether the person asked not to be phoned; clearing sets false.", r => r.DoNotCall, (r, v) => r.SetDoNotCall(v ?? false));

    /// <summary>Gets <c>doNotEmail</c>: whether the person asked not to be e-mailed (Boolean, never missing; clearing sets <c>false</c>).</summary>
    public static RecordField DoNotEmail { get; } = EditableFlag("doNotEmail", "Whether the person asked not to be e-mailed; clearing sets false.", r => r.DoNotEmail, (r, v) => r.SetDoNotEmail(v ?? false));

    /// <summary>Gets <c>doNotFax</c>: whether the person asked not to be faxed (Boolean, never missing; clearing sets <c>false</c>).</summary>
    public static RecordField DoNotFax { get; } = EditableFlag("doNotFax", "Whether the person asked not to be faxed; clearing sets false.", r => r.DoNotFax, (r, v) => r.SetDoNotFax(v ?? false));

    /// <summary>Gets <c>doNotSendLetter</c>: whether the person asked not to be sent letters (Boolean, never missing; clearing sets <c>false</c>).</summary>
    public static RecordField DoNotSendLetter { get; } = EditableFlag("doNotSendLetter", "Whether the person asked not to be sent letters; clearing sets false.", r => r.DoNotSendLetter, (r, v) => r.SetDoNotSendLetter(v ?? false));

    /// <summary>
    /// Gets <c>preferredContactMethod</c>: how the person prefers to be contacted (a
    /// <see cref="Leads.PreferredContactMethod"/>, written by name; text, sortable, never missing;
    /// other literals are refused; clearing sets <see cref="Leads.PreferredContactMethod.Any"/>).
    /// </summary>
    public static RecordField PreferredContactMethod { get; } = new(
        "preferredContactMethod", "How the person prefers to be contacted: " + string.Join(", ", Enum.GetNames<Leads.PreferredContactMethod>()) + "; clearing sets Any.", FieldValueType.Text, F.Filter | F.Sort | F.Export,
        new ScalarFieldEditor(
            typeof(Leads.PreferredContactMethod), true, "one of " + string.Join(", ", Enum.GetNames<Leads.PreferredContactMethod>()),
            r => r.PreferredContactMethod,
            (r, v) => r.SetPreferredContactMethod(v is Leads.PreferredContactMethod method ? method : Leads.PreferredContactMethod.Any),
            (f, t, _) => TryParseContactMethod(t) ?? throw f.Invalid("LeadKit.Field.Unparsable", $"'{t}' is not a contact method: use {f.TextForm}.", t),
            check: (f, v) =>
            {
                if (!Enum.IsDefined((Leads.PreferredContactMethod)v))
                {
                    throw f.Invalid("LeadKit.Field.PreferredContactMethod", $"Unknown preferred contact method {v}.");
                }
            }),
        single: r => r.PreferredContactMethod.ToString());

    /// <summary>Gets <c>active</c>: whether the record is active (Boolean, never missing; clearing sets <c>true</c>, the default).</summary>
    public static RecordField Active { get; } = EditableFlag("active", "Whether the record is active; clearing sets true (the default).", r => r.IsActive, (r, v) => r.SetActive(v ?? true));

    /// <summary>Gets every built-in field, in catalogue order (declared after the fields: static initialisers run in order).</summary>
    public static IReadOnlyList<RecordField> BuiltIn { get; } = new ReadOnlyCollection<RecordField>(
    [
        Id, FullName, FirstName, MiddleName, LastName, FileAs, FileAsFormat, JobTitle, Company, Account, AssignedTo, Source, Rating, InitiatedBy,
        AreaOfInterest, Photo, Email, Phone, Address, City, State, PostalCode, Country, WebPage, ScoreType, ManualStars, Stars, ScorePoints, Checked,
        Comments, Created, Modified, Version, Converted,
        Department, Office, Profession, Manager, Assistant, Nickname, PhoneticFirst, PhoneticLast, PhoneticCompany, Spouse, ImAddress, Territory,
        Birthday, Anniversary, DoNotCall, DoNotEmail, DoNotFax, DoNotSendLetter, PreferredContactMethod, Active,
    ]);

    private static Dictionary<string, RecordField> ByName { get; } = BuiltIn.ToDictionary(f => f.Name, StringComparer.OrdinalIgnoreCase);

    private static RecordField ReadOnlyText(string name, string description, Func<ContactRecord, string?> getter, F capabilities = F.None) =>
        new(name, description, FieldValueType.Text, F.Filter | F.Export | capabilities, PlainText.String(), single: getter);

    private static RecordField ReadOnlyParts(string name, string description, Func<ContactRecord, IEnumerable<string?>> getter) =>
        new(name, description, FieldValueType.Text, F.Filter | F.Export, PlainText.String(), multi: r => getter(r).Where(v => v is not null)!);

    private static RecordField ReadOnlyNumber(string name, string description, Func<ContactRecord, decimal?> getter, F capabilities = F.None) =>
        new(name, description, FieldValueType.Number, F.Filter | F.Export | capabilities, new PlainText(typeof(decimal), "a number such as 12.5", (f, t, c) => ParseNumber(f, t, c), v => ((decimal)v).ToString(CultureInfo.InvariantCulture)), single: r => getter(r));

    private static RecordField ReadOnlyInstant(string name, string description, Func<ContactRecord, Instant> getter) =>
        new(name, description, FieldValueType.Instant, F.Filter | F.Sort | F.Export, new PlainText(typeof(Instant), "an instant such as 2026-11-27T09:00:00Z", (f, t, c) => ParseInstant(f, t, c), v => InstantPattern.ExtendedIso.Format((Instant)v)), single: r => getter(r));

    private static RecordField EditableText(string name, string description, Func<ContactRecord, string?> get, Action<ContactRecord, string?> set, F capabilities = F.None, int maxLength = ContactRecord.MaxTextLength) =>
        new(
            name, description, FieldValueType.Text, F.Filter | F.Export | capabilities,
            new ScalarFieldEditor(
                typeof(string), true, $"text of at most {maxLength} characters",
                r => get(r),
                (r, v) => set(r, (string?)v),
                (_, t, _) => t,
                v => (string)v,
                check: (f, v) => CheckLength(f, (string)v, maxLength)),
            single: get);

    private static RecordField EditableDate(string name, string description, Func<ContactRecord, LocalDate?> get, Action<ContactRecord, LocalDate?> set) =>
        new(
            name, description, FieldValueType.Date, F.Filter | F.Sort | F.Export,
            new ScalarFieldEditor(
                typeof(LocalDate), true, "a date such as 2026-11-27",
                r => get(r),
                (r, v) => set(r, (LocalDate?)v),
                (f, t, c) => ParseDate(f, t, c),
                v => LocalDatePattern.Iso.Format((LocalDate)v)),
            single: r => get(r));

    /// <summary>A Boolean field that is never missing: clearing passes <see langword="null"/> to the setter, which applies the default.</summary>
    private static RecordField EditableFlag(string name, string description, Func<ContactRecord, bool> get, Action<ContactRecord, bool?> set) =>
        new(
            name, description, FieldValueType.Boolean, F.Filter | F.Export,
            new ScalarFieldEditor(
                typeof(bool), true, "true or false",
                r => get(r) ? True : False,
                (r, v) => set(r, (bool?)v),
                ParseBoolean,
                v => (bool)v ? "true" : "false"),
            single: r => get(r) ? True : False);

    private static void CheckLength(FieldText field, string text, int max)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw field.Invalid("LeadKit.Field.ValueRequired", $"'{field.Name}' needs a non-blank value; to empty the field, clear it.");
        }

        if (text.Trim().Length > max)
        {
            throw field.Invalid("LeadKit.Field.TooLong", $"'{field.Name}' holds at most {max} characters; the value has {text.Trim().Length}.");
        }
    }

    private static decimal ParseNumber(FieldText field, string text, CultureInfo culture) =>
        decimal.TryParse(text, NumberStyles.Number, culture, out var number) || decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out number)
            ? number
            : throw field.Invalid("LeadKit.Field.Unparsable", $"'{text}' is not a number.", text);

    private static Instant ParseInstant(FieldText field, string text, CultureInfo culture) =>
        InstantPattern.ExtendedIso.Parse(text) is { Success: true } result
            ? result.Value
            : throw field.Invalid("LeadKit.Field.Unparsable", $"'{text}' is not an instant: use {field.TextForm}.", text);

    private static LocalDate ParseDate(FieldText field, string text, CultureInfo culture) =>
        LocalDatePattern.Iso.Parse(text) is { Success: true } result
            ? result.Value
            : throw field.Invalid("LeadKit.Field.Unparsable", $"'{text}' is not a date: use {field.TextForm}.", text);

    /// <summary>Reads a contact method's name (case-insensitively; not a number); <see langword="null"/> for other text.</summary>
    internal static Leads.PreferredContactMethod? TryParseContactMethod(string text) =>
        text.Length > 0 && !char.IsAsciiDigit(text[0]) && text[0] != '-' && Enum.TryParse<Leads.PreferredContactMethod>(text, true, out var method) && Enum.IsDefined(method)
            ? method
            : null;

    private static object ParseBoolean(FieldText field, string text, CultureInfo culture) => text.ToUpperInvariant() switch
    {
        "TRUE" or "YES" => True,
        "FALSE" or "NO" => False,
        _ => throw field.Invalid("LeadKit.Field.Unparsable", $"'{text}' is not true or false.", text),
    };

    private static object IsConverted(ContactRecord record) => record switch
    {
        Lead lead => lead.IsConverted ? True : False,
        BusinessContact contact => contact.ConvertedFrom is not null ? True : False,
        _ => False,
    };

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

    private static EmailEntry ParseEmail(FieldText field, string text, CultureInfo culture)
    {
        var (kind, rest, display) = SplitEmail(text);
        return new EmailEntry(kind, EmailAddress.Parse(rest), display);
    }

    private static (EmailKind Kind, string Address, string? DisplayName) SplitEmail(string text)
    {
        var (kind, rest) = SplitKind(text, EmailKind.Business);
        string? display = null;
        var open = rest.LastIndexOf('<');
        if (rest.EndsWith('>') && open >= 0)
        {
            display = UnquoteDisplayName(rest[..open].Trim());
            rest = rest[(open + 1)..^1].Trim();
        }

        return (kind, rest, display);
    }

    /// <summary>
    /// Writes an e-mail display name for the text form: as it is when it is plain, otherwise in double
    /// quotes with <c>\</c> and <c>"</c> escaped, so <see cref="UnquoteDisplayName"/> gives it back exactly.
    /// </summary>
    private static string QuoteDisplayName(string display) =>
        display.Length > 0 && display.AsSpan().IndexOfAny("\"<>") < 0 && display.Trim().Length == display.Length
            ? display
            : "\"" + display.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    /// <summary>Reads a display name written by <see cref="QuoteDisplayName"/> (a quoted one is unescaped); <see langword="null"/> when blank.</summary>
    private static string? UnquoteDisplayName(string text)
    {
        if (text.Length >= 2 && text[0] == '"' && text[^1] == '"')
        {
            var builder = new System.Text.StringBuilder(text.Length);
            for (var i = 1; i < text.Length - 1; i++)
            {
                if (text[i] == '\\' && i + 1 < text.Length - 1)
                {
                    i++;
                }

                builder.Append(text[i]);
            }

            text = builder.ToString();
        }

        return text.Trim().Length == 0 ? null : text;
    }

    /// <summary>The address of a literal written in <c>email</c>'s text form (<c>personal:Ann &lt;ann@example.com&gt;</c>); other text unchanged.</summary>
    private static string EmailAddressOf(string text)
    {
        var (_, address, _) = SplitEmail(text.Trim());
        return EmailAddress.TryParse(address, out var parsed) ? parsed.Value : text;
    }

    private static PhoneNumber ParsePhone(FieldText field, string text, CultureInfo culture)
    {
        var (kind, rest) = SplitKind(text, PhoneKind.Business);
        return new PhoneNumber(kind, rest);
    }

    /// <summary>The digits of a phone literal, with a leading <c>+</c>, without a kind prefix (<c>mobile:</c>) or an extension: how <c>phone</c> compares.</summary>
    private static string PhoneDigits(string text)
    {
        var (_, number) = SplitKind(text.Trim(), PhoneKind.Business);
        var main = PhoneNumberValidator.WithoutExtension(number);
        var builder = new StringBuilder(main.Length);
        foreach (var c in main)
        {
            if (char.IsAsciiDigit(c) || (c == '+' && builder.Length == 0))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static InitiatedBy ParseReferrer(FieldText field, string text, CultureInfo culture) =>
        TryParseReferrer(text) ?? throw field.Invalid("LeadKit.Field.Unparsable", $"'{text}' is not a referrer: use {field.TextForm}.", text);

    /// <summary>Reads <c>user:GUID [name]</c> or <c>contact:GUID [name]</c>; <see langword="null"/> for other text.</summary>
    private static InitiatedBy? TryParseReferrer(string text)
    {
        var (reference, name) = SplitFirst(text);
        var colon = reference.IndexOf(':', StringComparison.Ordinal);
        var kind = colon < 0 ? string.Empty : reference[..colon].ToUpperInvariant();
        var id = colon < 0 ? string.Empty : reference[(colon + 1)..];
        return kind switch
        {
            "USER" when UserId.TryParse(id, out var user) => Leads.InitiatedBy.FromUser(user, name),
            "CONTACT" when ContactId.TryParse(id, out var contact) => Leads.InitiatedBy.FromContact(contact, name),
            _ => null,
        };
    }

    private static Photo ParsePhoto(FieldText field, string text, CultureInfo culture)
    {
        const string Base64 = ";base64,";
        var marker = text.IndexOf(Base64, StringComparison.OrdinalIgnoreCase);
        if (!text.StartsWith("data:", StringComparison.OrdinalIgnoreCase) || marker < 0)
        {
            throw field.Invalid("LeadKit.Field.Unparsable", $"The photo is not {field.TextForm}.");
        }

        var media = text[5..marker];
        var bytes = new byte[(text.Length - marker) * 3 / 4 + 3];
        return Convert.TryFromBase64String(text[(marker + Base64.Length)..], bytes, out var length)
            ? new Photo(bytes.AsSpan(0, length), media)
            : throw field.Invalid("LeadKit.Field.Unparsable", "The photo's data is not base64.");
    }

    /// <summary>The text form of a read-only field: parse and format delegates over one value type.</summary>
    private sealed class PlainText(Type clrType, string textForm, Func<FieldText, string, CultureInfo, object> parse, Func<object, string> format)
        : FieldText(clrType, textForm)
    {
        public static PlainText String() => new(typeof(string), "text", (_, t, _) => t, v => (string)v);

        internal override object ParseText(string text, CultureInfo culture) => parse(this, text, culture);

        internal override string FormatText(object value) => format(value);
    }
}
