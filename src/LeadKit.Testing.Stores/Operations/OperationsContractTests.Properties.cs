using System.Text.Json;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using LeadKit.BulkEdit;
using LeadKit.Contacts;
using LeadKit.Conversion;
using LeadKit.CustomFields;
using LeadKit.History;
using LeadKit.Leads;
using LeadKit.Operations;
using LeadKit.Querying;
using LeadKit.Scoring;
using LeadKit.Serialization;
using LeadKit.Storage;
using LeadKit.Testing;
using LeadKit.Tests.Properties;
using LeadKit.Tests.Querying;
using LeadKit.Testing.Stores;

namespace LeadKit.Testing.Stores;

/// <content>
/// Properties over arbitrary leads (LeadKit.Testing's generators). Each case runs in a workspace of
/// its own; the generated identifiers are replaced by fresh ones each time (identifiers are unique
/// across workspaces, and FsCheck replays values when it shrinks).
/// </content>
public abstract partial class OperationsContractTests
{
    private static readonly Regex GuidPattern = new("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}", RegexOptions.Compiled);

    /// <summary>
    /// Bulk edit then undo restores the exact prior state. Precisely: after the undo, every lead
    /// has every field <see cref="RecordComparer.Differences"/> compares exactly as before the
    /// edit — name parts, lists in order, criterion instants, custom-field names and values,
    /// creation stamp — except <c>ModifiedAt</c>, <c>ModifiedBy</c> and <c>Version</c>, which
    /// record the two saves; a lead the edit did not change is identical in every field, those
    /// included; and when the edit wrote nothing (a refused all-or-nothing edit) nothing changed.
    /// </summary>
    [StoreFact]
    public void Property_BulkEditThenUndo_RestoresTheExactPriorState()
    {
        var scenarios = EditScenarios();
        PropertyRunner.Check(PropertyRuns, Prop.ForAll(scenarios, s => Run(() => EditThenUndoAsync(s, persisted: false))));
    }

    /// <summary>Bulk-edit scenarios: 1 to 4 generated leads, 1 to 3 edits, either failure policy, by ids or by filter; shrinking.</summary>
    private static Arbitrary<EditScenario> EditScenarios() => Arb.From(
        from leads in Gen.Choose(1, 4).SelectMany(n => Gen.ArrayOf(LeadKitGenerators.Lead(), n))
        from edits in Gen.Choose(1, 3).SelectMany(n => Gen.ArrayOf(EditSpecs(), n))
        from policy in Gen.Elements(FailurePolicy.AllOrNothing, FailurePolicy.SkipFailed)
        from byFilter in Gen.Elements(true, false)
        select new EditScenario(leads, edits, policy, byFilter),
        ShrinkScenario);

    /// <summary>
    /// The same law through the persisted undo: bulk edit, then <see cref="BulkEditor.UndoOperationAsync"/>
    /// by the recorded operation id from a new editor (nothing shared in memory but the store)
    /// restores the exact prior state, and the operation is marked undone.
    /// </summary>
    [StoreFact]
    public void Property_BulkEditThenPersistedUndo_RestoresTheExactPriorState()
    {
        var scenarios = EditScenarios();
        PropertyRunner.Check(PropertyRuns, Prop.ForAll(scenarios, s => Run(() => EditThenUndoAsync(s, persisted: true))));
    }

    /// <summary>
    /// Conversion preserves all data: the contact's shared fields equal the lead's
    /// (<see cref="RecordComparer.SharedDifferences"/> is empty), it keeps the lead's identifier and
    /// creation stamp, every custom-field value is either on the contact (converted losslessly) or
    /// reported unmapped and still on the lead, and every history item and opportunity moved.
    /// </summary>
    [StoreFact]
    public void Property_Conversion_PreservesAllData()
    {
        var cases = Arb.From(
            from lead in LeadKitGenerators.Lead(ConversionSchema)
            from history in Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(LeadKitGenerators.HistoryItem(lead.Reference), n))
            from opportunities in Gen.Choose(0, 2).SelectMany(n => Gen.ArrayOf(LeadKitGenerators.Opportunity(lead.Reference), n))
            select new ConversionCase(lead, history, opportunities));

