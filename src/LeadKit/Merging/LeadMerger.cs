using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.History;
using LeadKit.Import.Duplicates;
using LeadKit.Leads;
using LeadKit.Operations;
using LeadKit.Querying;
using LeadKit.Serialization;
using LeadKit.Storage;

namespace LeadKit.Merging;

/// <summary>
/// Merges duplicate leads: one master and any number of other leads of the workspace become the
/// master. Each field keeps the master's value, or, when the master's is empty, the first other
/// lead's value that is not (or the value of the lead a <see cref="FieldPreference"/> names); e-mail
/// addresses, phone numbers and postal addresses are united without duplicates (e-mail addresses and
/// phone numbers compared by their <see cref="MatchKeys"/>); criterion checks are united; comments,
/// history items and opportunities are carried over. The other leads are deleted through the
/// deletion mechanism (restorable) and recorded as merged into the master, whose history entry lists
/// every value that did not win. All in one unit of work, recorded as an operation that
/// <see cref="UndoAsync"/> reverts exactly.
/// </summary>
/// <example>
/// <code>
/// var merger = new LeadMerger(new OperationContext(store, workspace, clock, actingUser));
/// MergeResult result = await merger.MergeAsync(new MergeRequest(master, [duplicate]).Prefer("title", duplicate));
/// await merger.UndoAsync(result.Operation);
/// </code>
/// </example>
public sealed class LeadMerger
{
    private readonly OperationContext _context;
    private readonly MatchKeys _keys;

    /// <summary>Creates the operation.</summary>
    /// <param name="context">Where and as whom it runs.</param>
    /// <param name="keys">The match keys that say when two e-mail addresses or phone numbers are the same (the default region of phone numbers); <see cref="MatchKeys.Default"/> when <see langword="null"/>.</param>
    public LeadMerger(OperationContext context, MatchKeys? keys = null)
    {
        _context = context ?? throw new ArgumentNullException(nameof(context));
        _keys = keys ?? MatchKeys.Default;
    }

