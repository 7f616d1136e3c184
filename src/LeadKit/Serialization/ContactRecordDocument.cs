using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;
using LeadKit.Leads;
using LeadKit.Scoring;
using NodaTime;

namespace LeadKit.Serialization;

/// <summary>
/// The members a lead and a business contact share (<see cref="ContactRecord"/>). Empty lists and
/// maps are left out, as are members without a value; a reader treats a missing one as empty.
/// </summary>
internal abstract class ContactRecordDocument
{
    // Order: the version and identity first, the subclass's own members (Order 1) before the audit trail (Order 2).
    [JsonPropertyOrder(-2)]
    public int SchemaVersion { get; set; } = Serialization.SchemaVersion.Current;

    [JsonPropertyOrder(-1)]
    public string? Id { get; set; }

    public PersonNameDocument? Name { get; set; }

    public FileAsFormat? FileAsFormat { get; set; }

    public string? JobTitle { get; set; }

    public string? CompanyName { get; set; }

    public AccountReferenceDocument? Account { get; set; }

    public string? AssignedTo { get; set; }

    public PhotoDocument? Photo { get; set; }

    public List<EmailEntryDocument?>? Emails { get; set; }

    public List<PhoneNumberDocument?>? Phones { get; set; }

    public List<PostalAddressDocument?>? Addresses { get; set; }

    public string? WebPage { get; set; }

    public string? Source { get; set; }

    public InitiatedByDocument? InitiatedBy { get; set; }

    public string? AreaOfInterest { get; set; }

    public string? Rating { get; set; }

    public ScoreType? ScoreType { get; set; }

    public int? ManualStars { get; set; }

    public StoredScoreDocument? Score { get; set; }

    /// <summary>
    /// The criteria checked, by id. The values are nullable for the generated writer's sake alone
    /// (<see cref="Documents.Write"/>): it writes a nullable instant through the context's converter,
    /// but a plain one as an object of its public properties. A null value is refused on reading.
    /// </summary>
    public Dictionary<string, Instant?>? CriterionChecks { get; set; }

    public string? Comments { get; set; }

    public Dictionary<string, CustomFieldValueDocument?>? CustomFields { get; set; }

    public string? Department { get; set; }

    public string? Office { get; set; }

    public string? Profession { get; set; }

    public string? ManagerName { get; set; }

    public string? AssistantName { get; set; }

    public string? Nickname { get; set; }

    public PhoneticNameDocument? PhoneticName { get; set; }

    public string? Spouse { get; set; }

    public LocalDate? Birthday { get; set; }

    public LocalDate? Anniversary { get; set; }

    public string? ImAddress { get; set; }

    // The flags are written only when set and the method only when not Any, so that a record
    // without them writes what it wrote before they existed; a missing member reads as the default.
    public bool? DoNotCall { get; set; }

    public bool? DoNotEmail { get; set; }

    public bool? DoNotFax { get; set; }

    public bool? DoNotSendLetter { get; set; }

    public PreferredContactMethod? PreferredContactMethod { get; set; }

    public string? Territory { get; set; }

    // Written only for an inactive record: a missing member reads as active.
    public bool? Active { get; set; }

    [JsonPropertyOrder(2)]
    public Instant? CreatedAt { get; set; }

    [JsonPropertyOrder(2)]
    public string? CreatedBy { get; set; }

    [JsonPropertyOrder(2)]
    public Instant? ModifiedAt { get; set; }

    [JsonPropertyOrder(2)]
    public string? ModifiedBy { get; set; }

    [JsonPropertyOrder(2)]
    public long? Version { get; set; }

    /// <summary>Reads the members every record needs before it can be created.</summary>
    protected (PersonName Name, Instant CreatedAt, UserId? CreatedBy) ReadIdentity(DocumentPath path)
    {
        var name = path.Property("name").Required(Name).ToValue(path.Property("name"));
        var createdAt = path.Property("createdAt").RequiredValue(CreatedAt);
        UserId? createdBy = CreatedBy is null ? null : Scalars.UserId.Parse(CreatedBy, path.Property("createdBy"));
        return (name, createdAt, createdBy);
    }

