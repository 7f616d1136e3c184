using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.Assignment;
using LeadKit.BulkEdit;
using LeadKit.History;
using LeadKit.Import.Duplicates;
using LeadKit.Leads;
using LeadKit.Operations;
using LeadKit.Querying;
using LeadKit.Serialization;
using LeadKit.Storage;
using LeadKit.Validation;

namespace LeadKit.Import;

/// <summary>
/// Imports leads from any <see cref="IImportSource"/> (CSV, Excel, vCard, JSON, or a host's own
/// format): maps columns to fields (<see cref="FieldMap"/>), parses every value through the field
/// catalogue, finds duplicates among the stored leads and the file's earlier rows
/// (<see cref="DuplicatePolicy"/>), and writes in batches in one unit of work, so an import is
/// written whole or not at all. Every row is accounted for (<see cref="ImportResult"/>); a dry run
/// reports exactly what the import would do; a written import is a recorded operation
/// (<see cref="ImportResult.Operation"/>) that <see cref="BulkEditor.UndoOperationAsync"/> undoes —
/// from another process too — deleting the leads it created and restoring the ones it updated.
/// </summary>
public sealed class LeadImport
{
    /// <summary>How many leads created under <see cref="DuplicatePolicy.Update"/> stay in memory, so a later row of the file can still be merged into them.</summary>
    private const int UpdateWindow = 10_000;

    private readonly OperationContext _context;

    /// <summary>Creates the operation.</summary>
    /// <param name="context">Where and as whom; its rescorer (if any) scores every created or updated lead, its batch size sets how many rows are written together.</param>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is null.</exception>
    public LeadImport(OperationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _context = context;
    }

    /// <summary>Imports a source's rows.</summary>
    /// <param name="source">The file, read through its format.</param>
    /// <param name="options">The map, duplicate policy, culture…; <see cref="ImportOptions.Default"/> when null.</param>
    /// <param name="progress">Receives the counts after every batch, if given.</param>
    /// <param name="cancellationToken">Cancels the import; nothing is written.</param>
    /// <returns>What was done with every row.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="LeadKitException">The file cannot be read at all (its format's error, naming the row), or a lead changed while the import was written (nothing was written).</exception>
    public async Task<ImportResult> ImportAsync(IImportSource source, ImportOptions? options = null, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        options ??= ImportOptions.Default;
        var columns = await source.ReadColumnsAsync(cancellationToken).ConfigureAwait(false);
        var unit = await _context.Store.BeginAsync(_context.Workspace, _context.ActingUser, cancellationToken).ConfigureAwait(false);
        await using (unit.ConfigureAwait(false))
        {
            var schema = await unit.CustomFields.GetSchemaAsync(cancellationToken).ConfigureAwait(false);
            var run = new Run(_context, unit, options, new RowBinder(FieldCatalog.For(schema), options.Culture), columns);
            await run.IndexStoreAsync(cancellationToken).ConfigureAwait(false);
            await foreach (var row in source.ReadRowsAsync(cancellationToken).ConfigureAwait(false))
            {
                await run.DecideAsync(row, cancellationToken).ConfigureAwait(false);
                if (run.IsBatchFull)
                {
                    await run.FlushAsync(cancellationToken).ConfigureAwait(false);
                    progress?.Report(run.Progress);
                }
            }

            await run.FlushAsync(cancellationToken).ConfigureAwait(false);
            await run.FlushCreatedAsync(cancellationToken).ConfigureAwait(false);
            progress?.Report(run.Progress);
            var commit = run.WillCommit;
            OperationId? operation = null;
            if (commit)
            {
                operation = await run.RecordOperationAsync(cancellationToken).ConfigureAwait(false);
                await unit.CommitAsync(cancellationToken).ConfigureAwait(false);
            }

            return run.Finish(source.Format, commit, operation);
        }
    }