    /// <summary>Merges the request's other leads into its master, all or nothing.</summary>
    /// <param name="request">What to merge.</param>
    /// <param name="cancellationToken">Cancels the work; nothing is written.</param>
    /// <returns>What the merge did.</returns>
    /// <exception cref="MergeRefusedException">The request cannot be carried out (see <see cref="MergeRefusedException.Reason"/>); nothing was changed.</exception>
    /// <exception cref="RecordNotFoundException">A lead is not in the workspace (leads of another workspace are not found in this one); nothing was changed.</exception>
    /// <exception cref="ConcurrencyConflictException">A lead was changed or deleted by someone else meanwhile; nothing was changed.</exception>
    public async Task<MergeResult> MergeAsync(MergeRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        CheckShape(request);
        var unit = await _context.Store.BeginAsync(_context.Workspace, _context.ActingUser, cancellationToken).ConfigureAwait(false);
        await using (unit.ConfigureAwait(false))
        {
            var catalog = FieldCatalog.For(await unit.CustomFields.GetSchemaAsync(cancellationToken).ConfigureAwait(false));
            var ids = new List<LeadId>(request.Others.Count + 1) { request.Master };
            ids.AddRange(request.Others);
            var found = (await unit.Leads.FindManyAsync(ids, cancellationToken).ConfigureAwait(false)).ToDictionary(l => l.Id);
            foreach (var id in ids.Where(id => !found.ContainsKey(id)))
            {
                throw new RecordNotFoundException(nameof(Lead), id.ToString());
            }

            foreach (var lead in ids.Select(id => found[id]).Where(l => l.IsConverted))
            {
                throw new MergeRefusedException(
                    MergeRefusal.Converted,
                    $"Lead {lead.Id} ({lead.Name.FullName}) was converted into business contact {lead.ConvertedTo}: its history and opportunities live on the contact, which links back to it, so it cannot be merged. Merge leads that are not converted.",
                    lead.Id);
            }

            var preferred = Resolve(request, catalog, found);
            var master = found[request.Master];
            var others = request.Others.Select(id => found[id]).ToList();
            var original = master.Copy();
            var notTaken = MergeRules.Apply(master, others, catalog, preferred, _keys);
            var changes = catalog.Differences(original, master).ToList();
            changes.AddRange(master.CustomFields.Keys
                .Where(k => !original.CustomFields.ContainsKey(k) && catalog.Find(RecordField.Custom(k).Name) is null)
                .Select(k => new FieldChange(RecordField.Custom(k).Name, null, master.CustomFields[k].ToInvariantString())));

            // The items to carry over, read in this unit of work; their ids are kept for the undo.
            var references = others.Select(o => o.Reference).ToList();
            var history = await unit.History.ListForManyAsync(references, cancellationToken).ConfigureAwait(false);
            var opportunities = await unit.Opportunities.ListForManyAsync(references, cancellationToken).ConfigureAwait(false);

            if (_context.Rescorer is { } rescorer)
            {
                await rescorer.RescoreAsync(unit, [master], cancellationToken).ConfigureAwait(false);
            }

            await unit.Leads.UpdateAsync([master], cancellationToken).ConfigureAwait(false);
            var historyIds = others.SelectMany(o => history[o.Reference]).Select(h => h.Id).ToList();
            var opportunityIds = others.SelectMany(o => opportunities[o.Reference]).Select(o => o.Id).ToList();
            var historyMoved = historyIds.Count == 0 ? 0 : await unit.History.RelinkItemsAsync(historyIds, master.Reference, cancellationToken).ConfigureAwait(false);
            var opportunitiesMoved = opportunityIds.Count == 0 ? 0 : await unit.Opportunities.RelinkItemsAsync(opportunityIds, master.Reference, cancellationToken).ConfigureAwait(false);

            var operation = OperationId.New();
            var undo = new List<OperationUndoEntry>(others.Count + 1)
            {
                new(master.Reference, original.Version + 1, JsonSerializer.Serialize(original, LeadKitJsonTypes.Of<Lead>())),
            };
            foreach (var other in others)
            {
                var deletion = LeadDeletion.DeletionEntry(_context, other, $"Merged into lead {master.Name.FullName}", $"Merged into lead {master.Id} by operation {operation}.", master.Reference);
                await LeadDeletion.StageDeletionAsync(unit, other, deletion, cancellationToken).ConfigureAwait(false);
                undo.Add(new OperationUndoEntry(
                    other.Reference,
                    other.Version,
                    MergeUndo.WriteMerged(deletion.Id, history[other.Reference].Select(h => h.Id), opportunities[other.Reference].Select(o => o.Id))));
            }

            var subject = $"Merged {others.Count} {(others.Count == 1 ? "lead" : "leads")} into this one: {string.Join(", ", others.Select(o => o.Name.FullName))}";
            var entry = Activities.Create(_context, master.Reference, ActivityKind.Merged, subject, changes, Body(operation, others, notTaken, historyMoved, opportunitiesMoved), others.Count == 1 ? others[0].Reference : null);
            await unit.History.AddAsync([entry], cancellationToken).ConfigureAwait(false);
            var fields = changes.Select(c => c.Field).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            await unit.Operations.AddAsync(new OperationSummary(operation, OperationKind.Merge, _context.Clock.GetCurrentInstant(), _context.ActingUser, undo.Count, fields, RecordHistory: true), cancellationToken).ConfigureAwait(false);
            await unit.Operations.AddEntriesAsync(operation, undo, cancellationToken).ConfigureAwait(false);
            await unit.CommitAsync(cancellationToken).ConfigureAwait(false);
            return new MergeResult(operation, master, [.. others.Select(o => o.Id)], changes, notTaken, historyMoved, opportunitiesMoved);
        }
    }

    /// <summary>
    /// Undoes a recorded merge exactly: the master gets back every field as it was before the merge,
    /// the merged leads are restored from their deletion entries (same identifiers, every field), and
    /// the history items and opportunities the merge carried over move back to them. Refused, with
    /// nothing written, when the master changed after the merge or a merged lead was restored
    /// meanwhile (<see cref="OperationReport.Failures"/>, code <c>LeadKit.Merge.UndoConflict</c>). The
    /// same as <c>BulkEditor.UndoOperationAsync</c> on a merge.
    /// </summary>
    /// <param name="operation">The merge (<see cref="MergeResult.Operation"/>).</param>
    /// <param name="cancellationToken">Cancels the work; nothing is written.</param>
    /// <returns>The report: the master changed, the merged leads created; its <see cref="OperationReport.Operation"/> is the undo's own recorded operation.</returns>
    /// <exception cref="RecordNotFoundException">The workspace recorded no such operation.</exception>
    /// <exception cref="Validation.LeadKitValidationException">The operation is not a merge (<c>LeadKit.Merge.NotAMerge</c>), or was undone already (<c>LeadKit.Merge.AlreadyUndone</c>).</exception>
    /// <exception cref="ConcurrencyConflictException">A lead was changed by someone else while the undo was saved; nothing was written.</exception>
    public Task<OperationReport> UndoAsync(OperationId operation, CancellationToken cancellationToken = default) =>
        MergeUndo.UndoAsync(_context, operation, cancellationToken);

