using LeadKit.Contacts;
using LeadKit.Conversion;
using LeadKit.CustomFields;
using LeadKit.History;
using LeadKit.Leads;
using LeadKit.Operations;
using LeadKit.Storage;
using LeadKit.Testing.Stores;
using LeadKit.Testing;
using LeadKit.Validation;
using NodaTime;

namespace LeadKit.Testing.Stores;

/// <content>Converting leads into business contacts.</content>
public abstract partial class OperationsContractTests
{
    /// <summary>
    /// Custom fields of the conversion tests: lead fields, and contact fields of the same names that
    /// take them (same type, whole number into decimal, choice into text), refuse them (another
    /// currency, another type, a shorter text) or do not exist.
    /// </summary>
    protected static readonly CustomFieldSchema ConversionSchema = new(
    [
        new CustomFieldDefinition(RecordKind.Lead, "Employees", CustomFieldType.WholeNumber),
        new CustomFieldDefinition(RecordKind.Lead, "Industry", CustomFieldType.Choice, choices: ["Software", "Retail"]),
        new CustomFieldDefinition(RecordKind.Lead, "Budget", CustomFieldType.Currency, currencyCode: "EUR"),
        new CustomFieldDefinition(RecordKind.Lead, "Next call", CustomFieldType.Date),
        new CustomFieldDefinition(RecordKind.Lead, "Notes", CustomFieldType.Text, maxLength: 100),
        new CustomFieldDefinition(RecordKind.Lead, "Newsletter", CustomFieldType.YesNo),
        new CustomFieldDefinition(RecordKind.Lead, "Lead only", CustomFieldType.Text),
        new CustomFieldDefinition(RecordKind.BusinessContact, "Employees", CustomFieldType.Decimal),
        new CustomFieldDefinition(RecordKind.BusinessContact, "Industry", CustomFieldType.Text),
        new CustomFieldDefinition(RecordKind.BusinessContact, "Budget", CustomFieldType.Currency, currencyCode: "USD"),
        new CustomFieldDefinition(RecordKind.BusinessContact, "Next call", CustomFieldType.Date),
        new CustomFieldDefinition(RecordKind.BusinessContact, "Notes", CustomFieldType.Text, maxLength: 5),
        new CustomFieldDefinition(RecordKind.BusinessContact, "Newsletter", CustomFieldType.Text),
        new CustomFieldDefinition(RecordKind.BusinessContact, "Segment", CustomFieldType.Choice, choices: ["Key account", "SMB"]),
    ]);

    [StoreFact]
    public async Task Convert_Plan_ShowsWhatIsCopiedMappedAndReportedWithoutWriting()
    {
        var ws = await NewWorkspaceAsync(ConversionSchema);
        var lead = await ConvertibleLeadAsync(ws);

        var plan = await new LeadConverter(ws.Context).PlanAsync(LeadSelection.Of(lead.Id));

        var planned = Assert.Single(plan.Leads);
        Assert.True(planned.CanConvert);
        Assert.True(plan.CanCommit);
        Assert.Equal(new ContactId(lead.Id.Value), planned.Contact);
        Assert.Contains(new FieldChange("company", "Analytical Engines", "Analytical Engines"), planned.Copied);
        Assert.Contains(new FieldChange("email", "business:ada@example.com", "business:ada@example.com"), planned.Copied);
        Assert.Equal((2, 1), (planned.HistoryItems, planned.Opportunities));
        Assert.Equal(
            ["Employees", "Industry", "Next call"],
            planned.CustomFields.Where(m => m.IsMapped).Select(m => m.LeadField).Order(StringComparer.Ordinal));
        Assert.Equal(
            [("Budget", CustomFieldMappingStatus.TypeMismatch), ("Lead only", CustomFieldMappingStatus.NoSuchField), ("Newsletter", CustomFieldMappingStatus.TypeMismatch), ("Notes", CustomFieldMappingStatus.ValueDoesNotFit)],
            planned.Unmapped.Select(m => (m.LeadField, m.Status)).OrderBy(m => m.LeadField, StringComparer.Ordinal));
        Assert.Contains("USD", planned.Unmapped.Single(m => m.LeadField == "Budget").Reason, StringComparison.Ordinal);
        Assert.True(plan.Preview.IsDryRun);
        Assert.Equal(RecordReference.To(planned.Contact), Assert.Single(plan.Preview.Outcomes).Target);
        Assert.Null(await ws.ReadAsync(u => u.Contacts.FindAsync(planned.Contact)));
        Assert.False((await ws.GetLeadAsync(lead.Id)).IsConverted);
    }

