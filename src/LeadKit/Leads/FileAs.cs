using System;
using System.Globalization;

namespace LeadKit.Leads;

/// <summary>Composes the "File as" text of a record from its name, company and chosen format.</summary>
public static class FileAs
{
    /// <summary>
    /// Composes the text a record is filed under. Parts that are missing are left out; when
    /// the format needs a company that is not set (or a name part that is not set), the result
    /// falls back to what is available, and finally to the full name.
    /// </summary>
    /// <param name="format">The chosen format.</param>
    /// <param name="name">The person's name.</param>
    /// <param name="companyName">The company name, if any.</param>
    /// <returns>The filing text, never empty.</returns>
    public static string Compose(FileAsFormat format, PersonName name, string? companyName)
    {
        ArgumentNullException.ThrowIfNull(name);
        var company = string.IsNullOrWhiteSpace(companyName) ? null : companyName.Trim();
        var lastFirst = name.Last is not null && name.First is not null
            ? string.Create(CultureInfo.InvariantCulture, $"{name.Last}, {name.First}")
            : name.Last ?? name.First ?? name.FullName;
        var firstLast = name.Last is not null && name.First is not null
            ? string.Create(CultureInfo.InvariantCulture, $"{name.First} {name.Last}")
            : name.FullName;
        return format switch
        {
            FileAsFormat.LastFirst => lastFirst,
            FileAsFormat.FirstLast => firstLast,
            FileAsFormat.Company => company ?? lastFirst,
            FileAsFormat.LastFirstCompany => company is null ? lastFirst : $"{lastFirst} ({company})",
            FileAsFormat.CompanyLastFirst => company is null ? lastFirst : $"{company} ({lastFirst})",
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown file-as format."),
        };
    }
}
