using System;
using System.Collections.Generic;
using LeadKit.Leads;
using LeadKit.Contacts;

namespace LeadKit.Storage.InMemory;

internal sealed class InMemoryBusinessContactRepository(InMemoryUnitOfWork unitOfWork)
    : InMemoryRecordRepository<BusinessContact, ContactId>(unitOfWork), IBusinessContactRepository
{
    protected override Dictionary<Guid, BusinessContact> Select(InMemoryWorkspaceState state) => state.Contacts;

    protected override RecordKind Kind => RecordKind.BusinessContact;

    protected override Guid Key(ContactId id) => id.Value;

    protected override BusinessContact Copy(BusinessContact record) => record.Copy();
}
