using System;
using System.Collections.Generic;
using System.Linq;
using LeadKit.Export;
using LeadKit.Import;

namespace LeadKit.Csv.Layouts;

/// <summary>
/// LeadKit's own lossless CSV: the columns of <see cref="LeadKitTableLayout"/>, the one description
/// of LeadKit's layout that every tabular format shares — every header name is its key, repeated
/// entries are numbered groups (<c>email.1.kind</c>, <c>email.1.address</c>, <c>phone.2.number</c>,
/// <c>address.1.city</c>), custom fields are <c>custom.Name</c>, and the first column,
/// <c>leadkit.version</c>, says which version of the layout the file follows. Binding names, reading
/// rows and the reversible escape are the core layout's; this class fits it into the CSV layouts.
/// </summary>
internal sealed class LeadKitRules : LayoutRules
{
    /// <summary>The last header read and its layout, in one reference so that threads sharing the layout never see a mismatched pair.</summary>
    private Bound? _last;

    internal LeadKitRules()
        : base("leadkit", "LeadKit", [.. LeadKitTableLayout.FixedColumns.Select(f => (f, f))])
    {
    }

    public override IReadOnlyDictionary<string, string> Patterns { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["email.{n}.kind"] = "(kind of e-mail n: business, personal, other)",
        ["email.{n}.address"] = "email:{kind}",
        ["email.{n}.displayName"] = "email:{kind}.displayName",
        ["phone.{n}.kind"] = "(kind of phone n: business, business2, home, home2, mobile, businessFax, homeFax, otherFax, pager, callback, companyMain, isdn, telex, radio, primary, car, assistant, ttyTdd, other)",
        ["phone.{n}.number"] = "phone:{kind}",
        ["address.{n}.kind"] = "(kind of address n: business, home, other)",
        ["address.{n}.street|poBox|city|state|postalCode|country|mailing"] = "address:{kind}.street|poBox|city|state|postalCode|country|mailing",
        ["checked:{criterion}"] = "checked:{criterion} (when the scoring criterion was checked: an ISO 8601 instant)",
        ["custom.{Name}"] = "custom.{Name}",
    };

    /// <summary>Reads the row through the core layout: values keep their white space, one leading <c>'</c> is removed, groups take their kind cell's kind. Columns the layout does not know give nothing here (the import source passes them on).</summary>
    public override void Normalize(CsvRow row, ColumnBinding?[] columns, List<NormalizedValue> values)
    {
        var header = row.Header;
        var last = _last;
        if (last is null || !ReferenceEquals(last.Header, header))
        {
            last = new Bound(header, LeadKitTableLayout.FromHeader(header.Names, header.Keys));
            _last = last;
        }

        var layout = last.Layout;

        var cells = new List<ImportCell>(row.Cells.Count);
        layout.Read(row.Cells, cells);
        foreach (var cell in cells)
        {
            if (cell.Key is not null)
            {
                var index = header.IndexOf(cell.Column);
                values.Add(new NormalizedValue(cell.Key, cell.Value, index, cell.Group));
            }
        }
    }

    /// <summary>The core layout's escape, exact both ways: a cell that starts with <c>'</c> loses that one <c>'</c>; nothing else is changed (no trimming).</summary>
    protected override string Clean(string cell) => LeadKitTableLayout.Unescape(cell);

    protected override ColumnBinding? BindPattern(string header) =>
        LeadKitTableLayout.KeyFor(header) is { } key ? new ColumnBinding(key, 0, ColumnRole.Value, key) : null;

    private sealed record Bound(CsvHeader Header, LeadKitTableLayout Layout);
}
