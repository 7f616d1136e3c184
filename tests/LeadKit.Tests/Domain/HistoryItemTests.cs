using LeadKit.Contacts;
using LeadKit.History;
using LeadKit.Leads;
using LeadKit.Validation;
using NodaTime;

namespace LeadKit.Tests.Domain;

/// <summary>Business notes, phone logs, appointments and tasks.</summary>
public sealed class HistoryItemTests
{
    private static readonly Instant At = Instant.FromUtc(2026, 11, 27, 9, 0);
    private static readonly RecordReference Lead = RecordReference.To(LeadId.New());

    [Fact]
    public void BusinessNote_TrimsTheSubjectAndOccursWhenCreated()
    {
        var id = HistoryItemId.New();
        var user = UserId.New();

        var note = new BusinessNote(id, Lead, "  Intro call  ", "Body text", At, user);

        Assert.Equal(id, note.Id);
        Assert.Equal(Lead, note.Record);
        Assert.Equal("Intro call", note.Subject);
        Assert.Equal("Body text", note.Body);
        Assert.Equal(At, note.CreatedAt);
        Assert.Equal(At, note.OccurredAt);
        Assert.Equal(user, note.CreatedBy);
    }

    [Fact]
    public void BusinessNote_BlankBody_BecomesNull_AndBodyIsNotTrimmed()
    {
        Assert.Null(new BusinessNote(HistoryItemId.New(), Lead, "S", "  \n ", At).Body);
        Assert.Equal(" indented\n", new BusinessNote(HistoryItemId.New(), Lead, "S", " indented\n", At).Body);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Constructor_BlankSubject_IsRefusedWithSubjectRequired(string? subject)
    {
        var ex = Assert.Throws<LeadKitValidationException>(() => new BusinessNote(HistoryItemId.New(), Lead, subject!, null, At));

        var error = Assert.Single(ex.Errors);
        Assert.Equal("Subject", error.PropertyPath);
        Assert.Equal("LeadKit.HistoryItem.SubjectRequired", error.ErrorCode);
        Assert.Equal(nameof(BusinessNote), ex.TypeName);
    }

    [Fact]
    public void Constructor_SubjectOf255_IsAccepted()
    {
        Assert.Equal(255, new BusinessNote(HistoryItemId.New(), Lead, new string('s', HistoryItem.MaxSubjectLength), null, At).Subject.Length);
    }

    [Fact]
    public void Constructor_SubjectOf256_IsRefusedWithSubjectTooLong()
    {
        ValidationAssert.Single(() => new BusinessNote(HistoryItemId.New(), Lead, new string('s', 256), null, At), "Subject", "LeadKit.HistoryItem.SubjectTooLong");
    }

    [Fact]
    public void Constructor_BodyTooLong_IsRefusedWithBodyTooLong()
    {
        ValidationAssert.Single(() => new BusinessNote(HistoryItemId.New(), Lead, "S", new string('b', HistoryItem.MaxBodyLength + 1), At), "Body", "LeadKit.HistoryItem.BodyTooLong");
    }

    [Fact]
    public void Constructor_EverySubtype_SharesTheSubjectRules()
    {
        ValidationAssert.Single(() => NewPhoneLog(subject: " "), "Subject", "LeadKit.HistoryItem.SubjectRequired");
        ValidationAssert.Single(() => NewAppointment(subject: " "), "Subject", "LeadKit.HistoryItem.SubjectRequired");
        ValidationAssert.Single(() => NewTask(subject: new string('s', 256)), "Subject", "LeadKit.HistoryItem.SubjectTooLong");
    }

    [Fact]
    public void PhoneLog_KeepsTheCallAndOccursWhenItStarted()
    {
        var started = At - Duration.FromHours(1);

        var log = new PhoneLog(HistoryItemId.New(), Lead, "Follow-up", null, At, CallDirection.Outgoing, " +1 555 123 4567 x12 ", started, Duration.FromMinutes(12));

        Assert.Equal(CallDirection.Outgoing, log.Direction);
        Assert.Equal("+1 555 123 4567 x12", log.Number);
        Assert.Equal(started, log.StartedAt);
        Assert.Equal(started, log.OccurredAt);
        Assert.Equal(Duration.FromMinutes(12), log.Duration);
    }

    [Fact]
    public void PhoneLog_ZeroDuration_IsAccepted()
    {
        Assert.Equal(Duration.Zero, NewPhoneLog(duration: Duration.Zero).Duration);
    }

    [Fact]
    public void PhoneLog_NegativeDuration_IsRefusedWithDuration()
    {
        ValidationAssert.Single(() => NewPhoneLog(duration: Duration.FromSeconds(-1)), "Duration", "LeadKit.PhoneLog.Duration");
    }

    [Fact]
    public void PhoneLog_DurationOfADayOrMore_IsRefusedWithDuration()
    {
        Assert.Equal(Duration.FromDays(1) - Duration.Epsilon, NewPhoneLog(duration: Duration.FromDays(1) - Duration.Epsilon).Duration);
        ValidationAssert.Single(() => NewPhoneLog(duration: Duration.FromDays(1)), "Duration", "LeadKit.PhoneLog.Duration");
    }

    [Fact]
    public void PhoneLog_UnknownDirection_IsRefusedWithDirection()
    {
        ValidationAssert.Single(() => NewPhoneLog(direction: (CallDirection)99), "Direction", "LeadKit.PhoneLog.Direction");
    }

    [Fact]
    public void PhoneLog_InvalidNumber_IsRefusedByPhoneNumber()
    {
        var ex = Assert.Throws<LeadKitValidationException>(() => NewPhoneLog(number: "call me"));

        Assert.Equal(nameof(PhoneNumber), ex.TypeName);
        Assert.Contains(ex.Errors, e => e.PropertyPath == "Number" && e.ErrorCode == "LeadKit.PhoneNumber.Syntax");
    }

    [Fact]
    public void Appointment_KeepsTheSlotAndOccursWhenItStarts()
    {
        var start = At + Duration.FromDays(3);
        var end = start + Duration.FromHours(1);

        var appointment = new Appointment(HistoryItemId.New(), Lead, "Demo", null, At, start, end, "  Room 4 ");

        Assert.Equal(start, appointment.Start);
        Assert.Equal(end, appointment.End);
        Assert.Equal(start, appointment.OccurredAt);
        Assert.Equal("Room 4", appointment.Location);
    }

    [Fact]
    public void Appointment_EndEqualToStart_IsAccepted()
    {
        var appointment = NewAppointment(start: At, end: At);

        Assert.Equal(appointment.Start, appointment.End);
        Assert.Null(appointment.Location);
    }

    [Fact]
    public void Appointment_EndBeforeStart_IsRefusedWithEndBeforeStart()
    {
        ValidationAssert.Single(() => NewAppointment(start: At, end: At - Duration.FromMinutes(1)), "End", "LeadKit.Appointment.EndBeforeStart");
    }

    [Fact]
    public void Appointment_LocationOf256_IsRefusedWithLocationTooLong()
    {
        ValidationAssert.Single(() => NewAppointment(location: new string('l', 256)), "Location", "LeadKit.Appointment.LocationTooLong");
    }

    [Fact]
    public void TaskItem_DefaultsToNotStartedNormal()
    {
        var task = NewTask();

        Assert.Equal(TaskItemStatus.NotStarted, task.Status);
        Assert.Equal(TaskPriority.Normal, task.Priority);
        Assert.Null(task.DueDate);
        Assert.Equal(At, task.OccurredAt);
    }

    [Fact]
    public void TaskItem_KeepsDueDateStatusAndPriority()
    {
        var task = new TaskItem(HistoryItemId.New(), Lead, "Send quote", null, At, new LocalDate(2026, 12, 1), TaskItemStatus.Waiting, TaskPriority.High);

        Assert.Equal(new LocalDate(2026, 12, 1), task.DueDate);
        Assert.Equal(TaskItemStatus.Waiting, task.Status);
        Assert.Equal(TaskPriority.High, task.Priority);
    }

    [Fact]
    public void TaskItem_UnknownStatus_IsRefusedWithStatus()
    {
        ValidationAssert.Single(() => NewTask(status: (TaskItemStatus)99), "Status", "LeadKit.TaskItem.Status");
    }

    [Fact]
    public void TaskItem_UnknownPriority_IsRefusedWithPriority()
    {
        ValidationAssert.Single(() => NewTask(priority: (TaskPriority)(-1)), "Priority", "LeadKit.TaskItem.Priority");
    }

    [Fact]
    public void RelinkTo_KeepsEverythingButTheRecord()
    {
        var contact = RecordReference.To(ContactId.New());
        var user = UserId.New();
        HistoryItem[] items =
        [
            new BusinessNote(HistoryItemId.New(), Lead, "Note", "Body", At, user),
            new PhoneLog(HistoryItemId.New(), Lead, "Call", "Notes", At, CallDirection.Incoming, "555 1234", At, Duration.FromMinutes(3), user),
            new Appointment(HistoryItemId.New(), Lead, "Meet", null, At, At, At + Duration.FromHours(1), "Lyon", user),
            new TaskItem(HistoryItemId.New(), Lead, "Task", null, At, new LocalDate(2026, 12, 1), TaskItemStatus.InProgress, TaskPriority.Low, user),
        ];

        foreach (var item in items)
        {
            var moved = item.RelinkTo(contact);

            Assert.IsType(item.GetType(), moved);
            Assert.Equal(contact, moved.Record);
            Assert.Equal(item, moved.RelinkTo(Lead));
            Assert.Equal(item.Id, moved.Id);
            Assert.Equal(item.OccurredAt, moved.OccurredAt);
        }
    }

    [Fact]
    public void Equals_SameValues_IsEqual()
    {
        var id = HistoryItemId.New();

        Assert.Equal(new BusinessNote(id, Lead, "S", "B", At), new BusinessNote(id, Lead, " S ", "B", At));
        Assert.NotEqual(new BusinessNote(id, Lead, "S", "B", At), new BusinessNote(id, Lead, "S", "C", At));
    }

    private static PhoneLog NewPhoneLog(string subject = "Call", CallDirection direction = CallDirection.Incoming, string number = "555 1234", Duration? duration = null) =>
        new(HistoryItemId.New(), Lead, subject, null, At, direction, number, At, duration ?? Duration.FromMinutes(5));

    private static Appointment NewAppointment(string subject = "Meet", Instant? start = null, Instant? end = null, string? location = null) =>
        new(HistoryItemId.New(), Lead, subject, null, At, start ?? At, end ?? At + Duration.FromHours(1), location);

    private static TaskItem NewTask(string subject = "Task", TaskItemStatus status = TaskItemStatus.NotStarted, TaskPriority priority = TaskPriority.Normal) =>
        new(HistoryItemId.New(), Lead, subject, null, At, null, status, priority);
}
