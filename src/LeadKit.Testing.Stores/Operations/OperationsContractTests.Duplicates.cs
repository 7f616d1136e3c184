using FsCheck;
using FsCheck.Fluent;
using LeadKit.BulkEdit;
using LeadKit.Import.Duplicates;
using LeadKit.Leads;
using LeadKit.Operations;
using LeadKit.Querying;
using LeadKit.Tests.Properties;
using LeadKit.Testing.Stores;

namespace LeadKit.Testing.Stores;

/// <content>Finding the duplicates of a workspace (<see cref="LeadDuplicates"/>).</content>
public abstract partial class OperationsContractTests
{
    [StoreFact]
    public async Task Duplicates_PlantedInAWorkspace_AreFoundWithTheRuleThatMatched()
    {
        var ws = await NewWorkspaceAsync();
        var jane = Person("Jane Doe", "Acme, Inc.", "jane.doe@example.com", "+1 415 555 0123");
        var janeAgain = Person("Janet Doe", null, " Jane.Doe@Example.COM", null);
        var samePhone = Person("J. D.", null, null, "(415) 555-0123 x12");
        var sameName = Person("Doe, Jane", "ACME", null, null);
        var chainA = Person("Chain A", null, "a@example.org", null);
        var chainB = Person("Chain B", null, "a@example.org", null);
        chainB.AddEmail(EmailEntry.Business("b@example.org"));
        var chainC = Person("Chain C", null, "B@example.org", null);
        var alone = Person("Alone Person", "Other Co", "alone@example.net", "+44 20 7946 0958");
        await ws.AddLeadsAsync(jane, janeAgain, samePhone, sameName, chainA, chainB, chainC, alone);

        var groups = await new LeadDuplicates(ws.Context).FindAsync();

        string[] expected =
        [
            Describe(DuplicateRule.Email, [jane.Id, janeAgain.Id], "same e-mail address jane.doe@example.com"),
            Describe(DuplicateRule.Email, [chainA.Id, chainB.Id, chainC.Id], "same e-mail address a@example.org; same e-mail address b@example.org"),
            Describe(DuplicateRule.Phone, [jane.Id, samePhone.Id], "same phone number +14155550123"),
            Describe(DuplicateRule.NameAndCompany, [jane.Id, sameName.Id], "same name and company jane doe | acme"),
        ];
        Assert.Equal(expected.Order(StringComparer.Ordinal), groups.Select(g => g.ToString()).Order(StringComparer.Ordinal));
        Assert.Equal([DuplicateRule.Email, DuplicateRule.Email, DuplicateRule.Phone, DuplicateRule.NameAndCompany], groups.Select(g => g.Rule));

        // A filter narrows the leads looked among: Jane's group needs both of its leads selected.
        var chained = await new LeadDuplicates(ws.Context).FindAsync(Filter.Parse("name starts-with \"Chain\""));
        Assert.Equal(new[] { chainA.Id, chainB.Id, chainC.Id }.Order(), Assert.Single(chained).Ids);
        Assert.Empty(await new LeadDuplicates(ws.Context).FindAsync(Filter.Parse("name = \"Alone Person\"")));

        // Only some rules, and another phone region: the British number now pairs with a national spelling.
        var british = Person("Brit", null, null, "020 7946 0958");
        await ws.AddLeadsAsync(british);
        var gb = new LeadDuplicates(ws.Context, new DuplicateMatchOptions { DefaultRegion = "GB", Rules = [DuplicateRule.Phone] });
        var phoneGroups = await gb.FindAsync();
        Assert.Contains(phoneGroups, g => g.Ids.Order().SequenceEqual(new[] { alone.Id, british.Id }.Order()) && g.Keys.Single().Value == "+442079460958");
        Assert.All(phoneGroups, g => Assert.Equal(DuplicateRule.Phone, g.Rule));
    }

