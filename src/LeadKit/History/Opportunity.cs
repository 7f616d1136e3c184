using System;
using System.Collections.Generic;
using System.Linq;
using LeadKit.Leads;
using LeadKit.Utility;
using NodaTime;

namespace LeadKit.History;

/// <summary>
/// A sales opportunity linked to a lead or business contact: the products or services the person
/// is interested in, their total value, the stage, the probability and the expected close date.
/// Immutable: each change returns a new opportunity with the same identifier.
/// </summary>
public sealed class Opportunity : IEquatable<Opportunity>
{
    private readonly ProductLine[] _lines;

    /// <summary>Creates an opportunity.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="record">The lead or contact it belongs to.</param>
    /// <param name="title">A short title (required).</param>
    /// <param name="currencyCode">The ISO 4217 currency of prices, e.g. <c>EUR</c>.</param>
    /// <param name="lines">The products or services.</param>
    /// <param name="stage">The sales stage.</param>
    /// <param name="probability">The chance of closing, 0–100 percent.</param>
    /// <param name="expectedCloseDate">When it is expected to close.</param>
    /// <param name="createdAt">When it was created.</param>
    public Opportunity(OpportunityId id, RecordReference record, string title, string currencyCode, IEnumerable<ProductLine> lines, OpportunityStage stage, int probability, LocalDate? expectedCloseDate, Instant createdAt)
    {
        ArgumentNullException.ThrowIfNull(lines);
        Id = id;
        Record = record;
        Title = title?.Trim() ?? string.Empty;
        CurrencyCode = currencyCode?.Trim().ToUpperInvariant() ?? string.Empty;
        _lines = [.. lines];
        if (Array.IndexOf(_lines, null) is var nullAt and >= 0)
        {
            throw Preconditions.Invalid(nameof(Opportunity), $"Lines[{nullAt}]", "LeadKit.Opportunity.LineRequired", "A product line cannot be null.");
        }

        Stage = stage;
        Probability = probability;
        ExpectedCloseDate = expectedCloseDate;
        CreatedAt = createdAt;
        Preconditions.Validated(this, OpportunityValidator.Instance, nameof(Opportunity));
    }

    /// <summary>Gets the identifier.</summary>
    public OpportunityId Id { get; }

    /// <summary>Gets the lead or contact the opportunity belongs to.</summary>
    public RecordReference Record { get; }

    /// <summary>Gets the title.</summary>
    public string Title { get; }

    /// <summary>Gets the ISO 4217 currency code.</summary>
    public string CurrencyCode { get; }

    /// <summary>Gets the products or services.</summary>
    public IReadOnlyList<ProductLine> Lines => _lines;

    /// <summary>Gets the sum of the lines' totals, exact.</summary>
    public decimal Total => _lines.Sum(l => l.Total);

    /// <summary>Gets the sales stage.</summary>
    public OpportunityStage Stage { get; }

    /// <summary>Gets the chance of closing, in percent.</summary>
    public int Probability { get; }

    /// <summary>Gets when the opportunity is expected to close.</summary>
    public LocalDate? ExpectedCloseDate { get; }

    /// <summary>Gets when the opportunity was created.</summary>
    public Instant CreatedAt { get; }

    /// <summary>Returns a copy at another stage and probability.</summary>
    /// <param name="stage">The new stage.</param>
    /// <param name="probability">The new probability.</param>
    /// <returns>The copy.</returns>
    public Opportunity WithStage(OpportunityStage stage, int probability) =>
        new(Id, Record, Title, CurrencyCode, _lines, stage, probability, ExpectedCloseDate, CreatedAt);

    /// <summary>Returns a copy linked to another record (used when a lead becomes a contact).</summary>
    /// <param name="record">The record.</param>
    /// <returns>The copy.</returns>
    public Opportunity RelinkTo(RecordReference record) =>
        new(Id, record, Title, CurrencyCode, _lines, Stage, Probability, ExpectedCloseDate, CreatedAt);

    /// <inheritdoc />
    public bool Equals(Opportunity? other) =>
        other is not null && Id == other.Id && Record == other.Record && Title == other.Title && CurrencyCode == other.CurrencyCode
        && _lines.SequenceEqual(other._lines) && Stage == other.Stage && Probability == other.Probability
        && ExpectedCloseDate == other.ExpectedCloseDate && CreatedAt == other.CreatedAt;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Opportunity);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Record, Title, Stage, Probability, _lines.Length);

    /// <inheritdoc />
    public override string ToString() => $"{Title} ({Total} {CurrencyCode}, {Stage})";
}
