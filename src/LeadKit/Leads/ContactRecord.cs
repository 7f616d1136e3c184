using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Linq;
using LeadKit.CustomFields;
using LeadKit.Scoring;
using LeadKit.Utility;
using NodaTime;

namespace LeadKit.Leads;

/// <summary>
/// The business-contact record type that leads and business contacts are built on: everything a
/// lead holds. The record guards its invariants: every method validates its input and refuses
/// (with a <see cref="Validation.LeadKitValidationException"/> naming the field) anything that
/// would make the record invalid.
/// </summary>
public abstract partial class ContactRecord
{
    /// <summary>The longest job title, company name, web address, area of interest, department, office, profession, manager or assistant name, nickname, spouse, IM address or territory accepted.</summary>
    public const int MaxTextLength = 255;

    /// <summary>The longest comments text accepted.</summary>
    public const int MaxCommentsLength = 1_000_000;

    /// <summary>The most e-mail addresses, phone numbers or postal addresses one record holds.</summary>
    public const int MaxEntries = 50;

    /// <summary>The largest manual star count accepted (the default scale shows five stars).</summary>
    public const int MaxManualStars = 10;

    private readonly List<EmailEntry> _emails = [];
    private readonly List<PhoneNumber> _phones = [];
    private readonly List<PostalAddress> _addresses = [];

    // Created on first use: most records have neither, and a bulk operation reads and copies
    // records by the hundred thousand.
    private SortedDictionary<CriterionId, Instant>? _criterionChecks;
    private SortedDictionary<string, CustomFieldValue>? _customFields;

    /// <summary>Initialises the shared part of a new record.</summary>
    /// <param name="name">The name (required).</param>
    /// <param name="createdAt">When the record was created.</param>
    /// <param name="createdBy">Who created it, if known.</param>
    private protected ContactRecord(PersonName name, Instant createdAt, UserId? createdBy)
    {
        Name = name ?? throw Preconditions.Invalid(GetType().Name, nameof(Name), "LeadKit.Record.NameRequired", "The name is required.");
        CreatedAt = createdAt;
        CreatedBy = createdBy;
        ModifiedAt = createdAt;
        ModifiedBy = createdBy;
    }

    /// <summary>Gets the record's type.</summary>
    public abstract RecordKind Kind { get; }

    /// <summary>Gets a reference to this record (for history items and opportunities).</summary>
    public abstract RecordReference Reference { get; }

    /// <summary>Gets the person's name (the only required field).</summary>
    public PersonName Name { get; private set; }

    /// <summary>Gets how the record is filed and sorted.</summary>
    public FileAsFormat FileAsFormat { get; private set; }

    /// <summary>Gets the text the record is filed under, composed from <see cref="FileAsFormat"/>, the name and the company.</summary>
    public string FileAs => Leads.FileAs.Compose(FileAsFormat, Name, CompanyName);

    /// <summary>Gets the job title.</summary>
    public string? JobTitle { get; private set; }

    /// <summary>Gets the name of the company the person represents.</summary>
    public string? CompanyName { get; private set; }

    /// <summary>Gets the linked account.</summary>
    public AccountReference? Account { get; private set; }

    /// <summary>Gets the user the record is assigned to.</summary>
    public UserId? AssignedTo { get; private set; }

    /// <summary>Gets the photo.</summary>
    public Photo? Photo { get; private set; }

    /// <summary>Gets the e-mail addresses, in order.</summary>
    public IReadOnlyList<EmailEntry> Emails => _emails.AsReadOnly();

    /// <summary>Gets the phone numbers, in order.</summary>
    public IReadOnlyList<PhoneNumber> Phones => _phones.AsReadOnly();

    /// <summary>Gets the postal addresses, in order; at most one is the mailing address.</summary>
    public IReadOnlyList<PostalAddress> Addresses => _addresses.AsReadOnly();

    /// <summary>Gets the mailing address, if one is flagged.</summary>
    public PostalAddress? MailingAddress => _addresses.FirstOrDefault(a => a.IsMailing);

