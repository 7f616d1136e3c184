using System;
using System.Collections.Generic;
using System.Globalization;
using LeadKit.Import.Duplicates;
using LeadKit.Operations;

namespace LeadKit.Import;

/// <summary>
/// How an import maps, matches and writes: the field map, the duplicate policy and how updates treat
/// fields and blank cells, the culture of local dates and numbers, whether anything is written (a dry
/// run reports exactly what the import would do), and what a rejected row does to the rest.
/// Immutable (<c>with</c> to change).
/// </summary>
public sealed record ImportOptions
{
    /// <summary>Gets the default options: automatic map, duplicates skipped, updates fill empty fields, blank cells ignored, invariant culture, rejected rows reported and the rest imported.</summary>
    public static ImportOptions Default { get; } = new();

    /// <summary>Gets the field map (<see cref="FieldMap.Automatic"/> by default).</summary>
    public FieldMap Map { get; init; } = FieldMap.Automatic;

    /// <summary>Gets what a row matching a stored lead, or an earlier row of the file, does (<see cref="DuplicatePolicy.Skip"/> by default).</summary>
    public DuplicatePolicy Duplicates { get; init; } = DuplicatePolicy.Skip;

    /// <summary>Gets which rules make two leads duplicates, and the phone region (every rule, region US, by default).</summary>
    public DuplicateMatchOptions Matching { get; init; } = new();

    /// <summary>Gets how an update treats a field the lead already has (<see cref="UpdateMode.FillEmpty"/> by default).</summary>
    public UpdateMode UpdateMode { get; init; } = UpdateMode.FillEmpty;

    /// <summary>Gets per-field exceptions to <see cref="UpdateMode"/>, by catalogue field name (compared ignoring case).</summary>
    public IReadOnlyDictionary<string, UpdateMode> FieldUpdateModes { get; init; } = new Dictionary<string, UpdateMode>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets what a blank cell means on an update (<see cref="BlankCellPolicy.Ignore"/> by default).</summary>
    public BlankCellPolicy Blanks { get; init; } = BlankCellPolicy.Ignore;

    /// <summary>Gets the culture of dates and numbers written in a local form (<c>11/15/1970</c>, <c>1.234,50</c>), tried after the invariant text forms; invariant by default.</summary>
    public CultureInfo Culture { get; init; } = CultureInfo.InvariantCulture;

    /// <summary>Gets a value indicating whether nothing is written: the result reports exactly what the import would do.</summary>
    public bool DryRun { get; init; }

    /// <summary>
    /// Gets what a rejected row does: <see cref="FailurePolicy.SkipFailed"/> (the default) imports the
    /// other rows and reports the rejected ones; <see cref="FailurePolicy.AllOrNothing"/> writes nothing
    /// when any row is rejected.
    /// </summary>
    public FailurePolicy RejectedRows { get; init; } = FailurePolicy.SkipFailed;

    /// <summary>Gets a value indicating whether every lead the import creates or updates gets a history entry (true by default).</summary>
    public bool RecordHistory { get; init; } = true;

    /// <summary>
    /// Gets a value indicating whether the workspace's assignment rules assign the unassigned leads
    /// the import creates (true by default; nothing happens in a workspace without enabled rules). The
    /// rules run on each batch in memory, in the import's unit of work: the lead is created assigned,
    /// with an <c>Assigned</c> history entry naming its rule (when <see cref="RecordHistory"/>), and
    /// with <see cref="ReportImportedRows"/> its outcome names the rule. A dry run applies no rules.
    /// </summary>
    public bool AssignByRules { get; init; } = true;

    /// <summary>Gets a value indicating whether the result keeps an outcome for every imported row too; by default it keeps the rejected, skipped and merged rows only, so memory stays flat on large files.</summary>
    public bool ReportImportedRows { get; init; }

    /// <summary>Gets the update mode of a field.</summary>
    /// <param name="field">The catalogue field name.</param>
    /// <returns>The mode.</returns>
    public UpdateMode ModeFor(string field) => FieldUpdateModes.TryGetValue(field, out var mode) ? mode : UpdateMode;
}
