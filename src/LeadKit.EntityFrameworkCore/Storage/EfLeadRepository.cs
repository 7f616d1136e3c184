using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.Leads;
using Microsoft.EntityFrameworkCore;

namespace LeadKit.EntityFrameworkCore.Storage;

/// <summary>The leads of a unit of work's workspace.</summary>
internal sealed class EfLeadRepository(EfUnitOfWork unit) : EfRecordRepository<Lead, LeadId>(unit), LeadKit.Storage.ILeadRepository
{
    protected override RecordKind Kind => RecordKind.Lead;

    protected override string TypeName => nameof(Lead);

    protected override Guid Key(LeadId id) => id.Value;

    protected override Lead Copy(Lead record) => record.Copy();

    protected override Task<string?> FindDocumentAsync(Guid id, CancellationToken cancellationToken)
    {
        var workspace = Unit.Workspace.Value;
        return Unit.Context.Leads.AsNoTracking().Where(r => r.Id == id && r.WorkspaceId == workspace).Select(r => r.Document).FirstOrDefaultAsync(cancellationToken)!;
    }
}
