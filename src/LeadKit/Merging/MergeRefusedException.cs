using LeadKit.Leads;

namespace LeadKit.Merging;

/// <summary>
/// Thrown when a merge request cannot be carried out as asked (see <see cref="Reason"/>); nothing was
/// changed. A lead that is not in the workspace is a <see cref="Storage.RecordNotFoundException"/> instead,
/// and a lead changed by someone else meanwhile a <see cref="Storage.ConcurrencyConflictException"/>.
/// </summary>
public sealed class MergeRefusedException : LeadKitException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="reason">Why the merge was refused.</param>
    /// <param name="message">The explanation, naming the lead and field concerned.</param>
    /// <param name="lead">The lead concerned, if one is.</param>
    /// <param name="field">The field concerned (its catalogue name, or the name as given), if one is.</param>
    public MergeRefusedException(MergeRefusal reason, string message, LeadId? lead = null, string? field = null)
        : base(message)
    {
        Reason = reason;
        Lead = lead;
        Field = field;
    }

    /// <summary>Gets why the merge was refused.</summary>
    public MergeRefusal Reason { get; }

    /// <summary>Gets the lead concerned, if one is.</summary>
    public LeadId? Lead { get; }

    /// <summary>Gets the field concerned, if one is.</summary>
    public string? Field { get; }
}
