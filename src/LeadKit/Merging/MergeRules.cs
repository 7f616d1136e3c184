using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using LeadKit.Import.Duplicates;
using LeadKit.Leads;
using LeadKit.Querying;
using LeadKit.Scoring;
using NodaTime;
using NodaTime.Text;

namespace LeadKit.Merging;

/// <summary>
/// The pure part of a merge: which value of each field the master keeps, which entries it gains,
/// and every value that did not win. Works on the master in place, through the field catalogue's
/// editors (one description of every field), and compares e-mail addresses and phone numbers by
/// the duplicate rules' match keys.
/// </summary>
internal static class MergeRules
{
    /// <summary>The state keys of the fields merged by their own rule rather than by winner: entries are united, checks united, comments appended.</summary>
    private static readonly HashSet<string> United = new(
        new[] { RecordField.Email, RecordField.Phone, RecordField.Address, RecordField.Checked, RecordField.Comments }.Select(f => f.Editor!.StateKey),
        StringComparer.Ordinal);

    /// <summary>Tells whether a preference can name a field: an editable field holding one value (comments included).</summary>
    public static bool IsPreferable(RecordField field) => field.Editor is not null && !field.IsMultiValued;

    /// <summary>
    /// Merges <paramref name="others"/> into <paramref name="master"/> (changed in place) and returns
    /// every value that did not win.
    /// </summary>
    /// <param name="master">The master, as read.</param>
    /// <param name="others">The leads merged into it, in order.</param>
    /// <param name="catalog">The workspace's fields.</param>
    /// <param name="preferred">The lead whose value wins, by editor state key.</param>
    /// <param name="keys">The match keys that say when two e-mail addresses or phone numbers are the same.</param>
    /// <returns>The values not taken.</returns>
    /// <exception cref="MergeRefusedException">The united entries or comments do not fit into one lead.</exception>
    public static List<ValueNotTaken> Apply(Lead master, IReadOnlyList<Lead> others, FieldCatalog catalog, IReadOnlyDictionary<string, Lead> preferred, MatchKeys keys)
    {
        var notTaken = new List<ValueNotTaken>();
        var all = new List<Lead>(others.Count + 1) { master.Copy() };
        all.AddRange(others);
        foreach (var field in catalog.Where(f => f.Editor is not null).DistinctBy(f => f.Editor!.StateKey))
        {
            if (!United.Contains(field.Editor!.StateKey))
            {
                MergeWinner(master, all, field, preferred.GetValueOrDefault(field.Editor.StateKey), notTaken);
            }
        }

        MergeUndefinedCustomFields(master, others, catalog, notTaken);
        MergeEmails(master, others, keys, notTaken);
        MergePhones(master, others, keys, notTaken);
        MergeAddresses(master, others, notTaken);
        MergeChecks(master, all, notTaken);
        MergeComments(master, all, preferred.GetValueOrDefault(RecordField.Comments.Editor!.StateKey), notTaken);
        return notTaken;
    }

    /// <summary>One field's winner: the preferred lead's value; else the master's unless it is empty; else the first merged lead's that is not; every other value that differs is not taken.</summary>
    private static void MergeWinner(Lead master, List<Lead> all, RecordField field, Lead? preferred, List<ValueNotTaken> notTaken)
    {
        var editor = field.Editor!;
        var states = all.Select(l => editor.Capture(l)).ToList();
        var winner = preferred is not null
            ? all.FindIndex(l => l.Id == preferred.Id)
            : Enumerable.Range(0, all.Count).FirstOrDefault(i => !editor.IsEmpty(states[i]));
        if (winner != 0)
        {
            editor.Restore(master, states[winner]);
        }

        for (var i = 0; i < all.Count; i++)
        {
            if (i == winner || editor.IsEmpty(states[i]))
            {
                continue;
            }

            foreach (var difference in editor.Describe(states[winner], states[i]))
            {
                if (difference.NewValue is { } value)
                {
                    notTaken.Add(new ValueNotTaken(difference.Field, value, all[i].Id));
                }
            }
        }
    }

