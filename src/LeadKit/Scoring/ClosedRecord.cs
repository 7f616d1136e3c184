using System.Collections.Generic;
using LeadKit.Utility;

namespace LeadKit.Scoring;

/// <summary>
/// A closed record as weight learning sees it: the criteria that were met when it closed, and whether it
/// converted. A lead converted into a business contact is a conversion; a lead still open past the age
/// the caller chose (or deleted) is not.
/// </summary>
public sealed class ClosedRecord
{
    /// <summary>Creates a closed record.</summary>
    /// <param name="met">The criteria met when the record closed (duplicates are ignored).</param>
    /// <param name="converted">Whether the record converted.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="met"/> is null.</exception>
    public ClosedRecord(IEnumerable<CriterionId> met, bool converted)
    {
        Met = new HashSet<CriterionId>(Preconditions.CheckNotNull(met, nameof(met)));
        Converted = converted;
    }

    /// <summary>Gets the criteria met when the record closed.</summary>
    public IReadOnlySet<CriterionId> Met { get; }

    /// <summary>Gets whether the record converted.</summary>
    public bool Converted { get; }
}
