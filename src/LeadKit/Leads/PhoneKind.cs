namespace LeadKit.Leads;

/// <summary>The kinds of phone number a record can hold (every phone slot of the contact manager's records).</summary>
public enum PhoneKind
{
    /// <summary>Business.</summary>
    Business = 0,

    /// <summary>Business 2.</summary>
    Business2 = 1,

    /// <summary>Home.</summary>
    Home = 2,

    /// <summary>Home 2.</summary>
    Home2 = 3,

    /// <summary>Mobile.</summary>
    Mobile = 4,

    /// <summary>Business fax.</summary>
    BusinessFax = 5,

    /// <summary>Home fax.</summary>
    HomeFax = 6,

    /// <summary>Other fax.</summary>
    OtherFax = 7,

    /// <summary>Pager.</summary>
    Pager = 8,

    /// <summary>Callback.</summary>
    Callback = 9,

    /// <summary>Company main.</summary>
    CompanyMain = 10,

    /// <summary>ISDN.</summary>
    Isdn = 11,

    /// <summary>Telex.</summary>
    Telex = 12,

    /// <summary>Radio.</summary>
    Radio = 13,

    /// <summary>Primary.</summary>
    Primary = 14,

    /// <summary>Car.</summary>
    Car = 15,

    /// <summary>Assistant.</summary>
    Assistant = 16,

    /// <summary>TTY/TDD.</summary>
    TtyTdd = 17,

    /// <summary>Other.</summary>
    Other = 18,
}
