namespace LeadKit.Import.Duplicates;

/// <summary>
/// A rule by which two records are taken for the same person: each rule turns a record into
/// <see cref="MatchKey"/>s, and two records sharing a key are duplicates. The order of the values
/// is the order of strength in which matches are listed (<see cref="DuplicateIndex{TId}.Find(System.Collections.Generic.IEnumerable{MatchKey})"/>).
/// </summary>
public enum DuplicateRule
{
    /// <summary>The same e-mail address, compared trimmed and lower-cased.</summary>
    Email = 0,

    /// <summary>The same phone number in E.164 form (<c>+14155550123</c>), extensions ignored.</summary>
    Phone = 1,

    /// <summary>The same person's name (first and last) at the same company, both normalised.</summary>
    NameAndCompany = 2,
}
