using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.Leads;
using LeadKit.Querying;
using LeadKit.Scoring;
using LeadKit.Storage;
using NodaTime;

namespace LeadKit.Operations;

/// <summary>
/// A workspace's scoring profile as a service: read it, edit it through the repository (with
/// optimistic concurrency on its version), and re-score every record after each edit.
/// The re-score streams: it reads the leads and business contacts a keyset page at a time
/// (never all at once), scores each page through the compiled profile with one history query per page,
/// and writes only the stored scores that changed or were stale, with the
/// score-only <see cref="IRecordRepository{TRecord, TId}.UpdateStoredScoresAsync"/> (no version bump,
/// nothing else of the record rewritten), one unit of work per page, reporting progress after each.
/// Manual records are re-scored too: their displayed stars are the manual ones capped at the profile's
/// most stars, which the stored score carries. <see cref="RescoreStaleAsync"/> re-scores only the
/// records whose stored score is stale, and resumes an interrupted re-score. Records that someone
/// changed after their page was read are not overwritten: the page is read and scored again.
/// </summary>
/// <remarks>
/// <para>
/// Users that criteria's rules name by display name (<c>assignedTo = "Priya Raman"</c>) are bound to
/// their ids against the workspace's users, in the same unit of work, before every save
/// (<see cref="ScoringProfile.BindUsers"/>): the stored rule names the user by id, so it keeps working
/// when the user is renamed. A name that matches no user, or several, refuses the save with the filter
/// language's <see cref="FilterException"/> (nothing is saved or re-scored).
/// </para>
/// The profile is saved before the re-score begins: if the re-score is interrupted (cancelled, the
/// process ends), the profile stays edited and <see cref="RescoreAsync"/> completes the work.
/// </remarks>
public sealed partial class ScoringProfiles
{
    /// <summary>The page size unless told otherwise.</summary>
    public const int DefaultPageSize = 500;

    private const int MaxAttempts = 3;


    /// <summary>Creates the service.</summary>
    /// <param name="store">The store.</param>
    /// <param name="workspace">The workspace.</param>
    /// <param name="clock">The clock that gives the <c>asOf</c> instant of re-scores.</param>
    /// <param name="scorer">The engine; <see cref="LeadScorer.Default"/> when <see langword="null"/>.</param>
    /// <param name="actingUser">The user making the changes, if known.</param>
    public ScoringProfiles(ILeadKitStore store, WorkspaceId workspace, IClock clock, ILeadScorer? scorer = null, UserId? actingUser = null)
    {
        Store = store ?? throw new ArgumentNullException(nameof(store));
        Workspace = workspace;
        Rescorer = new ProfileRescorer(clock, scorer);
        ActingUser = actingUser;
    }

    /// <summary>Gets the store.</summary>
    public ILeadKitStore Store { get; }

    /// <summary>Gets the workspace.</summary>
    public WorkspaceId Workspace { get; }

    /// <summary>Gets the per-record rescorer (also the <see cref="Operations.IRecordRescorer"/> to give operations).</summary>
    public ProfileRescorer Rescorer { get; }

    /// <summary>Gets the user making the changes, if known.</summary>
    public UserId? ActingUser { get; }

