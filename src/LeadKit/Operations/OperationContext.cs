using System;
using LeadKit.Leads;
using LeadKit.Storage;
using NodaTime;

namespace LeadKit.Operations;

/// <summary>
/// Where and as whom LeadKit's operations (assignment, bulk edit, conversion, deletion,
/// comments) run: the store, the workspace, the acting user and the clock. Each operation call
/// opens one unit of work on the workspace as the acting user, and commits it once, or not at all.
/// </summary>
public sealed class OperationContext
{
    /// <summary>
    /// The default number of records read, checked and saved together: 100, small enough that a
    /// batch in flight (records as read, their copies, documents and history entries) is usually
    /// collected young instead of being promoted by each gen-0 collection, which measured 10–25 %
    /// faster bulk edits than batches of 500 (<c>docs/benchmarks.md</c>). A store still groups its
    /// round trips by its own size.
    /// </summary>
    public const int DefaultBatchSize = 100;

    /// <summary>Creates a context.</summary>
    /// <param name="store">The store.</param>
    /// <param name="workspace">The workspace the operations work on.</param>
    /// <param name="clock">The clock that stamps history entries and checked criteria.</param>
    /// <param name="actingUser">The user performing the operations (recorded as modified-by and in history), if known.</param>
    /// <exception cref="ArgumentNullException"><paramref name="store"/> or <paramref name="clock"/> is null.</exception>
    public OperationContext(ILeadKitStore store, WorkspaceId workspace, IClock clock, UserId? actingUser = null)
    {
        Store = store ?? throw new ArgumentNullException(nameof(store));
        Clock = clock ?? throw new ArgumentNullException(nameof(clock));
        Workspace = workspace;
        ActingUser = actingUser;
    }

    /// <summary>Gets the store.</summary>
    public ILeadKitStore Store { get; }

    /// <summary>Gets the workspace.</summary>
    public WorkspaceId Workspace { get; }

    /// <summary>Gets the clock.</summary>
    public IClock Clock { get; }

    /// <summary>Gets the acting user, if known.</summary>
    public UserId? ActingUser { get; }

    /// <summary>Gets the rescorer called with every batch of changed records before it is saved, or <see langword="null"/> for none.</summary>
    public IRecordRescorer? Rescorer { get; init; }

    /// <summary>
    /// Gets how many records are read, checked and saved together (1 to <see cref="RecordQuery.MaxLimit"/>;
    /// <see cref="DefaultBatchSize"/> by default): at most one batch of records is held in memory at a time (the report keeps one small outcome per record).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is out of range.</exception>
    public int BatchSize
    {
        get;
        init => field = value is >= 1 and <= RecordQuery.MaxLimit
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"A batch holds 1 to {RecordQuery.MaxLimit} records.");
    } = DefaultBatchSize;
}
