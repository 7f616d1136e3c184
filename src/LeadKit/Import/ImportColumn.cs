namespace LeadKit.Import;

/// <summary>
/// A column of an imported file, as its header names it, with the target key the format gives it
/// (<see langword="null"/> when the format does not know the name: an automatic or user field map may
/// give one). A file's columns are known once its header is read (<see cref="IImportSource.ReadColumnsAsync"/>);
/// formats without a header (vCard) have none. Immutable.
/// </summary>
/// <param name="Name">The column's name as the file writes it.</param>
/// <param name="Key">The target key the format gives it, if any.</param>
public sealed record ImportColumn(string Name, string? Key = null);
