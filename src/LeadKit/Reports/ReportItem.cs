using System;
using System.Collections.Generic;
using System.Linq;
using LeadKit.Leads;

namespace LeadKit.Reports;

/// <summary>
/// One record of a group, as a report shows it: its reference and the value of each of the
/// definition's <see cref="ReportDefinition.Columns"/>. Immutable; compares by value.
/// </summary>
public sealed class ReportItem : IEquatable<ReportItem>
{
    internal ReportItem(RecordReference record, IReadOnlyList<object?> values)
    {
        Record = record;
        Values = values;
    }

    /// <summary>Gets the record.</summary>
    public RecordReference Record { get; }

    /// <summary>
    /// Gets the value of each column, in the order of <see cref="ReportDefinition.Columns"/>: as
    /// <see cref="Querying.RecordField.GetValue"/> reads it (<see cref="string"/>, <see cref="decimal"/>,
    /// <see cref="bool"/>, <see cref="NodaTime.LocalDate"/>, <see cref="NodaTime.Instant"/>), the user's
    /// display name for <c>assignedTo</c>, a list of values for a field that holds several (e-mail
    /// addresses, phones), <see langword="null"/> when the record has none.
    /// </summary>
    public IReadOnlyList<object?> Values { get; }

    /// <summary>Gets the value of each column as text (empty when missing; several values joined by <c>; </c>).</summary>
    public IReadOnlyList<string> Texts => [.. Values.Select(ReportText.Format)];

    /// <inheritdoc />
    public bool Equals(ReportItem? other) => other is not null && Record.Equals(other.Record) && Texts.SequenceEqual(other.Texts);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ReportItem);

    /// <inheritdoc />
    public override int GetHashCode() => Record.GetHashCode();

    /// <summary>Returns the column texts separated by <c> | </c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Join(" | ", Texts);
}
