using System;
using System.Collections.Generic;
using System.Linq;
using LeadKit.Leads;
using LeadKit.Querying;

namespace LeadKit.Merging;

/// <summary>
/// What to merge: the master lead, which stays, and the other leads, which are merged into it and
/// deleted, in the order their values fill the master's empty fields; plus the explicit choices of
/// winning values (<see cref="Prefer(string, LeadId)"/>). Immutable: <c>Prefer</c> returns a new request.
/// The request is checked when the merge runs (<see cref="MergeRefusedException"/>).
/// </summary>
public sealed class MergeRequest
{
    /// <summary>Creates a request.</summary>
    /// <param name="master">The lead that stays.</param>
    /// <param name="others">The leads merged into it (at least one), in order.</param>
    /// <param name="preferences">Explicit winners per field, if any.</param>
    /// <exception cref="ArgumentNullException"><paramref name="others"/> is null.</exception>
    public MergeRequest(LeadId master, IEnumerable<LeadId> others, IEnumerable<FieldPreference>? preferences = null)
    {
        ArgumentNullException.ThrowIfNull(others);
        Master = master;
        Others = [.. others];
        Preferences = [.. preferences ?? []];
        if (Preferences.Any(p => p is null))
        {
            throw new ArgumentNullException(nameof(preferences), "A preference is null.");
        }
    }

    /// <summary>Gets the lead that stays.</summary>
    public LeadId Master { get; }

    /// <summary>Gets the leads merged into the master, in order.</summary>
    public IReadOnlyList<LeadId> Others { get; }

    /// <summary>Gets the explicit winners, in the order given.</summary>
    public IReadOnlyList<FieldPreference> Preferences { get; }

    /// <summary>Returns this request with one more explicit winner: field <paramref name="field"/> takes lead <paramref name="lead"/>'s value.</summary>
    /// <param name="field">The field's catalogue name.</param>
    /// <param name="lead">The master or one of the other leads.</param>
    /// <returns>The new request.</returns>
    public MergeRequest Prefer(string field, LeadId lead) => new(Master, Others, [.. Preferences, new FieldPreference(field, lead)]);

    /// <summary>Returns this request with one more explicit winner, given as a field of the catalogue.</summary>
    /// <param name="field">The field.</param>
    /// <param name="lead">The master or one of the other leads.</param>
    /// <returns>The new request.</returns>
    public MergeRequest Prefer(RecordField field, LeadId lead)
    {
        ArgumentNullException.ThrowIfNull(field);
        return Prefer(field.Name, lead);
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"Merge {string.Join(", ", Others)} into {Master}" + (Preferences.Count == 0 ? string.Empty : $" preferring {string.Join(", ", Preferences)}");
}