    /// <summary>Gets the web page address.</summary>
    public Uri? WebPage { get; private set; }

    /// <summary>Gets how the lead was found.</summary>
    public LeadSource? Source { get; private set; }

    /// <summary>Gets the business contact or employee who referred the lead.</summary>
    public InitiatedBy? InitiatedBy { get; private set; }

    /// <summary>Gets the products or services the person is interested in (free text).</summary>
    public string? AreaOfInterest { get; private set; }

    /// <summary>Gets the rating.</summary>
    public Rating? Rating { get; private set; }

    /// <summary>Gets whether the score is computed or set by hand.</summary>
    public ScoreType ScoreType { get; private set; }

    /// <summary>Gets the manual star count (used when <see cref="ScoreType"/> is <see cref="ScoreType.Manual"/>).</summary>
    public int? ManualStars { get; private set; }

    /// <summary>Gets the checked scoring criteria and the instant each was checked; a criterion not listed is unchecked.</summary>
    public IReadOnlyDictionary<CriterionId, Instant> CriterionChecks => new ReadOnlyDictionary<CriterionId, Instant>(Checks);

    /// <summary>Gets the comments (free text).</summary>
    public string? Comments { get; private set; }

    /// <summary>Gets the values of user-defined fields, by field name (case-insensitive).</summary>
    public IReadOnlyDictionary<string, CustomFieldValue> CustomFields => new ReadOnlyDictionary<string, CustomFieldValue>(Fields);

    /// <summary>Gets when the record was created.</summary>
    public Instant CreatedAt { get; private set; }

    /// <summary>Gets who created the record.</summary>
    public UserId? CreatedBy { get; private set; }

    /// <summary>Gets when the record was last changed.</summary>
    public Instant ModifiedAt { get; private set; }

    /// <summary>Gets who last changed the record.</summary>
    public UserId? ModifiedBy { get; private set; }

    /// <summary>Gets the version used for optimistic concurrency: storage increments it on every saved change.</summary>
    public long Version { get; private set; }

    /// <summary>Renames the record.</summary>
    /// <param name="name">The new name.</param>
    public void Rename(PersonName name) => Name = name ?? throw Preconditions.Invalid(GetType().Name, nameof(Name), "LeadKit.Record.NameRequired", "The name is required.");

    /// <summary>Chooses how the record is filed.</summary>
    /// <param name="format">The format.</param>
    public void SetFileAs(FileAsFormat format) =>
        FileAsFormat = Enum.IsDefined(format) ? format : throw Preconditions.Invalid(GetType().Name, nameof(FileAsFormat), "LeadKit.Record.FileAsFormat", $"Unknown file-as format {format}.");

    /// <summary>Sets or clears the job title.</summary>
    /// <param name="jobTitle">The title; blank clears it.</param>
    public void SetJobTitle(string? jobTitle) => JobTitle = CheckText(jobTitle, nameof(JobTitle));

    /// <summary>Sets or clears the company name.</summary>
    /// <param name="companyName">The company; blank clears it.</param>
    public void SetCompanyName(string? companyName) => CompanyName = CheckText(companyName, nameof(CompanyName));

    /// <summary>Links the record to an account, or unlinks it.</summary>
    /// <param name="account">The account, or <see langword="null"/>.</param>
    public void LinkAccount(AccountReference? account) => Account = account;

    /// <summary>
    /// Records the user the record is assigned to. This only stores the reference: checking that
    /// the user shares the database is the assignment operation's job.
    /// </summary>
    /// <param name="user">The user, or <see langword="null"/> to unassign.</param>
    public void SetAssignedTo(UserId? user) => AssignedTo = user;

    /// <summary>Sets or removes the photo.</summary>
    /// <param name="photo">The photo, or <see langword="null"/>.</param>
    public void SetPhoto(Photo? photo) => Photo = photo;