    /// <summary>Values of custom fields the workspace no longer defines: kept by name, the master's first.</summary>
    private static void MergeUndefinedCustomFields(Lead master, IReadOnlyList<Lead> others, FieldCatalog catalog, List<ValueNotTaken> notTaken)
    {
        foreach (var other in others)
        {
            foreach (var (name, value) in other.CustomFields)
            {
                if (catalog.Any(f => f.IsCustom && string.Equals(f.CustomFieldName, name, StringComparison.OrdinalIgnoreCase)))
                {
                    continue;
                }

                var key = master.CustomFields.Keys.FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase));
                if (key is null)
                {
                    master.RestoreCustomField(name, value);
                }
                else if (!SameCustomValue(master.CustomFields[key], value))
                {
                    notTaken.Add(new ValueNotTaken(RecordField.Custom(name).Name, value.ToInvariantString(), other.Id));
                }
            }
        }
    }

    private static bool SameCustomValue(CustomFields.CustomFieldValue a, CustomFields.CustomFieldValue b) =>
        a.Type == b.Type && string.Equals(a.ToInvariantString(), b.ToInvariantString(), StringComparison.Ordinal);

    /// <summary>E-mail addresses: the master's, then each merged lead's in order, an address the master has (by its match key) once.</summary>
    private static void MergeEmails(Lead master, IReadOnlyList<Lead> others, MatchKeys keys, List<ValueNotTaken> notTaken)
    {
        var field = RecordField.Email;
        foreach (var other in others)
        {
            foreach (var entry in other.Emails)
            {
                var key = keys.Email(entry.Address.Value);
                var same = master.Emails.FirstOrDefault(e => key is { } k ? keys.Email(e.Address.Value) == k : e.Address == entry.Address);
                if (same is not null)
                {
                    NoteDuplicate(field, same, entry, other, notTaken);
                    continue;
                }

                CheckRoom(master.Emails.Count, field, other);
                master.AddEmail(entry);
            }
        }
    }

    /// <summary>Phone numbers: the master's, then each merged lead's in order; a number with the same match key (E.164) as one the master has, or equal to one when it has no key, once.</summary>
    private static void MergePhones(Lead master, IReadOnlyList<Lead> others, MatchKeys keys, List<ValueNotTaken> notTaken)
    {
        var field = RecordField.Phone;
        foreach (var other in others)
        {
            foreach (var entry in other.Phones)
            {
                var key = keys.Phone(entry.Number);
                var same = master.Phones.FirstOrDefault(p => key is { } k ? keys.Phone(p.Number) == k : p.Equals(entry));
                if (same is not null)
                {
                    NoteDuplicate(field, same, entry, other, notTaken);
                    continue;
                }

                CheckRoom(master.Phones.Count, field, other);
                master.AddPhone(entry);
            }
        }
    }

    /// <summary>Postal addresses: the master's, then each merged lead's in order, an equal address once; the master's mailing address stays the mailing address.</summary>
    private static void MergeAddresses(Lead master, IReadOnlyList<Lead> others, List<ValueNotTaken> notTaken)
    {
        var field = RecordField.Address;
        foreach (var other in others)
        {
            foreach (var entry in other.Addresses)
            {
                var plain = entry.WithMailing(false);
                if (master.Addresses.Any(a => a.WithMailing(false).Equals(plain)))
                {
                    if (entry.IsMailing && master.MailingAddress?.WithMailing(false).Equals(plain) != true)
                    {
                        notTaken.Add(new ValueNotTaken(field.Name, $"{entry} (its mailing address)", other.Id));
                    }

                    continue;
                }

                CheckRoom(master.Addresses.Count, field, other);
                if (entry.IsMailing && master.MailingAddress is not null)
                {
                    master.AddAddress(plain);
                    notTaken.Add(new ValueNotTaken(field.Name, $"{entry} (its mailing address)", other.Id));
                }
                else
                {
                    master.AddAddress(entry);
                }
            }
        }
    }

    /// <summary>Criterion checks: a criterion checked on any lead is checked on the master, at its latest check instant (so it expires no sooner than on any of them).</summary>
    private static void MergeChecks(Lead master, List<Lead> all, List<ValueNotTaken> notTaken)
    {
        var latest = new SortedDictionary<CriterionId, Instant>();
        foreach (var lead in all)
        {
            foreach (var (id, at) in lead.CriterionChecks)
            {
                if (!latest.TryGetValue(id, out var kept) || at > kept)
                {
                    latest[id] = at;
                }
            }
        }

        foreach (var lead in all)
        {
            foreach (var (id, at) in lead.CriterionChecks)
            {
                if (at != latest[id])
                {
                    notTaken.Add(new ValueNotTaken(RecordField.Checked.Name, $"{id} checked at {InstantPattern.ExtendedIso.Format(at)}", lead.Id));
                }
            }
        }

        foreach (var (id, at) in latest)
        {
            master.CheckCriterion(id, at);
        }
    }

    /// <summary>
    /// Comments: the master's, then each merged lead's as a paragraph of its own (text the comments
    /// already hold is not repeated); with a preference, the preferred lead's alone, the others' not taken.
    /// </summary>
    private static void MergeComments(Lead master, List<Lead> all, Lead? preferred, List<ValueNotTaken> notTaken)
    {
        var field = RecordField.Comments;
        if (preferred is not null)
        {
            master.SetComments(preferred.Comments);
            foreach (var lead in all.Where(l => l.Id != preferred.Id && l.Comments is not null && !string.Equals(l.Comments, preferred.Comments, StringComparison.Ordinal)))
            {
                notTaken.Add(new ValueNotTaken(field.Name, lead.Comments!, lead.Id));
            }

            return;
        }

        var text = master.Comments;
        foreach (var lead in all.Skip(1))
        {
            if (lead.Comments is { } comments && (text is null || !text.Contains(comments, StringComparison.Ordinal)))
            {
                text = text is null ? comments : text + "\n" + comments;
                if (text.Length > ContactRecord.MaxCommentsLength)
                {
                    throw new MergeRefusedException(
                        MergeRefusal.CommentsTooLong,
                        string.Create(CultureInfo.InvariantCulture, $"The comments of the master and lead {lead.Id} together exceed {ContactRecord.MaxCommentsLength} characters: shorten them, or prefer one lead's comments (comments=LEAD)."),
                        lead.Id,
                        field.Name);
                }
            }
        }

        master.SetComments(text);
    }

    /// <summary>Notes an entry that duplicates one the master has when they differ in more than the match (kind, display name, spelling).</summary>
    private static void NoteDuplicate(RecordField field, object kept, object duplicate, Lead from, List<ValueNotTaken> notTaken)
    {
        var (a, b) = (field.FormatValue(kept), field.FormatValue(duplicate));
        if (!string.Equals(a, b, StringComparison.Ordinal))
        {
            notTaken.Add(new ValueNotTaken(field.Name, $"{b} (the same as {a})", from.Id));
        }
    }

    private static void CheckRoom(int count, RecordField field, Lead from)
    {
        if (count >= ContactRecord.MaxEntries)
        {
            throw new MergeRefusedException(
                MergeRefusal.TooManyEntries,
                string.Create(CultureInfo.InvariantCulture, $"Together the leads have more than {ContactRecord.MaxEntries} different '{field.Name}' entries, which is the most one lead holds (lead {from.Id} brings the one too many): remove some first."),
                from.Id,
                field.Name);
        }
    }
}
