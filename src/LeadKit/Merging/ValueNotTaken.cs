using LeadKit.Leads;

namespace LeadKit.Merging;

/// <summary>
/// A value of a merged lead (or of the master, when a preference replaced it) that the master did not
/// take, as the merge's history entry on the master lists it.
/// </summary>
/// <param name="Field">The field's catalogue name (<c>title</c>, <c>email</c>, <c>custom.Budget</c>).</param>
/// <param name="Value">The value as text, as history shows field changes.</param>
/// <param name="From">The lead that held it.</param>
public sealed record ValueNotTaken(string Field, string Value, LeadId From)
{
    /// <summary>Returns <c>field: value (from lead …)</c>, the line of the history entry.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Field}: {Value} (from lead {From})";
}
