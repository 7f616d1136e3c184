using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.EntityFrameworkCore.Rows;
using LeadKit.Import.Duplicates;
using LeadKit.Leads;
using LeadKit.Querying;
using LeadKit.Storage;

namespace LeadKit.EntityFrameworkCore.Storage;

/// <summary>The leads of a unit of work's workspace.</summary>
internal sealed class EfLeadRepository(EfUnitOfWork unit) : EfRecordRepository<Lead, LeadId, LeadRow>(unit), ILeadRepository, IDuplicateKeySearch<LeadId>
{
    protected override RecordKind Kind => RecordKind.Lead;

    protected override Guid Key(LeadId id) => id.Value;

    protected override Lead Copy(Lead record) => record.Copy();

    public async Task<IReadOnlyList<(LeadId Record, MatchKey Key)>?> FindSharedKeysAsync(Filter filter, DuplicateMatchOptions options, CancellationToken cancellationToken = default)
    {
        var rows = await FindSharedKeyRowsAsync(filter, options, cancellationToken).ConfigureAwait(false);
        return rows?.ConvertAll(row => (new LeadId(row.Record), row.Key));
    }
}
