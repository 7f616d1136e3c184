using System;
using System.Collections.Generic;
using System.Linq;
using LeadKit.AssignmentRules;
using LeadKit.History;
using LeadKit.Leads;
using LeadKit.Validation;

namespace LeadKit.Operations;

/// <summary>
/// What an operation did to one record: the record, the <see cref="Status"/>, the fields that
/// changed (old → new), and for a failure the reason and the validation errors. The one per-record
/// report of every batch operation — assignment, bulk edit and undo, conversion, deletion and
/// restore — and of imports, which add the source <see cref="Row"/> and <see cref="Column"/>.
/// Immutable.
/// </summary>
public sealed class RecordOutcome
{
    private RecordOutcome(RecordReference? record, OutcomeStatus status, string? reason, IEnumerable<FieldChange>? changes, IEnumerable<ValidationError>? errors, RecordReference? target, long? row, string? column)
    {
        if (!Enum.IsDefined(status))
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown outcome status.");
        }

        if (row is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(row), row, "Rows are numbered from 1.");
        }

        Record = record;
        Status = status;
        Reason = string.IsNullOrWhiteSpace(reason) ? null : reason;
        Changes = changes is null ? [] : [.. changes];
        Errors = errors is null ? [] : [.. errors];
        Target = target;
        Row = row;
        Column = string.IsNullOrWhiteSpace(column) ? null : column;
    }

    /// <summary>Gets the record, or <see langword="null"/> when none exists (an import row that was rejected before it became a record).</summary>
    public RecordReference? Record { get; }

    /// <summary>Gets what happened.</summary>
    public OutcomeStatus Status { get; }

    /// <summary>Gets why the record failed, was skipped or is unchanged (or which <see cref="Rule"/> assigned it), in English; <see langword="null"/> when there is nothing to say.</summary>
    public string? Reason { get; }

    /// <summary>Gets the fields that changed (or, in a dry run or a skipped record, would change), old → new.</summary>
    public IReadOnlyList<FieldChange> Changes { get; }

    /// <summary>Gets the validation errors behind a failure, with property paths and stable error codes (empty otherwise).</summary>
    public IReadOnlyList<ValidationError> Errors { get; }

    /// <summary>Gets the record the operation produced from this one: the business contact a lead was converted into.</summary>
    public RecordReference? Target { get; }

    /// <summary>Gets the assignment rule that assigned the record (a rule-based assignment, on demand, on create or on import); otherwise <see langword="null"/>.</summary>
    public AssignmentRuleId? Rule { get; private init; }

    /// <summary>Gets, for an import, the source row (numbered from 1); otherwise <see langword="null"/>.</summary>
    public long? Row { get; }

    /// <summary>Gets, for an import failure, the source column at fault; otherwise <see langword="null"/>.</summary>
    public string? Column { get; }

    /// <summary>Gets a value indicating whether the record failed.</summary>
    public bool IsFailure => Status == OutcomeStatus.Failed;

    /// <summary>A record that was changed.</summary>
    /// <param name="record">The record.</param>
    /// <param name="changes">The fields that changed, old → new.</param>
    /// <param name="target">The record it produced (a conversion's contact), if any.</param>
    /// <returns>The outcome.</returns>
    public static RecordOutcome Changed(RecordReference record, IEnumerable<FieldChange>? changes = null, RecordReference? target = null) =>
        new(record, OutcomeStatus.Changed, null, changes, null, target, null, null);

    /// <summary>A record that needed no change.</summary>
    /// <param name="record">The record.</param>
    /// <param name="reason">Why, e.g. <c>already assigned to Ann Lee</c>.</param>
    /// <returns>The outcome.</returns>
    public static RecordOutcome Unchanged(RecordReference record, string? reason = null) =>
        new(record, OutcomeStatus.Unchanged, reason, null, null, null, null, null);

    /// <summary>A record that was created.</summary>
    /// <param name="record">The new record.</param>
    /// <param name="changes">The values it was created with, if worth reporting.</param>
    /// <returns>The outcome.</returns>
    public static RecordOutcome Created(RecordReference record, IEnumerable<FieldChange>? changes = null) =>
        new(record, OutcomeStatus.Created, null, changes, null, null, null, null);

    /// <summary>A record that was deleted.</summary>
    /// <param name="record">The record.</param>
    /// <returns>The outcome.</returns>
    public static RecordOutcome Deleted(RecordReference record) =>
        new(record, OutcomeStatus.Deleted, null, null, null, null, null, null);

    /// <summary>A record that would have changed but was not written.</summary>
    /// <param name="record">The record, if one exists.</param>
    /// <param name="reason">Why it was not written.</param>
    /// <param name="changes">The changes it would have received.</param>
    /// <returns>The outcome.</returns>
    public static RecordOutcome Skipped(RecordReference? record, string reason, IEnumerable<FieldChange>? changes = null) =>
        new(record, OutcomeStatus.Skipped, reason ?? throw new ArgumentNullException(nameof(reason)), changes, null, null, null, null);

    /// <summary>A record that was refused.</summary>
    /// <param name="record">The record, if one exists.</param>
    /// <param name="reason">Why, in English.</param>
    /// <param name="errors">The validation errors behind it, if any.</param>
    /// <returns>The outcome.</returns>
    public static RecordOutcome Failed(RecordReference? record, string reason, IEnumerable<ValidationError>? errors = null) =>
        new(record, OutcomeStatus.Failed, reason ?? throw new ArgumentNullException(nameof(reason)), null, errors, null, null, null);

    /// <summary>A record refused because of an exception: its message is the reason, and a validation exception's errors are kept.</summary>
    /// <param name="record">The record, if one exists.</param>
    /// <param name="exception">The refusal.</param>
    /// <returns>The outcome.</returns>
    public static RecordOutcome Failed(RecordReference? record, LeadKitException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return new(record, OutcomeStatus.Failed, exception.Message, null, (exception as LeadKitValidationException)?.Errors, null, null, null);
    }

    /// <summary>Returns a copy located at a source row and column (imports).</summary>
    /// <param name="row">The row, numbered from 1.</param>
    /// <param name="column">The column at fault, if any.</param>
    /// <returns>The copy.</returns>
    public RecordOutcome AtRow(long row, string? column = null) => new(Record, Status, Reason, Changes, Errors, Target, row, column) { Rule = Rule };

    /// <summary>Returns a copy that names the assignment rule that assigned the record, and says so in <see cref="Reason"/>.</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="reason">Which rule, in English, e.g. <c>assigned by rule 2 (web leads)</c>.</param>
    /// <returns>The copy.</returns>
    public RecordOutcome ByRule(AssignmentRuleId rule, string reason) => new(Record, Status, reason, Changes, Errors, Target, Row, Column) { Rule = rule };

    /// <summary>Returns a copy with another status and reason, keeping the changes (used when a batch is not written).</summary>
    /// <param name="status">The new status.</param>
    /// <param name="reason">The new reason.</param>
    /// <returns>The copy.</returns>
    public RecordOutcome With(OutcomeStatus status, string? reason) => new(Record, status, reason, Changes, Errors, Target, Row, Column) { Rule = Rule };

    /// <inheritdoc />
    public override string ToString()
    {
        var where = Row is { } row ? $"row {row}" + (Column is null ? string.Empty : $" ({Column})") : Record?.ToString() ?? "(no record)";
        var details = Reason ?? (Changes.Count > 0 ? string.Join("; ", Changes.Select(c => c.ToString())) : null);
        return details is null ? $"{where}: {Status}" : $"{where}: {Status} — {details}";
    }
}
