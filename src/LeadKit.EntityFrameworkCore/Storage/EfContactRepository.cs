using System;
using LeadKit.Contacts;
using LeadKit.EntityFrameworkCore.Rows;
using LeadKit.Leads;

namespace LeadKit.EntityFrameworkCore.Storage;

/// <summary>The business contacts of a unit of work's workspace.</summary>
internal sealed class EfContactRepository(EfUnitOfWork unit) : EfRecordRepository<BusinessContact, ContactId, ContactRow>(unit), LeadKit.Storage.IBusinessContactRepository
{
    protected override RecordKind Kind => RecordKind.BusinessContact;

    protected override Guid Key(ContactId id) => id.Value;

    protected override BusinessContact Copy(BusinessContact record) => record.Copy();
}