    /// <summary>Reports what importing a source would do, writing nothing (the same as <see cref="ImportAsync"/> with <see cref="ImportOptions.DryRun"/>).</summary>
    /// <param name="source">The file.</param>
    /// <param name="options">The options; <see cref="ImportOptions.DryRun"/> is set.</param>
    /// <param name="progress">Receives the counts after every batch, if given.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>What the import would do with every row.</returns>
    public Task<ImportResult> DryRunAsync(IImportSource source, ImportOptions? options = null, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default) =>
        ImportAsync(source, (options ?? ImportOptions.Default) with { DryRun = true }, progress, cancellationToken);

    /// <summary>One import's state: counters, indexes, the batch being prepared.</summary>
    private sealed class Run
    {
        private readonly OperationContext _context;
        private readonly IUnitOfWork _unit;
        private readonly ImportOptions _options;
        private readonly RowBinder _binder;
        private readonly MatchKeys _keys;
        private readonly DuplicateIndex<LeadId> _stored = new();
        /// <summary>The created rows' keys, compactly: it grows with the file (see docs/benchmarks.md, memory held by an import).</summary>
        private readonly FileKeyIndex _file = new();

        /// <summary>The created leads not staged yet, by their ordinal in <see cref="_file"/>: the ones a later row can still be merged into.</summary>
        private readonly Dictionary<int, Created> _pending = [];
        private readonly List<Created> _created = [];
        private readonly List<Merge> _merges = [];
        private readonly List<RecordOutcome> _outcomes = [];
        private readonly Dictionary<(string Column, string? Key, string Reason), (long Count, long FirstRow)> _notImported = [];
        private readonly List<KeyValuePair<string, string?>> _columns = [];

        /// <summary>The current row's cells with their keys (reused: the binder reads them before the next row).</summary>
        private readonly List<(ImportCell Cell, string? Key)> _cells = [];
        private readonly Dictionary<string, string?> _columnKeys = new(StringComparer.OrdinalIgnoreCase);
        private readonly HashSet<string> _ignoredColumns = new(StringComparer.OrdinalIgnoreCase);
        private readonly HashSet<string> _formatKeyed = new(StringComparer.OrdinalIgnoreCase);
        private readonly List<RecordField> _blankable = [];
        private readonly Dictionary<string, RecordField> _changedFields = new(StringComparer.Ordinal);
        private readonly OperationId _operation = OperationId.New();
        private readonly Lead _blank;
        private readonly Dictionary<RecordReference, int> _createdOutcomes = [];
        private Picklist? _ratings;
        private RuleBook? _rules;
        private Dictionary<UserId, WorkspaceUser>? _users;
        private long _rows;
        private long _imported;
        private long _merged;
        private long _skipped;
        private long _rejected;
        private int _undoCount;

        public Run(OperationContext context, IUnitOfWork unit, ImportOptions options, RowBinder binder, IReadOnlyList<ImportColumn> columns)
        {
            _context = context;
            _unit = unit;
            _options = options;
            _binder = binder;
            _keys = new MatchKeys(options.Matching);
            _blank = Lead.Create(PersonName.Parse("Blank"), context.Clock);
            foreach (var column in columns)
            {
                var key = options.Map.Resolve(column.Name, column.Key, out var ignored);
                if (!_columnKeys.TryAdd(column.Name, key))
                {
                    continue;
                }

                _columns.Add(new(column.Name, key));
                if (column.Key is not null && !options.Map.Columns.ContainsKey(column.Name.Trim()))
                {
                    _formatKeyed.Add(column.Name);
                }

                if (ignored)
                {
                    _ignoredColumns.Add(column.Name);
                }
                else if (key is not null && binder.SingleField(key) is { } field && field.Supports(FieldCapabilities.Clear) && !_blankable.Contains(field))
                {
                    _blankable.Add(field);
                }
            }
        }

        public bool IsBatchFull => _merges.Count >= _context.BatchSize
            || _created.Count >= (_options.Duplicates == DuplicatePolicy.Update ? UpdateWindow : _context.BatchSize);

        public ImportProgress Progress => new(_rows, _imported, _merged, _skipped, _rejected);

        public bool WillCommit => !_options.DryRun && _imported + _merged > 0 && !(_options.RejectedRows == FailurePolicy.AllOrNothing && _rejected > 0);

