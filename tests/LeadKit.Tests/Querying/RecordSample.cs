using LeadKit.Leads;
using LeadKit.Querying;

namespace LeadKit.Tests.Querying;

/// <summary>A few generated records, printed readably when a property fails.</summary>
#if LEADKIT_STORE_KIT
internal sealed class RecordSample(IReadOnlyList<ContactRecord> records)
#else
public sealed class RecordSample(IReadOnlyList<ContactRecord> records)
#endif
{
    private static readonly RecordField[] Shown =
    [
        RecordField.FullName, RecordField.Company, RecordField.Source, RecordField.Rating, RecordField.Email, RecordField.Phone,
        RecordField.City, RecordField.ScoreType, RecordField.ManualStars, RecordField.Checked, RecordField.Created, RecordField.Converted,
        RecordField.Custom("Size"), RecordField.Custom("Since"), RecordField.Custom("Opt in"),
    ];

    /// <summary>Gets the records.</summary>
    public IReadOnlyList<ContactRecord> Records { get; } = records;

    /// <inheritdoc />
    public override string ToString() =>
        "[" + string.Join("; ", Records.Select(r => $"{r.Kind} {r.Reference.Id:D}: " + string.Join(", ", Shown.Select(f => $"{f.Name}={string.Join("|", f.GetValues(r).Select(v => FilterValue.FromObject(v)))}")))) + "]";
}