    [StoreFact]
    public async Task Convert_Commit_CarriesEverythingOverToTheContactWithTheSameIdentity()
    {
        var ws = await NewWorkspaceAsync(ConversionSchema);
        var lead = await ConvertibleLeadAsync(ws);
        var converter = new LeadConverter(ws.Context);
        var history = await ws.HistoryAsync(lead.Reference);
        var opportunities = await ws.ReadAsync(u => ToListAsync(u.Opportunities.ListForAsync(lead.Reference)));

        var result = await converter.CommitAsync(await converter.PlanAsync(LeadSelection.Of(lead.Id)));

        Assert.True(result.Report.IsCommitted);
        var converted = Assert.Single(result.Converted);
        var contactId = new ContactId(lead.Id.Value);
        Assert.Equal((lead.Id, contactId), (converted.Lead, converted.Contact));
        Assert.Equal(4, converted.Unmapped.Count);
        var contact = await ws.ReadAsync(u => u.Contacts.GetAsync(contactId));
        Assert.Empty(LeadKit.Testing.RecordComparer.SharedDifferences(lead, contact));
        Assert.Equal((lead.CreatedAt, lead.CreatedBy), (contact.CreatedAt, contact.CreatedBy));
        Assert.Equal(lead.Id, contact.ConvertedFrom);
        Assert.Equal(1250m, contact.CustomFields["Employees"].AsDecimal);
        Assert.Equal(CustomFieldType.Text, contact.CustomFields["Industry"].Type);
        Assert.Equal("Retail", contact.CustomFields["Industry"].AsText);
        Assert.Equal(new LocalDate(2027, 1, 15), contact.CustomFields["Next call"].AsDate);
        Assert.Equal(3, contact.CustomFields.Count);
        var after = await ws.GetLeadAsync(lead.Id);
        Assert.Equal(contactId, after.ConvertedTo);
        Assert.Equal(lead.CustomFields.Count, after.CustomFields.Count);

        var contactHistory = await ws.HistoryAsync(contact.Reference);
        Assert.Equal(history.Select(h => h.Id).Order(), contactHistory.Where(h => h is not ActivityEntry { Activity: ActivityKind.Converted }).Select(h => h.Id).Order());
        Assert.All(contactHistory, h => Assert.Equal(contact.Reference, h.Record));
        var contactEntry = contactHistory.OfType<ActivityEntry>().Single(a => a.Activity == ActivityKind.Converted);
        Assert.Equal(lead.Reference, contactEntry.Related);
        Assert.Contains("Lead only = kept", contactEntry.Body!, StringComparison.Ordinal);
        var leadEntry = Assert.IsType<ActivityEntry>(Assert.Single(await ws.HistoryAsync(lead.Reference)));
        Assert.Equal((ActivityKind.Converted, contact.Reference), (leadEntry.Activity, leadEntry.Related));
        var moved = await ws.ReadAsync(u => ToListAsync(u.Opportunities.ListForAsync(contact.Reference)));
        Assert.Equal(opportunities.Select(o => o.Id), moved.Select(o => o.Id));
        Assert.Empty(await ws.ReadAsync(u => ToListAsync(u.Opportunities.ListForAsync(lead.Reference))));
    }

    [StoreFact]
    public async Task Convert_Twice_Refused()
    {
        var ws = await NewWorkspaceAsync();
        var lead = NewLead("Ada");
        await ws.AddLeadsAsync(lead);
        var converter = new LeadConverter(ws.Context);
        await converter.ConvertAsync(LeadSelection.Of(lead.Id));
        var converted = await ws.GetLeadAsync(lead.Id);

        var again = await converter.ConvertAsync(LeadSelection.Of(lead.Id));

        var failure = Assert.Single(again.Report.Failures);
        Assert.Equal("LeadKit.Conversion.AlreadyConverted", Assert.Single(failure.Errors).ErrorCode);
        Assert.False(again.Report.IsCommitted);
        Assert.Empty(again.Converted);
        Assert.Equal(converted.Version, (await ws.GetLeadAsync(lead.Id)).Version);
    }