    /// <summary>Fills the shared members from a record.</summary>
    protected void CopyFrom(ContactRecord record)
    {
        Name = PersonNameDocument.From(record.Name);
        FileAsFormat = record.FileAsFormat;
        JobTitle = record.JobTitle;
        CompanyName = record.CompanyName;
        Account = record.Account is null ? null : AccountReferenceDocument.From(record.Account);
        AssignedTo = record.AssignedTo is { } assignee ? Scalars.UserId.Format(assignee) : null;
        Photo = record.Photo is null ? null : PhotoDocument.From(record.Photo);
        Emails = record.Emails.Count == 0 ? null : [.. record.Emails.Select(EmailEntryDocument.From)];
        Phones = record.Phones.Count == 0 ? null : [.. record.Phones.Select(PhoneNumberDocument.From)];
        Addresses = record.Addresses.Count == 0 ? null : [.. record.Addresses.Select(PostalAddressDocument.From)];
        WebPage = record.WebPage?.OriginalString;
        Source = record.Source is null ? null : Scalars.LeadSource.Format(record.Source);
        InitiatedBy = record.InitiatedBy is null ? null : InitiatedByDocument.From(record.InitiatedBy);
        AreaOfInterest = record.AreaOfInterest;
        Rating = record.Rating is null ? null : Scalars.Rating.Format(record.Rating);
        ScoreType = record.ScoreType;
        ManualStars = record.ManualStars;
        Score = record.Score is { } score ? StoredScoreDocument.From(score) : null;
        CriterionChecks = record.CriterionCheckCount == 0
            ? null
            : record.CriterionChecks.OrderBy(c => c.Key).ToDictionary(c => Scalars.CriterionId.Format(c.Key), c => (Instant?)c.Value, StringComparer.Ordinal);
        Comments = record.Comments;
        CustomFields = record.CustomFieldCount == 0
            ? null
            : record.CustomFields.ToDictionary(f => f.Key, f => (CustomFieldValueDocument?)CustomFieldValueDocument.From(f.Value), StringComparer.Ordinal);
        Department = record.Department;
        Office = record.Office;
        Profession = record.Profession;
        ManagerName = record.ManagerName;
        AssistantName = record.AssistantName;
        Nickname = record.Nickname;
        PhoneticName = record.PhoneticName is { } phonetic ? PhoneticNameDocument.From(phonetic) : null;
        Spouse = record.Spouse;
        Birthday = record.Birthday;
        Anniversary = record.Anniversary;
        ImAddress = record.ImAddress;
        DoNotCall = record.DoNotCall ? true : null;
        DoNotEmail = record.DoNotEmail ? true : null;
        DoNotFax = record.DoNotFax ? true : null;
        DoNotSendLetter = record.DoNotSendLetter ? true : null;
        PreferredContactMethod = record.PreferredContactMethod == Leads.PreferredContactMethod.Any ? null : record.PreferredContactMethod;
        Territory = record.Territory;
        Active = record.IsActive ? null : false;
        CreatedAt = record.CreatedAt;
        CreatedBy = record.CreatedBy is { } creator ? Scalars.UserId.Format(creator) : null;
        ModifiedAt = record.ModifiedAt;
        ModifiedBy = record.ModifiedBy is { } modifier ? Scalars.UserId.Format(modifier) : null;
        Version = record.Version;
    }

