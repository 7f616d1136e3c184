namespace LeadKit.Leads;

/// <summary>The picklists a workspace keeps (see <see cref="Storage.IPicklistRepository"/>).</summary>
public enum PicklistKind
{
    /// <summary>The lead sources (<see cref="ContactRecord.Source"/>); defaults: <see cref="Picklist.DefaultLeadSources"/>. A new source typed on a lead joins the list.</summary>
    LeadSources = 0,

    /// <summary>The ratings (<see cref="ContactRecord.Rating"/>); defaults: <see cref="Picklist.DefaultRatings"/>. A rating must be on the list.</summary>
    Ratings = 1,
}