    [StoreFact]
    public async Task Convert_ManyLeadsWithOneRefused_AllOrNothing_NothingConverted()
    {
        var ws = await NewWorkspaceAsync();
        var leads = new[] { NewLead("Ada"), NewLead("Bea"), NewLead("Cy") };
        await ws.AddLeadsAsync(leads);
        await new LeadConverter(ws.Context).ConvertAsync(LeadSelection.Of(leads[1].Id));

        var result = await new LeadConverter(ws.Context).ConvertAsync(LeadSelection.Of(leads.Select(l => l.Id)));

        Assert.Equal([OutcomeStatus.Skipped, OutcomeStatus.Failed, OutcomeStatus.Skipped], result.Report.Outcomes.Select(o => o.Status));
        Assert.False((await ws.GetLeadAsync(leads[0].Id)).IsConverted);
        Assert.Null(await ws.ReadAsync(u => u.Contacts.FindAsync(new ContactId(leads[2].Id.Value))));

        var skip = await new LeadConverter(ws.Context).ConvertAsync(LeadSelection.Of(leads.Select(l => l.Id)), new ConversionOptions { Policy = FailurePolicy.SkipFailed });

        Assert.Equal(2, skip.Converted.Count);
        Assert.True((await ws.GetLeadAsync(leads[2].Id)).IsConverted);
    }

    [StoreFact]
    public async Task Convert_FailingPartWay_LeavesNothingChanged()
    {
        var ws = await NewWorkspaceAsync();
        var leads = new[] { NewLead("Ada"), NewLead("Bea") };
        var stored = await ws.AddLeadsAsync(leads);
        var calls = 0;
        var rescorer = new RecordingRescorer(_ =>
        {
            if (++calls == 2)
            {
                throw new InvalidOperationException("The scoring service is down.");
            }
        });

        await Assert.ThrowsAsync<InvalidOperationException>(() => new LeadConverter(ws.With(rescorer, batchSize: 1)).ConvertAsync(LeadSelection.Of(leads.Select(l => l.Id))));

        foreach (var lead in stored)
        {
            Assert.Empty(AllDifferences(lead, await ws.GetLeadAsync(lead.Id)));
            Assert.Null(await ws.ReadAsync(u => u.Contacts.FindAsync(new ContactId(lead.Id.Value))));
            Assert.Empty(await ws.HistoryAsync(lead.Reference));
        }
    }

    [StoreFact]
    public async Task Convert_LeadChangedSinceThePlan_Refused()
    {
        var ws = await NewWorkspaceAsync();
        var lead = NewLead("Ada");
        await ws.AddLeadsAsync(lead);
        var converter = new LeadConverter(ws.Context);
        var plan = await converter.PlanAsync(LeadSelection.Of(lead.Id));
        await ws.WriteAsync(async u =>
        {
            var later = await u.Leads.GetAsync(lead.Id);
            later.SetJobTitle("Changed");
            await u.Leads.UpdateAsync([later]);
        });

        var result = await converter.CommitAsync(plan);

        Assert.Equal("LeadKit.Conversion.Stale", Assert.Single(Assert.Single(result.Report.Failures).Errors).ErrorCode);
        Assert.False((await ws.GetLeadAsync(lead.Id)).IsConverted);
    }

    [StoreFact]
    public async Task Convert_ContactFieldsChangedSinceThePlan_RefusedWholly()
    {
        var ws = await NewWorkspaceAsync(ConversionSchema);
        var lead = NewLead("Ada");
        await ws.AddLeadsAsync(lead);
        var converter = new LeadConverter(ws.Context);
        var plan = await converter.PlanAsync(LeadSelection.Of(lead.Id));
        await ws.WriteAsync(u => u.CustomFields.SaveAsync(new CustomFieldDefinition(RecordKind.BusinessContact, "New field", CustomFieldType.Text)));

        var e = await Assert.ThrowsAsync<LeadKitException>(() => converter.CommitAsync(plan));

        Assert.Contains("plan it again", e.Message, StringComparison.Ordinal);
        Assert.False((await ws.GetLeadAsync(lead.Id)).IsConverted);
    }

    [StoreFact]
    public async Task Convert_RequiredContactFieldWithoutAValue_Refused_UnlessGiven()
    {
        var required = new CustomFieldSchema([new CustomFieldDefinition(RecordKind.BusinessContact, "Segment", CustomFieldType.Choice, isRequired: true, choices: ["Key account", "SMB"])]);
        var ws = await NewWorkspaceAsync(required);
        var lead = NewLead("Ada");
        await ws.AddLeadsAsync(lead);
        var converter = new LeadConverter(ws.Context);

        var refused = await converter.PlanAsync(LeadSelection.Of(lead.Id));
        var given = await converter.ConvertAsync(LeadSelection.Of(lead.Id), new ConversionOptions { ContactFieldValues = new Dictionary<string, CustomFieldValue> { ["segment"] = CustomFieldValue.FromChoice("SMB") } });

        Assert.False(refused.CanCommit);
        Assert.Equal("LeadKit.Conversion.RequiredContactField", Assert.Single(refused.Leads[0].Problems).ErrorCode);
        Assert.Equal([new FieldChange("custom.Segment", null, "SMB")], given.Plan.Leads[0].ContactFieldValues);
        Assert.Equal("SMB", (await ws.ReadAsync(u => u.Contacts.GetAsync(new ContactId(lead.Id.Value)))).CustomFields["Segment"].AsText);
    }

