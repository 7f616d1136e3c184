using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using LeadKit.Contacts;
using LeadKit.Leads;

namespace LeadKit.Querying;

/// <summary>
/// A field of a lead or business contact that filters and sorts can name: the catalogue of the
/// filter language (<see cref="BuiltIn"/>) plus custom fields (<see cref="Custom"/>). Each field
/// knows its value type, whether it holds several values (a condition on it matches when any value
/// matches), whether records can be sorted by it, and how to read its value from a record.
/// Field names are case-insensitive. Immutable; custom fields compare by name, case-insensitively.
/// </summary>
public sealed partial class RecordField : IEquatable<RecordField>
{
    private static readonly object True = true;
    private static readonly object False = false;

    private readonly Func<ContactRecord, object?>? _single;
    private readonly Func<ContactRecord, IEnumerable<object>>? _multi;

    private RecordField(string name, FieldValueType valueType, bool isSortable, string description, Func<ContactRecord, object?> getter, string? customFieldName = null)
    {
        Name = name;
        ValueType = valueType;
        IsSortable = isSortable;
        Description = description;
        CustomFieldName = customFieldName;
        _single = getter;
    }

    private RecordField(string name, string description, Func<ContactRecord, IEnumerable<object>> getter)
    {
        Name = name;
        ValueType = FieldValueType.Text;
        IsMultiValued = true;
        Description = description;
        _multi = getter;
    }

    /// <summary>Gets <c>name</c>: the full name (text, sortable).</summary>
    public static RecordField FullName { get; } = Text("name", "The full name.", r => r.Name.FullName, sortable: true);

    /// <summary>Gets <c>first</c>: the given name (text, sortable).</summary>
    public static RecordField FirstName { get; } = Text("first", "The given name.", r => r.Name.First, sortable: true);

    /// <summary>Gets <c>middle</c>: the middle name(s) (text).</summary>
    public static RecordField MiddleName { get; } = Text("middle", "The middle name(s).", r => r.Name.Middle);

    /// <summary>Gets <c>last</c>: the family name (text, sortable).</summary>
    public static RecordField LastName { get; } = Text("last", "The family name.", r => r.Name.Last, sortable: true);

    /// <summary>Gets <c>fileAs</c>: the text the record is filed under (text, sortable).</summary>
    public static RecordField FileAs { get; } = Text("fileAs", "The text the record is filed under.", r => r.FileAs, sortable: true);

    /// <summary>Gets <c>title</c>: the job title (text, sortable).</summary>
    public static RecordField JobTitle { get; } = Text("title", "The job title.", r => r.JobTitle, sortable: true);

    /// <summary>Gets <c>company</c>: the company name (text, sortable).</summary>
    public static RecordField Company { get; } = Text("company", "The company name.", r => r.CompanyName, sortable: true);

    /// <summary>Gets <c>account</c>: the linked account's name (text).</summary>
    public static RecordField Account { get; } = Text("account", "The linked account's name.", r => r.Account?.Name);

    /// <summary>Gets <c>assignedTo</c>: the assigned user's id as text (36-character GUID form; text).</summary>
    public static RecordField AssignedTo { get; } = Text("assignedTo", "The assigned user's id (GUID text).", r => r.AssignedTo?.ToString());

    /// <summary>Gets <c>source</c>: how the lead was found (text, sortable).</summary>
    public static RecordField Source { get; } = Text("source", "How the lead was found.", r => r.Source?.Name, sortable: true);

    /// <summary>Gets <c>rating</c>: the rating (text, sortable).</summary>
    public static RecordField Rating { get; } = Text("rating", "The rating.", r => r.Rating?.Name, sortable: true);

    /// <summary>Gets <c>initiatedBy</c>: the display name of the referrer (text).</summary>
    public static RecordField InitiatedBy { get; } = Text("initiatedBy", "The display name of who referred the record.", r => r.InitiatedBy?.DisplayName);

    /// <summary>Gets <c>areaOfInterest</c>: the products or services of interest (text).</summary>
    public static RecordField AreaOfInterest { get; } = Text("areaOfInterest", "The products or services of interest.", r => r.AreaOfInterest);

    /// <summary>Gets <c>email</c>: every e-mail address of the record (text, several values).</summary>
    public static RecordField Email { get; } = new("email", "Any of the e-mail addresses.", r => r.Emails.Select(e => (object)e.Address.Value));

    /// <summary>
    /// Gets <c>phone</c>: every phone number of the record, as digits (with a leading <c>+</c>,
    /// without extension); literals are reduced to digits the same way (text, several values).
    /// </summary>
    public static RecordField Phone { get; } = new("phone", "Any of the phone numbers, compared on digits.", r => r.Phones.Select(p => (object)p.Digits));

    /// <summary>Gets <c>city</c>: the city of every postal address (text, several values).</summary>
    public static RecordField City { get; } = new("city", "The city of any postal address.", r => Present(r.Addresses.Select(a => a.City)));

