using System;
using System.Collections.Generic;

namespace LeadKit.Export;

/// <summary>
/// What the exported records hold, measured before the first is written, for formats with a header:
/// the largest number of e-mail addresses, phone numbers and postal addresses one record has, and the
/// keys of the other fields used by any record (catalogue order). Immutable.
/// </summary>
public sealed class ExportShape
{
    /// <summary>Creates a shape.</summary>
    /// <param name="emails">The most e-mail addresses a record has.</param>
    /// <param name="phones">The most phone numbers a record has.</param>
    /// <param name="addresses">The most postal addresses a record has.</param>
    /// <param name="fields">The keys of the single fields any record uses (name parts and custom fields included), in column order.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="fields"/> is null.</exception>
    public ExportShape(int emails, int phones, int addresses, IReadOnlyList<string> fields)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(emails);
        ArgumentOutOfRangeException.ThrowIfNegative(phones);
        ArgumentOutOfRangeException.ThrowIfNegative(addresses);
        ArgumentNullException.ThrowIfNull(fields);
        Emails = emails;
        Phones = phones;
        Addresses = addresses;
        Fields = fields;
    }

    /// <summary>Gets the shape given to a target that did not ask for one (<see cref="IExportTarget.NeedsShape"/> false).</summary>
    public static ExportShape Unknown { get; } = new(0, 0, 0, []);

    /// <summary>Gets the most e-mail addresses a record has.</summary>
    public int Emails { get; }

    /// <summary>Gets the most phone numbers a record has.</summary>
    public int Phones { get; }

    /// <summary>Gets the most postal addresses a record has.</summary>
    public int Addresses { get; }

    /// <summary>Gets the keys of the other fields any record uses, in column order (<c>name</c>, <c>first</c>, …, <c>title</c>, …, <c>custom.Budget</c>).</summary>
    public IReadOnlyList<string> Fields { get; }
}