    [StoreFact]
    public async Task Convert_ContactFieldValuesNamingNoField_RefusedBeforeAnythingIsRead()
    {
        var ws = await NewWorkspaceAsync();

        var e = await Assert.ThrowsAsync<LeadKitValidationException>(() => new LeadConverter(ws.Context).PlanAsync(LeadSelection.All, new ConversionOptions { ContactFieldValues = new Dictionary<string, CustomFieldValue> { ["Nope"] = CustomFieldValue.FromText("x") } }));

        Assert.Equal("LeadKit.Conversion.UnknownContactField", Assert.Single(e.Errors).ErrorCode);
    }

    [StoreFact]
    public async Task Convert_UnmappedValuesWithPolicyRefuse_Refused()
    {
        var ws = await NewWorkspaceAsync(ConversionSchema);
        var lead = NewLead("Ada");
        lead.SetCustomField(ConversionSchema.Find(RecordKind.Lead, "Lead only")!, CustomFieldValue.FromText("precious"));
        await ws.AddLeadsAsync(lead);

        var result = await new LeadConverter(ws.Context).ConvertAsync(LeadSelection.Of(lead.Id), new ConversionOptions { UnmappedFields = UnmappedFieldPolicy.Refuse });

        Assert.Equal("LeadKit.Conversion.Unmapped", Assert.Single(Assert.Single(result.Report.Failures).Errors).ErrorCode);
        Assert.False((await ws.GetLeadAsync(lead.Id)).IsConverted);
    }

    [StoreFact]
    public async Task Convert_MissingLead_FailsAsNotFound()
    {
        var ws = await NewWorkspaceAsync();

        var result = await new LeadConverter(ws.Context).ConvertAsync(LeadSelection.Of(LeadId.New()));

        Assert.Equal("LeadKit.Conversion.NotFound", Assert.Single(Assert.Single(result.Report.Failures).Errors).ErrorCode);
    }

    /// <summary>A lead with shared fields, custom values of every mapping kind, two history items and an opportunity, stored.</summary>
    private async Task<Lead> ConvertibleLeadAsync(TestWorkspace ws)
    {
        var lead = NewLead("Ada Lovelace", "Analytical Engines");
        lead.AddEmail(EmailEntry.Business("ada@example.com"));
        lead.AddPhone(new PhoneNumber(PhoneKind.Business, "+44 20 7946 0000"));
        lead.AddAddress(new PostalAddress(AddressKind.Business, city: "London", isMailing: true));
        lead.SetManualScore(4);
        lead.CheckCriterion(new Scoring.CriterionId("budget"), Start);
        lead.SetComments("Met at the trade show.");
        var values = new Dictionary<string, CustomFieldValue>
        {
            ["Employees"] = CustomFieldValue.FromWholeNumber(1250),
            ["Industry"] = CustomFieldValue.FromChoice("Retail"),
            ["Budget"] = CustomFieldValue.FromCurrency(5000m),
            ["Next call"] = CustomFieldValue.FromDate(new LocalDate(2027, 1, 15)),
            ["Notes"] = CustomFieldValue.FromText("Longer than five"),
            ["Newsletter"] = CustomFieldValue.FromYesNo(true),
            ["Lead only"] = CustomFieldValue.FromText("kept"),
        };
        foreach (var (name, value) in values)
        {
            lead.SetCustomField(ConversionSchema.Find(RecordKind.Lead, name)!, value);
        }

        await ws.AddLeadsAsync(lead);
        await ws.WriteAsync(async u =>
        {
            await u.History.AddAsync(
            [
                new BusinessNote(HistoryItemId.New(), lead.Reference, "First contact", "Hello", Start),
                new PhoneLog(HistoryItemId.New(), lead.Reference, "Call", null, Start, CallDirection.Outgoing, "+44 20 7946 0000", Start, Duration.FromMinutes(5)),
            ]);
            await u.Opportunities.AddAsync([new Opportunity(OpportunityId.New(), lead.Reference, "Engines", "EUR", [], OpportunityStage.Prospecting, 10, null, Start)]);
        });
        return lead;
    }
}
