using LeadKit.Assignment;
using LeadKit.History;
using LeadKit.Leads;
using LeadKit.Operations;
using LeadKit.Storage;
using LeadKit.Testing.Stores;

namespace LeadKit.Testing.Stores;

/// <content>Assigning leads.</content>
public abstract partial class OperationsContractTests
{
    [StoreFact]
    public async Task Assign_ActiveMember_AssignsAndRecordsWhoWhenAndFromWhom()
    {
        var ws = await NewWorkspaceAsync();
        var bob = await ws.AddUserAsync("Bob Roe");
        var ann = await ws.AddUserAsync("Ann Lee");
        var lead = NewLead("Grace Hopper");
        lead.SetAssignedTo(bob.Id);
        var stored = (await ws.AddLeadsAsync(lead))[0];

        var report = await new LeadAssignment(ws.Context).AssignAsync(LeadSelection.Of(lead.Id), ann.Id);

        Assert.True(report.IsCommitted);
        var outcome = Assert.Single(report.Outcomes);
        Assert.Equal(OutcomeStatus.Changed, outcome.Status);
        Assert.Equal(new FieldChange("assignedTo", bob.Id.ToString(), ann.Id.ToString()), Assert.Single(outcome.Changes));
        var after = await ws.GetLeadAsync(lead.Id);
        Assert.Equal(ann.Id, after.AssignedTo);
        Assert.Equal(stored.Version + 1, after.Version);
        Assert.Equal(ws.Actor, after.ModifiedBy);
        var entry = Assert.Single(await ws.ActivitiesAsync(lead.Reference));
        Assert.Equal(ActivityKind.Assigned, entry.Activity);
        Assert.Equal(ws.Actor, entry.CreatedBy);
        Assert.True(entry.CreatedAt > stored.ModifiedAt && entry.CreatedAt <= Clock.GetCurrentInstant());
        Assert.Equal("Assigned to Ann Lee (was Bob Roe)", entry.Subject);
        Assert.Equal(outcome.Changes, entry.Changes);
    }

    [StoreFact]
    public async Task Assign_ManyLeads_AssignsAllInOneGo()
    {
        var ws = await NewWorkspaceAsync();
        var ann = await ws.AddUserAsync("Ann Lee");
        var leads = Enumerable.Range(1, 7).Select(i => NewLead($"Lead {i}")).ToArray();
        await ws.AddLeadsAsync(leads);

        var report = await new LeadAssignment(ws.Context).AssignAsync(LeadSelection.Of(leads.Select(l => l.Id)), ann.Id);

        Assert.Equal(7, report.Changed);
        foreach (var lead in leads)
        {
            Assert.Equal(ann.Id, (await ws.GetLeadAsync(lead.Id)).AssignedTo);
        }
    }

    [StoreFact]
    public async Task Assign_ByFilter_AssignsTheMatchingLeadsOnly()
    {
        var ws = await NewWorkspaceAsync();
        var ann = await ws.AddUserAsync("Ann Lee");
        var (contoso, fabrikam) = (NewLead("Ada", "Contoso"), NewLead("Bea", "Fabrikam"));
        await ws.AddLeadsAsync(contoso, fabrikam);

        var report = await new LeadAssignment(ws.Context).AssignAsync(LeadSelection.Matching("company = \"Contoso\""), ann.Id);

        Assert.Equal(contoso.Reference, Assert.Single(report.Outcomes).Record);
        Assert.Equal(ann.Id, (await ws.GetLeadAsync(contoso.Id)).AssignedTo);
        Assert.Null((await ws.GetLeadAsync(fabrikam.Id)).AssignedTo);
    }

