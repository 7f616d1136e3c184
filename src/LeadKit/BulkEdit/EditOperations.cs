using System;

namespace LeadKit.BulkEdit;

/// <summary>The operations an <see cref="EditableField"/> supports.</summary>
[Flags]
public enum EditOperations
{
    /// <summary>None.</summary>
    None = 0,

    /// <summary><see cref="EditOperation.Set"/>.</summary>
    Set = 1,

    /// <summary><see cref="EditOperation.Clear"/>.</summary>
    Clear = 2,

    /// <summary><see cref="EditOperation.Add"/>.</summary>
    Add = 4,

    /// <summary><see cref="EditOperation.Remove"/>.</summary>
    Remove = 8,
}
