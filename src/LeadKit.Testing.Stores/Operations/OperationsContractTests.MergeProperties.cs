using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using LeadKit.BulkEdit;
using LeadKit.History;
using LeadKit.Import.Duplicates;
using LeadKit.Leads;
using LeadKit.Merging;
using LeadKit.Querying;
using LeadKit.Serialization;
using LeadKit.Testing;
using LeadKit.Tests.Properties;
using LeadKit.Testing.Stores;

namespace LeadKit.Testing.Stores;

/// <content>
/// The laws of merging, on arbitrary leads with history and opportunities: nothing is lost, each
/// preference is honoured, entries are united without duplicates, and undo restores every lead exactly.
/// </content>
public abstract partial class OperationsContractTests
{
    /// <summary>The fields a generated preference names: every field a merge can prefer, the sample schema's custom fields included.</summary>
    private static readonly RecordField[] PreferableFields =
        [.. FieldCatalog.For(LeadKitGenerators.SampleSchema).Where(f => f.Editor is not null && !f.IsMultiValued)];

    /// <summary>
    /// Merge keeps every value of every merged lead somewhere in the master, and undo restores every
    /// lead exactly. After the merge: each field's value of every lead is the master's or is listed
    /// as not taken (with its lead) in the result and the master's history entry; every e-mail address
    /// and phone number of the others is on the master under its match key, every postal address and
    /// every criterion check too; the others' comments are in the master's (without a comments
    /// preference); their history items and opportunities are on the master; each preferred field has
    /// its lead's value; and the entries the master gained share no match key with each other or with
    /// its own. After the persisted undo (<see cref="BulkEditor.UndoOperationAsync"/>): every lead's data
    /// is as before (<see cref="RecordComparer"/>, audit stamps aside), and every item is back on its
    /// lead, unchanged; the only new items are the merge's and the undo's activity entries.
    /// </summary>
    [StoreFact]
    public void Property_Merge_LosesNothing_HonoursPreferences_AndUndoRestoresEveryLead()
    {
        var cases = Arb.From(
            from count in Gen.Choose(2, 4)
            from leads in Gen.ArrayOf(MergeLeads(), count)
            from preferences in Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(
                from field in Gen.Elements(PreferableFields)
                from lead in Gen.Choose(0, count - 1)
                select (field, lead), n))
            select new MergeCase(leads, [.. preferences.DistinctBy(p => p.field.Editor!.StateKey)]),
            ShrinkMerge);