    /// <summary>Refuses a request whose leads are wrong before anything is read.</summary>
    private static void CheckShape(MergeRequest request)
    {
        if (request.Others.Count == 0)
        {
            throw new MergeRefusedException(MergeRefusal.NothingToMerge, $"Nothing to merge into lead {request.Master}: name at least one other lead.", request.Master);
        }

        if (request.Others.Contains(request.Master))
        {
            throw new MergeRefusedException(MergeRefusal.MasterAmongOthers, $"Lead {request.Master} is the master and cannot also be merged into itself: leave it out of the leads to merge.", request.Master);
        }

        if (request.Others.GroupBy(id => id).FirstOrDefault(g => g.Count() > 1) is { } repeated)
        {
            throw new MergeRefusedException(MergeRefusal.DuplicateLead, $"Lead {repeated.Key} is listed {repeated.Count()} times among the leads to merge: list each lead once.", repeated.Key);
        }
    }

    /// <summary>Resolves the preferences against the catalogue: the preferred lead by editor state key.</summary>
    private static Dictionary<string, Lead> Resolve(MergeRequest request, FieldCatalog catalog, Dictionary<LeadId, Lead> leads)
    {
        var preferred = new Dictionary<string, (string Field, Lead Lead)>(StringComparer.Ordinal);
        foreach (var preference in request.Preferences)
        {
            var field = catalog.Find(preference.Field)
                ?? throw new MergeRefusedException(
                    MergeRefusal.UnknownField,
                    $"'{preference.Field}' is not a field of this workspace's leads. The fields a merge can prefer are: {string.Join(", ", catalog.Where(MergeRules.IsPreferable).Select(f => f.Name))}.",
                    preference.Lead,
                    preference.Field);
            if (!MergeRules.IsPreferable(field))
            {
                var why = field.Editor is null ? "it is read-only" : "its entries are always united";
                throw new MergeRefusedException(MergeRefusal.FieldNotPreferable, $"Field '{field.Name}' cannot be preferred: {why}.", preference.Lead, field.Name);
            }

            if (!leads.TryGetValue(preference.Lead, out var lead))
            {
                throw new MergeRefusedException(
                    MergeRefusal.PreferredLeadNotInMerge,
                    $"The preference {field.Name}={preference.Lead} names lead {preference.Lead}, which is neither the master nor one of the leads merged.",
                    preference.Lead,
                    field.Name);
            }

            var key = field.Editor!.StateKey;
            if (preferred.TryGetValue(key, out var earlier) && earlier.Lead.Id != lead.Id)
            {
                throw new MergeRefusedException(
                    MergeRefusal.ConflictingPreferences,
                    $"The preferences {earlier.Field}={earlier.Lead.Id} and {field.Name}={lead.Id} choose different leads for one value ({(earlier.Field == field.Name ? field.Name : "the score: manualStars and scoreType are one state")}).",
                    lead.Id,
                    field.Name);
            }

            preferred[key] = (field.Name, lead);
        }

        return preferred.ToDictionary(p => p.Key, p => p.Value.Lead, StringComparer.Ordinal);
    }

    /// <summary>The master's history entry body: the leads merged, what moved, and every value not taken.</summary>
    private static string Body(OperationId operation, List<Lead> others, List<ValueNotTaken> notTaken, int history, int opportunities)
    {
        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"Merged by operation {operation}:");
        foreach (var other in others)
        {
            body.Append(CultureInfo.InvariantCulture, $"\n- lead {other.Id} ({other.Name.FullName})");
        }

        body.Append(CultureInfo.InvariantCulture, $"\nCarried over: {history} history items, {opportunities} opportunities.");
        if (notTaken.Count > 0)
        {
            body.Append("\nValues not taken (each merged lead is also kept whole in its deletion entry):");
            foreach (var value in notTaken)
            {
                body.Append("\n- ").Append(value);
            }
        }

        var text = body.ToString();
        return text.Length <= HistoryItem.MaxBodyLength ? text : text[..(HistoryItem.MaxBodyLength - 1)] + "…";
    }
}
