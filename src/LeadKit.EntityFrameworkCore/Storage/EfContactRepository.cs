using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.Contacts;
using LeadKit.Leads;
using Microsoft.EntityFrameworkCore;

namespace LeadKit.EntityFrameworkCore.Storage;

/// <summary>The business contacts of a unit of work's workspace.</summary>
internal sealed class EfContactRepository(EfUnitOfWork unit) : EfRecordRepository<BusinessContact, ContactId>(unit), LeadKit.Storage.IBusinessContactRepository
{
    protected override RecordKind Kind => RecordKind.BusinessContact;

    protected override string TypeName => nameof(BusinessContact);

    protected override Guid Key(ContactId id) => id.Value;

    protected override BusinessContact Copy(BusinessContact record) => record.Copy();

    protected override Task<string?> FindDocumentAsync(Guid id, CancellationToken cancellationToken)
    {
        var workspace = Unit.Workspace.Value;
        return Unit.Context.Contacts.AsNoTracking().Where(r => r.Id == id && r.WorkspaceId == workspace).Select(r => r.Document).FirstOrDefaultAsync(cancellationToken)!;
    }
}