    /// <summary>Sets or clears the web page address (absolute http or https).</summary>
    /// <param name="webPage">The address, or <see langword="null"/>.</param>
    public void SetWebPage(Uri? webPage)
    {
        if (webPage is not null && (!webPage.IsAbsoluteUri || (webPage.Scheme != Uri.UriSchemeHttp && webPage.Scheme != Uri.UriSchemeHttps) || webPage.OriginalString.Length > MaxTextLength))
        {
            throw Preconditions.Invalid(GetType().Name, nameof(WebPage), "LeadKit.Record.WebPage", $"'{webPage}' is not an absolute http(s) address of at most {MaxTextLength} characters.", webPage.OriginalString);
        }

        WebPage = webPage;
    }

    /// <summary>Sets or clears the source.</summary>
    /// <param name="source">The source, or <see langword="null"/>.</param>
    public void SetSource(LeadSource? source) => Source = source;

    /// <summary>Sets or clears who initiated (referred) the record.</summary>
    /// <param name="initiatedBy">The referrer, or <see langword="null"/>.</param>
    public void SetInitiatedBy(InitiatedBy? initiatedBy) => InitiatedBy = initiatedBy;

    /// <summary>Sets or clears the area of interest.</summary>
    /// <param name="areaOfInterest">The text; blank clears it.</param>
    public void SetAreaOfInterest(string? areaOfInterest) => AreaOfInterest = CheckText(areaOfInterest, nameof(AreaOfInterest));

    /// <summary>Sets or clears the rating.</summary>
    /// <param name="rating">The rating, or <see langword="null"/>.</param>
    public void SetRating(Rating? rating) => Rating = rating;

    /// <summary>Fixes the score by hand: the score type becomes <see cref="ScoreType.Manual"/>.</summary>
    /// <param name="stars">The star count, 0 to <see cref="MaxManualStars"/>.</param>
    public void SetManualScore(int stars)
    {
        if (stars is < 0 or > MaxManualStars)
        {
            throw Preconditions.Invalid(GetType().Name, nameof(ManualStars), "LeadKit.Record.ManualStarsRange", $"A manual score is 0 to {MaxManualStars} stars, not {stars}.", stars.ToString(CultureInfo.InvariantCulture));
        }

        ManualStars = stars;
        ScoreType = ScoreType.Manual;
    }

    /// <summary>Returns to the computed score; the manual star count is kept for a later switch back.</summary>
    public void SetAutomaticScore() => ScoreType = ScoreType.Automatic;

    /// <summary>Checks a scoring criterion at an instant (checking it again moves the instant).</summary>
    /// <param name="criterion">The criterion.</param>
    /// <param name="at">When it was checked.</param>
    public void CheckCriterion(CriterionId criterion, Instant at) => Checks[Known(criterion)] = at;

    /// <summary>Unchecks a scoring criterion (a no-op when it is not checked).</summary>
    /// <param name="criterion">The criterion.</param>
    /// <returns>Whether it was checked.</returns>
    public bool UncheckCriterion(CriterionId criterion)
    {
        var known = Known(criterion);
        return _criterionChecks?.Remove(known) ?? false;
    }

    /// <summary>Replaces the comments.</summary>
    /// <param name="comments">The text; blank clears it.</param>
    public void SetComments(string? comments)
    {
        var text = string.IsNullOrWhiteSpace(comments) ? null : comments;
        if (text is { Length: > MaxCommentsLength })
        {
            throw Preconditions.Invalid(GetType().Name, nameof(Comments), "LeadKit.Record.CommentsTooLong", $"Comments hold at most {MaxCommentsLength} characters.");
        }

        Comments = text;
    }

    /// <summary>Appends a paragraph to the comments, on a new line (always <c>\n</c>, whatever the operating system).</summary>
    /// <param name="text">The text to append.</param>
    public void AppendComment(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        SetComments(Comments is null ? text : Comments + "\n" + text);
    }

