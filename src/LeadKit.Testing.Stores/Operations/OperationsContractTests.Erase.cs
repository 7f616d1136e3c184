using LeadKit.BulkEdit;
using LeadKit.Contacts;
using LeadKit.History;
using LeadKit.Leads;
using LeadKit.Operations;
using LeadKit.Querying;
using LeadKit.Storage;
using LeadKit.Testing.Stores;
using LeadKit.Validation;

namespace LeadKit.Testing.Stores;

/// <content>
/// Erasure (the right to erasure): a lead is removed with its history, comments, opportunities,
/// deletion snapshots and undo entries; one audit entry without personal data stays; nothing can
/// bring it back; other records are untouched. A store that can list every text it holds
/// (<see cref="StoredTextAsync"/>, the database stores) is searched for the person's data too.
/// </content>
public abstract partial class OperationsContractTests
{
    /// <summary>
    /// Returns every text the store holds, in every table and workspace (the database stores read
    /// their tables with plain SQL), or <see langword="null"/> when the store cannot list it; the
    /// erasure tests then search what the interfaces read.
    /// </summary>
    /// <returns>The text, or <see langword="null"/>.</returns>
    protected virtual Task<string?> StoredTextAsync() => Task.FromResult<string?>(null);

    [StoreTheory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Erase_APersonWithEverythingKeptAboutIt_LeavesNothingOfThemAndOneAuditEntry(bool deletedFirst)
    {
        var ws = await NewWorkspaceAsync();
        var tag = PlantTag();
        var person = NewLead($"Ann {tag}", $"{tag} Holdings");
        person.AddEmail(EmailEntry.Business($"ann.{tag.ToLowerInvariant()}@example.com"));
        person.SetComments($"Met {tag} at the fair.");
        var bystander = NewLead("Grace Hopper", "Navy");
        await ws.AddLeadsAsync(person, bystander);
        var note = new BusinessNote(HistoryItemId.New(), person.Reference, $"Call {tag} back", null, Start);
        var bystanderNote = new BusinessNote(HistoryItemId.New(), bystander.Reference, "Grace's note", null, Start);
        var deal = new Opportunity(OpportunityId.New(), person.Reference, "Engines", "EUR", [], OpportunityStage.Prospecting, 10, null, Start);
        await ws.WriteAsync(async u =>
        {
            await u.History.AddAsync([note, bystanderNote]);
            await u.Opportunities.AddAsync([deal]);
        });

        // A recorded bulk edit (its undo entries hold both leads as they were) and, maybe, a deletion snapshot.
        var edit = await new BulkEditor(ws.Context).ApplyAsync(new BulkEditRequest(LeadSelection.Of(person.Id, bystander.Id), FieldEdit.Set(RecordField.JobTitle, "Buyer")) { RecordHistory = true });
        Assert.True(edit.Report.IsCommitted);
        if (deletedFirst)
        {
            Assert.True((await new LeadDeletion(ws.Context).DeleteAsync(LeadSelection.Of(person.Id), $"asked by {tag}")).IsCommitted);
        }

        // The search below finds the person before the erasure (so it can find anything left after it).
        if (await StoredTextAsync() is { } before)
        {
            Assert.Contains(tag, before, StringComparison.OrdinalIgnoreCase);
        }

        var report = await new RecordErasure(ws.Context).EraseAsync(person.Reference);

        var outcome = Assert.Single(report.Outcomes);
        Assert.Equal((OutcomeStatus.Deleted, person.Reference), (outcome.Status, outcome.Record));
        Assert.True(report.IsCommitted);
        Assert.Null(await ws.FindLeadAsync(person.Id));
        Assert.Empty(await ws.HistoryAsync(person.Reference));
        Assert.Empty(await ws.ReadAsync(u => ToListAsync(u.Opportunities.ListForAsync(person.Reference))));
        var bulkEdit = edit.Report.Operation!.Value;
        var entries = await ws.ReadAsync(u => u.Operations.ReadEntriesAsync(bulkEdit));
        Assert.Equal([bystander.Reference], entries.Select(e => e.Record));

        // The audit entry: an erasure of a lead, by whom and when, and nothing about the person.
        var operations = await ws.ReadAsync(u => u.Operations.ListAsync());
        var audit = Assert.Single(operations, o => o.Kind == OperationKind.Erasure);
        Assert.Equal((report.Operation, ws.Actor, 1), ((OperationId?)audit.Id, audit.By, audit.Count));
        Assert.Equal(["lead"], audit.Fields);

        // What the interfaces read holds nothing of the person.
        var readable = new List<string> { string.Join("\n", operations) };
        readable.AddRange(entries.Select(e => e.Before ?? string.Empty));
        readable.AddRange((await ws.ReadAsync(u => ToListAsync(u.Leads.QueryAsync(RecordQuery.All)))).Select(l => $"{l.Name} {l.CompanyName} {l.Comments} {string.Join(",", l.Emails)}"));
        readable.AddRange((await ws.HistoryAsync(bystander.Reference)).Select(h => h.ToString() ?? string.Empty));
        Assert.DoesNotContain(readable, text => text.Contains(tag, StringComparison.OrdinalIgnoreCase));

        // Nor does any table of a database store, in any column.
        if (await StoredTextAsync() is { } stored)
        {
            Assert.DoesNotContain(tag, stored, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(person.Id.ToString(), stored, StringComparison.OrdinalIgnoreCase);
        }

        // The bystander keeps everything.
        Assert.Equal(("Buyer", 2), ((await ws.GetLeadAsync(bystander.Id)).JobTitle, (await ws.HistoryAsync(bystander.Reference)).Count));

        // Nothing brings the person back.
        var undo = await Assert.ThrowsAsync<LeadKitValidationException>(() => new BulkEditor(ws.Context).UndoOperationAsync(report.Operation!.Value));
        Assert.Contains(undo.Errors, e => e.ErrorCode == "LeadKit.Erasure.NotUndoable");
        var restore = await new LeadDeletion(ws.Context).RestoreAsync([person.Id], FailurePolicy.SkipFailed);
        Assert.Equal(OutcomeStatus.Failed, Assert.Single(restore.Outcomes).Status);
        Assert.Null(await ws.FindLeadAsync(person.Id));
    }

    [StoreFact]
    public async Task Erase_ABusinessContact_RemovesItAndItsHistory()
    {
        var ws = await NewWorkspaceAsync();
        var tag = PlantTag();
        var contact = BusinessContact.Create(PersonName.Parse($"Bo {tag}"), Clock);
        await ws.WriteAsync(u => u.Contacts.AddAsync([contact]));
        await ws.WriteAsync(u => u.History.AddAsync([new BusinessNote(HistoryItemId.New(), contact.Reference, $"Lunch with {tag}", null, Start)]));

        var report = await new RecordErasure(ws.Context).EraseAsync(contact.Reference);

        Assert.Equal(OutcomeStatus.Deleted, Assert.Single(report.Outcomes).Status);
        Assert.Null(await ws.ReadAsync(u => u.Contacts.FindAsync(contact.Id)));
        Assert.Empty(await ws.HistoryAsync(contact.Reference));
        Assert.Equal(["businessContact"], Assert.Single(await ws.ReadAsync(u => u.Operations.ListAsync()), o => o.Kind == OperationKind.Erasure).Fields);
    }

    [StoreFact]
    public async Task Erase_UnknownRecord_RecordNotFoundAndNothingRecorded()
    {
        var ws = await NewWorkspaceAsync();

        await Assert.ThrowsAsync<RecordNotFoundException>(() => new RecordErasure(ws.Context).EraseAsync(RecordReference.To(LeadId.New())));

        Assert.Empty(await ws.ReadAsync(u => u.Operations.ListAsync()));
    }

    [StoreFact]
    public async Task Erase_ALeadOfAnotherWorkspace_RecordNotFoundAndTheLeadStays()
    {
        var ws = await NewWorkspaceAsync();
        var other = await NewWorkspaceAsync();
        var lead = (await other.AddLeadsAsync(NewLead("Ada Lovelace")))[0];

        await Assert.ThrowsAsync<RecordNotFoundException>(() => new RecordErasure(ws.Context).EraseAsync(lead.Reference));

        Assert.NotNull(await other.FindLeadAsync(lead.Id));
    }

    /// <summary>A word no other test writes, to search the store for: letters only, so that it is a valid name part.</summary>
    private static string PlantTag() => "Zq" + string.Concat(Guid.NewGuid().ToString("N").Where(char.IsAsciiHexDigit).Select(c => (char)('a' + (Convert.ToInt32(c.ToString(), 16) % 26))).Take(10));
}
