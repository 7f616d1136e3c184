using System.Text.Json;
using LeadKit.Contacts;
using LeadKit.CustomFields;
using LeadKit.Leads;
using LeadKit.Querying;
using LeadKit.Scoring;
using LeadKit.Serialization;
using LeadKit.Storage;

namespace LeadKit.Testing.Stores;

/// <content>The score-only write path, <see cref="IRecordRepository{TRecord, TId}.UpdateStoredScoresAsync"/>.</content>
public abstract partial class StoreContractTests
{
    [StoreFact]
    public async Task UpdateStoredScores_WritesOnlyTheScore_ReadBackExactly_AndFiltersAndSortsByIt()
    {
        var (store, ws) = await NewWorkspaceAsync();
        var other = (await store.CreateWorkspaceAsync("Other")).Id;
        var unscored = NewLead("Never Scored", "Acme\0Ltd \"quoted\" \u00e9\u4e2d");
        unscored.CheckCriterion(A, Start);
        unscored.SetCustomField(new CustomFieldDefinition(RecordKind.Lead, "score", CustomFieldType.Text), CustomFieldValue.FromText("custom member named score"));
        var scored = NewLead("Was Scored");
        StoreRecords.SetStoredScore(scored, new StoredScore(1, -4, 1, 6, 5));
        var manual = NewLead("Manual Four");
        manual.SetManualScore(4);
        var untouched = NewLead("Untouched");
        StoreRecords.SetStoredScore(untouched, new StoredScore(2, -2, 2, 6, 5));
        await AddLeadsAsync(store, ws, unscored, scored, manual, untouched);
        var contact = NewContact("Contact Person");
        await InUnitAsync(store, ws, u => u.Contacts.AddAsync([contact]));
        var elsewhere = NewLead("Other Workspace");
        await AddLeadsAsync(store, other, elsewhere);
        var before = await ReadAsync(store, ws, u => ToListAsync(u.Leads.QueryAsync(new RecordQuery())));
        var elsewhereBefore = await FindLeadAsync(store, other, elsewhere.Id);

        var four = new StoredScore(4, 2, 4, 6, 5);
        var capped = new StoredScore(2, -2, 2, 6, 3);
        var foreign = StoredScoreChange.For(elsewhere, four);
        IReadOnlyList<StoredScoreChange> notApplied = [];
        IReadOnlyList<StoredScoreChange> contactsNotApplied = [];
        await InUnitAsync(store, ws, async u =>
        {
            notApplied = await u.Leads.UpdateStoredScoresAsync(
            [
                StoredScoreChange.For(unscored, four),
                StoredScoreChange.For(scored, null),
                StoredScoreChange.For(manual, capped),
                foreign,
            ]);
            contactsNotApplied = await u.Contacts.UpdateStoredScoresAsync([StoredScoreChange.For(contact, new StoredScore(5, 6, 6, 6, 5))]);
        });

        Assert.Equal([foreign], notApplied);
        Assert.Empty(contactsNotApplied);

        // Exactly the new score; the version, the audit stamps and the rest of the document as they were.
        var expected = new Dictionary<LeadId, StoredScore?> { [unscored.Id] = four, [scored.Id] = null, [manual.Id] = capped, [untouched.Id] = untouched.Score };
        foreach (var old in before)
        {
            var read = await FindLeadAsync(store, ws, old.Id);
            Assert.NotNull(read);
            Assert.Equal(expected[old.Id], read.Score);
            Assert.Equal(old.Version, read.Version);
            Assert.Equal(old.ModifiedAt, read.ModifiedAt);
            StoreRecords.SetStoredScore(old, expected[old.Id]);
            Assert.Equal(Json(old), Json(read));
        }

        Assert.Equal("Acme\0Ltd \"quoted\" \u00e9\u4e2d", (await FindLeadAsync(store, ws, unscored.Id))!.CompanyName);
        var readContact = await ReadAsync(store, ws, u => u.Contacts.FindAsync(contact.Id));
        Assert.Equal(new StoredScore(5, 6, 6, 6, 5), readContact!.Score);
        Assert.Equal(1, readContact.Version);

        // The stars column holds the displayed stars the core computed: manual stars capped at the new most stars, 0 when forgotten.
        var byStars = await ReadAsync(store, ws, u => ToListAsync(u.Leads.QueryAsync(new RecordQuery(Filter.Parse("stars >= 2"), SortSpec.Parse("stars:desc")))));
        Assert.Equal([unscored.Id, manual.Id, untouched.Id], byStars.Select(l => l.Id));
        Assert.Equal([4, 3, 2], byStars.Select(l => l.Stars));
        Assert.Equal(1, await ReadAsync(store, ws, u => u.Leads.CountAsync(Filter.Parse("stars = 0"))));
        var byPoints = await ReadAsync(store, ws, u => ToListAsync(u.Leads.QueryAsync(new RecordQuery(Filter.Parse("scorePoints >= 0"), SortSpec.Parse("scorePoints")))));
        Assert.Equal([unscored.Id], byPoints.Select(l => l.Id));
        Assert.Equal(1, await ReadAsync(store, ws, u => u.Contacts.CountAsync(Filter.Parse("stars = 5"))));

        // Other workspaces: untouched, even when a change names one of their records.
        var elsewhereAfter = await FindLeadAsync(store, other, elsewhere.Id);
        Assert.Equal(Json(elsewhereBefore!), Json(elsewhereAfter!));
        Assert.Equal(0, await ReadAsync(store, other, u => u.Leads.CountAsync(Filter.Parse("stars > 0"))));
    }