    /// <summary>
    /// The "add timestamp" action: appends the clock's current date and time, formatted for
    /// <paramref name="zone"/> and <paramref name="culture"/> (the culture's short date and time), on a new line.
    /// </summary>
    /// <param name="clock">The clock to read.</param>
    /// <param name="zone">The user's time zone.</param>
    /// <param name="culture">The user's culture.</param>
    /// <returns>The timestamp text that was appended.</returns>
    public string AddTimestamp(IClock clock, DateTimeZone zone, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(culture);
        var local = clock.GetCurrentInstant().InZone(zone).LocalDateTime;
        var stamp = local.ToDateTimeUnspecified().ToString("g", culture);
        AppendComment(stamp);
        return stamp;
    }

    /// <summary>
    /// Sets or clears a user-defined field, checking the value against its definition.
    /// </summary>
    /// <param name="definition">The field's definition (for this record type).</param>
    /// <param name="value">The value, or <see langword="null"/> to clear it.</param>
    public void SetCustomField(CustomFieldDefinition definition, CustomFieldValue? value)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var path = $"CustomFields[{definition.Name}]";
        if (definition.RecordKind != Kind)
        {
            throw Preconditions.Invalid(GetType().Name, path, "LeadKit.CustomField.WrongRecordType", $"Custom field '{definition.Name}' is defined for {definition.RecordKind}, not {Kind}.");
        }

        var errors = definition.Check(value);
        if (errors.Count > 0)
        {
            throw new Validation.LeadKitValidationException(GetType().Name, errors.Select(e => e.Within(path)));
        }

