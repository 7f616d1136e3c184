using System;
using LeadKit.EntityFrameworkCore.Rows;
using LeadKit.Leads;

namespace LeadKit.EntityFrameworkCore.Storage;

/// <summary>The leads of a unit of work's workspace.</summary>
internal sealed class EfLeadRepository(EfUnitOfWork unit) : EfRecordRepository<Lead, LeadId, LeadRow>(unit), LeadKit.Storage.ILeadRepository
{
    protected override RecordKind Kind => RecordKind.Lead;

    protected override Guid Key(LeadId id) => id.Value;

    protected override Lead Copy(Lead record) => record.Copy();
}