    [StoreFact]
    public async Task UpdateStoredScores_StaleOrDeleted_IsReported_AndNothingOfItIsWritten()
    {
        var (store, ws) = await NewWorkspaceAsync();
        var edited = NewLead("Edited Meanwhile");
        var deleted = NewLead("Deleted Meanwhile");
        var fresh = NewLead("Fresh");
        await AddLeadsAsync(store, ws, edited, deleted, fresh);
        await InUnitAsync(store, ws, async u =>
        {
            var copy = await u.Leads.GetAsync(edited.Id);
            copy.SetCompanyName("Changed");
            await u.Leads.UpdateAsync([copy]);
            await u.Leads.DeleteAsync(deleted.Id, 1);
        });
        var editedBefore = await FindLeadAsync(store, ws, edited.Id);

        var score = new StoredScore(3, 0, 3, 6, 5);
        var stale = StoredScoreChange.For(edited, score);
        var gone = StoredScoreChange.For(deleted, score);
        IReadOnlyList<StoredScoreChange> notApplied = [];
        await InUnitAsync(store, ws, async u => notApplied = await u.Leads.UpdateStoredScoresAsync([stale, StoredScoreChange.For(fresh, score), gone]));

        Assert.Equal([stale, gone], notApplied);
        var editedAfter = await FindLeadAsync(store, ws, edited.Id);
        Assert.Null(editedAfter!.Score);
        Assert.Equal(2, editedAfter.Version);
        Assert.Equal(Json(editedBefore!), Json(editedAfter));
        Assert.Null(await FindLeadAsync(store, ws, deleted.Id));
        Assert.Equal(score, (await FindLeadAsync(store, ws, fresh.Id))!.Score);
        Assert.Equal(1, await ReadAsync(store, ws, u => u.Leads.CountAsync(Filter.Parse("stars = 3"))));
    }

    [StoreFact]
    public async Task UpdateStoredScores_IsStagedInTheUnitOfWork_AndSeenByItsOwnReads()
    {
        var (store, ws) = await NewWorkspaceAsync();
        var lead = NewLead("Staged");
        await AddLeadsAsync(store, ws, lead);
        var score = new StoredScore(2, -2, 2, 6, 5);

        await using (var unit = await store.BeginAsync(ws))
        {
            Assert.Empty(await unit.Leads.UpdateStoredScoresAsync([StoredScoreChange.For(lead, score)]));
            Assert.Equal(score, (await unit.Leads.FindAsync(lead.Id))!.Score);
            Assert.Equal(1, await unit.Leads.CountAsync(Filter.Parse("stars = 2")));

            // Not committed: disposed, so nothing is kept.
        }

        Assert.Null((await FindLeadAsync(store, ws, lead.Id))!.Score);
    }

    [StoreFact]
    public async Task UpdateStoredScores_DoesNotBumpTheVersion_SoAStaleCopyStillSaves_WithItsOwnScore()
    {
        var (store, ws) = await NewWorkspaceAsync();
        var lead = NewLead("Held Copy");
        await AddLeadsAsync(store, ws, lead);
        var held = await FindLeadAsync(store, ws, lead.Id);
        await InUnitAsync(store, ws, async u => Assert.Empty(await u.Leads.UpdateStoredScoresAsync([StoredScoreChange.For(lead, new StoredScore(5, 6, 6, 6, 5))])));

        // A score is not a user edit: the copy read before it saves without a conflict, score included.
        held!.SetCompanyName("Edited");
        await InUnitAsync(store, ws, u => u.Leads.UpdateAsync([held]));
        var read = await FindLeadAsync(store, ws, lead.Id);
        Assert.Equal(2, read!.Version);
        Assert.Equal("Edited", read.CompanyName);
        Assert.Null(read.Score);
    }

    [StoreFact]
    public async Task UpdateStoredScores_RefusesAnotherKindOrARecordTwice()
    {
        var (store, ws) = await NewWorkspaceAsync();
        var lead = NewLead("Twice");
        var contact = NewContact("Wrong Kind");
        await AddLeadsAsync(store, ws, lead);
        await InUnitAsync(store, ws, u => u.Contacts.AddAsync([contact]));
        var score = new StoredScore(1, 0, 1, 2, 5);
        await using var unit = await store.BeginAsync(ws);
        await Assert.ThrowsAsync<ArgumentException>(() => unit.Leads.UpdateStoredScoresAsync([StoredScoreChange.For(contact, score)]));
        await Assert.ThrowsAsync<ArgumentException>(() => unit.Leads.UpdateStoredScoresAsync([StoredScoreChange.For(lead, score), StoredScoreChange.For(lead, null)]));
        Assert.Empty(await unit.Leads.UpdateStoredScoresAsync([]));
    }

    private static string Json(ContactRecord record) => record switch
    {
        Lead lead => JsonSerializer.Serialize(lead, LeadKitJsonOptions.Default),
        BusinessContact contact => JsonSerializer.Serialize(contact, LeadKitJsonOptions.Default),
        _ => throw new ArgumentException("Unknown record.", nameof(record)),
    };
}
