namespace LeadKit.Leads;

/// <summary>How a record is filed and sorted ("File as"), chosen from name-based options.</summary>
public enum FileAsFormat
{
    /// <summary>"Last, First" — e.g. <c>Lee, Ann</c>. The default.</summary>
    LastFirst = 0,

    /// <summary>"First Last" — e.g. <c>Ann Lee</c>.</summary>
    FirstLast = 1,

    /// <summary>The company name — e.g. <c>Contoso</c>.</summary>
    Company = 2,

    /// <summary>"Last, First (Company)" — e.g. <c>Lee, Ann (Contoso)</c>.</summary>
    LastFirstCompany = 3,

    /// <summary>"Company (Last, First)" — e.g. <c>Contoso (Lee, Ann)</c>.</summary>
    CompanyLastFirst = 4,
}
