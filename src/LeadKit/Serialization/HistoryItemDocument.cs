using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;
using LeadKit.History;
using LeadKit.Leads;
using NodaTime;

namespace LeadKit.Serialization;

/// <summary>
/// The JSON shape of a <see cref="HistoryItem"/>, a top-level document with a schema version. The
/// <c>kind</c> member tells the subclass (<c>note</c>, <c>phoneLog</c>, <c>appointment</c>, <c>task</c>, <c>activity</c>);
/// each kind has its own members and refuses the others', so no member is ever silently dropped.
/// </summary>
internal sealed class HistoryItemDocument : IDocument<HistoryItemDocument, HistoryItem>
{
    public const string NoteKind = "note";
    public const string PhoneLogKind = "phoneLog";
    public const string AppointmentKind = "appointment";
    public const string TaskKind = "task";
    public const string ActivityEntryKind = "activity";

    [JsonPropertyOrder(-2)]
    public int SchemaVersion { get; set; } = Serialization.SchemaVersion.Current;

    [JsonPropertyOrder(-1)]
    public string? Kind { get; set; }

    public string? Id { get; set; }

    public RecordReferenceDocument? Record { get; set; }

    public string? Subject { get; set; }

    public string? Body { get; set; }

    public Instant? CreatedAt { get; set; }

    public string? CreatedBy { get; set; }

    // phoneLog
    public CallDirection? Direction { get; set; }

    public string? Number { get; set; }

    public Instant? StartedAt { get; set; }

    public Duration? Duration { get; set; }

    // appointment
    public Instant? Start { get; set; }

    public Instant? End { get; set; }

    public string? Location { get; set; }

    // task
    public LocalDate? DueDate { get; set; }

    public TaskItemStatus? Status { get; set; }

    public TaskPriority? Priority { get; set; }

    // activity (an ActivityEntry); the activity is written by name, camelCase
    public string? Activity { get; set; }

    public List<FieldChangeDocument?>? Changes { get; set; }

    public RecordReferenceDocument? Related { get; set; }

    public string? Snapshot { get; set; }

    public static bool IsVersioned => true;

    public static HistoryItemDocument From(HistoryItem value)
    {
        var document = new HistoryItemDocument
        {
            Id = Scalars.HistoryItemId.Format(value.Id),
            Record = RecordReferenceDocument.From(value.Record),
            Subject = value.Subject,
            Body = value.Body,
            CreatedAt = value.CreatedAt,
            CreatedBy = value.CreatedBy is { } by ? Scalars.UserId.Format(by) : null,
        };
        switch (value)
        {
            case BusinessNote:
                document.Kind = NoteKind;
                break;
            case PhoneLog call:
                document.Kind = PhoneLogKind;
                document.Direction = call.Direction;
                document.Number = call.Number;
                document.StartedAt = call.StartedAt;
                document.Duration = call.Duration;
                break;
            case Appointment appointment:
                document.Kind = AppointmentKind;
                document.Start = appointment.Start;
                document.End = appointment.End;
                document.Location = appointment.Location;
                break;
            case TaskItem task:
                document.Kind = TaskKind;
                document.DueDate = task.DueDate;
                document.Status = task.Status;
                document.Priority = task.Priority;
                break;
            case ActivityEntry entry:
                document.Kind = ActivityEntryKind;
                document.Activity = ActivityNames.Format(entry.Activity);
                document.Changes = entry.Changes.Count == 0 ? null : [.. entry.Changes.Select(FieldChangeDocument.From)];
                document.Related = entry.Related is { } related ? RecordReferenceDocument.From(related) : null;
                document.Snapshot = entry.Snapshot;
                break;
            default:
                throw new ArgumentException($"LeadKit's JSON format has no kind for {value.GetType().Name}.", nameof(value));
        }

        return document;
    }

