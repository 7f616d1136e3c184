using LeadKit.Contacts;
using LeadKit.Leads;
using LeadKit.Operations;
using LeadKit.Storage;
using LeadKit.Validation;

namespace LeadKit.Testing.Stores;

/// <content>The workspace's picklists (lead sources and ratings), and <see cref="PicklistRules"/> on top of them.</content>
public abstract partial class StoreContractTests
{
    [StoreFact]
    public async Task Picklists_NeverSaved_ReadAsTheDefaults()
    {
        var (store, ws) = await NewWorkspaceAsync();

        var sources = await ReadAsync(store, ws, u => u.Picklists.GetAsync(PicklistKind.LeadSources));
        var ratings = await ReadAsync(store, ws, u => u.Picklists.GetAsync(PicklistKind.Ratings));

        Assert.Equal(13, sources.Count);
        Assert.Equal(Picklist.DefaultLeadSources, sources);
        Assert.Equal(["Excellent", "Good", "Average", "Fair", "Poor"], ratings);
    }

    [StoreFact]
    public async Task Picklists_EditedAndSaved_ReadBackInOrderPerWorkspace()
    {
        var (store, ws) = await NewWorkspaceAsync();
        var other = (await store.CreateWorkspaceAsync("Other " + Guid.NewGuid().ToString("N"))).Id;
        var edited = Picklist.DefaultRatings.Add("Hot").Remove("Fair").Move("Hot", 0);

        await InUnitAsync(store, ws, u => u.Picklists.SaveAsync(PicklistKind.Ratings, edited));

        Assert.Equal(["Hot", "Excellent", "Good", "Average", "Poor"], await ReadAsync(store, ws, u => u.Picklists.GetAsync(PicklistKind.Ratings)));
        Assert.Equal(Picklist.DefaultLeadSources, await ReadAsync(store, ws, u => u.Picklists.GetAsync(PicklistKind.LeadSources)));
        Assert.Equal(Picklist.DefaultRatings, await ReadAsync(store, other, u => u.Picklists.GetAsync(PicklistKind.Ratings)));
    }

    [StoreFact]
    public async Task Picklists_SavedTwiceAndEmpty_LastSaveWinsAndEmptyStaysEmpty()
    {
        var (store, ws) = await NewWorkspaceAsync();

        await InUnitAsync(store, ws, u => u.Picklists.SaveAsync(PicklistKind.LeadSources, new Picklist(["Web"])));
        await InUnitAsync(store, ws, u => u.Picklists.SaveAsync(PicklistKind.LeadSources, new Picklist([])));

        Assert.Empty(await ReadAsync(store, ws, u => u.Picklists.GetAsync(PicklistKind.LeadSources)));
    }

    [StoreFact]
    public async Task Picklists_AddAsync_AppendsANewEntryOnceAndIsSeenInTheSameUnit()
    {
        var (store, ws) = await NewWorkspaceAsync();
        var added = new List<bool>();

        await InUnitAsync(store, ws, async u =>
        {
            added.Add(await u.Picklists.AddAsync(PicklistKind.LeadSources, " Podcast "));
            added.Add(await u.Picklists.AddAsync(PicklistKind.LeadSources, "PODCAST"));
            added.Add(await u.Picklists.AddAsync(PicklistKind.LeadSources, "web"));
            Assert.Equal("Podcast", (await u.Picklists.GetAsync(PicklistKind.LeadSources))[^1]);
        });

        Assert.Equal([true, false, false], added);
        var sources = await ReadAsync(store, ws, u => u.Picklists.GetAsync(PicklistKind.LeadSources));
        Assert.Equal([.. Picklist.DefaultLeadSources, "Podcast"], sources);
    }

    [StoreFact]
    public async Task Picklists_AddAfterAnotherUnitAdded_KeepsBothEntries()
    {
        var (store, ws) = await NewWorkspaceAsync();
        await using var first = await store.BeginAsync(ws);
        Assert.DoesNotContain("Podcast", await first.Picklists.GetAsync(PicklistKind.LeadSources));

        await InUnitAsync(store, ws, u => u.Picklists.AddAsync(PicklistKind.LeadSources, "Webinar"));
        await first.Picklists.AddAsync(PicklistKind.LeadSources, "Podcast");
        await first.CommitAsync();

        var sources = await ReadAsync(store, ws, u => u.Picklists.GetAsync(PicklistKind.LeadSources));
        Assert.Equal(["Webinar", "Podcast"], sources.Skip(13));
    }

    [StoreFact]
    public async Task Picklists_UnitNotCommitted_WritesNothing()
    {
        var (store, ws) = await NewWorkspaceAsync();
        await using (var unit = await store.BeginAsync(ws))
        {
            await unit.Picklists.SaveAsync(PicklistKind.Ratings, new Picklist(["A"]));
            await unit.Picklists.AddAsync(PicklistKind.LeadSources, "Podcast");
        }

        Assert.Equal(Picklist.DefaultRatings, await ReadAsync(store, ws, u => u.Picklists.GetAsync(PicklistKind.Ratings)));
        Assert.Equal(Picklist.DefaultLeadSources, await ReadAsync(store, ws, u => u.Picklists.GetAsync(PicklistKind.LeadSources)));
    }