        private bool IsStaging => !_options.DryRun && !(_options.RejectedRows == FailurePolicy.AllOrNothing && _rejected > 0);

        /// <summary>Indexes the stored leads' match keys (not needed when duplicates are imported anyway).</summary>
        public async Task IndexStoreAsync(CancellationToken cancellationToken)
        {
            // The workspace's rating list, when the host applies the picklist rules: a row whose rating
            // is not on it is rejected here, so that a dry run rejects what the import would.
            if (_context.Rescorer is PicklistRules)
            {
                _ratings = await _unit.Picklists.GetAsync(PicklistKind.Ratings, cancellationToken).ConfigureAwait(false);
            }

            if (_options.AssignByRules && !_options.DryRun)
            {
                _rules = await RuleBook.LoadAsync(_unit, cancellationToken).ConfigureAwait(false);
            }

            if (_options.Duplicates == DuplicatePolicy.Import)
            {
                return;
            }

            await foreach (var lead in _unit.Leads.QueryAsync(RecordQuery.All, cancellationToken).ConfigureAwait(false))
            {
                _stored.Add(lead.Id, _keys.For(lead));
            }
        }

        public async Task DecideAsync(ImportRow row, CancellationToken cancellationToken)
        {
            _rows++;
            if (row.Problems.Count > 0)
            {
                Reject(row.Row, row.Problems);
                return;
            }

            var cells = _cells;
            cells.Clear();
            foreach (var cell in row.Cells)
            {
                if (cell.IsBlank)
                {
                    continue;
                }

                if (_ignoredColumns.Contains(cell.Column))
                {
                    NotImported(cell.Column, null, "the field map ignores this column", row.Row);
                    continue;
                }

                var ignored = false;
                var key = _columnKeys.TryGetValue(cell.Column, out var known) && cell.Key is null
                    ? known
                    : _options.Map.Resolve(cell.Column, cell.Key, out ignored);
                if (ignored)
                {
                    // A column the file's header did not name (a vCard property, say) that the map ignores.
                    NotImported(cell.Column, null, "the field map ignores this column", row.Row);
                    continue;
                }

                cells.Add((cell, key));
            }

            var bound = _binder.Bind(row.Row, cells);
            foreach (var (cell, key, reason) in bound.NotImported)
            {
                NotImported(cell.Column, key, reason, row.Row);
            }

            if (bound.IsRejected)
            {
                Reject(row.Row, bound.Problems);
                return;
            }

            var lead = await BuildAsync(bound, cancellationToken).ConfigureAwait(false);
            if (lead is null || RefusedRating(bound, lead, null))
            {
                return;
            }

            IReadOnlyList<MatchKey> keys = _options.Duplicates == DuplicatePolicy.Import ? [] : _keys.For(lead);
            var stored = keys.Count == 0 ? null : First(_stored.Find(keys));
            var earlier = keys.Count == 0 || stored is not null ? null : _file.Find(keys);
            if (stored is not null)
            {
                var why = $"duplicate of lead {stored.Id}: {stored.Explanation}";
                if (_options.Duplicates == DuplicatePolicy.Skip)
                {
                    Skip(RecordOutcome.Skipped(RecordReference.To(stored.Id), why).AtRow(row.Row));
                    return;
                }

                _merges.Add(new Merge(row.Row, bound, stored.Id, why));
                return;
            }

            if (earlier is not null)
            {
                var first = _pending.GetValueOrDefault(earlier.Id);
                var why = string.Create(CultureInfo.InvariantCulture, $"duplicate of row {_file.RowOf(earlier.Id)}: {earlier.Explanation}");
                if (_options.Duplicates == DuplicatePolicy.Skip || first is null)
                {
                    var reason = _options.Duplicates == DuplicatePolicy.Skip ? why : why + " (imported earlier in this file and already written, so it was not merged: merge the two leads afterwards)";
                    Skip(RecordOutcome.Skipped(RecordReference.To(_file.LeadOf(earlier.Id)), reason).AtRow(row.Row));
                    return;
                }

                var original = first.Lead.Copy();
                List<FieldChange> changes;
                try
                {
                    changes = Apply(first.Lead, bound);
                }
                catch (LeadKitException e)
                {
                    // The earlier row's lead stays as it was; only this row is rejected.
                    first.Lead = original;
                    Reject(row.Row, [new ImportProblem(null, $"The row is a {why}, and that row's lead refused its values: {e.Message}")]);
                    return;
                }

                if (RefusedRating(bound, first.Lead, null))
                {
                    first.Lead = original;
                    return;
                }

                if (changes.Count == 0)
                {
                    Skip(RecordOutcome.Unchanged(first.Reference, why + "; the lead already has these values").AtRow(row.Row));
                }
                else
                {
                    _merged++;
                    _outcomes.Add(RecordOutcome.Changed(first.Reference, changes).AtRow(row.Row));
                }

                return;
            }

            var created = new Created(row.Row, lead);
            _created.Add(created);
            _imported++;
            if (_options.ReportImportedRows)
            {
                _createdOutcomes[lead.Reference] = _outcomes.Count;
                _outcomes.Add(RecordOutcome.Created(lead.Reference).AtRow(row.Row));
            }

            if (keys.Count > 0)
            {
                _pending[_file.Add(row.Row, lead.Id, keys)] = created;
            }
        }

