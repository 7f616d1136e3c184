using System;
using LeadKit.Leads;
using LeadKit.Utility;
using NodaTime;

namespace LeadKit.History;

/// <summary>A task about a record: due date, status and priority.</summary>
public sealed record TaskItem : HistoryItem
{
    /// <summary>Creates a task.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="record">The record it is about.</param>
    /// <param name="subject">The subject (required).</param>
    /// <param name="body">Details.</param>
    /// <param name="createdAt">When it was created.</param>
    /// <param name="dueDate">When it is due (a calendar date), if it has a due date.</param>
    /// <param name="status">Its progress.</param>
    /// <param name="priority">Its priority.</param>
    /// <param name="createdBy">Who created it.</param>
    public TaskItem(HistoryItemId id, RecordReference record, string subject, string? body, Instant createdAt, LocalDate? dueDate, TaskItemStatus status = TaskItemStatus.NotStarted, TaskPriority priority = TaskPriority.Normal, UserId? createdBy = null)
        : base(id, record, subject, body, createdAt, createdBy)
    {
        if (!Enum.IsDefined(status))
        {
            throw Preconditions.Invalid(nameof(TaskItem), nameof(Status), "LeadKit.TaskItem.Status", $"Unknown task status {status}.");
        }

        if (!Enum.IsDefined(priority))
        {
            throw Preconditions.Invalid(nameof(TaskItem), nameof(Priority), "LeadKit.TaskItem.Priority", $"Unknown task priority {priority}.");
        }

        DueDate = dueDate;
        Status = status;
        Priority = priority;
    }

    /// <summary>Gets when the task is due.</summary>
    public LocalDate? DueDate { get; }

    /// <summary>Gets the task's progress.</summary>
    public TaskItemStatus Status { get; }

    /// <summary>Gets the task's priority.</summary>
    public TaskPriority Priority { get; }

    /// <inheritdoc />
    public override Instant OccurredAt => CreatedAt;

    /// <inheritdoc />
    public override HistoryItem RelinkTo(RecordReference record) => new TaskItem(Id, record, Subject, Body, CreatedAt, DueDate, Status, Priority, CreatedBy);
}
