using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.EntityFrameworkCore.Rows;
using LeadKit.EntityFrameworkCore.Sql;
using LeadKit.Import.Duplicates;
using LeadKit.Leads;
using LeadKit.Querying;
using LeadKit.Storage;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace LeadKit.EntityFrameworkCore.Storage;

/// <summary>
/// Leads or business contacts on EF Core. Reads materialise the JSON document (the source of
/// truth); writes are set-based: adds go through the dialect's bulk path (one prepared INSERT per
/// table on SQLite, binary COPY on PostgreSQL), updates run
/// <c>UPDATE … WHERE id = @id AND workspace_id = @ws AND version = @expected</c> for the whole batch
/// (a prepared statement, or one NpgsqlBatch per chunk) and report the first row that matched
/// nothing as a <see cref="ConcurrencyConflictException"/> with the version actually stored.
/// Queries translate the filter language to SQL and page with keysets.
/// </summary>
/// <typeparam name="TRecord">The record type.</typeparam>
/// <typeparam name="TId">Its identifier type.</typeparam>
/// <typeparam name="TRow">Its row type.</typeparam>
internal abstract class EfRecordRepository<TRecord, TId, TRow> : IRecordRepository<TRecord, TId>, IRecordAggregation
    where TRecord : ContactRecord
    where TId : struct
    where TRow : RecordRow
{
    /// <summary>The stored-score columns: written with every whole document, and with the document's <c>score</c> member when it is patched (<see cref="UpdateChangedAsync"/>).</summary>
    private static readonly string[] ScoreColumnNames = ["stars", "score_points", "score_profile_version", "scored_at", "scored_version", "score_expires_at"];

    /// <summary>The document members the child rows are made from (<see cref="RecordTables.ChildRows"/>; the name and the company give the name-and-company match key).</summary>
    private static readonly string[] ChildMembers = ["emails", "phones", "addresses", "criterionChecks", "customFields", "name", "companyName"];

    /// <summary>The document members every save sets (<see cref="StoreRecords.MarkSaved"/>).</summary>
    private static readonly string[] AuditMemberNames = ["version", "modifiedAt", "modifiedBy"];

    /// <summary>How many rows a streamed query reads per round trip.</summary>
    private const int StreamChunk = 256;

    /// <summary>How many identifiers one <see cref="FindManyAsync"/> query takes.</summary>
    private const int FindManyChunk = 1000;

    private static readonly int VersionColumn = IndexOf(RecordTables.Leads.Columns, "version");

    private static readonly int ModifiedColumn = IndexOf(RecordTables.Leads.Columns, "modified_at");

    private static readonly int[] ScoreColumns = [.. ScoreColumnNames.Select(n => IndexOf(RecordTables.Leads.Columns, n))];

    private static readonly ColumnType[] DocumentTypes = [ColumnType.Guid, ColumnType.Document];

    private static readonly string TypeName = typeof(TRecord).Name;

    /// <summary>How many documents as read <see cref="Remember"/> keeps (more than a batch and a streamed chunk).</summary>
    private const int RememberedDocuments = 4096;

    /// <summary>The UTF-8 documents of the records this repository read last, by id, with the version read (see <see cref="StoredDocument"/>).</summary>
    private readonly Dictionary<Guid, (long Version, byte[] Document)> _read = [];

    /// <summary>The order <see cref="_read"/> was filled in, oldest first, to forget the oldest.</summary>
    private readonly Queue<Guid> _readOrder = new();

    protected EfRecordRepository(EfUnitOfWork unit)
    {
        Unit = unit;
    }

    protected EfUnitOfWork Unit { get; }

    protected abstract RecordKind Kind { get; }

    private TableSpec Table => RecordTables.For(Kind);

    public async Task<TRecord?> FindAsync(TId id, CancellationToken cancellationToken = default)
    {
        var (key, workspace) = (Key(id), Unit.Workspace.Value);
        var document = await Unit.Context.Set<TRow>().AsNoTracking()
            .Where(r => r.Id == key && r.WorkspaceId == workspace).Select(r => r.Document)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return document is null ? null : Documents.Read<TRecord>(document);
    }

    public async Task<TRecord> GetAsync(TId id, CancellationToken cancellationToken = default) =>
        await FindAsync(id, cancellationToken).ConfigureAwait(false) ?? throw new RecordNotFoundException(TypeName, id.ToString()!);

    public async Task AddAsync(IReadOnlyCollection<TRecord> records, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        foreach (var record in records)
        {
            ArgumentNullException.ThrowIfNull(record, nameof(records));
            var version = Unit.Saves.VersionOf(record);
            if (version != 0)
            {
                throw new ArgumentException($"{TypeName} {IdText(record)} is at version {version}: only new records (version 0) can be added; use UpdateAsync.", nameof(records));
            }
        }

        var now = await Unit.WriteAsync(async () =>
        {
            var keys = new HashSet<Guid>();
            foreach (var record in records)
            {
                if (!keys.Add(record.Reference.Id))
                {
                    throw new ConcurrencyConflictException(TypeName, IdText(record), 0, 1);
                }
            }

            var existing = await Unit.ExistingAsync(Table.Name, keys, true, cancellationToken).ConfigureAwait(false);
            foreach (var record in records)
            {
                if (existing.TryGetValue(record.Reference.Id, out var found))
                {
                    throw new ConcurrencyConflictException(TypeName, IdText(record), 0, found.Workspace == Unit.Workspace.Value ? found.Version : 1);
                }
            }

            await Unit.CheckReferencesAsync(records, cancellationToken).ConfigureAwait(false);
            var now = Unit.Now;
            var copies = records.Select(r =>
            {
                var copy = Copy(r);
                StoreRecords.MarkSaved(copy, now, Unit.ActingUser, 1);
                return copy;
            }).ToList();
            var rows = copies.Select(c => RecordTables.RowValues(c, Unit.Workspace, Documents.Write(c))).ToList();
            try
            {
                await Unit.Dialect.InsertAsync(Unit.Connection, Unit.Transaction!, Table, rows, Unit.BatchSize, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (Unit.Dialect.IsUniqueViolation(e))
            {
                // Another unit of work added one of these identifiers after the check above.
                throw new ConcurrencyConflictException(TypeName, IdText(records.First()), 0, 1);
            }

            await InsertChildrenAsync(copies, cancellationToken).ConfigureAwait(false);
            return now;
        }, cancellationToken).ConfigureAwait(false);

        // Only once the write succeeded; the caller's objects change when the unit of work commits.
        foreach (var record in records)
        {
            Unit.Saves.Stage(record, now, Unit.ActingUser, 1);
        }
    }

    public async Task UpdateAsync(IReadOnlyCollection<TRecord> records, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        foreach (var record in records)
        {
            ArgumentNullException.ThrowIfNull(record, nameof(records));
        }

        // The version each object has in this unit of work (its staged save, if it was saved before).
        var list = records.ToList();
        var versions = list.Select(Unit.Saves.VersionOf).ToList();
        var now = await Unit.WriteAsync(async () =>
        {
            var keys = new HashSet<Guid>();
            for (var i = 0; i < list.Count; i++)
            {
                if (!keys.Add(list[i].Reference.Id))
                {
                    throw new ConcurrencyConflictException(TypeName, IdText(list[i]), versions[i], versions[i] + 1);
                }
            }

            await Unit.CheckReferencesAsync(list, cancellationToken).ConfigureAwait(false);
            await Unit.Dialect.LockRowsAsync(Unit.Connection, Unit.Transaction!, Table.Name, Unit.Workspace.Value, keys, cancellationToken).ConfigureAwait(false);
            var now = Unit.Now;
            var copies = list.Select((r, i) =>
            {
                var copy = Copy(r);
                StoreRecords.MarkSaved(copy, now, Unit.ActingUser, versions[i] + 1);
                return copy;
            }).ToList();

            // SET every column but id and workspace_id; WHERE id, workspace_id and the version read.
            var columns = Table.Columns;
            var set = columns.Skip(2).Select((c, i) => $"{c.Name} = {Unit.Dialect.Placeholder(i + 2)}");
            var sql = $"UPDATE {Table.Name} SET {string.Join(", ", set)} WHERE id = {Unit.Dialect.Placeholder(0)} AND workspace_id = {Unit.Dialect.Placeholder(1)} AND version = {Unit.Dialect.Placeholder(columns.Count)}";
            var types = columns.Select(c => c.Type).Append(ColumnType.Int64).ToArray();
            var rows = copies.Select((c, i) => RecordTables.RowValues(c, Unit.Workspace, Documents.Write(c)).Append(versions[i]).ToArray()).ToList();
            var affected = await Unit.Dialect.ExecuteEachAsync(Unit.Connection, Unit.Transaction!, sql, types, rows, Unit.BatchSize, cancellationToken).ConfigureAwait(false);
            var missed = Array.IndexOf(affected, 0);
            if (missed >= 0)
            {
                var record = list[missed];
                var stored = await Unit.ExistingAsync(Table.Name, [record.Reference.Id], true, cancellationToken).ConfigureAwait(false);
                long? actual = stored.TryGetValue(record.Reference.Id, out var s) && s.Workspace == Unit.Workspace.Value ? s.Version : null;
                if (actual is null && versions[missed] == 0)
                {
                    throw new RecordNotFoundException(TypeName, IdText(record));
                }

                throw new ConcurrencyConflictException(TypeName, IdText(record), versions[missed], actual);
            }

            await SyncChildrenAsync(copies, cancellationToken).ConfigureAwait(false);
            Forget(keys);
            return now;
        }, cancellationToken).ConfigureAwait(false);

        // Only once the write succeeded; the caller's objects change when the unit of work commits.
        for (var i = 0; i < list.Count; i++)
        {
            Unit.Saves.Stage(list[i], now, Unit.ActingUser, versions[i] + 1);
        }
    }

    public async Task<IReadOnlyList<TRecord>> FindManyAsync(IReadOnlyCollection<TId> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count > RecordQuery.MaxLimit)
        {
            throw new ArgumentOutOfRangeException(nameof(ids), ids.Count, $"Read at most {RecordQuery.MaxLimit} records at a time.");
        }

        var found = new List<TRecord>(ids.Count);
        foreach (var chunk in ids.Select(Key).Distinct().Chunk(FindManyChunk))
        {
            // One query per chunk (a batch of the default size is one chunk): WHERE workspace_id AND id IN (…).
            var sql = new SqlText(Unit.Dialect);
            sql.Append("SELECT document FROM ").Append(Table.Name).Append(" WHERE workspace_id = ").Append(sql.Parameter(Unit.Workspace.Value, ColumnType.Guid))
                .Append(" AND id IN (").Append(string.Join(", ", chunk.Select(id => sql.Parameter(id, ColumnType.Guid)))).Append(")");
            foreach (var row in await Unit.QueryAsync(sql, [ColumnType.Document], cancellationToken).ConfigureAwait(false))
            {
                found.Add(Remember(Documents.Read<TRecord>(row[0]!), row[0]!));
            }
        }

        return found;
    }

    public Task UpdateChangedAsync(IReadOnlyCollection<RecordUpdate<TRecord>> updates, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(updates);
        foreach (var update in updates)
        {
            ArgumentNullException.ThrowIfNull(update, nameof(updates));
            if (update.Original.Reference != update.Changed.Reference || update.Original.Version != update.Changed.Version)
            {
                throw new ArgumentException($"An update pairs {update.Original.Reference} at version {update.Original.Version} with {update.Changed.Reference} at version {update.Changed.Version}: both must be the same record at the same version.", nameof(updates));
            }
        }

        if (updates.Count == 0)
        {
            return Task.CompletedTask;
        }

        return Unit.WriteAsync(async () =>
        {
            var list = updates.ToList();
            var keys = new HashSet<Guid>();
            foreach (var update in list)
            {
                if (!keys.Add(update.Changed.Reference.Id))
                {
                    throw new ConcurrencyConflictException(TypeName, IdText(update.Changed), update.Changed.Version, update.Changed.Version + 1);
                }
            }

            // Only references that changed need checking: the others were stored, so checked, already.
            await Unit.CheckReferencesAsync(list.Where(u => u.Original.AssignedTo != u.Changed.AssignedTo || u.Original.InitiatedBy != u.Changed.InitiatedBy).Select(u => u.Changed), cancellationToken).ConfigureAwait(false);
            await Unit.Dialect.LockRowsAsync(Unit.Connection, Unit.Transaction!, Table.Name, Unit.Workspace.Value, keys, cancellationToken).ConfigureAwait(false);
            var now = Unit.Now;
            var columns = Table.Columns;
            var documentIndex = columns.Count - 1;
            var groups = new Dictionary<string, UpdateGroup>(StringComparer.Ordinal);
            var withChildren = new List<TRecord>();
            var comparedRows = new object?[]?[2];
            UpdateGroup? group = null;
            Audit? audit = Unit.Dialect.PatchDocument("document", [], []) is null ? null : AuditMembers(list[0].Changed, now);
            for (var r = 0; r < list.Count; r++)
            {
                var (original, changed) = (list[r].Original, list[r].Changed);
                var patch = audit is null ? null : DocumentPatch.Between(StoredDocument(original), Documents.WriteUtf8Transient(changed));
                var (set, values, document, childrenMayDiffer) = patch is null
                    ? WholeRecord(original, changed, now)
                    : Patched(original, changed, patch, audit!.Value, now, comparedRows);

                // Records edited alike share the previous record's statement; only another shape is looked up by its signature.
                if (group is null || !group.Fits(set, document))
                {
                    var signature = Signature(set, document);
                    if (!groups.TryGetValue(signature, out group))
                    {
                        groups[signature] = group = new UpdateGroup(set, document.Removed, document.Set, [], []);
                    }
                }

                values[^3] = changed.Reference.Id;
                values[^2] = Unit.Workspace.Value;
                values[^1] = changed.Version;
                group.Rows.Add(values);
                group.Indexes.Add(r);
                if (childrenMayDiffer && !RecordTables.ChildRows(original, Unit.MatchKeys, Unit.Workspace.Value).Select(c => c.Values).SequenceEqual(RecordTables.ChildRows(changed, Unit.MatchKeys, Unit.Workspace.Value).Select(c => c.Values), ChildRowComparer.Instance))
                {
                    withChildren.Add(changed);
                }
            }

            foreach (var (set, removed, members, rows, indexes) in groups.Values)
            {
                // The changed columns, then the document: whole (its placeholder is the last column's) or patched member by member.
                var assignments = set.Select((c, i) => $"{columns[c].Name} = {Unit.Dialect.Placeholder(i)}").ToList();
                var memberPlaceholders = members.Select((m, i) => (m.Name, Unit.Dialect.Placeholder(set.Length + i), m.Type)).ToList();
                if (members.Count > 0 || removed.Count > 0)
                {
                    assignments.Add($"document = {Unit.Dialect.PatchDocument("document", removed, memberPlaceholders)}");
                }

                var where = set.Length + members.Count;
                var sql = $"UPDATE {Table.Name} SET {string.Join(", ", assignments)} WHERE id = {Unit.Dialect.Placeholder(where)} AND workspace_id = {Unit.Dialect.Placeholder(where + 1)} AND version = {Unit.Dialect.Placeholder(where + 2)}";
                var types = set.Select(c => columns[c].Type).Concat(members.Select(m => m.Type)).Append(ColumnType.Guid).Append(ColumnType.Guid).Append(ColumnType.Int64).ToArray();
                var affected = await Unit.Dialect.ExecuteEachAsync(Unit.Connection, Unit.Transaction!, sql, types, rows, Unit.BatchSize, cancellationToken).ConfigureAwait(false);
                var missed = Array.IndexOf(affected, 0);
                if (missed >= 0)
                {
                    var record = list[indexes[missed]].Changed;
                    var stored = await Unit.ExistingAsync(Table.Name, [record.Reference.Id], true, cancellationToken).ConfigureAwait(false);
                    long? actual = stored.TryGetValue(record.Reference.Id, out var found) && found.Workspace == Unit.Workspace.Value ? found.Version : null;
                    throw new ConcurrencyConflictException(TypeName, IdText(record), record.Version, actual);
                }
            }

            await SyncChildrenAsync(withChildren, cancellationToken).ConfigureAwait(false);
            Forget(list.Select(u => u.Changed.Reference.Id));
            Unit.KnowRecords(Kind, keys);
        }, cancellationToken);
    }

    /// <summary>
    /// The whole-record form of a field-aware update (dialects that do not patch documents): the
    /// columns that differ, the stored-score columns and the whole document of the record saved.
    /// </summary>
    private (int[] Set, object?[] Values, (List<string> Removed, List<(string Name, ColumnType Type)> Set) Document, bool ChildrenMayDiffer) WholeRecord(TRecord original, TRecord changed, Instant now)
    {
        // The stored-score columns always go with a whole document: a re-score writes them without a
        // new version (UpdateStoredScoresAsync), so the record as read may hold an older score than
        // the row, and the document written here must not disagree with them.
        var columns = Table.Columns;
        var documentIndex = columns.Count - 1;
        var copy = Copy(changed);
        StoreRecords.MarkSaved(copy, now, Unit.ActingUser, changed.Version + 1);
        var before = RecordTables.RowValues(original, Unit.Workspace, string.Empty);
        var after = RecordTables.RowValues(copy, Unit.Workspace, Documents.Write(copy));
        var set = new List<int>();
        for (var c = 2; c < documentIndex; c++)
        {
            if (!Equals(before[c], after[c]) || Array.IndexOf(ScoreColumns, c) >= 0)
            {
                set.Add(c);
            }
        }

        set.Add(documentIndex);
        var values = new object?[set.Count + 3];
        for (var i = 0; i < set.Count; i++)
        {
            values[i] = after[set[i]];
        }

        return ([.. set], values, ([], []), true);
    }

    /// <summary>
    /// The patched form of a field-aware update: the columns whose values differ (the version and
    /// <c>modified_at</c> always; the stored-score columns when the <c>score</c> member changes, so
    /// that they never disagree with the document), and the document members that differ, plus the
    /// audit members every save sets. Members and columns that did not change are not written, so a
    /// score written since the record was read (without a new version) stays, columns and member alike.
    /// <paramref name="rows"/> keeps the two compared rows (as read, as changed) for the next record of the batch.
    /// </summary>
    private (int[] Set, object?[] Values, (List<string> Removed, List<(string Name, ColumnType Type)> Set) Document, bool ChildrenMayDiffer) Patched(TRecord original, TRecord changed, DocumentPatch patch, Audit audit, Instant now, object?[]?[] rows)
    {
        var columns = Table.Columns;
        var documentIndex = columns.Count - 1;
        var before = rows[0] = RecordTables.RowValues(original, Unit.Workspace, null, fold: false, into: rows[0]);
        var after = rows[1] = RecordTables.RowValues(changed, Unit.Workspace, null, fold: false, into: rows[1]);
        var scoreChanged = patch.Touches("score");
        var set = new List<int>();
        for (var c = 2; c < documentIndex; c++)
        {
            if (c == VersionColumn || c == ModifiedColumn || (scoreChanged && Array.IndexOf(ScoreColumns, c) >= 0) || !Equals(before[c], after[c]))
            {
                set.Add(c);
            }
        }

        // Each member's value is bound as what it is where SQLite can take it so (a string, an integer:
        // no json() to parse per row and member), else as its JSON text (DocumentPatch.Binding).
        var members = new List<(string Name, ColumnType Type)>(patch.Set.Count + AuditMemberNames.Length);
        var bound = new List<object>(members.Capacity);
        foreach (var (member, text) in patch.Set)
        {
            if (Array.IndexOf(AuditMemberNames, member) < 0)
            {
                Set(member, DocumentPatch.Binding(text));
            }
        }

        var removed = patch.Removed.Where(m => Array.IndexOf(AuditMemberNames, m) < 0).ToList();
        Set("version", (changed.Version + 1, ColumnType.Int64));
        Set("modifiedAt", audit.ModifiedAt);
        if (audit.ModifiedBy is { } by)
        {
            Set("modifiedBy", by);
        }
        else if (original.ModifiedBy is not null)
        {
            // Only when the stored document has the member (it was read from it): a json_remove of a
            // member that is not there still parses and re-renders the whole document.
            removed.Add("modifiedBy");
        }

        var values = new object?[set.Count + members.Count + 3];
        for (var i = 0; i < set.Count; i++)
        {
            var c = set[i];
            values[i] = c == VersionColumn ? changed.Version + 1
                : c == ModifiedColumn ? now
                : columns[c].Type == ColumnType.Text ? TextKey.Fold((string?)after[c])
                : after[c];
        }

        for (var i = 0; i < bound.Count; i++)
        {
            values[set.Count + i] = bound[i];
        }

        return ([.. set], values, (removed, members), ChildMembers.Any(patch.Touches));

        void Set(string member, (object Value, ColumnType Type) binding)
        {
            members.Add((member, binding.Type));
            bound.Add(binding.Value);
        }
    }

    /// <summary>The audit members a save at <paramref name="now"/> by this unit's user writes, taken from a record saved so, as bound (<see cref="DocumentPatch.Binding"/>).</summary>
    private Audit AuditMembers(TRecord sample, Instant now)
    {
        var copy = Copy(sample);
        StoreRecords.MarkSaved(copy, now, Unit.ActingUser, sample.Version + 1);
        var document = Documents.WriteUtf8(copy);
        var modifiedAt = DocumentPatch.MemberJson(document, "modifiedAt") ?? throw new InvalidOperationException("A saved record's document has no modifiedAt.");
        return new Audit(DocumentPatch.Binding(modifiedAt), DocumentPatch.MemberJson(document, "modifiedBy") is { } by ? DocumentPatch.Binding(by) : null);
    }

    /// <summary>The audit members every save sets, each as bound in a patch (<see cref="DocumentPatch.Binding"/>).</summary>
    private readonly record struct Audit((object Value, ColumnType Type) ModifiedAt, (object Value, ColumnType Type)? ModifiedBy);

    /// <summary>What records share one statement: the same columns set, the same members removed and set.</summary>
    private static string Signature(int[] set, (List<string> Removed, List<(string Name, ColumnType Type)> Set) document) =>
        string.Join(',', set) + "|" + string.Join(',', document.Removed) + "|" + string.Join(',', document.Set.Select(m => $"{m.Name}:{m.Type}"));

    public Task<IReadOnlyList<StoredScoreChange>> UpdateStoredScoresAsync(IReadOnlyCollection<StoredScoreChange> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var list = changes.ToList();
        var keys = new HashSet<Guid>();
        foreach (var change in list)
        {
            ArgumentNullException.ThrowIfNull(change, nameof(changes));
            if (change.Record.Kind != Kind)
            {
                throw new ArgumentException($"{change.Record} is not a {TypeName}.", nameof(changes));
            }

            if (!keys.Add(change.Record.Id))
            {
                throw new ArgumentException($"{TypeName} {change.Record.Id:D} appears more than once.", nameof(changes));
            }
        }

        if (list.Count == 0)
        {
            return Task.FromResult<IReadOnlyList<StoredScoreChange>>([]);
        }

        return Unit.WriteAsync<IReadOnlyList<StoredScoreChange>>(async () =>
        {
            var rows = list.Select(c => new ScoreRow(
                c.Record.Id,
                c.Version,
                c.Stars,
                c.Score?.Points,
                c.Score?.ProfileVersion,
                c.Score?.ScoredAt,
                c.Score?.RecordVersion,
                c.Score?.ExpiresAt,
                c.Score is { } score ? Documents.Write(score) : null)).ToList();
            // The documents change at the same version: what was read of them is out of date.
            Forget(keys);
            await Unit.Dialect.LockRowsAsync(Unit.Connection, Unit.Transaction!, Table.Name, Unit.Workspace.Value, keys, cancellationToken).ConfigureAwait(false);
            var written = await Unit.Dialect.UpdateScoresAsync(Unit.Connection, Unit.Transaction!, Table.Name, Unit.Workspace.Value, rows, cancellationToken).ConfigureAwait(false);
            return list.Where((_, i) => !written[i]).ToList();
        }, cancellationToken);
    }

    public Task DeleteAsync(TId id, long expectedVersion, CancellationToken cancellationToken = default) =>
        Unit.WriteAsync(async () =>
        {
            var key = Key(id);
            var sql = $"DELETE FROM {Table.Name} WHERE id = {Unit.Dialect.Placeholder(0)} AND workspace_id = {Unit.Dialect.Placeholder(1)} AND version = {Unit.Dialect.Placeholder(2)}";
            var affected = await Unit.Dialect.ExecuteEachAsync(Unit.Connection, Unit.Transaction!, sql, [ColumnType.Guid, ColumnType.Guid, ColumnType.Int64], [[key, Unit.Workspace.Value, expectedVersion]], 1, cancellationToken).ConfigureAwait(false);
            if (affected[0] == 0)
            {
                var stored = await Unit.ExistingAsync(Table.Name, [key], true, cancellationToken).ConfigureAwait(false);
                if (!stored.TryGetValue(key, out var s) || s.Workspace != Unit.Workspace.Value)
                {
                    throw new RecordNotFoundException(TypeName, id.ToString()!);
                }

                throw new ConcurrencyConflictException(TypeName, id.ToString()!, expectedVersion, s.Version);
            }

            await DeleteChildrenAsync([key], cancellationToken).ConfigureAwait(false);
            Forget([key]);
            Unit.ForgetRecord(new RecordReference(Kind, key));
        }, cancellationToken);

    public async IAsyncEnumerable<TRecord> QueryAsync(RecordQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);

        // Read in keyset chunks: memory stays bounded, and no reader stays open while the caller
        // works on the records (PostgreSQL runs one command per connection at a time).
        var remaining = query.Limit;
        var cursor = query.After;
        while (true)
        {
            // A chunk's raw documents are held at once, and made into records from both ends while the
            // caller works: the caller decodes from the front as it takes them, a worker from the back
            // (TwoEndedDecoding), so that a bulk operation's reading uses the second core.
            var chunk = remaining is { } left ? Math.Min(left, StreamChunk) : StreamChunk;
            var (rows, cursorOf) = await ReadRowsAsync(query, cursor, chunk, cancellationToken).ConfigureAwait(false);
            var decoding = new TwoEndedDecoding<TRecord>(rows, Decode);
            try
            {
                for (var i = 0; i < rows.Count; i++)
                {
                    yield return Remember(decoding.Take(i), rows[i][1]!); // as Materialise, decoded by either end
                }
            }
            finally
            {
                decoding.Abandon();
            }

            if (rows.Count < chunk)
            {
                yield break;
            }

            cursor = cursorOf(rows[^1]);
            if (remaining is not null)
            {
                remaining -= rows.Count;
                if (remaining == 0)
                {
                    yield break;
                }
            }
        }
    }

    public async Task<Page<TRecord>> PageAsync(RecordQuery query, int pageSize, PageCursor? after = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (pageSize is < 1 or > RecordQuery.MaxLimit)
        {
            throw new ArgumentOutOfRangeException(nameof(pageSize), pageSize, $"A page holds 1 to {RecordQuery.MaxLimit} records.");
        }

        var rows = await ReadAsync(query, after, pageSize + 1, cancellationToken).ConfigureAwait(false);
        PageCursor? next = null;
        if (rows.Count > pageSize)
        {
            rows.RemoveAt(pageSize);
            next = rows[^1].Cursor;
        }

        return new Page<TRecord>(rows.Select(r => r.Record).ToList(), next);
    }

    public async Task<IReadOnlyList<TRecord>> ListStaleScoresAsync(long profileVersion, Instant asOf, int limit, CancellationToken cancellationToken = default)
    {
        if (limit is < 1 or > RecordQuery.MaxLimit)
        {
            throw new ArgumentOutOfRangeException(nameof(limit), limit, $"A read returns 1 to {RecordQuery.MaxLimit} records.");
        }

        var sql = RecordSelect.StaleScores(Unit.Dialect, Kind, Unit.Workspace, profileVersion, asOf, limit);
        var rows = await Unit.QueryAsync(sql, DocumentTypes, cancellationToken).ConfigureAwait(false);
        return rows.Select(row => Documents.Read<TRecord>(row[1]!)).ToList();
    }

    public async Task<long> CountStaleScoresAsync(long profileVersion, Instant asOf, CancellationToken cancellationToken = default)
    {
        var sql = RecordSelect.StaleScores(Unit.Dialect, Kind, Unit.Workspace, profileVersion, asOf, null);
        var rows = await Unit.QueryAsync(sql, [ColumnType.Int64], cancellationToken).ConfigureAwait(false);
        return (long)rows[0][0]!;
    }

    public async Task<long> CountAsync(Filter? filter = null, CancellationToken cancellationToken = default)
    {
        var sql = RecordSelect.Count(Unit.Dialect, Kind, Unit.Workspace, await BindUsersAsync(filter ?? Filter.All, cancellationToken).ConfigureAwait(false));
        var rows = await Unit.QueryAsync(sql, [ColumnType.Int64], cancellationToken).ConfigureAwait(false);
        return (long)rows[0][0]!;
    }

    /// <summary>
    /// Groups, counts and sums in the database (<see cref="RecordSelect.Aggregate"/>): one
    /// <c>GROUP BY</c> query, no record read. Custom fields have no column of the record table, so a
    /// query on one returns <see langword="null"/> and the report streams the records instead.
    /// </summary>
    public async Task<IReadOnlyList<AggregateRow>?> AggregateAsync(AggregateQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var filter = await BindUsersAsync(query.Filter, cancellationToken).ConfigureAwait(false);
        var aggregate = RecordSelect.Aggregate(Unit.Dialect, Kind, Unit.Workspace, filter, query);
        if (aggregate is null)
        {
            return null;
        }

        var (sql, keyTypes) = aggregate.Value;

        var types = new List<ColumnType>(keyTypes) { ColumnType.Int64, ColumnType.Text };
        for (var i = 0; i < query.Sums.Length; i++)
        {
            types.Add(ColumnType.Int64);
            types.Add(ColumnType.Int64);
        }

        var rows = await Unit.QueryAsync(sql, types, cancellationToken).ConfigureAwait(false);
        var result = new List<AggregateRow>(rows.Count);
        foreach (var row in rows)
        {
            var count = (long)row[keyTypes.Length]!;
            if (count == 0)
            {
                continue; // no GROUP BY and no record: one row of zeros
            }

            var keys = new object?[keyTypes.Length];
            for (var i = 0; i < keys.Length; i++)
            {
                keys[i] = row[i] switch
                {
                    Guid id => id.ToString("D"),
                    int number => (decimal)number,
                    long number => (decimal)number,
                    var value => value,
                };
            }

            var sums = new decimal[query.Sums.Length];
            var values = new long[query.Sums.Length];
            for (var i = 0; i < sums.Length; i++)
            {
                sums[i] = (long?)row[keyTypes.Length + 2 + (2 * i)] ?? 0;
                values[i] = (long)row[keyTypes.Length + 3 + (2 * i)]!;
            }

            result.Add(new AggregateRow(keys, count, Guid.Parse((string)row[keyTypes.Length + 1]!), sums, values));
        }

        return result;
    }

    protected abstract Guid Key(TId id);

    /// <summary>
    /// Keeps the UTF-8 document a record was read from (SQLite reads documents as bytes), so that a
    /// field-aware update of the record compares the changed record with what is stored instead of
    /// writing the original again (<see cref="StoredDocument"/>). Only the last few thousand are
    /// kept: a streamed read of a whole workspace holds on to a bounded amount.
    /// </summary>
    private TRecord Remember(TRecord record, object document)
    {
        if (document is byte[] utf8)
        {
            var id = record.Reference.Id;
            if (!_read.ContainsKey(id))
            {
                _readOrder.Enqueue(id);
            }

            _read[id] = (record.Version, utf8);
            while (_readOrder.Count > RememberedDocuments)
            {
                _read.Remove(_readOrder.Dequeue());
            }
        }

        return record;
    }

    /// <summary>
    /// The stored document a field-aware update patches, as UTF-8: the one read at the original's
    /// version when it is remembered, else the original written again (the same JSON, since reading
    /// and writing a document round-trips). Either way only the members in which the changed record
    /// differs from it are written.
    /// </summary>
    private byte[] StoredDocument(TRecord original) =>
        _read.TryGetValue(original.Reference.Id, out var read) && read.Version == original.Version ? read.Document : Documents.WriteUtf8(original);

    /// <summary>Forgets the documents of records written since they were read.</summary>
    private void Forget(IEnumerable<Guid> ids)
    {
        foreach (var id in ids)
        {
            _read.Remove(id);
        }
    }

    protected abstract TRecord Copy(TRecord record);

    private static string IdText(ContactRecord record) => record.Reference.Id.ToString("D");

    /// <summary>
    /// The (record, key) pairs of the records a filter selects whose duplicate match key another
    /// selected record shares (<see cref="IDuplicateKeySearch{TId}"/>): one query over
    /// <c>record_match_keys</c> (the record table only for a filter), the workspace's keys grouped
    /// from their index with <c>HAVING COUNT(*) &gt; 1</c> and joined back to the records holding them. <see langword="null"/> when the store's keys were
    /// made with other options than <paramref name="options"/>.
    /// </summary>
    protected async Task<List<(Guid Record, MatchKey Key)>?> FindSharedKeyRowsAsync(Filter filter, DuplicateMatchOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(options);
        var kept = Unit.MatchKeys.Options;
        if (options.DefaultRegion != kept.DefaultRegion || !options.Rules.All(kept.Uses))
        {
            return null;
        }

        var result = new List<(Guid, MatchKey)>();
        if (options.Rules.Count == 0)
        {
            return result;
        }

        var bound = await BindUsersAsync(filter, cancellationToken).ConfigureAwait(false);
        var sql = new SqlText(Unit.Dialect);
        var rules = options.Rules.Count == kept.Rules.Count ? null : string.Join(", ", options.Rules.Select(r => ((int)r).ToString(System.Globalization.CultureInfo.InvariantCulture)));

        // The keys of the workspace's records of this kind (that the filter selects), in the key index's order.
        void Keyed(string alias)
        {
            sql.Append($"{alias}.workspace_id = ").Append(sql.Parameter(Unit.Workspace.Value, ColumnType.Guid))
                .Append($" AND {alias}.record_kind = ").Append(sql.Parameter((int)Kind, ColumnType.Int32));
            if (rules is not null)
            {
                sql.Append($" AND {alias}.rule IN ({rules})");
            }

            if (!ReferenceEquals(bound, Filter.All))
            {
                sql.Append($" AND {alias}.record_id IN (SELECT r.id FROM {Table.Name} r WHERE r.workspace_id = ").Append(sql.Parameter(Unit.Workspace.Value, ColumnType.Guid))
                    .Append(" AND ").Append(new FilterTranslator(sql, Kind).Translate(bound)).Append(")");
            }
        }

        if (Unit.Dialect.Provider == LeadKitDatabaseProvider.Postgres)
        {
            // One pass over the key index: the count per key as a window over the index's order.
            // PostgreSQL runs the GROUP BY form below as a parallel hash join whose every worker
            // groups all the keys again (three times the work with two workers).
            sql.Append($"SELECT record_id, rule, key_value FROM (SELECT k.record_id, k.rule, k.key_value, COUNT(*) OVER (PARTITION BY k.rule, k.key_value) AS n FROM {RecordTables.Keys.Name} k WHERE ");
            Keyed("k");
            sql.Append(") keyed WHERE n > 1");
        }
        else
        {
            // SQLite groups from the covering index, then looks each shared key up in it again (a
            // window over the same index measured 2.4 times slower).
            sql.Append($"SELECT k.record_id, k.rule, k.key_value FROM {RecordTables.Keys.Name} k JOIN (SELECT s.rule, s.key_value FROM {RecordTables.Keys.Name} s WHERE ");
            Keyed("s");
            sql.Append(" GROUP BY s.rule, s.key_value HAVING COUNT(*) > 1) shared ON k.rule = shared.rule AND k.key_value = shared.key_value WHERE ");
            Keyed("k");
        }
        foreach (var row in await Unit.QueryAsync(sql, [ColumnType.Guid, ColumnType.Int32, ColumnType.Text], cancellationToken).ConfigureAwait(false))
        {
            result.Add(((Guid)row[0]!, new MatchKey((DuplicateRule)(int)row[1]!, (string)row[2]!)));
        }

        return result;
    }

    /// <summary>Replaces user names in <c>assignedTo</c> conditions by ids (<see cref="Filter.BindUsers"/>): SQL compares ids only.</summary>
    private async Task<Filter> BindUsersAsync(Filter filter, CancellationToken cancellationToken)
    {
        if (!filter.NamesUsers)
        {
            return filter;
        }

        var users = new List<WorkspaceUser>();
        await foreach (var user in Unit.Users.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            users.Add(user);
        }

        return filter.BindUsers(users);
    }

    private async Task<List<(TRecord Record, PageCursor Cursor)>> ReadAsync(RecordQuery query, PageCursor? after, int limit, CancellationToken cancellationToken)
    {
        var (rows, cursorOf) = await ReadRowsAsync(query, after, limit, cancellationToken).ConfigureAwait(false);
        return rows.Select(row => (Materialise(row), cursorOf(row))).ToList();
    }

    /// <summary>
    /// Reads the rows of one keyset chunk: each row's id, document and sort keys, not yet turned into
    /// records (<see cref="Materialise"/>), and how to make a row's page cursor.
    /// </summary>
    private async Task<(List<object?[]> Rows, Func<object?[], PageCursor> CursorOf)> ReadRowsAsync(RecordQuery query, PageCursor? after, int limit, CancellationToken cancellationToken)
    {
        var filter = await BindUsersAsync(query.Filter, cancellationToken).ConfigureAwait(false);
        var (sql, columns) = RecordSelect.Build(Unit.Dialect, Kind, Unit.Workspace, filter, query.Sort, after, limit);
        var types = DocumentTypes.Concat(columns.Select(c => c.Type)).ToArray();
        var rows = await Unit.QueryAsync(sql, types, cancellationToken).ConfigureAwait(false);
        return (rows, row => new PageCursor([.. columns.Select((c, i) => row[i + 2] is { } value ? Unit.Dialect.RenderCursorValue(value, c.Type) : null)], (Guid)row[0]!));
    }

    /// <summary>The record of a row read by <see cref="ReadRowsAsync"/> (its document remembered for a field-aware update).</summary>
    private TRecord Materialise(object?[] row) => Remember(Decode(row), row[1]!);

    /// <summary>The record of a row read by <see cref="ReadRowsAsync"/>, not yet remembered: it touches nothing but the row, so any thread may run it.</summary>
    private static TRecord Decode(object?[] row) => Documents.Read<TRecord>(row[1]!);

    private async Task InsertChildrenAsync(IEnumerable<ContactRecord> records, CancellationToken cancellationToken)
    {
        foreach (var (table, rows) in RecordTables.ChildRowsByTable(records, Unit.MatchKeys, Unit.Workspace.Value))
        {
            await Unit.Dialect.InsertAsync(Unit.Connection, Unit.Transaction!, table, rows, Unit.BatchSize, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Brings the child rows of updated records in line with the records, writing only the
    /// differences: per child table, one query reads the stored rows of the batch's records
    /// (<c>WHERE record_kind = … AND record_id IN (…)</c>, 500 identifiers a query), rows stored
    /// but no longer wanted (or wanted with other values) are deleted by primary key, and rows
    /// wanted but not stored as they are are inserted. Records whose child rows are unchanged (a
    /// scalar-field edit) cost the reads only.
    /// </summary>
    private async Task SyncChildrenAsync(List<TRecord> records, CancellationToken cancellationToken)
    {
        if (records.Count == 0)
        {
            return;
        }

        var kind = (int)Kind;
        var ids = records.Select(r => r.Reference.Id).ToList();
        foreach (var (table, wanted) in RecordTables.ChildRowsByTable(records, Unit.MatchKeys, Unit.Workspace.Value))
        {
            // Every child table's primary key is its first three columns: record_kind, record_id
            // and position (or name_key for custom values).
            var keyColumn = table.Columns[2];
            var types = table.Columns.Select(c => c.Type).ToArray();
            var stored = new Dictionary<(Guid Id, object Key), object?[]>();
            foreach (var chunk in ids.Chunk(500))
            {
                var sql = new SqlText(Unit.Dialect);
                sql.Append($"SELECT {table.ColumnList} FROM {table.Name} WHERE record_kind = ").Append(sql.Parameter(kind, ColumnType.Int32))
                    .Append(" AND record_id IN (").Append(string.Join(", ", chunk.Select(id => sql.Parameter(id, ColumnType.Guid)))).Append(")");
                foreach (var row in await Unit.QueryAsync(sql, types, cancellationToken).ConfigureAwait(false))
                {
                    stored[((Guid)row[1]!, row[2]!)] = row;
                }
            }

            var inserts = new List<object?[]>();
            foreach (var row in wanted)
            {
                var key = ((Guid)row[1]!, row[2]!);
                if (stored.TryGetValue(key, out var existing) && SameRow(existing, row, types))
                {
                    stored.Remove(key);
                }
                else
                {
                    inserts.Add(row);
                }
            }

            // What is left of the stored rows is removed or replaced; deleted before the inserts,
            // so that a replaced row's primary key is free again.
            if (stored.Count > 0)
            {
                var sql = $"DELETE FROM {table.Name} WHERE record_kind = {Unit.Dialect.Placeholder(0)} AND record_id = {Unit.Dialect.Placeholder(1)} AND {keyColumn.Name} = {Unit.Dialect.Placeholder(2)}";
                var deletes = stored.Keys.Select(k => new object?[] { kind, k.Id, k.Key }).ToList();
                await Unit.Dialect.ExecuteEachAsync(Unit.Connection, Unit.Transaction!, sql, [ColumnType.Int32, ColumnType.Guid, keyColumn.Type], deletes, Unit.BatchSize, cancellationToken).ConfigureAwait(false);
            }

            if (inserts.Count > 0)
            {
                await Unit.Dialect.InsertAsync(Unit.Connection, Unit.Transaction!, table, inserts, Unit.BatchSize, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// Whether a stored child row (as read) holds exactly what writing <paramref name="wanted"/>
    /// would store. A false "different" costs only a rewrite; a false "same" would lose a change,
    /// so only exact equality counts (a number is compared as the dialect stores it: SQLite reads a
    /// double back).
    /// </summary>
    private static bool SameRow(object?[] stored, object?[] wanted, ColumnType[] types)
    {
        for (var i = 0; i < types.Length; i++)
        {
            var (a, b) = (stored[i], wanted[i]);
            var same = (a, b) switch
            {
                (null, null) => true,
                (null, _) or (_, null) => false,
                (double x, decimal d) => x.Equals((double)d),
                _ => a.Equals(b),
            };
            if (!same)
            {
                return false;
            }
        }

        return true;
    }

    private static int IndexOf(IReadOnlyList<Column> columns, string name)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i].Name == name)
            {
                return i;
            }
        }

        throw new InvalidOperationException($"No column {name}.");
    }

    /// <summary>The records of one field-aware statement: the columns set, the document members removed and set, each record's parameter values and its index in the call.</summary>
    private sealed record UpdateGroup(int[] Columns, List<string> Removed, List<(string Name, ColumnType Type)> Members, List<object?[]> Rows, List<int> Indexes)
    {
        /// <summary>Whether a record with these changed columns and document members (bound alike) is written by this group's statement.</summary>
        public bool Fits(int[] columns, (List<string> Removed, List<(string Name, ColumnType Type)> Set) document) =>
            columns.AsSpan().SequenceEqual(Columns) && document.Removed.SequenceEqual(Removed) && document.Set.SequenceEqual(Members);
    }

    /// <summary>Compares child rows value by value (GUIDs, text, numbers, instants).</summary>
    private sealed class ChildRowComparer : IEqualityComparer<object?[]>
    {
        public static ChildRowComparer Instance { get; } = new();

        public bool Equals(object?[]? x, object?[]? y)
        {
            if (x is null || y is null || x.Length != y.Length)
            {
                return false;
            }

            for (var i = 0; i < x.Length; i++)
            {
                if (!object.Equals(x[i], y[i]))
                {
                    return false;
                }
            }

            return true;
        }

        public int GetHashCode(object?[] obj) => obj.Length;
    }

    private async Task DeleteChildrenAsync(IReadOnlyList<Guid> ids, CancellationToken cancellationToken)
    {
        var kind = (int)Kind;
        var rows = ids.Select(id => new object?[] { kind, id }).ToList();
        foreach (var table in RecordTables.Children)
        {
            var sql = $"DELETE FROM {table.Name} WHERE record_kind = {Unit.Dialect.Placeholder(0)} AND record_id = {Unit.Dialect.Placeholder(1)}";
            await Unit.Dialect.ExecuteEachAsync(Unit.Connection, Unit.Transaction!, sql, [ColumnType.Int32, ColumnType.Guid], rows, Unit.BatchSize, cancellationToken).ConfigureAwait(false);
        }
    }
}
