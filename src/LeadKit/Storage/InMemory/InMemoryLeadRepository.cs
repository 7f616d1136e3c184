using System;
using System.Collections.Generic;
using LeadKit.Leads;

namespace LeadKit.Storage.InMemory;

internal sealed class InMemoryLeadRepository(InMemoryUnitOfWork unitOfWork)
    : InMemoryRecordRepository<Lead, LeadId>(unitOfWork), ILeadRepository
{
    protected override Dictionary<Guid, Lead> Select(InMemoryWorkspaceState state) => state.Leads;

    protected override RecordKind Kind => RecordKind.Lead;

    protected override Guid Key(LeadId id) => id.Value;

    protected override Lead Copy(Lead record) => record.Copy();
}
