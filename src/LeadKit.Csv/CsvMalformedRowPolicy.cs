namespace LeadKit.Csv;

/// <summary>What the reader does with a row whose quoting is broken.</summary>
public enum CsvMalformedRowPolicy
{
    /// <summary>Throw a <see cref="CsvFormatException"/> naming the row and column (the default).</summary>
    Refuse = 0,

    /// <summary>Recover, return the row and list the problem in <see cref="CsvRow.Problems"/>.</summary>
    Report = 1,
}
