namespace LeadKit.History;

/// <summary>The priority of a task.</summary>
public enum TaskPriority
{
    /// <summary>Low.</summary>
    Low = 0,

    /// <summary>Normal.</summary>
    Normal = 1,

    /// <summary>High.</summary>
    High = 2,
}