        private static DuplicateMatch<T>? First<T>(IReadOnlyList<DuplicateMatch<T>> matches)
            where T : notnull => matches.Count == 0 ? null : matches[0];

        /// <summary>Makes the new lead a row describes, or rejects the row (and returns null).</summary>
        private async ValueTask<Lead?> BuildAsync(BoundRow bound, CancellationToken cancellationToken)
        {
            var name = bound.Name ?? FallbackName(bound);
            if (name is null)
            {
                Reject(bound.Row, [new ImportProblem(null, "The row has no name, company, e-mail address or phone number to name a lead by.")]);
                return null;
            }

            var lead = Lead.Create(name, _context.Clock, _context.ActingUser);
            var now = _context.Clock.GetCurrentInstant();
            for (var i = 0; i < bound.Edits.Count; i++)
            {
                var (edit, column, at) = bound.Edits[i];
                try
                {
                    var bind = await BindUsersAsync(edit, cancellationToken).ConfigureAwait(false);
                    bound.Edits[i] = (bind, column, at);
                    switch (bind.Value)
                    {
                        // A new lead gets every entry the row gives, repeated ones too (a merge adds only what is missing).
                        case PostalAddress address:
                            lead.AddAddress(address);
                            break;
                        case PhoneNumber phone:
                            lead.AddPhone(phone);
                            break;
                        default:
                            bind.Field.Editor!.Apply(lead, FieldEdit.Capability(bind.Operation), bind.Value, at ?? now);
                            break;
                    }
                }
                catch (LeadKitException e)
                {
                    Reject(bound.Row, [new ImportProblem(column, e.Message)]);
                    return null;
                }
            }

            return lead;
        }

        /// <summary>Rejects the row when its lead gained a rating the workspace's list does not have (<see cref="PicklistRules"/>).</summary>
        /// <returns>Whether the row was rejected.</returns>
        private bool RefusedRating(BoundRow bound, Lead lead, Lead? before)
        {
            if (_ratings is null || PicklistRules.RatingRefusal(lead, before, _ratings) is not { } refusal)
            {
                return false;
            }

            var column = bound.Edits.Where(e => e.Edit.Field == RecordField.Rating).Select(e => e.Column).FirstOrDefault();
            Reject(bound.Row, [new ImportProblem(column, char.ToUpperInvariant(refusal[0]) + refusal[1..])]);
            return true;
        }

        /// <summary>A name for a row that gives none: its company, else its first e-mail address, else its first phone number.</summary>
        private static PersonName? FallbackName(BoundRow bound)
        {
            var text = bound.Edits.Where(e => e.Edit.Field == RecordField.Company).Select(e => e.Edit.Value as string).FirstOrDefault()
                ?? bound.Edits.Select(e => e.Edit.Value).OfType<EmailEntry>().Select(e => e.Address.Value).FirstOrDefault()
                ?? bound.Edits.Select(e => e.Edit.Value).OfType<PhoneNumber>().Select(p => p.Number).FirstOrDefault();
            return string.IsNullOrWhiteSpace(text) ? null : new PersonName(text.Length > 255 ? text[..255] : text);
        }

