namespace LeadKit.Leads;

/// <summary>The record types built on the business-contact record: leads and business contacts.</summary>
public enum RecordKind
{
    /// <summary>A lead.</summary>
    Lead = 0,

    /// <summary>A business contact.</summary>
    BusinessContact = 1,
}
