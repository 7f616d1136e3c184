using System;
using LeadKit.Leads;

namespace LeadKit.Storage;

/// <summary>
/// One record for <see cref="IRecordRepository{TRecord, TId}.UpdateChangedAsync"/>: the record as it
/// was read (and is still stored, at its version) and the same record changed. The store may compare
/// the two to write only what differs.
/// </summary>
/// <typeparam name="TRecord">The record type.</typeparam>
/// <param name="Original">The record as read; not changed by the call.</param>
/// <param name="Changed">The changed record, at the same identifier and version; not changed by the call either.</param>
public sealed record RecordUpdate<TRecord>(TRecord Original, TRecord Changed)
    where TRecord : ContactRecord
{
    /// <summary>Gets the record as read.</summary>
    public TRecord Original { get; init; } = Original ?? throw new ArgumentNullException(nameof(Original));

    /// <summary>Gets the changed record.</summary>
    public TRecord Changed { get; init; } = Changed ?? throw new ArgumentNullException(nameof(Changed));
}