    /// <summary>Gets or sets the number of records read, scored and saved together, 1 to <see cref="RecordQuery.MaxLimit"/>.</summary>
    public int PageSize
    {
        get;
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, RecordQuery.MaxLimit);
            field = value;
        }
    }

    = DefaultPageSize;

    /// <summary>Reads the workspace's profile.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The stored profile, or <see cref="ScoringProfile.Empty"/> when none is stored.</returns>
    public async Task<ScoringProfile> GetAsync(CancellationToken cancellationToken = default)
    {
        var unit = await Store.BeginAsync(Workspace, ActingUser, cancellationToken).ConfigureAwait(false);
        await using (unit.ConfigureAwait(false))
        {
            return await unit.ScoringProfiles.GetAsync(cancellationToken).ConfigureAwait(false) ?? ScoringProfile.Empty;
        }
    }

    /// <summary>Adds a criterion (its id made from the description), saves the profile and re-scores.</summary>
    /// <param name="description">The question.</param>
    /// <param name="weight">Its weight.</param>
    /// <param name="rule">A rule that decides it, or <see langword="null"/> for a check box.</param>
    /// <param name="progress">Receives the re-score's progress.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The change; <see cref="ProfileChange.Criterion"/> is the new criterion's id.</returns>
    /// <exception cref="Validation.LeadKitValidationException">The description is blank, too long or taken, or the profile is full.</exception>
    /// <exception cref="FilterException">The rule names a user by a display name that matches no user of the workspace, or several; nothing was changed.</exception>
    /// <exception cref="ConcurrencyConflictException">Someone else saved the profile meanwhile; nothing was changed.</exception>
    public Task<ProfileChange> AddCriterionAsync(string description, Weight weight, IScoringRule? rule = null, IProgress<RescoreProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        CriterionId added = default;
        return EditAsync(
            p =>
            {
                // One edit, so one new version, whether or not the criterion has a rule.
                var next = p.Add(new ScoringCriterion(p.SuggestId(description ?? string.Empty), description ?? string.Empty, weight, rule));
                added = next.Criteria[^1].Id;
                return next;
            },
            () => added,
            progress,
            cancellationToken);
    }

    /// <summary>Edits a criterion's description and/or weight, saves the profile and re-scores.</summary>
    /// <param name="id">The criterion.</param>
    /// <param name="description">The new description, or <see langword="null"/>.</param>
    /// <param name="weight">The new weight, or <see langword="null"/>.</param>
    /// <param name="progress">Receives the re-score's progress.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The change.</returns>
    /// <exception cref="Validation.LeadKitValidationException">The criterion does not exist, or the description is invalid or taken.</exception>
    /// <exception cref="ConcurrencyConflictException">Someone else saved the profile meanwhile; nothing was changed.</exception>
    public Task<ProfileChange> EditCriterionAsync(CriterionId id, string? description = null, Weight? weight = null, IProgress<RescoreProgress>? progress = null, CancellationToken cancellationToken = default) =>
        EditAsync(p => p.Edit(id, description, weight), () => id, progress, cancellationToken);

    /// <summary>Removes a criterion, saves the profile and re-scores.</summary>
    /// <param name="id">The criterion.</param>
    /// <param name="progress">Receives the re-score's progress.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The change.</returns>
    /// <exception cref="Validation.LeadKitValidationException">The criterion does not exist.</exception>
    /// <exception cref="ConcurrencyConflictException">Someone else saved the profile meanwhile; nothing was changed.</exception>
    public Task<ProfileChange> RemoveCriterionAsync(CriterionId id, IProgress<RescoreProgress>? progress = null, CancellationToken cancellationToken = default) =>
        EditAsync(p => p.Remove(id), () => id, progress, cancellationToken);

    /// <summary>
    /// Applies any edit to the stored profile (<see cref="ScoringProfile.Empty"/> when none is stored),
    /// binds the users its rules name by display name, saves the result and re-scores every record. An
    /// edit that returns the same profile, or one equal to it but for the version once its users are
    /// bound, saves and re-scores nothing.
    /// </summary>
    /// <param name="edit">The edit, e.g. <c>p =&gt; p.WithScale(…)</c>.</param>
    /// <param name="progress">Receives the re-score's progress.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The change.</returns>
    /// <exception cref="FilterException">A rule names a user by a display name that matches no user of the workspace, or several; nothing was changed.</exception>
    /// <exception cref="ConcurrencyConflictException">Someone else saved the profile meanwhile; nothing was changed.</exception>
    public Task<ProfileChange> EditAsync(Func<ScoringProfile, ScoringProfile> edit, IProgress<RescoreProgress>? progress = null, CancellationToken cancellationToken = default) =>
        EditAsync(edit, () => null, progress, cancellationToken);

    /// <summary>
    /// Re-scores every lead and business contact with the stored profile, a page at a time,
    /// saving only the records whose stored score changed or was stale.
    /// </summary>
    /// <param name="progress">Receives the progress after every page.</param>
    /// <param name="cancellationToken">Cancels the work; pages already saved stay saved.</param>
    /// <returns>How many records were scored and changed.</returns>
    public async Task<RescoreResult> RescoreAsync(IProgress<RescoreProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ScoringProfile profile;
        long total;
        var unit = await Store.BeginAsync(Workspace, ActingUser, cancellationToken).ConfigureAwait(false);
        await using (unit.ConfigureAwait(false))
        {
            profile = await unit.ScoringProfiles.GetAsync(cancellationToken).ConfigureAwait(false) ?? ScoringProfile.Empty;
            total = await unit.Leads.CountAsync(Filter.All, cancellationToken).ConfigureAwait(false)
                + await unit.Contacts.CountAsync(Filter.All, cancellationToken).ConfigureAwait(false);
        }

        var asOf = Rescorer.Clock.GetCurrentInstant();
        var counts = new Counts(total, progress);
        await RescoreAllAsync(u => u.Leads, l => l.Id, profile, asOf, counts, cancellationToken).ConfigureAwait(false);
        await RescoreAllAsync(u => u.Contacts, c => c.Id, profile, asOf, counts, cancellationToken).ConfigureAwait(false);
        return new RescoreResult(counts.Scanned, counts.Changed, profile.Version);
    }

    /// <summary>
    /// Re-scores only the leads and business contacts whose stored score is stale
    /// (<see cref="ContactRecord.IsScoreStale"/>: never scored, another profile version, saved since,
    /// or a counted check lapsed), a page at a time, found by the store's stale-score query. An
    /// interrupted re-score (cancelled, the process ended) leaves the pages already saved current, so
    /// running this again continues with what is still stale; a second run right after a complete one
    /// finds nothing.
    /// </summary>
    /// <param name="progress">Receives the progress after every page.</param>
    /// <param name="cancellationToken">Cancels the work; pages already saved stay saved.</param>
    /// <returns>How many stale records were found and re-scored.</returns>
    public async Task<RescoreResult> RescoreStaleAsync(IProgress<RescoreProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ScoringProfile profile;
        long total;
        var asOf = Rescorer.Clock.GetCurrentInstant();
        var unit = await Store.BeginAsync(Workspace, ActingUser, cancellationToken).ConfigureAwait(false);
        await using (unit.ConfigureAwait(false))
        {
            profile = await unit.ScoringProfiles.GetAsync(cancellationToken).ConfigureAwait(false) ?? ScoringProfile.Empty;
            total = await unit.Leads.CountStaleScoresAsync(profile.Version, asOf, cancellationToken).ConfigureAwait(false)
                + await unit.Contacts.CountStaleScoresAsync(profile.Version, asOf, cancellationToken).ConfigureAwait(false);
        }

        var counts = new Counts(total, progress);
        await RescoreStaleAsync(u => u.Leads, profile, asOf, counts, cancellationToken).ConfigureAwait(false);
        await RescoreStaleAsync(u => u.Contacts, profile, asOf, counts, cancellationToken).ConfigureAwait(false);
        return new RescoreResult(counts.Scanned, counts.Changed, profile.Version);
    }

    private async Task RescoreStaleAsync<TRecord, TId>(Func<IUnitOfWork, IRecordRepository<TRecord, TId>> repository, ScoringProfile profile, Instant asOf, Counts counts, CancellationToken cancellationToken)
        where TRecord : ContactRecord
        where TId : struct
    {
        // The stale query always returns the first stale records: re-scoring them removes them from it.
        // Records met before (their write lost to a concurrent edit, retried once) are not taken again,
        // so a record that cannot be made current never loops the re-score.
        var seen = new HashSet<Guid>();
        var retried = new HashSet<Guid>();
        while (true)
        {
            var unit = await Store.BeginAsync(Workspace, ActingUser, cancellationToken).ConfigureAwait(false);
            await using (unit.ConfigureAwait(false))
            {
                var records = repository(unit);
                var stale = await records.ListStaleScoresAsync(profile.Version, asOf, PageSize, cancellationToken).ConfigureAwait(false);
                var fresh = stale.Where(r => seen.Add(r.Reference.Id)).ToList();
                if (fresh.Count == 0)
                {
                    return;
                }

                var changed = await Rescorer.ScoreRecordsAsync(unit, profile, asOf, fresh, cancellationToken).ConfigureAwait(false);
                var notApplied = changed.Count == 0 ? [] : await records.UpdateStoredScoresAsync([.. changed.Select(StoredScoreChange.Of)], cancellationToken).ConfigureAwait(false);
                await unit.CommitAsync(cancellationToken).ConfigureAwait(false);
                foreach (var missed in notApplied)
                {
                    if (retried.Add(missed.Record.Id))
                    {
                        seen.Remove(missed.Record.Id);
                    }
                }

                counts.Add(fresh.Count, changed.Count - notApplied.Count);
            }
        }
    }

    private async Task<ProfileChange> EditAsync(Func<ScoringProfile, ScoringProfile> edit, Func<CriterionId?> criterion, IProgress<RescoreProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(edit);
        ScoringProfile edited;
        var unit = await Store.BeginAsync(Workspace, ActingUser, cancellationToken).ConfigureAwait(false);
        await using (unit.ConfigureAwait(false))
        {
            var stored = await unit.ScoringProfiles.GetAsync(cancellationToken).ConfigureAwait(false);
            var current = stored ?? ScoringProfile.Empty;
            edited = edit(current);
            if (ReferenceEquals(edited, current))
            {
                return new ProfileChange(current, new RescoreResult(0, 0, current.Version), criterion());
            }

            if (edited.NamesUsers)
            {
                // Rules name users by id once stored: they keep their meaning when a user is renamed.
                var users = new List<WorkspaceUser>();
                await foreach (var user in unit.Users.ListAsync(cancellationToken).ConfigureAwait(false))
                {
                    users.Add(user);
                }

                edited = edited.BindUsers(users);
                if (edited.Criteria.SequenceEqual(current.Criteria) && edited.Scale.Equals(current.Scale) && edited.MaxStars == current.MaxStars)
                {
                    // Bound, the edit changes nothing: a rule written with a name the profile already holds by id.
                    return new ProfileChange(current, new RescoreResult(0, 0, current.Version), criterion());
                }
            }

            await unit.ScoringProfiles.SaveAsync(edited, stored?.Version, cancellationToken).ConfigureAwait(false);
            await unit.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        var rescore = await RescoreAsync(progress, cancellationToken).ConfigureAwait(false);
        return new ProfileChange(edited, rescore, criterion());
    }

    private async Task RescoreAllAsync<TRecord, TId>(Func<IUnitOfWork, IRecordRepository<TRecord, TId>> repository, Func<TRecord, TId> idOf, ScoringProfile profile, Instant asOf, Counts counts, CancellationToken cancellationToken)
        where TRecord : ContactRecord
        where TId : struct
    {
        var query = new RecordQuery();
        PageCursor? cursor = null;
        do
        {
            // Scores written by earlier attempts at this page (committed, so not scored as changed again).
            var written = 0;
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    var unit = await Store.BeginAsync(Workspace, ActingUser, cancellationToken).ConfigureAwait(false);
                    IReadOnlyList<StoredScoreChange> stale = [];
                    Page<TRecord> page;
                    await using (unit.ConfigureAwait(false))
                    {
                        var records = repository(unit);
                        page = await records.PageAsync(query, PageSize, cursor, cancellationToken).ConfigureAwait(false);
                        var changed = await Rescorer.ScoreRecordsAsync(unit, profile, asOf, page.Items, cancellationToken).ConfigureAwait(false);
                        if (changed.Count > 0)
                        {
                            // Score-only, set-based: no document rewrite of the rest, no child rows, no version bump.
                            stale = await records.UpdateStoredScoresAsync([.. changed.Select(StoredScoreChange.Of)], cancellationToken).ConfigureAwait(false);
                            await unit.CommitAsync(cancellationToken).ConfigureAwait(false);
                            written += changed.Count - stale.Count;
                        }
                    }

                    if (stale.Count > 0)
                    {
                        // Someone changed these records after the page was read: read the page again and
                        // score their new versions (the records written above now score unchanged).
                        if (attempt < MaxAttempts)
                        {
                            continue;
                        }

                        throw await StaleAsync(repository, idOf, page.Items.First(r => r.Reference == stale[0].Record), cancellationToken).ConfigureAwait(false);
                    }

                    counts.Add(page.Items.Count, written);
                    cursor = page.NextCursor;
                    break;
                }
                catch (ConcurrencyConflictException) when (attempt < MaxAttempts)
                {
                    // Someone changed a record of this page meanwhile: read the page again and score the new versions.
                }
            }
        }
        while (cursor is not null);
    }

    /// <summary>The conflict to report for a record that kept changing while the re-score tried to store its score.</summary>
    private async Task<ConcurrencyConflictException> StaleAsync<TRecord, TId>(Func<IUnitOfWork, IRecordRepository<TRecord, TId>> repository, Func<TRecord, TId> idOf, TRecord record, CancellationToken cancellationToken)
        where TRecord : ContactRecord
        where TId : struct
    {
        var unit = await Store.BeginAsync(Workspace, ActingUser, cancellationToken).ConfigureAwait(false);
        await using (unit.ConfigureAwait(false))
        {
            var current = await repository(unit).FindAsync(idOf(record), cancellationToken).ConfigureAwait(false);
            return new ConcurrencyConflictException(typeof(TRecord).Name, record.Reference.Id.ToString("D"), record.Version, current?.Version);
        }
    }

    /// <summary>The running totals of one re-score.</summary>
    private sealed class Counts(long total, IProgress<RescoreProgress>? progress)
    {
        public long Scanned { get; private set; }

        public long Changed { get; private set; }

        public void Add(int scanned, int changed)
        {
            Scanned += scanned;
            Changed += changed;
            progress?.Report(new RescoreProgress(Scanned, Changed, Math.Max(total, Scanned)));
        }
    }
}