        if (value is null)
        {
            _customFields?.Remove(definition.Name);
        }
        else
        {
            Fields[definition.Name] = value;
        }
    }

    /// <summary>
    /// Records a saved change: storage calls this once the write is committed (never before, so
    /// that a failed commit leaves the object as it was). Stores in other assemblies reach it through
    /// <see cref="Storage.StoreRecords.MarkSaved"/>.
    /// </summary>
    /// <param name="at">When the change was saved.</param>
    /// <param name="by">Who made it.</param>
    /// <param name="version">The version the stored record now has.</param>
    internal void MarkSaved(Instant at, UserId? by, long version)
    {
        if (version < Version)
        {
            throw new ArgumentOutOfRangeException(nameof(version), version, $"A record's version never goes back (it is {Version}).");
        }

        ModifiedAt = at;
        ModifiedBy = by;
        Version = version;
    }

    /// <summary>Restores the audit fields of a stored record (for storage and deserialization).</summary>
    internal void RestoreAudit(Instant createdAt, UserId? createdBy, Instant modifiedAt, UserId? modifiedBy, long version)
    {
        CreatedAt = createdAt;
        CreatedBy = createdBy;
        ModifiedAt = modifiedAt;
        ModifiedBy = modifiedBy;
        Version = version;
    }

    /// <summary>Restores custom-field values without a schema (deserialization: values are checked when a schema is at hand).</summary>
    internal void RestoreCustomField(string name, CustomFieldValue value)
    {
        var trimmed = name?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > CustomFieldDefinition.MaxNameLength)
        {
            throw Preconditions.Invalid(GetType().Name, "CustomFields", "LeadKit.CustomField.Name", $"'{name}' is not a custom field name.");
        }

        Fields[trimmed] = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>Restores the score type and the manual star count (storage, deserialization).</summary>
    internal void RestoreScore(ScoreType scoreType, int? manualStars)
    {
        // Every check comes before any change, so a refused restore leaves the score as it was.
        if (!Enum.IsDefined(scoreType))
        {
            throw Preconditions.Invalid(GetType().Name, nameof(ScoreType), "LeadKit.Record.ScoreType", $"Unknown score type {scoreType}.");
        }

        if (scoreType == ScoreType.Manual && (manualStars ?? ManualStars) is null)
        {
            throw Preconditions.Invalid(GetType().Name, nameof(ManualStars), "LeadKit.Record.ManualStarsRequired", "A manual score needs a star count.");
        }

        if (manualStars is { } stars)
        {
            SetManualScore(stars);
        }

        ScoreType = scoreType;
    }

    /// <summary>
    /// Sets the score type and the manual star count exactly (bulk edit's clear and undo): unlike
    /// <see cref="RestoreScore"/>, a <see langword="null"/> count clears the stored one.
    /// </summary>
    internal void RestoreScoreState(ScoreType scoreType, int? manualStars)
    {
        if (!Enum.IsDefined(scoreType))
        {
            throw Preconditions.Invalid(GetType().Name, nameof(ScoreType), "LeadKit.Record.ScoreType", $"Unknown score type {scoreType}.");
        }

        if (scoreType == ScoreType.Manual && manualStars is null)
        {
            throw Preconditions.Invalid(GetType().Name, nameof(ManualStars), "LeadKit.Record.ManualStarsRequired", "A manual score needs a star count.");
        }

        if (manualStars is { } stars)
        {
            SetManualScore(stars);
        }

        ManualStars = manualStars;
        ScoreType = scoreType;
    }

    /// <summary>Removes a custom-field value without a schema (undo restores a value that was absent).</summary>
    internal bool RemoveCustomFieldValue(string name) => _customFields?.Remove(name) ?? false;

    /// <summary>Gets how many criteria are checked, without creating the checks' dictionary.</summary>
    internal int CriterionCheckCount => _criterionChecks?.Count ?? 0;

    /// <summary>Gets how many custom fields hold a value, without creating their dictionary.</summary>
    internal int CustomFieldCount => _customFields?.Count ?? 0;

    /// <summary>Gets the checks, created on first use (the public views are live: they see later changes).</summary>
    private SortedDictionary<CriterionId, Instant> Checks => _criterionChecks ??= [];

    /// <summary>Gets the custom-field values, created on first use.</summary>
    private SortedDictionary<string, CustomFieldValue> Fields => _customFields ??= new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Copies every field of the shared record type from <paramref name="source"/> (used by conversion).</summary>
    private protected void CopySharedFrom(ContactRecord source)
    {
        Name = source.Name;
        FileAsFormat = source.FileAsFormat;
        JobTitle = source.JobTitle;
        CompanyName = source.CompanyName;
        Account = source.Account;
        AssignedTo = source.AssignedTo;
        Photo = source.Photo;
        _emails.AddRange(source._emails);
        _phones.AddRange(source._phones);
        _addresses.AddRange(source._addresses);
        WebPage = source.WebPage;
        Source = source.Source;
        InitiatedBy = source.InitiatedBy;
        AreaOfInterest = source.AreaOfInterest;
        Rating = source.Rating;
        ScoreType = source.ScoreType;
        ManualStars = source.ManualStars;
        Score = source.Score;
        if (source._criterionChecks is { Count: > 0 } checks)
        {
            foreach (var (id, at) in checks)
            {
                Checks[id] = at;
            }
        }

        Comments = source.Comments;
        CopyDetailsFrom(source);
    }

    /// <summary>Copies the audit fields and custom-field values too (used by <c>Copy</c>: a full, independent copy).</summary>
    private protected void CopyStateFrom(ContactRecord source)
    {
        CopySharedFrom(source);
        if (source._customFields is { Count: > 0 } fields)
        {
            foreach (var (name, value) in fields)
            {
                Fields[name] = value;
            }
        }

        RestoreAudit(source.CreatedAt, source.CreatedBy, source.ModifiedAt, source.ModifiedBy, source.Version);
    }

    private static CriterionId Known(CriterionId criterion) =>
        criterion.Value.Length == 0 ? throw new ArgumentException("The default CriterionId is not a criterion.", nameof(criterion)) : criterion;

    private string? CheckText(string? value, string field)
    {
        var text = Preconditions.NullIfBlank(value);
        if (text is { Length: > MaxTextLength })
        {
            throw Preconditions.Invalid(GetType().Name, field, $"LeadKit.Record.{field}TooLong", $"{field} holds at most {MaxTextLength} characters; the value has {text.Length}.");
        }

        return text;
    }
}
