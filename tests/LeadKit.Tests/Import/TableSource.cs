using LeadKit.Import;

namespace LeadKit.Tests.Import;

/// <summary>An import source over a table held in memory, as a CSV file would give it: a header (row 1) and rows from row 2.</summary>
internal sealed class TableSource(string[] header, params string[][] rows) : IImportSource
{
    public string Format => "table";

    public Dictionary<string, string> Keys { get; } = new(StringComparer.OrdinalIgnoreCase);

    public ValueTask<IReadOnlyList<ImportColumn>> ReadColumnsAsync(CancellationToken cancellationToken = default) =>
        ValueTask.FromResult<IReadOnlyList<ImportColumn>>([.. header.Select(h => new ImportColumn(h, Keys.GetValueOrDefault(h)))]);

    public async IAsyncEnumerable<ImportRow> ReadRowsAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        for (var i = 0; i < rows.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return new ImportRow(i + 2, [.. rows[i].Select((v, c) => new ImportCell(header[c], v, Keys.GetValueOrDefault(header[c])))]);
        }
    }
}