        PropertyRunner.Check(PropertyRuns, Prop.ForAll(cases, c => Run(() => ConvertAndCompareAsync(c))));
    }

    /// <summary>Clearing a field through a filter changes the matching leads only: every other lead is identical in every field, its version included.</summary>
    [StoreFact]
    public void Property_Clear_NeverTouchesLeadsOutsideTheSelection()
    {
        var clearable = RecordField.BuiltIn.Where(f => f.Supports(FieldCapabilities.Clear))
            .Concat(LeadKitGenerators.SampleSchema.For(RecordKind.Lead).Where(d => !d.IsRequired).Select(RecordField.Custom))
            .ToArray();
        var cases = Arb.From(
            from leads in Gen.Choose(1, 6).SelectMany(n => Gen.ArrayOf(LeadKitGenerators.Lead(), n))
            from filter in QueryGenerators.FilterTree
            from field in Gen.Elements(clearable)
            select new ClearCase(leads, filter, field));

        PropertyRunner.Check(PropertyRuns, Prop.ForAll(cases, c => Run(() => ClearAsync(c))));
    }

    /// <summary>Replaces every GUID in a value's JSON by a fresh one (the same GUID by the same fresh one, per map).</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="map">The replacements made so far.</param>
    /// <returns>The value with fresh identifiers.</returns>
    protected static T Rekeyed<T>(T value, Dictionary<string, string> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        var json = GuidPattern.Replace(JsonSerializer.Serialize(value, LeadKitJsonOptions.Default), m =>
        {
            var key = m.Value.ToLowerInvariant();
            return map.TryGetValue(key, out var fresh) ? fresh : map[key] = Guid.NewGuid().ToString("D");
        });
        return JsonSerializer.Deserialize<T>(json, LeadKitJsonOptions.Default)!;
    }

    private static Gen<EditSpec> EditSpecs()
    {
        var texts = Gen.Elements("CEO", "Head of IT", "  spaced  ", "Zoë Ångström", "x", new string('w', ContactRecord.MaxTextLength));
        var customs = LeadKitGenerators.SampleSchema.For(RecordKind.Lead).ToArray();
        return Gen.OneOf(
            from field in Gen.Elements(RecordField.JobTitle, RecordField.Company, RecordField.AreaOfInterest, RecordField.Comments)
            from text in texts
            from add in Gen.Elements(false, field == RecordField.Comments)
            select Spec(add ? FieldEdit.Add(field, text) : FieldEdit.Set(field, text)),
            Gen.Elements(RecordField.BuiltIn.Where(f => f.Supports(FieldCapabilities.Clear)).ToArray()).Select(f => Spec(FieldEdit.Clear(f))),
            LeadKitGenerators.PersonName().Select(n => Spec(FieldEdit.Set(RecordField.FullName, n))),
            Gen.Elements(Enum.GetValues<FileAsFormat>()).Select(f => Spec(FieldEdit.Set(RecordField.FileAsFormat, f))),
            LeadKitGenerators.LeadSource().Select(v => Spec(FieldEdit.Set(RecordField.Source, v))),
            LeadKitGenerators.Rating().Select(v => Spec(FieldEdit.Set(RecordField.Rating, v))),
            LeadKitGenerators.WebPage().Select(v => Spec(FieldEdit.Set(RecordField.WebPage, v))),
            LeadKitGenerators.Photo().Select(v => Spec(FieldEdit.Set(RecordField.Photo, v))),
            LeadKitGenerators.AccountReference().Select(v => Spec(FieldEdit.Set(RecordField.Account, v))),
            Gen.Choose(0, ContactRecord.MaxManualStars).Select(v => Spec(FieldEdit.Set(RecordField.ManualStars, v))),
            Gen.Elements(ScoreType.Automatic, ScoreType.Manual).Select(v => Spec(FieldEdit.Set(RecordField.ScoreType, v))),
            from entry in LeadKitGenerators.EmailEntry()
            from op in Gen.Elements(EditOperation.Set, EditOperation.Add, EditOperation.Remove)
            select Spec(Make(RecordField.Email, op, entry)),
            from phone in LeadKitGenerators.PhoneNumber()
            from op in Gen.Elements(EditOperation.Set, EditOperation.Add, EditOperation.Remove)
            select Spec(Make(RecordField.Phone, op, phone)),
            from address in LeadKitGenerators.PostalAddress()
            from op in Gen.Elements(EditOperation.Set, EditOperation.Add, EditOperation.Remove)
            select Spec(Make(RecordField.Address, op, address)),
            from id in LeadKitGenerators.CriterionId()
            from op in Gen.Elements(EditOperation.Add, EditOperation.Remove)
            select Spec(Make(RecordField.Checked, op, id)),
            Gen.Constant(new EditSpec("set assignedTo = the assignee", u => FieldEdit.Set(RecordField.AssignedTo, u))),
            Gen.Constant(new EditSpec("set initiatedBy = user:the assignee", u => FieldEdit.Set(RecordField.InitiatedBy, InitiatedBy.FromUser(u, "The assignee")))),
            from definition in Gen.Elements(customs)
            from value in LeadKitGenerators.ValueFor(definition)
            from clear in Gen.Elements(false, !definition.IsRequired)
            select Spec(clear ? FieldEdit.Clear(RecordField.Custom(definition)) : FieldEdit.Set(RecordField.Custom(definition), value)));
    }

    private static FieldEdit Make(RecordField field, EditOperation operation, object value) => operation switch
    {
        EditOperation.Set => FieldEdit.Set(field, value),
        EditOperation.Add => FieldEdit.Add(field, value),
        _ => FieldEdit.Remove(field, value),
    };

    private static EditSpec Spec(FieldEdit edit) => new(edit.ToString().Length > 120 ? edit.ToString()[..120] + "…" : edit.ToString(), _ => edit);

    private static IEnumerable<EditScenario> ShrinkScenario(EditScenario scenario)
    {
        for (var i = 0; scenario.Leads.Length > 1 && i < scenario.Leads.Length; i++)
        {
            yield return scenario with { Leads = [.. scenario.Leads.Where((_, k) => k != i)] };
        }

        for (var i = 0; scenario.Edits.Length > 1 && i < scenario.Edits.Length; i++)
        {
            yield return scenario with { Edits = [.. scenario.Edits.Where((_, k) => k != i)] };
        }
    }

    private async Task<bool> EditThenUndoAsync(EditScenario scenario, bool persisted)
    {
        var ws = await NewWorkspaceAsync(LeadKitGenerators.SampleSchema);
        var assignee = await ws.AddUserAsync("The assignee");
        var map = new Dictionary<string, string>();
        var before = await ws.AddLeadsAsync([.. scenario.Leads.Select(l => Rekeyed(AsNew(l), map))]);
        var selection = scenario.ByFilter ? LeadSelection.All : LeadSelection.Of(before.Select(l => l.Id));
        var editor = new BulkEditor(ws.With(batchSize: 2));

        var result = await editor.ApplyAsync(new BulkEditRequest(selection, scenario.Edits.Select(e => e.Make(assignee.Id))) { Policy = scenario.Policy });
        var changed = result.Report.IsCommitted
            ? result.Report.Outcomes.Where(o => o.Status == OutcomeStatus.Changed).Select(o => o.Record!.Value).ToHashSet()
            : [];
        Assert.Equal(changed.Count, result.Undo?.Count ?? 0);
        Assert.Equal(changed.Count > 0, result.Report.Operation is not null);
        foreach (var lead in before)
        {
            var edited = await ws.GetLeadAsync(lead.Id);
            Assert.Equal(changed.Contains(lead.Reference) ? lead.Version + 1 : lead.Version, edited.Version);
        }

        if (result.Undo is { } undo)
        {
            var undone = persisted
                ? await new BulkEditor(ws.With(batchSize: 3)).UndoOperationAsync(result.Report.Operation!.Value)
                : await editor.UndoAsync(undo);
            Assert.True(undone.Report.IsCommitted, undone.Report.ToString());
            Assert.Equal(undo.Count, undone.Report.Changed);
            var recorded = await ws.ReadAsync(u => u.Operations.FindAsync(result.Report.Operation!.Value));
            Assert.Equal(undone.Report.Operation, recorded!.UndoneBy);
        }

        foreach (var lead in before)
        {
            var after = await ws.GetLeadAsync(lead.Id);
            var differences = changed.Contains(lead.Reference) ? DataDifferences(lead, after) : [.. RecordComparer.Differences(lead, after)];
            Assert.True(differences.Count == 0, $"{lead}: {string.Join("; ", differences)}");
        }

        return true;
    }

    private async Task<bool> ConvertAndCompareAsync(ConversionCase generated)
    {
        var ws = await NewWorkspaceAsync(ConversionSchema);
        var map = new Dictionary<string, string>();
        var stored = (await ws.AddLeadsAsync(Rekeyed(AsNew(generated.Lead, keepConversion: false), map)))[0];
        var history = generated.History.Select(h => Rekeyed(h, map)).ToList();
        var opportunities = generated.Opportunities.Select(o => Rekeyed(o, map)).ToList();
        await ws.WriteAsync(async u =>
        {
            await u.History.AddAsync(history);
            await u.Opportunities.AddAsync(opportunities);
        });

        var result = await new LeadConverter(ws.Context).ConvertAsync(LeadSelection.Of(stored.Id));

        Assert.True(result.Report.IsCommitted, result.Report.ToString());
        var converted = Assert.Single(result.Converted);
        var contact = await ws.ReadAsync(u => u.Contacts.GetAsync(converted.Contact));
        var lead = await ws.GetLeadAsync(stored.Id);
        Assert.Equal(stored.Id.Value, contact.Id.Value);
        Assert.Empty(RecordComparer.SharedDifferences(stored, contact));
        Assert.Equal((stored.CreatedAt, stored.CreatedBy), (contact.CreatedAt, contact.CreatedBy));
        Assert.Equal((stored.Id, contact.Id), (contact.ConvertedFrom!.Value, lead.ConvertedTo!.Value));
        Assert.Equal(["ConvertedTo"], DataDifferences(stored, lead).Select(d => d[..d.IndexOf(':', StringComparison.Ordinal)]));

        var mappings = Assert.Single(result.Plan.Leads).CustomFields;
        Assert.Equal(stored.CustomFields.Keys.Order(StringComparer.Ordinal), mappings.Select(m => m.LeadField).Order(StringComparer.Ordinal));
        foreach (var mapping in mappings)
        {
            if (mapping.IsMapped)
            {
                Assert.Equal(mapping.Value.ToInvariantString(), contact.CustomFields[mapping.ContactField!].ToInvariantString());
            }
            else
            {
                Assert.Contains(converted.Unmapped, u => u.LeadField == mapping.LeadField);
                Assert.Equal(mapping.Value, lead.CustomFields[mapping.LeadField]);
            }
        }

        Assert.Equal(mappings.Count(m => m.IsMapped), contact.CustomFields.Count);
        var moved = await ws.HistoryAsync(contact.Reference);
        var conversionEntry = Assert.Single(moved, h => history.All(g => g.Id != h.Id));
        Assert.Equal(ActivityKind.Converted, Assert.IsType<ActivityEntry>(conversionEntry).Activity);
        var kept = moved.Where(h => h.Id != conversionEntry.Id).ToList();
        Assert.Equal(history.Select(h => h.Id).Order(), kept.Select(h => h.Id).Order());
        Assert.Equal(history.Select(h => h.RelinkTo(contact.Reference)).OrderBy(h => h.Id), kept.OrderBy(h => h.Id));
        Assert.IsType<ActivityEntry>(Assert.Single(await ws.HistoryAsync(lead.Reference)));
        var movedOpportunities = await ws.ReadAsync(u => ToListAsync(u.Opportunities.ListForAsync(contact.Reference)));
        Assert.Equal(opportunities.Select(o => o.RelinkTo(contact.Reference)).OrderBy(o => o.Id), movedOpportunities.OrderBy(o => o.Id));
        return true;
    }

    private async Task<bool> ClearAsync(ClearCase generated)
    {
        var ws = await NewWorkspaceAsync(LeadKitGenerators.SampleSchema);
        var map = new Dictionary<string, string>();
        var before = await ws.AddLeadsAsync([.. generated.Leads.Select(l => Rekeyed(AsNew(l), map))]);
        var matches = generated.Filter.Compile();
        var selected = before.Where(matches).Select(l => l.Reference).ToHashSet();

        var result = await new BulkEditor(ws.With(batchSize: 3)).ApplyAsync(new BulkEditRequest(LeadSelection.Matching(generated.Filter), FieldEdit.Clear(generated.Field)));

        Assert.True(result.Report.IsCommitted);
        Assert.Equal(selected, result.Report.Outcomes.Select(o => o.Record!.Value).ToHashSet());
        foreach (var lead in before)
        {
            var after = await ws.GetLeadAsync(lead.Id);
            if (selected.Contains(lead.Reference))
            {
                // Emptied, or back to the default of a field that is never missing (doNotCall, active, …).
                Assert.Equal(ClearedDisplay(generated.Field), generated.Field.Editor!.Display(generated.Field.Editor.Capture(after)));
            }
            else
            {
                Assert.Empty(RecordComparer.Differences(lead, after));
            }
        }

        return true;
    }

    /// <summary>A generated bulk edit: leads, edits, a policy, and whether to select by filter.</summary>
    private sealed record EditScenario(Lead[] Leads, EditSpec[] Edits, FailurePolicy Policy, bool ByFilter)
    {
        public override string ToString() => $"{Leads.Length} leads; {string.Join("; ", Edits.Select(e => e.Description))}; {Policy}; {(ByFilter ? "all" : "by id")}\n{string.Join("\n", Leads.Select(l => JsonSerializer.Serialize(l, LeadKitJsonOptions.Default)))}";
    }

    /// <summary>An edit to make once the workspace's assignee exists.</summary>
    private sealed record EditSpec(string Description, Func<UserId, FieldEdit> Make)
    {
        public override string ToString() => Description;
    }

    /// <summary>A generated lead with its history and opportunities.</summary>
    private sealed record ConversionCase(Lead Lead, HistoryItem[] History, Opportunity[] Opportunities)
    {
        public override string ToString() => JsonSerializer.Serialize(Lead, LeadKitJsonOptions.Default) + $" with {History.Length} history items, {Opportunities.Length} opportunities";
    }

    /// <summary>Generated leads, a filter and a clearable field.</summary>
    private sealed record ClearCase(Lead[] Leads, Filter Filter, RecordField Field)
    {
        public override string ToString() => $"clear {Field} where {Filter} over {Leads.Length} leads:\n{string.Join("\n", Leads.Select(l => JsonSerializer.Serialize(l, LeadKitJsonOptions.Default)))}";
    }
}
