using System.Collections.Generic;
using LeadKit.Leads;
using NodaTime;

namespace LeadKit.EntityFrameworkCore.Storage;

/// <summary>
/// The saves a unit of work has staged for the caller's record objects (new version, modified
/// stamps), applied to those objects only once the unit of work commits. Until then the objects
/// keep the versions they were read at, so a failed write, a failed commit or a unit of work
/// disposed without committing leaves them exactly as they were. Within the unit of work a record
/// saved twice is checked against its staged version (<see cref="VersionOf"/>).
/// </summary>
internal sealed class SavedMarks
{
    private readonly Dictionary<ContactRecord, (Instant At, UserId? By, long Version)> _marks = new(ReferenceEqualityComparer.Instance);

    /// <summary>The version a record object has in this unit of work: its staged one, or its own.</summary>
    public long VersionOf(ContactRecord record) =>
        _marks.TryGetValue(record, out var mark) ? mark.Version : record.Version;

    /// <summary>Stages a save of <paramref name="record"/> (replacing an earlier one of the same object).</summary>
    public void Stage(ContactRecord record, Instant at, UserId? by, long version) =>
        _marks[record] = (at, by, version);

    /// <summary>Marks every staged object saved; call once the commit succeeded.</summary>
    public void Apply()
    {
        foreach (var (record, mark) in _marks)
        {
            record.MarkSaved(mark.At, mark.By, mark.Version);
        }

        _marks.Clear();
    }

    /// <summary>Forgets every staged save (the objects keep their versions).</summary>
    public void Discard() => _marks.Clear();
}
