using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;
using LeadKit.History;
using NodaTime;

namespace LeadKit.Serialization;

/// <summary>The JSON shape of an <see cref="Opportunity"/>, a top-level document with a schema version.</summary>
internal sealed class OpportunityDocument : IDocument<OpportunityDocument, Opportunity>
{
    [JsonPropertyOrder(-1)]
    public int SchemaVersion { get; set; } = Serialization.SchemaVersion.Current;

    public string? Id { get; set; }

    public RecordReferenceDocument? Record { get; set; }

    public string? Title { get; set; }

    public string? CurrencyCode { get; set; }

    public List<ProductLineDocument?>? Lines { get; set; }

    public OpportunityStage? Stage { get; set; }

    public int? Probability { get; set; }

    public LocalDate? ExpectedCloseDate { get; set; }

    public Instant? CreatedAt { get; set; }

    public static bool IsVersioned => true;

    public static OpportunityDocument From(Opportunity value) => new()
    {
        Id = Scalars.OpportunityId.Format(value.Id),
        Record = RecordReferenceDocument.From(value.Record),
        Title = value.Title,
        CurrencyCode = value.CurrencyCode,
        Lines = value.Lines.Count == 0 ? null : [.. value.Lines.Select(ProductLineDocument.From)],
        Stage = value.Stage,
        Probability = value.Probability,
        ExpectedCloseDate = value.ExpectedCloseDate,
        CreatedAt = value.CreatedAt,
    };

    public Opportunity ToValue(DocumentPath path)
    {
        var id = Scalars.OpportunityId.Parse(Id, path.Property("id"));
        var record = path.Property("record").Required(Record).ToValue(path.Property("record"));
        var lines = (Lines ?? []).Select((line, i) => path.Property("lines").Index(i).Required(line).ToValue(path.Property("lines").Index(i))).ToList();
        var stage = path.Property("stage").RequiredValue(Stage);
        var probability = path.Property("probability").RequiredValue(Probability);
        var createdAt = path.Property("createdAt").RequiredValue(CreatedAt);
        return path.Build(() => new Opportunity(id, record, Title ?? string.Empty, CurrencyCode ?? string.Empty, lines, stage, probability, ExpectedCloseDate, createdAt));
    }
}
