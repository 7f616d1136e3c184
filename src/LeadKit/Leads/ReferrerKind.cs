namespace LeadKit.Leads;

/// <summary>Who initiated (referred) a lead.</summary>
public enum ReferrerKind
{
    /// <summary>A business contact.</summary>
    BusinessContact = 0,

    /// <summary>A user who shares the database (an employee).</summary>
    User = 1,
}