    [StoreFact]
    public async Task Assign_UnknownUser_RefusedAndNothingChanges()
    {
        var ws = await NewWorkspaceAsync();
        var stored = (await ws.AddLeadsAsync(NewLead("Grace Hopper")))[0];
        var stranger = UserId.New();

        var e = await Assert.ThrowsAsync<AssignmentRefusedException>(() => new LeadAssignment(ws.Context).AssignAsync(LeadSelection.Of(stored.Id), stranger));

        Assert.Equal(AssignmentRefusal.NotInWorkspace, e.Reason);
        Assert.Equal(stranger, e.User);
        Assert.Contains("does not share this workspace", e.Message, StringComparison.Ordinal);
        Assert.Empty(DataDifferences(stored, await ws.GetLeadAsync(stored.Id)));
        Assert.Equal(stored.Version, (await ws.GetLeadAsync(stored.Id)).Version);
        Assert.Empty(await ws.HistoryAsync(stored.Reference));
    }

    [StoreFact]
    public async Task Assign_UserOfAnotherWorkspace_RefusedAsNotInWorkspace()
    {
        var ws = await NewWorkspaceAsync();
        var other = await NewWorkspaceAsync();
        var foreigner = await other.AddUserAsync("Fiona Foreign");
        var stored = (await ws.AddLeadsAsync(NewLead("Grace Hopper")))[0];

        var e = await Assert.ThrowsAsync<AssignmentRefusedException>(() => new LeadAssignment(ws.Context).AssignAsync(LeadSelection.Of(stored.Id), foreigner.Id));

        Assert.Equal(AssignmentRefusal.NotInWorkspace, e.Reason);
        Assert.Null((await ws.GetLeadAsync(stored.Id)).AssignedTo);
    }

    [StoreFact]
    public async Task Assign_InactiveUser_RefusedAndNothingChanges()
    {
        var ws = await NewWorkspaceAsync();
        var gone = await ws.AddUserAsync("Gone Away", isActive: false);
        var stored = (await ws.AddLeadsAsync(NewLead("Grace Hopper")))[0];

        var e = await Assert.ThrowsAsync<AssignmentRefusedException>(() => new LeadAssignment(ws.Context).AssignAsync(LeadSelection.Of(stored.Id), gone.Id));

        Assert.Equal(AssignmentRefusal.Inactive, e.Reason);
        Assert.Contains("inactive", e.Message, StringComparison.Ordinal);
        Assert.Equal(stored.Version, (await ws.GetLeadAsync(stored.Id)).Version);
    }

    [StoreFact]
    public async Task Assign_AlreadyAssigned_ReportedUnchangedAndNotSaved()
    {
        var ws = await NewWorkspaceAsync();
        var ann = await ws.AddUserAsync("Ann Lee");
        var lead = NewLead("Grace Hopper");
        lead.SetAssignedTo(ann.Id);
        var stored = (await ws.AddLeadsAsync(lead))[0];

        var report = await new LeadAssignment(ws.Context).AssignAsync(LeadSelection.Of(lead.Id), ann.Id);

        Assert.Equal(OutcomeStatus.Unchanged, Assert.Single(report.Outcomes).Status);
        Assert.Equal(stored.Version, (await ws.GetLeadAsync(lead.Id)).Version);
        Assert.Empty(await ws.HistoryAsync(lead.Reference));
    }

    [StoreFact]
    public async Task Assign_MissingLead_AllOrNothing_NothingWritten()
    {
        var ws = await NewWorkspaceAsync();
        var ann = await ws.AddUserAsync("Ann Lee");
        var stored = (await ws.AddLeadsAsync(NewLead("Grace Hopper")))[0];
        var missing = LeadId.New();

        var report = await new LeadAssignment(ws.Context).AssignAsync(LeadSelection.Of(stored.Id, missing), ann.Id);

        Assert.False(report.IsCommitted);
        Assert.Equal(OutcomeStatus.Skipped, report.Outcomes[0].Status);
        Assert.Contains("all-or-nothing", report.Outcomes[0].Reason, StringComparison.Ordinal);
        Assert.Equal(OutcomeStatus.Failed, report.Outcomes[1].Status);
        Assert.Equal(RecordReference.To(missing), report.Outcomes[1].Record);
        Assert.Contains("was not found", report.Outcomes[1].Reason, StringComparison.Ordinal);
        Assert.Null((await ws.GetLeadAsync(stored.Id)).AssignedTo);
        Assert.Empty(await ws.HistoryAsync(stored.Reference));
    }

