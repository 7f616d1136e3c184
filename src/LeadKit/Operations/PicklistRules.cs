using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.Contacts;
using LeadKit.Leads;
using LeadKit.Storage;
using LeadKit.Validation;

namespace LeadKit.Operations;

/// <summary>
/// The seed's picklist rules, applied to records before they are saved: a <b>new source</b> typed on a
/// record joins the workspace's source list, and a <b>rating</b> must be on the workspace's rating
/// list. Only values a record gains are judged: a record that still holds the source or rating it
/// was stored with (even one removed from the list since) passes unchanged, so assigning or
/// editing an old record never fails on it; a business contact created by converting a lead is
/// judged against the lead, so conversion never fails on it either.
/// </summary>
/// <remarks>
/// <para>
/// It is an <see cref="IRecordRescorer"/> so that it runs where re-scoring runs — every operation
/// that saves records calls <see cref="OperationContext.Rescorer"/> with them before saving — and it
/// hands the records on to <see cref="Next"/> (usually a <see cref="ProfileRescorer"/>):
/// <c>Rescorer = new PicklistRules(new ProfileRescorer(clock))</c>. A host that saves records
/// itself (a "new lead" form) calls <see cref="RescoreAsync"/> on them before
/// <c>AddAsync</c>/<c>UpdateAsync</c>, in the same unit of work.
/// </para>
/// <para>
/// A refused rating throws <see cref="LeadKitValidationException"/> with one error per record,
/// code <c>LeadKit.Rating.NotInPicklist</c>, path <c>Rating</c>, naming the record and the allowed
/// values; the operation's failure policy decides what that does to the batch. New sources are
/// added (<see cref="IPicklistRepository.AddAsync"/>) only when every rating passed, in the
/// records' unit of work, so they are committed with the records.
/// </para>
/// </remarks>
public sealed class PicklistRules : IRecordRescorer
{
    /// <summary>Creates the rules.</summary>
    /// <param name="next">The rescorer the records go to once they passed, or <see langword="null"/> for none.</param>
    public PicklistRules(IRecordRescorer? next = null)
    {
        Next = next;
    }

    /// <summary>Gets the rescorer the records go to once they passed, if any.</summary>
    public IRecordRescorer? Next { get; }

    /// <summary>Checks the ratings, adds the new sources to the list, then calls <see cref="Next"/>.</summary>
    /// <param name="unitOfWork">The unit of work the records will be saved in.</param>
    /// <param name="records">The records about to be saved (new or changed).</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task that completes when the records passed.</returns>
    /// <exception cref="LeadKitValidationException">A record gained a rating that is not on the workspace's list (<c>LeadKit.Rating.NotInPicklist</c>).</exception>
    public async Task RescoreAsync(IUnitOfWork unitOfWork, IReadOnlyList<ContactRecord> records, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(unitOfWork);
        ArgumentNullException.ThrowIfNull(records);
        await ApplyAsync(unitOfWork, records, cancellationToken).ConfigureAwait(false);
        if (Next is not null)
        {
            await Next.RescoreAsync(unitOfWork, records, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The error code of a refused rating.</summary>
    internal const string RatingNotInPicklist = "LeadKit.Rating.NotInPicklist";

    /// <summary>
    /// Why a record's rating is refused — it gained a rating that is not on <paramref name="ratings"/>
    /// — or <see langword="null"/> when it passes. The one statement of the rating rule: the rules
    /// apply it before a save, and an import applies it to each row (so that a dry run and the
    /// import reject the same rows).
    /// </summary>
    /// <param name="record">The record about to be saved.</param>
    /// <param name="before">The record as stored, or <see langword="null"/> for a new record.</param>
    /// <param name="ratings">The workspace's rating list.</param>
    /// <returns>The reason, or <see langword="null"/>.</returns>
    internal static string? RatingRefusal(ContactRecord record, ContactRecord? before, Picklist ratings) =>
        record.Rating is { } rating && !ratings.Contains(rating.Name) && !Equals(before?.Rating, rating)
            ? $"the rating '{rating.Name}' is not on the workspace's rating list ({string.Join(", ", ratings)}); choose one of those, or add it to the list first."
            : null;

    private static async Task ApplyAsync(IUnitOfWork unit, IReadOnlyList<ContactRecord> records, CancellationToken cancellationToken)
    {
        var sources = await unit.Picklists.GetAsync(PicklistKind.LeadSources, cancellationToken).ConfigureAwait(false);
        var ratings = await unit.Picklists.GetAsync(PicklistKind.Ratings, cancellationToken).ConfigureAwait(false);
        var candidates = records.Where(r => (r.Source is { } s && !sources.Contains(s.Name)) || (r.Rating is { } g && !ratings.Contains(g.Name))).ToList();
        if (candidates.Count == 0)
        {
            return;
        }

        // Only the values a record gains count: read the stored copies of the few candidates.
        var stored = await StoredAsync(unit, candidates, cancellationToken).ConfigureAwait(false);
        var errors = new List<ValidationError>();
        var newSources = new List<string>();
        foreach (var record in candidates)
        {
            var before = stored.GetValueOrDefault(record.Reference);
            if (RatingRefusal(record, before, ratings) is { } refusal)
            {
                errors.Add(new ValidationError(
                    nameof(ContactRecord.Rating),
                    RatingNotInPicklist,
                    $"{record.Kind} {record.Reference.Id:D}: {refusal}",
                    record.Rating!.Name));
            }

            if (record.Source is { } source && !sources.Contains(source.Name) && !Equals(before?.Source, source)
                && !newSources.Contains(source.Name, StringComparer.OrdinalIgnoreCase))
            {
                newSources.Add(source.Name);
            }
        }

        if (errors.Count > 0)
        {
            throw new LeadKitValidationException(candidates[0].GetType().Name, errors);
        }

        foreach (var source in newSources)
        {
            await unit.Picklists.AddAsync(PicklistKind.LeadSources, source, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<Dictionary<RecordReference, ContactRecord>> StoredAsync(IUnitOfWork unit, List<ContactRecord> records, CancellationToken cancellationToken)
    {
        var stored = new Dictionary<RecordReference, ContactRecord>();
        var leadIds = records.OfType<Lead>().Select(l => l.Id).ToList();
        if (leadIds.Count > 0)
        {
            foreach (var lead in await unit.Leads.FindManyAsync(leadIds, cancellationToken).ConfigureAwait(false))
            {
                stored[lead.Reference] = lead;
            }
        }

        var contacts = records.OfType<BusinessContact>().ToList();
        if (contacts.Count > 0)
        {
            foreach (var contact in await unit.Contacts.FindManyAsync([.. contacts.Select(c => c.Id)], cancellationToken).ConfigureAwait(false))
            {
                stored[contact.Reference] = contact;
            }

            // A contact being created by a conversion gains nothing: its values are the lead's.
            var converted = contacts.Where(c => !stored.ContainsKey(c.Reference) && c.ConvertedFrom is not null).ToList();
            if (converted.Count > 0)
            {
                var leads = (await unit.Leads.FindManyAsync([.. converted.Select(c => c.ConvertedFrom!.Value)], cancellationToken).ConfigureAwait(false)).ToDictionary(l => l.Id);
                foreach (var contact in converted)
                {
                    if (leads.TryGetValue(contact.ConvertedFrom!.Value, out var lead))
                    {
                        stored[contact.Reference] = lead;
                    }
                }
            }
        }

        return stored;
    }
}