    [StoreFact]
    public async Task Picklists_InvalidArguments_AreRefused()
    {
        var (store, ws) = await NewWorkspaceAsync();
        await using var unit = await store.BeginAsync(ws);

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => unit.Picklists.GetAsync((PicklistKind)7));
        await Assert.ThrowsAsync<ArgumentNullException>(() => unit.Picklists.SaveAsync(PicklistKind.Ratings, null!));
        var empty = await Assert.ThrowsAsync<LeadKitValidationException>(() => unit.Picklists.AddAsync(PicklistKind.LeadSources, "  "));
        Assert.Equal("LeadKit.Picklist.Required", Assert.Single(empty.Errors).ErrorCode);
        var tooLong = await Assert.ThrowsAsync<LeadKitValidationException>(() => unit.Picklists.AddAsync(PicklistKind.LeadSources, new string('s', 101)));
        Assert.Equal("LeadKit.Picklist.TooLong", Assert.Single(tooLong.Errors).ErrorCode);
    }

    [StoreFact]
    public async Task PicklistRules_NewSourceOnASavedLead_JoinsTheList()
    {
        var (store, ws) = await NewWorkspaceAsync();
        var lead = NewLead("Ann Lee");
        lead.SetSource(new LeadSource("Podcast"));
        var twin = NewLead("Bo Chen");
        twin.SetSource(new LeadSource("podcast"));
        var known = NewLead("Cy Diaz");
        known.SetSource(new LeadSource("web"));

        await InUnitAsync(store, ws, async u =>
        {
            await new PicklistRules().RescoreAsync(u, [lead, twin, known]);
            await u.Leads.AddAsync([lead, twin, known]);
        });

        var sources = await ReadAsync(store, ws, u => u.Picklists.GetAsync(PicklistKind.LeadSources));
        Assert.Equal([.. Picklist.DefaultLeadSources, "Podcast"], sources);
    }

    [StoreFact]
    public async Task PicklistRules_RatingNotOnTheList_IsRefusedNamingTheAllowedValues()
    {
        var (store, ws) = await NewWorkspaceAsync();
        var lead = NewLead("Ann Lee");
        lead.SetRating(new Rating("Hot"));
        lead.SetSource(new LeadSource("Podcast"));

        var ex = await Assert.ThrowsAsync<LeadKitValidationException>(() => InUnitAsync(store, ws, async u =>
        {
            await new PicklistRules().RescoreAsync(u, [lead]);
            await u.Leads.AddAsync([lead]);
        }));

        var error = Assert.Single(ex.Errors);
        Assert.Equal(("Rating", "LeadKit.Rating.NotInPicklist", "Hot"), (error.PropertyPath, error.ErrorCode, error.AttemptedValue));
        Assert.Contains("Excellent, Good, Average, Fair, Poor", error.Message, StringComparison.Ordinal);
        Assert.Equal(Picklist.DefaultLeadSources, await ReadAsync(store, ws, u => u.Picklists.GetAsync(PicklistKind.LeadSources)));
    }

    [StoreFact]
    public async Task PicklistRules_RatingAndSourceTheRecordAlreadyHad_PassEvenOffTheList()
    {
        var (store, ws) = await NewWorkspaceAsync();
        var lead = NewLead("Ann Lee");
        lead.SetRating(new Rating("Fair"));
        lead.SetSource(new LeadSource("Seminar"));
        await AddLeadsAsync(store, ws, lead);
        await InUnitAsync(store, ws, async u =>
        {
            await u.Picklists.SaveAsync(PicklistKind.Ratings, Picklist.DefaultRatings.Remove("Fair"));
            await u.Picklists.SaveAsync(PicklistKind.LeadSources, Picklist.DefaultLeadSources.Remove("Seminar"));
        });

        await InUnitAsync(store, ws, async u =>
        {
            var stored = await u.Leads.GetAsync(lead.Id);
            stored.SetTerritory("North");
            await new PicklistRules().RescoreAsync(u, [stored]);
            await u.Leads.UpdateAsync([stored]);
        });

        Assert.Equal("North", (await FindLeadAsync(store, ws, lead.Id))!.Territory);
        Assert.DoesNotContain("Seminar", await ReadAsync(store, ws, u => u.Picklists.GetAsync(PicklistKind.LeadSources)));
    }

    [StoreFact]
    public async Task PicklistRules_RatingAddedToTheList_IsAccepted()
    {
        var (store, ws) = await NewWorkspaceAsync();
        await InUnitAsync(store, ws, u => u.Picklists.SaveAsync(PicklistKind.Ratings, Picklist.DefaultRatings.Add("Hot")));
        var lead = NewLead("Ann Lee");
        lead.SetRating(new Rating("hot"));

        await InUnitAsync(store, ws, async u =>
        {
            await new PicklistRules().RescoreAsync(u, [lead]);
            await u.Leads.AddAsync([lead]);
        });

        Assert.Equal("hot", (await FindLeadAsync(store, ws, lead.Id))!.Rating!.Name);
    }

    [StoreFact]
    public async Task PicklistRules_ContactConvertedFromALeadWithAnOldRating_Passes()
    {
        var (store, ws) = await NewWorkspaceAsync();
        var lead = NewLead("Ann Lee");
        lead.SetRating(new Rating("Fair"));
        await AddLeadsAsync(store, ws, lead);
        await InUnitAsync(store, ws, u => u.Picklists.SaveAsync(PicklistKind.Ratings, Picklist.DefaultRatings.Remove("Fair")));
        var contact = BusinessContact.FromLead(lead, new ContactId(lead.Id.Value), lead.CreatedAt);
        var stranger = BusinessContact.Create(PersonName.Parse("Bo Chen"), Clock);
        stranger.SetRating(new Rating("Fair"));

        await InUnitAsync(store, ws, u => new PicklistRules().RescoreAsync(u, [contact]));
        var ex = await Assert.ThrowsAsync<LeadKitValidationException>(() => InUnitAsync(store, ws, u => new PicklistRules().RescoreAsync(u, [contact, stranger])));

        Assert.Contains(stranger.Id.ToString(), Assert.Single(ex.Errors).Message, StringComparison.Ordinal);
    }
}
