using FsCheck;
using FsCheck.Fluent;
using LeadKit.Assignment;
using LeadKit.BulkEdit;
using LeadKit.Conversion;
using LeadKit.Leads;
using LeadKit.Operations;
using LeadKit.Querying;
using LeadKit.Scoring;
using LeadKit.Testing;
using LeadKit.Tests.Properties;
using LeadKit.Testing.Stores;
using LeadKit.Testing.Stores.Faults;

namespace LeadKit.Testing.Stores;

/// <content>
/// Failures at every write: each operation runs through a <see cref="FaultyStore"/> that fails at
/// its N-th repository write or commit (before or after the call reached the real store), for
/// arbitrary N, leads and batch sizes. After the failure the workspace's full content
/// (<see cref="StoreSnapshot"/>) is exactly what it was, and the caller's record objects keep the
/// versions and stamps they had. A run where N is past the operation's last call writes normally;
/// each property checks that most cases did reach their fault.
/// </content>
public abstract partial class OperationsContractTests
{
    [StoreFact]
    public void Property_BulkEditFailingAtAnyWriteOrCommit_LeavesTheStoreUnchanged() =>
        CheckFaults(async (context, leads, assignee) =>
            await new BulkEditor(context).ApplyAsync(new BulkEditRequest(LeadSelection.Of(leads.Select(l => l.Id)), FieldEdit.Set(RecordField.JobTitle, "Chief Failure Officer"), FieldEdit.Set(RecordField.ManualStars, 2))));

    [StoreFact]
    public void Property_AssignFailingAtAnyWriteOrCommit_LeavesTheStoreUnchanged() =>
        CheckFaults(async (context, leads, assignee) =>
            await new LeadAssignment(context).AssignAsync(LeadSelection.Of(leads.Select(l => l.Id)), assignee));

    [StoreFact]
    public void Property_DeleteFailingAtAnyWriteOrCommit_LeavesTheStoreUnchanged() =>
        CheckFaults(async (context, leads, assignee) =>
            await new LeadDeletion(context).DeleteAsync(LeadSelection.Of(leads.Select(l => l.Id)), "duplicates"));

    [StoreFact]
    public void Property_ConvertFailingAtAnyWriteOrCommit_LeavesTheStoreUnchanged() =>
        CheckFaults(async (context, leads, assignee) =>
            await new LeadConverter(context).ConvertAsync(LeadSelection.Of(leads.Select(l => l.Id))));

    [StoreFact]
    public void Property_RescoreFailingAtAnyWriteOrCommit_LeavesTheStoreUnchanged() =>
        CheckFaults(async (context, leads, assignee) =>
            await new ScoringProfiles(context.Store, context.Workspace, Clock, actingUser: context.ActingUser).RescoreAsync());

    /// <summary>
    /// Record writes through the repositories, in batches, failing at any call: every record object
    /// the caller passed keeps every field (version and modified stamps included); without a
    /// fault, each gets the version it was stored at.
    /// </summary>
    [StoreFact]
    public void Property_RepositoryWritesFailingAtAnyCall_LeaveTheCallersObjectsUnchanged()
    {
        var hit = 0;
        var cases = Arb.From(
            from leads in Gen.Choose(1, 5).SelectMany(n => Gen.ArrayOf(LeadKitGenerators.Lead(), n))
            from batch in Gen.Elements(1, 2, 10)
            from failAt in Gen.Choose(1, 1000)
            from after in Gen.Elements(false, true)
            select new FaultCase(leads, batch, failAt, after));

        PropertyRunner.Check(PropertyRuns, Prop.ForAll(cases, c => Run(async () =>
        {
            var ws = await NewWorkspaceAsync();
            var map = new Dictionary<string, string>();
            var half = c.Leads.Length / 2;
            var stored = await ws.AddLeadsAsync([.. c.Leads.Take(half).Select(l => AsNew(Rekeyed(l, map)))]);
            var added = c.Leads.Skip(half).Select((l, i) => NewLead($"Added Lead {i}", l.CompanyName)).ToList();
            // Every call (the batches, then the commit) and one past them (no fault) equally often.
            var calls = ((half + c.BatchSize - 1) / c.BatchSize) + ((added.Count + c.BatchSize - 1) / c.BatchSize) + 1;
            var plan = new FaultPlan(((c.FailAt - 1) % (calls + 1)) + 1, c.AfterWriting);
            var faulty = new FaultyStore(ws.Store, plan);
            var objects = new List<Lead>();
            var before = new List<Lead>();
            try
            {
                await using var unit = await faulty.BeginAsync(ws.Id, ws.Actor);
                foreach (var chunk in stored.Chunk(c.BatchSize))
                {
                    var copies = new List<Lead>();
                    foreach (var lead in chunk)
                    {
                        var copy = await unit.Leads.GetAsync(lead.Id);
                        copy.SetJobTitle("Edited " + objects.Count);
                        copies.Add(copy);
                    }

                    objects.AddRange(copies);
                    before.AddRange(copies.Select(Clone));
                    await unit.Leads.UpdateAsync(copies);
                }

                foreach (var chunk in added.Chunk(c.BatchSize))
                {
                    objects.AddRange(chunk);
                    before.AddRange(chunk.Select(Clone));
                    await unit.Leads.AddAsync(chunk);
                }

                await unit.CommitAsync();
            }
            catch (InjectedFaultException)
            {
            }

            if (plan.Fired is null)
            {
                // No fault: the objects are saved, each one version on.
                return objects.Zip(before).All(p => p.First.Version == p.Second.Version + 1);
            }

            hit++;
            return objects.Zip(before).All(p => RecordComparer.Differences(p.Second, p.First).Count == 0);
        })));

        Assert.True(hit >= PropertyRuns / 3, $"Only {hit} of {PropertyRuns} cases reached their fault.");
    }

