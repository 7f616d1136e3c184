using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.Leads;
using LeadKit.Storage;

namespace LeadKit.Operations;

/// <summary>
/// The seam through which scores are refreshed after an operation changes records: set
/// <see cref="OperationContext.Rescorer"/> and every operation that changes records (assign, bulk
/// edit and its undo, conversion, comments, restore) calls it with the records it changed, after
/// the change and before they are saved, inside the same unit of work.
/// </summary>
/// <remarks>
/// A rescorer may change the records it is given (for example store a computed score on them):
/// they are saved with the operation's change. It may read through the unit of work
/// (a record's history, say) but must not save the records itself. If it throws a
/// <see cref="LeadKitException"/>, the records of that batch fail (under
/// <see cref="FailurePolicy.AllOrNothing"/>, nothing is written); any other exception aborts the
/// operation and nothing is written. It is not called for dry runs.
/// </remarks>
public interface IRecordRescorer
{
    /// <summary>Refreshes the scores of changed records before they are saved.</summary>
    /// <param name="unitOfWork">The operation's unit of work (read through it; do not commit it).</param>
    /// <param name="records">The changed records, not yet saved.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task that completes when the records are rescored.</returns>
    Task RescoreAsync(IUnitOfWork unitOfWork, IReadOnlyList<ContactRecord> records, CancellationToken cancellationToken = default);
}
