using LeadKit.Leads;

namespace LeadKit.Storage;

/// <summary>The leads of one workspace.</summary>
public interface ILeadRepository : IRecordRepository<Lead, LeadId>;