    private static Lead Clone(Lead lead) =>
        System.Text.Json.JsonSerializer.Deserialize<Lead>(System.Text.Json.JsonSerializer.Serialize(lead, LeadKit.Serialization.LeadKitJsonOptions.Default), LeadKit.Serialization.LeadKitJsonOptions.Default)!;

    private void CheckFaults(Func<OperationContext, IReadOnlyList<Lead>, UserId, Task> operation)
    {
        var hit = 0;
        var cases = Arb.From(
            from leads in Gen.Choose(1, 4).SelectMany(n => Gen.ArrayOf(LeadKitGenerators.Lead(), n))
            from batch in Gen.Elements(1, 2, OperationContext.DefaultBatchSize)
            from failAt in Gen.Frequency((3, Gen.Choose(1, 3)), (1, Gen.Choose(4, 10)))
            from after in Gen.Elements(false, true)
            select new FaultCase(leads, batch, failAt, after));

        PropertyRunner.Check(PropertyRuns, Prop.ForAll(cases, c => Run(async () =>
        {
            var ws = await NewWorkspaceAsync();
            var assignee = await ws.AddUserAsync("Asha Assignee");
            await new ScoringProfiles(ws.Store, ws.Id, Clock, actingUser: ws.Actor).AddCriterionAsync("Met at a trade show", Weight.Low);
            var map = new Dictionary<string, string>();
            var stored = await ws.AddLeadsAsync([.. c.Leads.Select(l => AsNew(Rekeyed(l, map), keepConversion: false))]);
            var references = stored.Select(l => l.Reference).ToList();
            var before = await StoreSnapshot.TakeAsync(ws.Store, ws.Id, references);
            var plan = new FaultPlan(c.FailAt, c.AfterWriting);
            var context = new OperationContext(new FaultyStore(ws.Store, plan), ws.Id, Clock, ws.Actor) { BatchSize = c.BatchSize, Rescorer = new ProfileRescorer(Clock) };
            try
            {
                await operation(context, stored, assignee.Id);
            }
            catch (InjectedFaultException)
            {
            }

            if (plan.Fired is null || plan.CommitsBeforeFault > 0)
            {
                // No fault, or one after a unit of work committed (a re-score commits page by page).
                return true;
            }

            hit++;
            var after = await StoreSnapshot.TakeAsync(ws.Store, ws.Id, references);
            var changed = after.Except(before).Concat(before.Except(after).Select(l => "gone: " + l)).FirstOrDefault();
            Assert.True(changed is null, $"{plan} ({plan.Fired}) changed the store: {changed}");
            return true;
        })));

        // Every operation makes at least two calls (a write and the commit), so most cases fail.
        Assert.True(hit >= Math.Max(1, PropertyRuns / 8), $"Only {hit} of {PropertyRuns} cases reached their fault.");
    }

    private sealed record FaultCase(Lead[] Leads, int BatchSize, int FailAt, bool AfterWriting)
    {
        public override string ToString() => $"{Leads.Length} lead(s), batches of {BatchSize}, fail at call {FailAt}{(AfterWriting ? " after writing" : string.Empty)}";
    }
}