    [StoreFact]
    public async Task Duplicates_FollowEdits_AndDeletions()
    {
        var ws = await NewWorkspaceAsync();
        var a = Person("Ann Able", "Acme", "ann@example.com", "+1 415 555 0100");
        var b = Person("Ann Able", "Acme Ltd", "ann@example.com", "+1 415 555 0100");
        var c = Person("Carl Cole", null, null, null);
        await ws.AddLeadsAsync(a, b, c);
        var duplicates = new LeadDuplicates(ws.Context);
        Assert.Equal(3, (await duplicates.FindAsync()).Count);

        // A phone edit through the repository, a company edit through the bulk editor, a new e-mail on a third lead.
        await ws.WriteAsync(async u =>
        {
            var stored = await u.Leads.GetAsync(b.Id);
            stored.ClearPhones();
            stored.AddPhone(new PhoneNumber(PhoneKind.Business, "+1 415 555 0199"));
            var third = await u.Leads.GetAsync(c.Id);
            third.AddEmail(EmailEntry.Business("ANN@example.com"));
            await u.Leads.UpdateAsync([stored, third]);
        });
        await new BulkEditor(ws.Context).ApplyAsync(new BulkEditRequest(LeadSelection.Of(b.Id), FieldEdit.Set(RecordField.Company, "Globex")));

        var groups = await duplicates.FindAsync();
        Assert.Equal([Describe(DuplicateRule.Email, [a.Id, b.Id, c.Id], "same e-mail address ann@example.com")], groups.Select(g => g.ToString()));

        await new LeadDeletion(ws.Context).DeleteAsync(LeadSelection.Of(a.Id, c.Id));
        Assert.Empty(await duplicates.FindAsync());
    }

    [StoreFact]
    public void Duplicates_FoundInTheStore_AreThoseKeyingEveryLeadGives()
    {
        string[] emails = ["ann@example.com", "ANN@example.com", "bo@example.org", "cy@example.net", "not an address"];
        string[] phones = ["+1 415 555 0100", "(415) 555-0100", "415.555.0101", "555-0100", "+44 20 7946 0958"];
        string[] names = ["Ann Able", "Able, Ann", "Bo Brown", "Cy Cole"];
        string?[] companies = [null, "Acme", "ACME Inc.", "Globex"];
        var lead =
            from name in Gen.Elements(names)
            from company in Gen.Elements(companies)
            from email in Gen.Elements(emails.Append(null).ToArray())
            from phone in Gen.Elements(phones.Append(null).ToArray())
            select (name, company, email, phone);
        var cases = Gen.Choose(0, 12).SelectMany(n => Gen.ArrayOf(lead, n)).ToArbitrary();

        PropertyRunner.Check(Math.Max(10, PropertyRuns / 3), Prop.ForAll(cases, people => Run(async () =>
        {
            var ws = await NewWorkspaceAsync();
            var leads = people.Select(p => Person(p.name, p.company, p.email is { } e && EmailAddress.TryParse(e, out _) ? e : null, p.phone)).ToArray();
            await ws.AddLeadsAsync(leads);
            var found = await new LeadDuplicates(ws.Context).FindAsync();
            var model = DuplicateGrouping.Group(leads.SelectMany(l => MatchKeys.Default.For(l).Select(k => (l.Id, k))));
            return found.Select(g => g.ToString()).SequenceEqual(model.Select(g => g.ToString()));
        })));
    }

    private Lead Person(string name, string? company, string? email, string? phone)
    {
        var lead = NewLead(name, company);
        if (email is not null)
        {
            lead.AddEmail(EmailEntry.Business(email.Trim()));
        }

        if (phone is not null)
        {
            lead.AddPhone(new PhoneNumber(PhoneKind.Business, phone));
        }

        return lead;
    }

    private static string Describe(DuplicateRule rule, LeadId[] ids, string explanation) =>
        $"{rule}: {string.Join(", ", ids.Order())}: {explanation}";
}
