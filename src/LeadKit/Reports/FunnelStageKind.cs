namespace LeadKit.Reports;

/// <summary>The stages of the sales funnel, in order. Each counts the leads of the period's cohort (created in the period) that reached it by now.</summary>
public enum FunnelStageKind
{
    /// <summary>Leads created in the period (<c>created</c>): the cohort.</summary>
    Created = 0,

    /// <summary>Leads of the cohort whose displayed stars are at least the chosen threshold (<c>qualified</c>).</summary>
    Qualified = 1,

    /// <summary>Leads of the cohort converted into business contacts (<c>converted</c>).</summary>
    Converted = 2,

    /// <summary>Leads of the cohort with at least one opportunity, on the lead or on the contact it became (<c>withOpportunity</c>).</summary>
    WithOpportunity = 3,

    /// <summary>Leads of the cohort with at least one opportunity closed and won (<c>won</c>).</summary>
    Won = 4,
}
