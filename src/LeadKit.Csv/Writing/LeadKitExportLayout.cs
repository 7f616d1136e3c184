using System.Collections.Generic;
using LeadKit.Export;

namespace LeadKit.Csv.Writing;

/// <summary>
/// LeadKit's own layout, as <see cref="LeadKitTableLayout"/> (shared by every tabular format) makes
/// it from the export's shape: <c>leadkit.version</c>, a column per single-field key the records use,
/// the numbered e-mail, phone and address groups, then the custom fields — every value, escaped so
/// that the layout reads it back exactly.
/// </summary>
internal sealed class LeadKitExportLayout : ExportLayout
{
    private readonly LeadKitTableLayout _layout;
    private readonly bool _neutralise;

    public LeadKitExportLayout(ExportShape shape, bool neutralise)
    {
        _layout = LeadKitTableLayout.FromShape(shape);
        _neutralise = neutralise;
    }

    public override IReadOnlyList<string> Header => _layout.Header;

    public override void Fill(ExportRecord record, string?[] row)
    {
        foreach (var cell in _layout.Fill(record, row, _neutralise))
        {
            Drop(cell);
        }
    }

    /// <inheritdoc />
    public override string ToString() => _layout.ToString();
}