    public HistoryItem ToValue(DocumentPath path)
    {
        var kindPath = path.Property("kind");
        var kind = kindPath.Required(Kind);
        var id = Scalars.HistoryItemId.Parse(Id, path.Property("id"));
        var record = path.Property("record").Required(Record).ToValue(path.Property("record"));
        var createdAt = path.Property("createdAt").RequiredValue(CreatedAt);
        UserId? createdBy = CreatedBy is null ? null : Scalars.UserId.Parse(CreatedBy, path.Property("createdBy"));
        var subject = Subject ?? string.Empty;
        switch (kind)
        {
            case NoteKind:
                RefuseMembersOfOtherKinds(kind, path, PhoneLogMembers, AppointmentMembers, TaskMembers, ActivityMembers);
                return path.Build(() => new BusinessNote(id, record, subject, Body, createdAt, createdBy));
            case PhoneLogKind:
            {
                RefuseMembersOfOtherKinds(kind, path, AppointmentMembers, TaskMembers, ActivityMembers);
                var direction = path.Property("direction").RequiredValue(Direction);
                var number = path.Property("number").Required(Number);
                var startedAt = path.Property("startedAt").RequiredValue(StartedAt);
                var duration = path.Property("duration").RequiredValue(Duration);
                return path.Build(() => new PhoneLog(id, record, subject, Body, createdAt, direction, number, startedAt, duration, createdBy));
            }

            case AppointmentKind:
            {
                RefuseMembersOfOtherKinds(kind, path, PhoneLogMembers, TaskMembers, ActivityMembers);
                var start = path.Property("start").RequiredValue(Start);
                var end = path.Property("end").RequiredValue(End);
                return path.Build(() => new Appointment(id, record, subject, Body, createdAt, start, end, Location, createdBy));
            }

            case TaskKind:
                RefuseMembersOfOtherKinds(kind, path, PhoneLogMembers, AppointmentMembers, ActivityMembers);
                return path.Build(() => new TaskItem(id, record, subject, Body, createdAt, DueDate, Status ?? TaskItemStatus.NotStarted, Priority ?? TaskPriority.Normal, createdBy));
            case ActivityEntryKind:
                RefuseMembersOfOtherKinds(kind, path, PhoneLogMembers, AppointmentMembers, TaskMembers);
                return ReadActivity(path, id, record, subject, createdAt, createdBy);
            default:
                throw kindPath.Error($"'{kind}' is not a history item kind: use {NoteKind}, {PhoneLogKind}, {AppointmentKind}, {TaskKind} or {ActivityEntryKind}.");
        }
    }

    private static (string Name, object? Value)[] PhoneLogMembers(HistoryItemDocument d) =>
        [("direction", d.Direction), ("number", d.Number), ("startedAt", d.StartedAt), ("duration", d.Duration)];

    private static (string Name, object? Value)[] AppointmentMembers(HistoryItemDocument d) =>
        [("start", d.Start), ("end", d.End), ("location", d.Location)];

    private static (string Name, object? Value)[] TaskMembers(HistoryItemDocument d) =>
        [("dueDate", d.DueDate), ("status", d.Status), ("priority", d.Priority)];

    private static (string Name, object? Value)[] ActivityMembers(HistoryItemDocument d) =>
        [("activity", d.Activity), ("changes", d.Changes), ("related", d.Related), ("snapshot", d.Snapshot)];

    private ActivityEntry ReadActivity(DocumentPath path, HistoryItemId id, RecordReference record, string subject, Instant createdAt, UserId? createdBy)
    {
        var activityPath = path.Property("activity");
        var activity = ActivityNames.Parse(activityPath.Required(Activity)) ?? throw activityPath.Error($"'{Activity}' is not an activity: use {string.Join(", ", ActivityNames.All)}.");
        var changes = new List<FieldChange>();
        for (var i = 0; i < (Changes?.Count ?? 0); i++)
        {
            var changePath = path.Property("changes").Index(i);
            changes.Add(changePath.Required(Changes![i]).ToValue(changePath));
        }

        var related = Related is null ? (RecordReference?)null : Related.ToValue(path.Property("related"));
        return path.Build(() => new ActivityEntry(id, record, activity, subject, createdAt, createdBy, changes, Body, related, Snapshot));
    }

    private void RefuseMembersOfOtherKinds(string kind, DocumentPath path, params Func<HistoryItemDocument, (string Name, object? Value)[]>[] others)
    {
        var foreign = others.SelectMany(members => members(this)).FirstOrDefault(m => m.Value is not null);
        if (foreign.Name is not null)
        {
            throw path.Property(foreign.Name).Error($"a {kind} has no {foreign.Name}.");
        }
    }
}
