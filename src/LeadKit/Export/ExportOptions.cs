using System.Collections.Generic;
using LeadKit.Querying;

namespace LeadKit.Export;

/// <summary>Which leads an export writes and which of their fields. Immutable (<c>with</c> to change).</summary>
public sealed record ExportOptions
{
    /// <summary>Gets the default options: every lead, every field.</summary>
    public static ExportOptions Default { get; } = new();

    /// <summary>Gets the leads to write (all when null), in the filter language.</summary>
    public Filter? Filter { get; init; }

    /// <summary>
    /// Gets the fields to write, by catalogue name (<c>name</c>, <c>email</c>, <c>company</c>,
    /// <c>custom.Budget</c>); all when null. <c>name</c> covers the name's parts, <c>address</c> the
    /// addresses' parts.
    /// </summary>
    public IReadOnlyList<string>? Columns { get; init; }
}