        PropertyRunner.Check(PropertyRuns, Prop.ForAll(cases, c => Run(() => MergeThenUndoAsync(c))));
    }

    private static Gen<MergeLead> MergeLeads() =>
        from lead in LeadKitGenerators.Lead()
        from history in Gen.Choose(0, 2).SelectMany(n => Gen.ArrayOf(LeadKitGenerators.HistoryItem(lead.Reference), n))
        from opportunities in Gen.Choose(0, 1).SelectMany(n => Gen.ArrayOf(LeadKitGenerators.Opportunity(lead.Reference), n))
        select new MergeLead(lead, history, opportunities);

    private static IEnumerable<MergeCase> ShrinkMerge(MergeCase c)
    {
        for (var i = 1; c.Leads.Length > 2 && i < c.Leads.Length; i++)
        {
            var removed = i;
            yield return new MergeCase(
                [.. c.Leads.Where((_, k) => k != removed)],
                [.. c.Preferences.Where(p => p.Lead != removed).Select(p => (p.Field, p.Lead > removed ? p.Lead - 1 : p.Lead))]);
        }

        for (var i = 0; i < c.Preferences.Length; i++)
        {
            var removed = i;
            yield return c with { Preferences = [.. c.Preferences.Where((_, k) => k != removed)] };
        }
    }

    private async Task<bool> MergeThenUndoAsync(MergeCase generated)
    {
        var ws = await NewWorkspaceAsync(LeadKitGenerators.SampleSchema);
        var map = new Dictionary<string, string>();
        var before = await ws.AddLeadsAsync([.. generated.Leads.Select(l => Rekeyed(AsNew(l.Lead, keepConversion: false), map))]);
        var history = generated.Leads.SelectMany(l => l.History).Select(h => Rekeyed(h, map)).ToList();
        var opportunities = generated.Leads.SelectMany(l => l.Opportunities).Select(o => Rekeyed(o, map)).ToList();
        await ws.WriteAsync(async u =>
        {
            await u.History.AddAsync(history);
            await u.Opportunities.AddAsync(opportunities);
        });
        var items = await ItemsAsync(ws, before);
        var (master, others) = (before[0], before.Skip(1).ToList());
        var request = new MergeRequest(master.Id, others.Select(o => o.Id), generated.Preferences.Select(p => new FieldPreference(p.Field.Name, before[p.Lead].Id)));

        MergeResult result;
        try
        {
            result = await new LeadMerger(ws.Context).MergeAsync(request);
        }
        catch (MergeRefusedException e) when (e.Reason is MergeRefusal.TooManyEntries or MergeRefusal.CommentsTooLong)
        {
            // Refused as a whole: nothing changed.
            foreach (var lead in before)
            {
                Assert.Empty(RecordComparer.Differences(lead, await ws.GetLeadAsync(lead.Id)));
            }

            return true;
        }

        var merged = await ws.GetLeadAsync(master.Id);
        var entry = Assert.Single(await ws.ActivitiesAsync(master.Reference), a => a.Activity == ActivityKind.Merged && a.Body?.StartsWith($"Merged by operation {result.Operation}:", StringComparison.Ordinal) == true);
        var catalog = FieldCatalog.For(LeadKitGenerators.SampleSchema);
        var preferred = generated.Preferences.ToDictionary(p => p.Field.Editor!.StateKey, p => before[p.Lead]);
        var united = new[] { RecordField.Email, RecordField.Phone, RecordField.Address, RecordField.Checked, RecordField.Comments }.Select(f => f.Editor!.StateKey).ToHashSet();

        // Nothing lost: each value is the master's, or listed as not taken with its lead.
        foreach (var field in catalog.Where(f => f.Editor is not null).DistinctBy(f => f.Editor!.StateKey).Where(f => !united.Contains(f.Editor!.StateKey)))
        {
            var editor = field.Editor!;
            var kept = editor.Capture(merged);
            foreach (var lead in before.Where(l => !editor.IsEmpty(editor.Capture(l))))
            {
                foreach (var lost in editor.Describe(kept, editor.Capture(lead)).Where(d => d.NewValue is not null))
                {
                    var value = new ValueNotTaken(lost.Field, lost.NewValue!, lead.Id);
                    Assert.Contains(value, result.NotTaken);
                    Assert.Contains("- " + value, entry.Body, StringComparison.Ordinal);
                }
            }

            // Preferences are honoured.
            if (preferred.TryGetValue(editor.StateKey, out var winner))
            {
                Assert.True(editor.Same(editor.Capture(winner), kept), $"{field.Name} is not taken from lead {winner.Id}");
            }
        }

        var keys = MatchKeys.Default;
        foreach (var other in others)
        {
            Assert.All(other.Emails, e => Assert.Contains(merged.Emails, m => keys.Email(m.Address.Value) == keys.Email(e.Address.Value)));
            Assert.All(other.Phones, p => Assert.Contains(merged.Phones, m => keys.Phone(p.Number) is { } k ? keys.Phone(m.Number) == k : m.Equals(p)));
            Assert.All(other.Addresses, a => Assert.Contains(merged.Addresses, m => m.WithMailing(false).Equals(a.WithMailing(false))));
            Assert.All(other.CustomFields.Keys.Where(k => catalog.Find(RecordField.Custom(k).Name) is null), k => Assert.Contains(merged.CustomFields.Keys, m => string.Equals(m, k, StringComparison.OrdinalIgnoreCase)));
        }

        Assert.All(before.SelectMany(l => l.CriterionChecks.Keys), id => Assert.True(merged.CriterionChecks.ContainsKey(id)));
        if (preferred.TryGetValue(RecordField.Comments.Editor!.StateKey, out var commentsFrom))
        {
            Assert.Equal(commentsFrom.Comments, merged.Comments);
        }
        else
        {
            Assert.All(before.Select(l => l.Comments).OfType<string>(), c => Assert.Contains(c, merged.Comments!, StringComparison.Ordinal));
        }

        // Entries united without duplicates: what the master gained shares no key with anything else it holds.
        var gainedEmails = merged.Emails.Skip(master.Emails.Count).Select(e => keys.Email(e.Address.Value)).ToList();
        Assert.Equal(gainedEmails.Count, gainedEmails.Distinct().Count());
        Assert.DoesNotContain(gainedEmails, k => master.Emails.Any(e => keys.Email(e.Address.Value) == k));
        var gainedPhones = merged.Phones.Skip(master.Phones.Count).Select(p => keys.Phone(p.Number)).OfType<MatchKey>().ToList();
        Assert.Equal(gainedPhones.Count, gainedPhones.Distinct().Count());
        Assert.DoesNotContain(gainedPhones, k => master.Phones.Any(p => keys.Phone(p.Number) == k));

        // History and opportunities carried over; the others deleted, each recorded as merged into the master.
        var after = await ItemsAsync(ws, [merged]);
        Assert.Superset(items.Values.SelectMany(i => i).Select(i => i.Id).ToHashSet(), after[master.Reference].Select(i => i.Id).ToHashSet());
        foreach (var other in others)
        {
            Assert.Null(await ws.FindLeadAsync(other.Id));
            Assert.Contains(await ws.ActivitiesAsync(other.Reference), a => a.Activity == ActivityKind.Deleted && a.Related == master.Reference);
        }

        // Undo, persisted, from a new editor: every lead back exactly, every item back on its lead.
        var undo = await new BulkEditor(ws.Context).UndoOperationAsync(result.Operation);
        Assert.True(undo.Report.IsCommitted, undo.Report.ToString());
        foreach (var lead in before)
        {
            Assert.Empty(DataDifferences(lead, await ws.GetLeadAsync(lead.Id)));
        }

        var restored = await ItemsAsync(ws, before);
        foreach (var lead in before)
        {
            var expected = items[lead.Reference].ToDictionary(i => i.Id, i => i.Json);
            var actual = restored[lead.Reference];
            Assert.All(expected, e => Assert.Equal(e.Value, Assert.Single(actual, a => a.Id == e.Key).Json));
            Assert.All(actual.Where(a => !expected.ContainsKey(a.Id)), a => Assert.Contains(a.Activity, new ActivityKind?[] { ActivityKind.Merged, ActivityKind.MergeUndone, ActivityKind.Deleted, ActivityKind.Restored }));
        }

        return true;
    }

    /// <summary>Every history item and opportunity of some leads, as JSON, by lead.</summary>
    private static async Task<Dictionary<RecordReference, List<Item>>> ItemsAsync(TestWorkspace ws, IReadOnlyList<Lead> leads)
    {
        var result = new Dictionary<RecordReference, List<Item>>();
        foreach (var lead in leads)
        {
            var history = await ws.HistoryAsync(lead.Reference);
            var opportunities = await ws.ReadAsync(u => ToListAsync(u.Opportunities.ListForAsync(lead.Reference)));
            result[lead.Reference] =
            [
                .. history.Select(h => new Item(h.Id.Value, JsonSerializer.Serialize(h, LeadKitJsonOptions.Default), (h as ActivityEntry)?.Activity)),
                .. opportunities.Select(o => new Item(o.Id.Value, JsonSerializer.Serialize(o, LeadKitJsonOptions.Default), null)),
            ];
        }

        return result;
    }

    /// <summary>A generated lead with its history and opportunities.</summary>
    private sealed record MergeLead(Lead Lead, HistoryItem[] History, Opportunity[] Opportunities)
    {
        public override string ToString() => $"{Lead} with {History.Length} history items, {Opportunities.Length} opportunities";
    }

    /// <summary>The master (first lead), the others, and preferences (field, index of the lead).</summary>
    private sealed record MergeCase(MergeLead[] Leads, (RecordField Field, int Lead)[] Preferences)
    {
        public override string ToString() =>
            string.Join("; ", Leads.Select(l => JsonSerializer.Serialize(l.Lead, LeadKitJsonOptions.Default))) + " | prefer " + string.Join(", ", Preferences.Select(p => $"{p.Field.Name}={p.Lead}"));
    }

    /// <summary>An item as stored: its id, its JSON, and its activity when it is an activity entry.</summary>
    private sealed record Item(Guid Id, string Json, ActivityKind? Activity);
}
