namespace LeadKit.History;

/// <summary>The progress of a task.</summary>
public enum TaskItemStatus
{
    /// <summary>Not started.</summary>
    NotStarted = 0,

    /// <summary>In progress.</summary>
    InProgress = 1,

    /// <summary>Waiting on someone else.</summary>
    Waiting = 2,

    /// <summary>Deferred.</summary>
    Deferred = 3,

    /// <summary>Completed.</summary>
    Completed = 4,
}
