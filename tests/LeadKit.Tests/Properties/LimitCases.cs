using LeadKit.CustomFields;
using LeadKit.Leads;
using LeadKit.Testing;

namespace LeadKit.Tests.Properties;

/// <summary>Checks that a case of <see cref="LeadKitGenerators.LeadAtLimits"/> reached every limit.</summary>
#if LEADKIT_STORE_KIT
internal static class LimitCases
#else
public static class LimitCases
#endif
{
    /// <summary>Names the first limit a lead does not reach, or returns <see langword="null"/> when it reaches them all.</summary>
    /// <param name="lead">The lead.</param>
    /// <returns>The missed limit, or <see langword="null"/>.</returns>
    public static string? Missed(Lead lead)
    {
        ArgumentNullException.ThrowIfNull(lead);
        var numbers = lead.CustomFields.Values.Where(v => v.Type is CustomFieldType.WholeNumber or CustomFieldType.Decimal or CustomFieldType.Currency).ToList();
        return (lead.Emails.Count, lead.Phones.Count, lead.Addresses.Count, lead.Photo?.Length) switch
        {
            (not ContactRecord.MaxEntries, _, _, _) => $"{lead.Emails.Count} e-mail addresses",
            (_, not ContactRecord.MaxEntries, _, _) => $"{lead.Phones.Count} phone numbers",
            (_, _, not ContactRecord.MaxEntries, _) => $"{lead.Addresses.Count} addresses",
            (_, _, _, not Photo.MaxBytes) => $"a photo of {lead.Photo?.Length} bytes",
            _ when numbers.Count == 0 => "no number custom field",
            _ when !numbers.All(IsExtreme) => "a number custom field inside its range",
            _ => null,
        };
    }

    private static bool IsExtreme(CustomFieldValue value) =>
        value.Type == CustomFieldType.WholeNumber
            ? value.AsWholeNumber is long.MaxValue or long.MinValue
            : value.AsDecimal is decimal.MaxValue or decimal.MinValue;
}