    /// <summary>Gets <c>state</c>: the state or province of every postal address (text, several values).</summary>
    public static RecordField State { get; } = new("state", "The state or province of any postal address.", r => Present(r.Addresses.Select(a => a.State)));

    /// <summary>Gets <c>postalCode</c>: the postal code of every postal address (text, several values).</summary>
    public static RecordField PostalCode { get; } = new("postalCode", "The postal code of any postal address.", r => Present(r.Addresses.Select(a => a.PostalCode)));

    /// <summary>Gets <c>country</c>: the country of every postal address (text, several values).</summary>
    public static RecordField Country { get; } = new("country", "The country or region of any postal address.", r => Present(r.Addresses.Select(a => a.Country)));

    /// <summary>Gets <c>webPage</c>: the web page address as written (text).</summary>
    public static RecordField WebPage { get; } = Text("webPage", "The web page address.", r => r.WebPage?.OriginalString);

    /// <summary>Gets <c>scoreType</c>: <c>"Automatic"</c> or <c>"Manual"</c> (text, sortable; other literals are refused).</summary>
    public static RecordField ScoreType { get; } = Text("scoreType", "\"Automatic\" or \"Manual\".", r => r.ScoreType == Scoring.ScoreType.Manual ? "Manual" : "Automatic", sortable: true);

    /// <summary>Gets <c>manualStars</c>: the manual star count (number, sortable).</summary>
    public static RecordField ManualStars { get; } = new("manualStars", FieldValueType.Number, true, "The manual star count.", r => r.ManualStars is { } stars ? (decimal)stars : null);

    /// <summary>
    /// Gets <c>stars</c>: the displayed stars (number, sortable, never missing) — the manual stars for a
    /// manual score, the stored automatic stars otherwise (0 until the record is first scored):
    /// <c>stars &gt;= 4</c>.
    /// </summary>
    public static RecordField Stars { get; } = new("stars", FieldValueType.Number, true, "The displayed stars (manual when the score is Manual).", r => (decimal)r.Stars);

    /// <summary>Gets <c>scorePoints</c>: the signed points of the stored automatic score (number, sortable; missing until the record is first scored).</summary>
    public static RecordField ScorePoints { get; } = new("scorePoints", FieldValueType.Number, true, "The signed points of the stored automatic score.", r => r.Score is { } score ? (decimal)score.Points : null);

    /// <summary>Gets <c>checked</c>: the ids of the checked scoring criteria (text, several values): <c>checked = "budget"</c>.</summary>
    public static RecordField Checked { get; } = new("checked", "The ids of the checked scoring criteria.", r => r.CriterionChecks.Keys.Select(k => (object)k.Value));

    /// <summary>Gets <c>comments</c>: the comments (text).</summary>
    public static RecordField Comments { get; } = Text("comments", "The comments.", r => r.Comments);

    /// <summary>Gets <c>created</c>: when the record was created (instant, sortable).</summary>
    public static RecordField Created { get; } = new("created", FieldValueType.Instant, true, "When the record was created.", r => r.CreatedAt);

    /// <summary>Gets <c>modified</c>: when the record was last changed (instant, sortable).</summary>
    public static RecordField Modified { get; } = new("modified", FieldValueType.Instant, true, "When the record was last changed.", r => r.ModifiedAt);

    /// <summary>Gets <c>version</c>: the optimistic-concurrency version (number).</summary>
    public static RecordField Version { get; } = new("version", FieldValueType.Number, false, "The stored version.", r => (decimal)r.Version);

    /// <summary>
    /// Gets <c>converted</c>: <c>true</c> for a lead converted into a business contact and for a
    /// business contact converted from a lead (Boolean, never missing).
    /// </summary>
    public static RecordField Converted { get; } = new("converted", FieldValueType.Boolean, false, "Whether a lead was converted, or a contact came from a lead.", IsConverted);

    /// <summary>Gets every built-in field, in catalogue order.</summary>
    public static IReadOnlyList<RecordField> BuiltIn { get; } = new ReadOnlyCollection<RecordField>(
    [
        FullName, FirstName, MiddleName, LastName, FileAs, JobTitle, Company, Account, AssignedTo, Source, Rating, InitiatedBy,
        AreaOfInterest, Email, Phone, City, State, PostalCode, Country, WebPage, ScoreType, ManualStars, Stars, ScorePoints, Checked, Comments,
        Created, Modified, Version, Converted,
    ]);