        /// <summary>Resolves display names and checks that an assignee is an active member of the workspace.</summary>
        private async ValueTask<FieldEdit> BindUsersAsync(FieldEdit edit, CancellationToken cancellationToken)
        {
            if (!edit.NamesUser && edit.Value is not UserId && edit.Value is not InitiatedBy { User: not null })
            {
                return edit;
            }

            if (_users is null)
            {
                _users = [];
                await foreach (var user in _unit.Users.ListAsync(cancellationToken).ConfigureAwait(false))
                {
                    _users[user.Id] = user;
                }
            }

            var bound = edit.BindUsers(_users.Values);
            if (bound.Value is UserId id && bound.Field == RecordField.AssignedTo)
            {
                AssignmentRefusedException.Check(id, _users.GetValueOrDefault(id));
            }

            if (bound.Value is InitiatedBy { User: { } referrer } && !_users.ContainsKey(referrer))
            {
                throw new WorkspaceViolationException(nameof(ContactRecord.InitiatedBy), $"User {referrer} does not share this workspace, so leads cannot be initiated by them.");
            }

            return bound;
        }

        /// <summary>Merges a row into a lead: field by field, by the update mode; blank cells by the blank-cell policy. Returns the changes.</summary>
        private List<FieldChange> Apply(Lead lead, BoundRow bound)
        {
            var now = _context.Clock.GetCurrentInstant();
            var changes = new List<FieldChange>();
            var set = new HashSet<RecordField>();
            foreach (var (edit, _, at) in bound.Edits)
            {
                var editor = edit.Field.Editor!;
                set.Add(edit.Field);
                var before = editor.Capture(lead);
                if (edit.Operation == EditOperation.Set && _options.ModeFor(edit.Field.Name) == UpdateMode.FillEmpty && !editor.Same(before, editor.Capture(_blank)))
                {
                    continue;
                }

                var value = edit.Value;
                if (value is PostalAddress { IsMailing: true } mailing && !lead.Addresses.Contains(mailing) && lead.Addresses.Any(a => a.IsMailing))
                {
                    // A lead has one mailing address, and keeps its own: the row's address joins without the flag.
                    value = mailing.WithMailing(false);
                }

                editor.Apply(lead, FieldEdit.Capability(edit.Operation), value, at ?? now);

                Describe(edit.Field, before, editor.Capture(lead), changes);
            }

            if (_options.Blanks == BlankCellPolicy.Clear)
            {
                foreach (var field in _blankable.Where(f => !set.Contains(f)))
                {
                    var before = field.Editor!.Capture(lead);
                    field.Editor.Apply(lead, FieldCapabilities.Clear, null, now);
                    Describe(field, before, field.Editor.Capture(lead), changes);
                }
            }

            return changes;
        }

        private void Describe(RecordField field, object? before, object? after, List<FieldChange> changes)
        {
            var described = field.Editor!.Describe(before, after).ToList();
            if (described.Count > 0)
            {
                changes.AddRange(described);
                _changedFields.TryAdd(field.Editor.StateKey, field);
            }
        }