    /// <summary>Restores the shared members into a freshly created record, through its own methods.</summary>
    protected void RestoreInto(ContactRecord record, DocumentPath path)
    {
        if (FileAsFormat is { } format)
        {
            path.Property("fileAsFormat").Apply(record, format, static (r, v) => r.SetFileAs(v));
        }

        path.Property("jobTitle").Apply(record, JobTitle, static (r, v) => r.SetJobTitle(v));
        path.Property("companyName").Apply(record, CompanyName, static (r, v) => r.SetCompanyName(v));
        record.LinkAccount(Account?.ToValue(path.Property("account")));
        record.SetAssignedTo(AssignedTo is null ? null : Scalars.UserId.Parse(AssignedTo, path.Property("assignedTo")));
        record.SetPhoto(Photo?.ToValue(path.Property("photo")));
        RestoreList(Emails, path.Property("emails"), record, static (r, entry, at) => at.Apply(r, (entry, at), static (r, v) => r.AddEmail(v.entry.ToValue(v.at))));
        RestoreList(Phones, path.Property("phones"), record, static (r, phone, at) => at.Apply(r, (phone, at), static (r, v) => r.AddPhone(v.phone.ToValue(v.at))));
        RestoreList(Addresses, path.Property("addresses"), record, static (r, address, at) => at.Apply(r, (address, at), static (r, v) => r.AddAddress(v.address.ToValue(v.at))));
        if (WebPage is not null)
        {
            var webPagePath = path.Property("webPage");
            if (!Uri.TryCreate(WebPage, UriKind.Absolute, out var webPage))
            {
                throw webPagePath.Error($"'{WebPage}' is not an absolute web address.");
            }

            webPagePath.Apply(record, webPage, static (r, v) => r.SetWebPage(v));
        }

        record.SetSource(Source is null ? null : Scalars.LeadSource.Parse(Source, path.Property("source")));
        record.SetInitiatedBy(InitiatedBy?.ToValue(path.Property("initiatedBy")));
        path.Property("areaOfInterest").Apply(record, AreaOfInterest, static (r, v) => r.SetAreaOfInterest(v));
        record.SetRating(Rating is null ? null : Scalars.Rating.Parse(Rating, path.Property("rating")));
        path.Property("manualStars").Apply(record, (Type: ScoreType ?? Scoring.ScoreType.Automatic, Stars: ManualStars), static (r, v) => r.RestoreScore(v.Type, v.Stars));
        if (Score is not null)
        {
            var scorePath = path.Property("score");
            record.SetStoredScore(Score.ToValue(scorePath));
        }

        foreach (var (slug, at) in CriterionChecks ?? [])
        {
            var checkPath = path.Property("criterionChecks").Key(slug);
            var criterion = Scalars.CriterionId.Parse(slug, checkPath);
            var checkedAt = at ?? throw checkPath.Error("a criterion check holds the instant the criterion was checked, not null.");
            checkPath.Apply(record, (criterion, at: checkedAt), static (r, v) => r.CheckCriterion(v.criterion, v.at));
        }

        path.Property("comments").Apply(record, Comments, static (r, v) => r.SetComments(v));
        foreach (var (name, document) in CustomFields ?? [])
        {
            var fieldPath = path.Property("customFields").Key(name);
            var value = fieldPath.Required(document).ToValue(fieldPath);
            if (record.CustomFields.ContainsKey(name.Trim()))
            {
                throw fieldPath.Error($"custom field '{name}' appears twice (names compare case-insensitively).");
            }

            fieldPath.Apply(record, (name, value), static (r, v) => r.RestoreCustomField(v.name, v.value));
        }

        path.Property("department").Apply(record, Department, static (r, v) => r.SetDepartment(v));
        path.Property("office").Apply(record, Office, static (r, v) => r.SetOffice(v));
        path.Property("profession").Apply(record, Profession, static (r, v) => r.SetProfession(v));
        path.Property("managerName").Apply(record, ManagerName, static (r, v) => r.SetManagerName(v));
        path.Property("assistantName").Apply(record, AssistantName, static (r, v) => r.SetAssistantName(v));
        path.Property("nickname").Apply(record, Nickname, static (r, v) => r.SetNickname(v));
        record.SetPhoneticName(PhoneticName?.ToValue(path.Property("phoneticName")));
        path.Property("spouse").Apply(record, Spouse, static (r, v) => r.SetSpouse(v));
        record.SetBirthday(Birthday);
        record.SetAnniversary(Anniversary);
        path.Property("imAddress").Apply(record, ImAddress, static (r, v) => r.SetImAddress(v));
        record.SetDoNotCall(DoNotCall ?? false);
        record.SetDoNotEmail(DoNotEmail ?? false);
        record.SetDoNotFax(DoNotFax ?? false);
        record.SetDoNotSendLetter(DoNotSendLetter ?? false);
        if (PreferredContactMethod is { } method)
        {
            path.Property("preferredContactMethod").Apply(record, method, static (r, v) => r.SetPreferredContactMethod(v));
        }

        path.Property("territory").Apply(record, Territory, static (r, v) => r.SetTerritory(v));
        record.SetActive(Active ?? true);

        var version = path.Property("version").RequiredValue(Version);
        if (version < 0)
        {
            throw path.Property("version").Error($"a version is zero or more, not {version}.");
        }

        var modifiedAt = path.Property("modifiedAt").RequiredValue(ModifiedAt);
        UserId? modifiedBy = ModifiedBy is null ? null : Scalars.UserId.Parse(ModifiedBy, path.Property("modifiedBy"));
        record.RestoreAudit(record.CreatedAt, record.CreatedBy, modifiedAt, modifiedBy, version);
    }

    private static void RestoreList<TDocument>(List<TDocument?>? documents, DocumentPath path, ContactRecord record, Action<ContactRecord, TDocument, DocumentPath> restore)
        where TDocument : class
    {
        for (var i = 0; i < (documents?.Count ?? 0); i++)
        {
            var at = path.Index(i);
            restore(record, at.Required(documents![i]), at);
        }
    }
}