    [StoreFact]
    public async Task Assign_MissingLead_SkipFailed_AssignsTheOthers()
    {
        var ws = await NewWorkspaceAsync();
        var ann = await ws.AddUserAsync("Ann Lee");
        var stored = (await ws.AddLeadsAsync(NewLead("Grace Hopper")))[0];

        var report = await new LeadAssignment(ws.Context).AssignAsync(LeadSelection.Of(stored.Id, LeadId.New()), ann.Id, FailurePolicy.SkipFailed);

        Assert.True(report.IsCommitted);
        Assert.Equal((1, 1), (report.Changed, report.Failed));
        Assert.Equal(ann.Id, (await ws.GetLeadAsync(stored.Id)).AssignedTo);
    }

    [StoreFact]
    public async Task Unassign_RecordsFromWhom()
    {
        var ws = await NewWorkspaceAsync();
        var bob = await ws.AddUserAsync("Bob Roe");
        var lead = NewLead("Grace Hopper");
        lead.SetAssignedTo(bob.Id);
        await ws.AddLeadsAsync(lead, NewLead("Not Assigned"));

        var report = await new LeadAssignment(ws.Context).UnassignAsync(LeadSelection.Matching("name = \"Grace Hopper\" or name = \"Not Assigned\""));

        Assert.Equal((1, 1), (report.Changed, report.Unchanged));
        Assert.Null((await ws.GetLeadAsync(lead.Id)).AssignedTo);
        Assert.Equal("Unassigned (was Bob Roe)", Assert.Single(await ws.ActivitiesAsync(lead.Reference)).Subject);
    }

    [StoreFact]
    public async Task Assign_WithRescorer_RescoresTheChangedLeadsBeforeTheyAreSaved()
    {
        var ws = await NewWorkspaceAsync();
        var ann = await ws.AddUserAsync("Ann Lee");
        var leads = new[] { NewLead("One"), NewLead("Two") };
        await ws.AddLeadsAsync(leads);
        var rescorer = new RecordingRescorer(r => r.SetRating(new Rating("Rescored")));

        await new LeadAssignment(ws.With(rescorer)).AssignAsync(LeadSelection.Of(leads.Select(l => l.Id)), ann.Id);

        Assert.Equal(leads.Select(l => l.Reference).ToHashSet(), rescorer.Seen.Select(r => r.Reference).ToHashSet());
        Assert.Equal("Rescored", (await ws.GetLeadAsync(leads[0].Id)).Rating?.Name);
    }

    [StoreFact]
    public async Task Assign_RescorerRefuses_AllOrNothing_NothingWritten()
    {
        var ws = await NewWorkspaceAsync();
        var ann = await ws.AddUserAsync("Ann Lee");
        var stored = (await ws.AddLeadsAsync(NewLead("One")))[0];
        var rescorer = new RecordingRescorer(_ => throw new LeadKitException("The score cannot be computed."));

        var report = await new LeadAssignment(ws.With(rescorer)).AssignAsync(LeadSelection.Of(stored.Id), ann.Id);

        Assert.False(report.IsCommitted);
        Assert.Equal("The score cannot be computed.", Assert.Single(report.Failures).Reason);
        Assert.Equal(stored.Version, (await ws.GetLeadAsync(stored.Id)).Version);
    }

    /// <summary>A rescorer that records what it is given and applies a change to each record.</summary>
    /// <param name="change">The change.</param>
    protected sealed class RecordingRescorer(Action<ContactRecord> change) : IRecordRescorer
    {
        /// <summary>Gets the records given to the rescorer.</summary>
        public List<ContactRecord> Seen { get; } = [];

        /// <inheritdoc />
        public Task RescoreAsync(IUnitOfWork unitOfWork, IReadOnlyList<ContactRecord> records, CancellationToken cancellationToken = default)
        {
            foreach (var record in records)
            {
                change(record);
                Seen.Add(record);
            }

            return Task.CompletedTask;
        }
    }
}