        /// <summary>Merges the batch's rows into their stored leads and stages the batch's writes.</summary>
        public async Task FlushAsync(CancellationToken cancellationToken)
        {
            if (_merges.Count > 0)
            {
                await FlushMergesAsync(cancellationToken).ConfigureAwait(false);
            }

            if (_options.Duplicates != DuplicatePolicy.Update || _created.Count >= UpdateWindow)
            {
                await FlushCreatedAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        private async Task FlushMergesAsync(CancellationToken cancellationToken)
        {
            var merges = _merges.ToList();
            _merges.Clear();
            var found = (await _unit.Leads.FindManyAsync([.. merges.Select(m => m.Lead).Distinct()], cancellationToken).ConfigureAwait(false)).ToDictionary(l => l.Id);
            var originals = new Dictionary<LeadId, Lead>();
            var changed = new Dictionary<LeadId, List<FieldChange>>();
            foreach (var merge in merges)
            {
                if (!found.TryGetValue(merge.Lead, out var lead))
                {
                    Reject(merge.Row, [new ImportProblem(null, $"The row matched lead {merge.Lead} ({merge.Why}), which was deleted while the import ran.")]);
                    continue;
                }

                originals.TryAdd(lead.Id, lead.Copy());
                List<FieldChange> changes;
                try
                {
                    changes = Apply(lead, merge.Bound);
                }
                catch (LeadKitException e)
                {
                    Reject(merge.Row, [new ImportProblem(null, $"The row matched lead {merge.Lead} ({merge.Why}), which refused its values: {e.Message}")]);
                    lead = originals[lead.Id].Copy();
                    found[merge.Lead] = lead;
                    continue;
                }

                if (RefusedRating(merge.Bound, lead, originals[lead.Id]))
                {
                    lead = originals[lead.Id].Copy();
                    found[merge.Lead] = lead;
                    continue;
                }

                if (changes.Count == 0)
                {
                    Skip(RecordOutcome.Unchanged(lead.Reference, merge.Why + "; the lead already has these values").AtRow(merge.Row));
                    continue;
                }

                _merged++;
                _outcomes.Add(RecordOutcome.Changed(lead.Reference, changes).AtRow(merge.Row));
                changed.TryAdd(lead.Id, []);
                changed[lead.Id].AddRange(changes);
            }

            if (!IsStaging || changed.Count == 0)
            {
                return;
            }

            var leads = changed.Keys.Select(id => found[id]).ToList();
            if (_context.Rescorer is { } rescorer)
            {
                await rescorer.RescoreAsync(_unit, leads, cancellationToken).ConfigureAwait(false);
            }

            await _unit.Leads.UpdateChangedAsync([.. leads.Select(l => new RecordUpdate<Lead>(originals[l.Id], l))], cancellationToken).ConfigureAwait(false);
            var entries = leads.Select(l => new OperationUndoEntry(l.Reference, l.Version + 1, JsonSerializer.Serialize(originals[l.Id], LeadKitJsonTypes.Of<Lead>()))).ToList();
            await _unit.Operations.AddEntriesAsync(_operation, entries, cancellationToken).ConfigureAwait(false);
            _undoCount += entries.Count;
            if (_options.RecordHistory)
            {
                await _unit.History.AddAsync([.. leads.Select(l => (HistoryItem)Activities.Create(_context, l.Reference, ActivityKind.Imported, "Updated by import", changed[l.Id]))], cancellationToken).ConfigureAwait(false);
            }
        }

        /// <summary>Stages the created leads not written yet and forgets them.</summary>
        public async Task FlushCreatedAsync(CancellationToken cancellationToken)
        {
            // Every created lead not staged yet is in _created; once staged, a later row of the file
            // that duplicates it only needs its reference, so the lead itself is let go (memory stays flat).
            var leads = new List<Lead>(_created.Count);
            var rows = new Dictionary<RecordReference, long>(_created.Count);
            foreach (var created in _created)
            {
                leads.Add(created.Lead);
                rows[created.Reference] = created.Row;
            }

            _created.Clear();
            _pending.Clear();
            if (!IsStaging || leads.Count == 0)
            {
                return;
            }

            // The assignment rules decide in memory, on the whole batch: no query per lead. The
            // import's own entries are made first, so that a lead's history reads created, then assigned.
            List<HistoryItem> history = _options.RecordHistory ? [.. leads.Select(l => (HistoryItem)Activities.Create(_context, l.Reference, ActivityKind.Imported, "Created by import"))] : [];
            List<HistoryItem> assigned = [];
            if (_rules is { IsEmpty: false } rules)
            {
                (var outcomes, assigned) = RuleAssignment.Assign(_context, rules, leads);
                foreach (var outcome in outcomes.Where(o => o.Rule is not null && _createdOutcomes.ContainsKey(o.Record!.Value)))
                {
                    _outcomes[_createdOutcomes[outcome.Record!.Value]] = outcome.AtRow(rows[outcome.Record!.Value]);
                }
            }

            _createdOutcomes.Clear();
            if (_context.Rescorer is { } rescorer)
            {
                await rescorer.RescoreAsync(_unit, leads, cancellationToken).ConfigureAwait(false);
            }

            await _unit.Leads.AddAsync(leads, cancellationToken).ConfigureAwait(false);
            await _unit.Operations.AddEntriesAsync(_operation, [.. leads.Select(l => new OperationUndoEntry(l.Reference, 1, null))], cancellationToken).ConfigureAwait(false);
            _undoCount += leads.Count;
            if (_options.RecordHistory)
            {
                await _unit.History.AddAsync([.. history, .. assigned], cancellationToken).ConfigureAwait(false);
            }

            if (assigned.Count > 0)
            {
                await _rules!.SaveTurnsAsync(_unit, cancellationToken).ConfigureAwait(false);
            }
        }

        public async Task<OperationId> RecordOperationAsync(CancellationToken cancellationToken)
        {
            var summary = new OperationSummary(_operation, OperationKind.Import, _context.Clock.GetCurrentInstant(), _context.ActingUser, _undoCount, [.. _changedFields.Values.Select(f => f.Name)], _options.RecordHistory);
            await _unit.Operations.AddAsync(summary, cancellationToken).ConfigureAwait(false);
            return _operation;
        }

        public ImportResult Finish(string format, bool committed, OperationId? operation)
        {
            var imported = _imported;
            var merged = _merged;
            var skipped = _skipped;
            var outcomes = _outcomes.OrderBy(o => o.Row).ToList();
            if (!committed && !_options.DryRun && imported + merged > 0)
            {
                // All-or-nothing with rejected rows: nothing was written, so the rows that would have been written are skipped.
                var reason = string.Create(CultureInfo.InvariantCulture, $"Not written: {_rejected} {(_rejected == 1 ? "row was" : "rows were")} rejected and the import is all-or-nothing.");
                outcomes = [.. outcomes.Select(o => o.Status is OutcomeStatus.Created or OutcomeStatus.Changed ? o.With(OutcomeStatus.Skipped, reason) : o)];
                skipped += imported + merged;
                imported = 0;
                merged = 0;
            }

            var notImported = _notImported.Select(n => new NotImportedValues(n.Key.Column, n.Key.Key, n.Key.Reason, n.Value.Count, n.Value.FirstRow)).OrderBy(n => n.FirstRow).ThenBy(n => n.Column, StringComparer.Ordinal).ToList();
            return new ImportResult(format, _rows, imported, merged, skipped, _rejected, outcomes, notImported, _columns, committed, _options.DryRun, operation, _formatKeyed);
        }

        private void Reject(long row, IReadOnlyList<ImportProblem> problems)
        {
            _rejected++;
            var column = problems.Select(p => p.Column).FirstOrDefault(c => c is not null);
            var reason = string.Join("; ", problems.Select(p => p.ToString()));
            var errors = problems.Select(p => new ValidationError(p.Column ?? string.Empty, "LeadKit.Import.RowRejected", p.Reason));
            _outcomes.Add(RecordOutcome.Failed(null, reason, errors).AtRow(row, column));
        }

        private void Skip(RecordOutcome outcome)
        {
            _skipped++;
            _outcomes.Add(outcome);
        }

        private void NotImported(string column, string? key, string reason, long row)
        {
            var slot = (column, key, reason);
            _notImported[slot] = _notImported.TryGetValue(slot, out var seen) ? (seen.Count + 1, seen.FirstRow) : (1, row);
        }

        /// <summary>A lead the import creates, until its batch is staged (then only <see cref="_file"/> remembers its row and id).</summary>
        private sealed class Created(long row, Lead lead)
        {
            public long Row { get; } = row;

            public RecordReference Reference { get; } = lead.Reference;

            /// <summary>Gets or sets the lead (a merge that fails puts the copy taken before it back).</summary>
            public Lead Lead { get; set; } = lead;
        }

        /// <summary>A row to merge into a stored lead.</summary>
        private sealed record Merge(long Row, BoundRow Bound, LeadId Lead, string Why);
    }
}
