using System;
using System.Collections.Generic;
using LeadKit.Leads;
using NodaTime;

namespace LeadKit.Storage;

/// <summary>
/// For store adapters: the saves a unit of work has staged for the caller's record objects (new
/// version, modified stamps), applied to those objects only once the unit of work commits. Until
/// then the objects keep the versions they were read at, so a failed write, a failed commit or a
/// unit of work disposed without committing leaves them exactly as they were (the rule
/// <see cref="IUnitOfWork"/> states). Within the unit of work a record saved twice is checked
/// against its staged version (<see cref="VersionOf"/>). One instance per unit of work; not
/// thread-safe (neither is a unit of work).
/// </summary>
/// <remarks>
/// The unit-of-work half of the store adapters' seam; <see cref="StoreRecords"/> is the other half (stamping
/// the store's own copies, writing stored scores), and states the invariants both keep.
/// </remarks>
public sealed class StagedSaves
{
    private readonly Dictionary<ContactRecord, (Instant At, UserId? By, long Version)> _marks = new(ReferenceEqualityComparer.Instance);

    /// <summary>Gets the version a record object has in this unit of work: its staged one, or its own.</summary>
    /// <param name="record">The caller's record object.</param>
    /// <returns>The version to check the stored row against.</returns>
    public long VersionOf(ContactRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return _marks.TryGetValue(record, out var mark) ? mark.Version : record.Version;
    }

    /// <summary>Stages a save of <paramref name="record"/>, replacing an earlier one of the same object.</summary>
    /// <param name="record">The caller's record object.</param>
    /// <param name="at">When it was saved.</param>
    /// <param name="by">Who saved it.</param>
    /// <param name="version">The version it was saved at.</param>
    public void Stage(ContactRecord record, Instant at, UserId? by, long version)
    {
        ArgumentNullException.ThrowIfNull(record);
        _marks[record] = (at, by, version);
    }

    /// <summary>Marks every staged object saved (as <see cref="StoreRecords.MarkSaved"/> does) and forgets them; call once the commit succeeded.</summary>
    public void Apply()
    {
        foreach (var (record, mark) in _marks)
        {
            record.MarkSaved(mark.At, mark.By, mark.Version);
        }

        _marks.Clear();
    }

    /// <summary>Forgets every staged save; the objects keep their versions.</summary>
    public void Discard() => _marks.Clear();
}
