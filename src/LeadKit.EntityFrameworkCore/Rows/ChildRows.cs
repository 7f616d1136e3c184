using System;
using NodaTime;

namespace LeadKit.EntityFrameworkCore.Rows;

/// <summary>A row of <c>record_emails</c>: one e-mail address of a lead or contact, folded.</summary>
internal sealed class EmailRow
{
    public int RecordKind { get; set; }

    public Guid RecordId { get; set; }

    public int Position { get; set; }

    public string AddressKey { get; set; } = string.Empty;
}

/// <summary>A row of <c>record_phones</c>: one phone number, as digits.</summary>
internal sealed class PhoneRow
{
    public int RecordKind { get; set; }

    public Guid RecordId { get; set; }

    public int Position { get; set; }

    public string Digits { get; set; } = string.Empty;
}

/// <summary>A row of <c>record_addresses</c>: the filterable parts of one postal address.</summary>
internal sealed class AddressRow
{
    public int RecordKind { get; set; }

    public Guid RecordId { get; set; }

    public int Position { get; set; }

    public string? CityKey { get; set; }

    public string? StateKey { get; set; }

    public string? PostalCodeKey { get; set; }

    public string? CountryKey { get; set; }
}

/// <summary>A row of <c>record_criteria</c>: one checked scoring criterion.</summary>
internal sealed class CriterionRow
{
    public int RecordKind { get; set; }

    public Guid RecordId { get; set; }

    public int Position { get; set; }

    public string CriterionKey { get; set; } = string.Empty;

    public Instant CheckedAt { get; set; }
}

/// <summary>A row of <c>record_custom_values</c>: one custom-field value in the column of its type.</summary>
internal sealed class CustomValueRow
{
    public int RecordKind { get; set; }

    public Guid RecordId { get; set; }

    public string NameKey { get; set; } = string.Empty;

    /// <summary>Orders values of different types: yes/no 0, number 1, date 2, text 4.</summary>
    public int TypeRank { get; set; }

    public decimal? NumberValue { get; set; }

    public LocalDate? DateValue { get; set; }

    public string? TextKey { get; set; }
}
