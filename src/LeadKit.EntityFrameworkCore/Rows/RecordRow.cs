using System;
using NodaTime;

namespace LeadKit.EntityFrameworkCore.Rows;

/// <summary>
/// The columns leads and business contacts share: indexed keys for the filter language and
/// reports, the version (the optimistic-concurrency token), and the record as a JSON document.
/// </summary>
internal abstract class RecordRow
{
    public Guid Id { get; set; }

    public Guid WorkspaceId { get; set; }

    public long Version { get; set; }

    public string NameKey { get; set; } = string.Empty;

    public string? FirstKey { get; set; }

    public string? MiddleKey { get; set; }

    public string? LastKey { get; set; }

    public string? FileAsKey { get; set; }

    public string? TitleKey { get; set; }

    public string? CompanyKey { get; set; }

    public string? AccountKey { get; set; }

    public Guid? AssignedTo { get; set; }

    public string? AssignedToKey { get; set; }

    public string? SourceKey { get; set; }

    public string? RatingKey { get; set; }

    public string? InitiatedByKey { get; set; }

    public string? AreaOfInterestKey { get; set; }

    public string? WebPageKey { get; set; }

    public string ScoreTypeKey { get; set; } = string.Empty;

    public int? ManualStars { get; set; }

    public string? CommentsKey { get; set; }

    public Instant CreatedAt { get; set; }

    public Instant ModifiedAt { get; set; }

    public bool Converted { get; set; }

    public string Document { get; set; } = string.Empty;
}
