using LeadKit.Contacts;

namespace LeadKit.Storage;

/// <summary>The business contacts of one workspace.</summary>
public interface IBusinessContactRepository : IRecordRepository<BusinessContact, ContactId>;
