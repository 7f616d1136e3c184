using LeadKit.Contacts;
using LeadKit.Leads;
using LeadKit.Operations;
using LeadKit.Scoring;
using LeadKit.Storage;

namespace LeadKit.Testing.Stores;

/// <content>Weights learned from the workspace's closed leads (<see cref="ScoringProfiles.SuggestWeightsAsync"/>).</content>
public abstract partial class StoreContractTests
{
    [StoreFact]
    public async Task LearnedWeights_PlantedCriterion_IsSuggestedHigher_ThenApplied_AndTooLittleDataDeclines()
    {
        var (store, ws) = await NewWorkspaceAsync();
        var profiles = new ScoringProfiles(store, ws, Clock) { PageSize = 7 };
        await InUnitAsync(store, ws, u => u.ScoringProfiles.SaveAsync(Abc(), null));

        // 60 old leads: A checked on 20 (15 converted), not on 40 (5 converted); B on every other lead.
        var old = new List<Lead>();
        for (var i = 0; i < 60; i++)
        {
            var lead = NewLead($"Lead {i:00}");
            var hasA = i < 20;
            if (hasA)
            {
                lead.CheckCriterion(A, Clock.GetCurrentInstant());
            }

            if (i % 2 == 0)
            {
                lead.CheckCriterion(B, Clock.GetCurrentInstant());
            }

            if ((hasA && i < 15) || (!hasA && i < 25))
            {
                lead.MarkConverted(ContactId.New());
            }

            old.Add(lead);
        }

        await AddLeadsAsync(store, ws, [.. old]);
        var options = new WeightLearningOptions { MinimumClosed = 50 };
        await Assert.ThrowsAsync<NotEnoughEvidenceException>(() => profiles.SuggestWeightsAsync(options));   // 20 converted, the rest too young

        Clock.Advance(NodaTime.Duration.FromDays(91));
        var young = NewLead("Young lead");            // open, created now: not counted
        young.CheckCriterion(A, Clock.GetCurrentInstant());
        await AddLeadsAsync(store, ws, young);

        var evidence = await profiles.GatherEvidenceAsync(options);
        Assert.Equal((60, 20), (evidence.Closed, evidence.Converted));
        Assert.Equal(new CriterionEvidence(15, 5, 5, 35), evidence.Criteria[0]);
        Assert.Equal(new CriterionEvidence(11, 19, 9, 21), evidence.Criteria[1]);

        var suggestions = await profiles.SuggestWeightsAsync(options);
        Assert.Equal((A, Weight.High, Weight.High), (suggestions.Criteria[0].Criterion, suggestions.Criteria[0].Current, suggestions.Criteria[0].Suggested));
        Assert.Equal(Weight.Low, suggestions.Criteria[1].Suggested);
        Assert.Null(suggestions.Criteria[2].Suggested);   // C never checked

        var change = await profiles.ApplySuggestionsAsync(suggestions, [B]);
        Assert.Equal(Weight.Low, change.Profile.Criteria.Single(c => c.Id == B).Weight);
        Assert.Equal(Abc().Version + 1, change.Profile.Version);
        Assert.Equal(change.Profile, await ReadAsync(store, ws, u => u.ScoringProfiles.GetAsync()));
        await Assert.ThrowsAsync<ScoringException>(() => profiles.ApplySuggestionsAsync(suggestions, [B]));   // made for the old version
    }
}
