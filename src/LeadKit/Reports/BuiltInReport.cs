namespace LeadKit.Reports;

/// <summary>The built-in lead reports a <see cref="SavedReport"/> derives from.</summary>
public enum BuiltInReport
{
    /// <summary>Leads grouped by the user they are assigned to (<c>by-assigned</c>).</summary>
    ByAssigned = 0,

    /// <summary>Leads grouped by assigned user, then by rating (<c>by-assigned-rating</c>).</summary>
    ByAssignedRating = 1,

    /// <summary>Leads grouped by their displayed stars (<c>by-score</c>).</summary>
    ByScore = 2,
}