    private static Dictionary<string, RecordField> ByName { get; } = BuiltIn.ToDictionary(f => f.Name, StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets the field's name as the filter language writes it: <c>created</c>, <c>custom.Employees</c>, <c>custom."Annual revenue"</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the type of the field's values.</summary>
    public FieldValueType ValueType { get; }

    /// <summary>Gets a value indicating whether the field holds several values (e-mail addresses, phone numbers, address parts, checked criteria): a condition matches when any value matches.</summary>
    public bool IsMultiValued { get; }

    /// <summary>Gets a value indicating whether records can be sorted by the field.</summary>
    public bool IsSortable { get; }

    /// <summary>Gets a value indicating whether this is a custom (user-defined) field.</summary>
    public bool IsCustom => CustomFieldName is not null;

    /// <summary>Gets the custom field's name (the key of <see cref="ContactRecord.CustomFields"/>), or <see langword="null"/> for a built-in field.</summary>
    public string? CustomFieldName { get; }

    /// <summary>Gets a one-line description of the field, for help texts.</summary>
    public string Description { get; }

    /// <summary>
    /// Gets the custom field with a given name. Custom fields are typed by their stored values
    /// (<see cref="FieldValueType.Dynamic"/>) and sortable.
    /// </summary>
    /// <param name="name">The name as defined (<see cref="CustomFields.CustomFieldDefinition.Name"/>); trimmed; compared case-insensitively.</param>
    /// <returns>The field.</returns>
    /// <exception cref="FilterException">The name is not a valid custom field name.</exception>
    public static RecordField Custom(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var trimmed = name.Trim();
        if (CheckCustomName(trimmed) is { } error)
        {
            throw new FilterException(error, FilterText.CustomPrefix + "." + name);
        }

        var written = FilterText.CustomPrefix + "." + (FilterText.IsPlainWord(trimmed) ? trimmed : FilterText.Quote(trimmed));
        return new RecordField(written, FieldValueType.Dynamic, true, $"Custom field '{trimmed}'.", r => CustomValue(r, trimmed), trimmed);
    }

    /// <summary>Finds a field by the name the filter language uses (<c>company</c>, <c>custom.Employees</c>, <c>custom."Annual revenue"</c>), case-insensitively.</summary>
    /// <param name="text">The field's name.</param>
    /// <returns>The field.</returns>
    /// <exception cref="FilterSyntaxException">The text is not a known field; the message suggests the closest name.</exception>
    public static RecordField Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return FilterParser.ParseFieldOnly(text);
    }

    /// <summary>Tries to find a field by name, as <see cref="Parse"/> does.</summary>
    /// <param name="text">The field's name.</param>
    /// <param name="field">The field, when found.</param>
    /// <returns>Whether <paramref name="text"/> names a field.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out RecordField? field)
    {
        field = null;
        if (text is null)
        {
            return false;
        }

        if (ByName.TryGetValue(text.Trim(), out field))
        {
            return true;
        }

        try
        {
            field = FilterParser.ParseFieldOnly(text);
            return true;
        }
        catch (FilterException)
        {
            return false;
        }
    }

    /// <summary>Compares two fields: the same built-in field, or custom fields of the same name (case-insensitively).</summary>
    /// <param name="left">The first field.</param>
    /// <param name="right">The second field.</param>
    /// <returns>Whether they are the same field.</returns>
    public static bool operator ==(RecordField? left, RecordField? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two fields.</summary>
    /// <param name="left">The first field.</param>
    /// <param name="right">The second field.</param>
    /// <returns>Whether they are different fields.</returns>
    public static bool operator !=(RecordField? left, RecordField? right) => !(left == right);

    /// <inheritdoc />
    public bool Equals(RecordField? other) =>
        ReferenceEquals(this, other)
        || (other is not null && IsCustom && other.IsCustom && string.Equals(CustomFieldName, other.CustomFieldName, StringComparison.OrdinalIgnoreCase));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RecordField);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(CustomFieldName ?? Name);

    /// <summary>Returns the field's name as the filter language writes it (<see cref="Name"/>).</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;

    /// <summary>Finds a built-in field by name (case-insensitively).</summary>
    internal static RecordField? FindBuiltIn(string name) => ByName.GetValueOrDefault(name);

    /// <summary>Checks a (trimmed) custom field name against the rules of <see cref="CustomFields.CustomFieldDefinition"/>; returns the problem or <see langword="null"/>.</summary>
    internal static string? CheckCustomName(string name)
    {
        if (name.Length == 0)
        {
            return "A custom field name cannot be empty";
        }

        if (name.Length > CustomFields.CustomFieldDefinition.MaxNameLength)
        {
            return $"A custom field name has at most {CustomFields.CustomFieldDefinition.MaxNameLength} characters";
        }

        return name.All(c => char.IsLetterOrDigit(c) || c is ' ' or '_' or '-' or '.' or '/' or '(' or ')')
            ? null
            : $"'{name}' is not a custom field name: use letters, digits, spaces and _ - . / ( ) only";
    }

    private static RecordField Text(string name, string description, Func<ContactRecord, string?> getter, bool sortable = false) =>
        new(name, FieldValueType.Text, sortable, description, getter);

    private static IEnumerable<object> Present(IEnumerable<string?> values) => values.Where(v => v is not null)!;

    private static object IsConverted(ContactRecord record) => record switch
    {
        Lead lead => lead.IsConverted ? True : False,
        BusinessContact contact => contact.ConvertedFrom is not null ? True : False,
        _ => False,
    };
}
