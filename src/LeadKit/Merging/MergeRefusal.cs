namespace LeadKit.Merging;

/// <summary>Why a merge was refused (<see cref="MergeRefusedException.Reason"/>).</summary>
public enum MergeRefusal
{
    /// <summary>The request names no lead to merge into the master.</summary>
    NothingToMerge = 0,

    /// <summary>The master is also listed among the leads to merge into it.</summary>
    MasterAmongOthers = 1,

    /// <summary>A lead is listed twice among the leads to merge.</summary>
    DuplicateLead = 2,

    /// <summary>A lead was converted into a business contact: its history and opportunities live on the contact, which links back to it.</summary>
    Converted = 3,

    /// <summary>A preference names a field the workspace's field catalogue does not have.</summary>
    UnknownField = 4,

    /// <summary>A preference names a field that has no single value to choose: a read-only field, or a list whose entries are always united (e-mail, phone, address, checked).</summary>
    FieldNotPreferable = 5,

    /// <summary>A preference names a lead that is neither the master nor one of the leads merged.</summary>
    PreferredLeadNotInMerge = 6,

    /// <summary>Two preferences choose different leads for one field (or for <c>manualStars</c> and <c>scoreType</c>, which are one score state).</summary>
    ConflictingPreferences = 7,

    /// <summary>The united e-mail addresses, phone numbers or postal addresses would exceed <see cref="Leads.ContactRecord.MaxEntries"/>.</summary>
    TooManyEntries = 8,

    /// <summary>The united comments would exceed <see cref="Leads.ContactRecord.MaxCommentsLength"/>.</summary>
    CommentsTooLong = 9,
}
