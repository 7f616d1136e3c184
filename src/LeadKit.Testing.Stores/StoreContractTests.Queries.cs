using LeadKit.CustomFields;
using LeadKit.Leads;
using LeadKit.Querying;
using LeadKit.Scoring;
using LeadKit.Storage;
using NodaTime;

namespace LeadKit.Testing.Stores;

/// <content>Queries: the filter language, sorting, limits, keyset paging and counting. The in-memory meaning of a filter or sort (<see cref="Filter.Compile"/>, <see cref="SortSpec.ToComparer"/>) is the oracle.</content>
public abstract partial class StoreContractTests
{
    private static readonly CustomFieldDefinition Employees = new(RecordKind.Lead, "Employees", CustomFieldType.WholeNumber);
    private static readonly CustomFieldDefinition Industry = new(RecordKind.Lead, "Industry", CustomFieldType.Choice, choices: ["Software", "Retail", "Health care"]);
    private static readonly CustomFieldDefinition NextCall = new(RecordKind.Lead, "Next call", CustomFieldType.Date);
    private static readonly CustomFieldDefinition Newsletter = new(RecordKind.Lead, "Newsletter", CustomFieldType.YesNo);
    private static readonly CustomFieldDefinition Budget = new(RecordKind.Lead, "Budget", CustomFieldType.Currency, currencyCode: "EUR");

    public static TheoryData<string> Filters { get; } =
    [
        "all",
        "company = \"contoso\"",
        "company != \"Contoso\"",
        "company is empty",
        "company is not empty",
        "company contains \"TOS\"",
        "company starts-with \"fab\"",
        "company ends-with \"SO\"",
        "company < \"F\"",
        "company >= \"Fabrikam\"",
        "company in (\"Contoso\", \"Fabrikam\")",
        "name starts-with \"a\" and manualStars >= 3",
        "manualStars > 2 or source = \"Web\"",
        "not (source = \"Web\")",
        "manualStars <= 2",
        "manualStars is empty",
        "email = \"ADA@example.com\"",
        "email ends-with \"@example.org\"",
        "email is empty",
        "email != \"ada@example.com\"",
        "phone = \"+1 (555) 010-0001\"",
        "phone contains \"0100\"",
        "city = \"london\"",
        "city is not empty",
        "country in (\"UK\", \"France\")",
        "postalCode starts-with \"sw\"",
        "state is empty",
        "checked = \"BUDGET\"",
        "checked is empty",
        "created >= 2026-11-27T09:00:00.010Z",
        "modified < 2026-11-27T09:00:00.010Z",
        "converted = true",
        "converted != true",
        "scoreType = \"manual\"",
        "rating in (\"Hot\", \"Warm\")",
        "title contains \"engineer\"",
        "first = \"grace\" or last = \"TURING\"",
        "middle is not empty",
        "fileAs starts-with \"l\"",
        "initiatedBy = \"Charles Babbage\"",
        "account = \"Acme Holdings\"",
        "areaOfInterest contains \"engines\"",
        "webPage contains \"EXAMPLE\"",
        "comments contains \"urgent\"",
        "version = 1",
        "custom.Employees > 100",
        "custom.Employees = 50",
        "custom.Employees != 50",
        "custom.Employees is empty",
        "custom.Industry = \"software\"",
        "custom.Industry contains \"CARE\"",
        "custom.Industry < \"S\"",
        "custom.\"Next call\" < 2027-01-01",
        "custom.Newsletter = true",
        "custom.Newsletter = false",
        "custom.Budget >= 1000.50",
        "custom.Budget in (99.99, 2500)",
        "custom.Mixed = 7",
        "custom.Mixed = \"seven\"",
        "custom.Mixed > 2026-01-01",
        "custom.Mixed is not empty",
        "(company = \"Contoso\" or city = \"Paris\") and not (manualStars is empty)",
        "territory = \"north\"",
        "territory starts-with \"SOU\"",
        "territory is empty",
        "territory in (\"North\", \"West\")",
        "territory < \"S\"",
        "active = false",
        "active != false",
        "active = true and doNotCall = true",
        "birthday < 1950-01-01",
        "birthday >= 1906-12-09",
        "birthday = 1815-12-10",
        "birthday is empty",
        "anniversary is not empty",
        "doNotCall = true",
        "doNotCall != true",
        "doNotEmail = true or doNotFax = true",
        "preferredContactMethod = \"email\"",
        "preferredContactMethod != \"Any\"",
        "preferredContactMethod in (\"Phone\", \"LETTER\")",
        "preferredContactMethod < \"Fax\"",
        "department = \"research\" or nickname is not empty",
        "phoneticLast starts-with \"ho\"",
        "imAddress contains \"@IM.\"",
    ];

    public static TheoryData<string> Sorts { get; } =
    [
        "",
        "company",
        "company:desc,name",
        "name:desc",
        "manualStars:desc",
        "created:desc",
        "modified",
        "source,rating:desc",
        "fileAs",
        "title",
        "first,last",
        "scoreType,modified:desc",
        "custom.Employees",
        "custom.Employees:desc",
        "custom.Mixed",
        "custom.Mixed:desc,company",
        "territory",
        "territory:desc,name",
        "birthday",
        "birthday:desc",
        "preferredContactMethod,name:desc",
        "anniversary,phoneticLast",
    ];

    [StoreTheory]
    [MemberData(nameof(Filters))]
    public async Task QueryAsync_Filter_MatchesTheFilterLanguage(string filterText)
    {
        var (store, ws, all) = await SeedQueryDataAsync();
        var filter = Filter.Parse(filterText);
        var predicate = filter.Compile();
        var expected = all.Where(l => predicate(l)).Select(l => l.Id).OrderBy(i => i).ToList();

        var actual = await ReadAsync(store, ws, u => ToListAsync(u.Leads.QueryAsync(new RecordQuery(filter))));
        var count = await ReadAsync(store, ws, u => u.Leads.CountAsync(filter));

        Assert.Equal(expected, actual.Select(l => l.Id));
        Assert.Equal(expected.Count, count);
    }

    [StoreTheory]
    [MemberData(nameof(Sorts))]
    public async Task QueryAsync_Sort_OrdersLikeTheSortComparer(string sortText)
    {
        var (store, ws, all) = await SeedQueryDataAsync();
        var sort = SortSpec.Parse(sortText);
        var expected = all.Order<Lead>(sort.ToComparer()).Select(l => l.Id).ToList();

        var actual = await ReadAsync(store, ws, u => ToListAsync(u.Leads.QueryAsync(new RecordQuery(sort: sort))));

        Assert.Equal(expected, actual.Select(l => l.Id));
    }

    [StoreTheory]
    [MemberData(nameof(Sorts))]
    public async Task PageAsync_VisitsEveryRecordOnceInOrder(string sortText)
    {
        var (store, ws, all) = await SeedQueryDataAsync();
        var sort = SortSpec.Parse(sortText);
        var query = new RecordQuery(Filter.Parse("name is not empty"), sort);
        var expected = all.Order<Lead>(sort.ToComparer()).Select(l => l.Id).ToList();

        var visited = new List<LeadId>();
        PageCursor? cursor = null;
        var pages = 0;
        do
        {
            var page = await ReadAsync(store, ws, u => u.Leads.PageAsync(query, 3, cursor));
            Assert.InRange(page.Items.Count, 1, 3);
            visited.AddRange(page.Items.Select(l => l.Id));
            cursor = page.NextCursor is null ? null : PageCursor.Parse(page.NextCursor.ToString());
            pages++;
        }
        while (cursor is not null && pages < 100);

        Assert.Equal(expected, visited);
    }

    [StoreFact]
    public async Task PageAsync_RecordsInsertedBetweenPages_NeitherRepeatNorSkipOthers()
    {
        var (store, ws, all) = await SeedQueryDataAsync();
        var sort = SortSpec.Parse("company,name");
        var comparer = sort.ToComparer();
        var query = new RecordQuery(sort: sort);
        var visited = new List<Lead>();
        var inserted = new List<Lead>();
        PageCursor? cursor = null;
        var round = 0;
        do
        {
            var page = await ReadAsync(store, ws, u => u.Leads.PageAsync(query, 4, cursor));
            visited.AddRange(page.Items);
            cursor = page.NextCursor;
            var early = NewLead($"Aaron Early {round}", "AAA Early Inc");
            var late = NewLead($"Zed Late {round}", "ZZZ Late Inc");
            await AddLeadsAsync(store, ws, early, late);
            inserted.Add(early);
            inserted.Add(late);
            round++;
        }
        while (cursor is not null && round < 100);

        var ids = visited.Select(l => l.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(all, l => Assert.Contains(l.Id, ids));
        for (var i = 1; i < visited.Count; i++)
        {
            Assert.True(comparer.Compare(visited[i - 1], visited[i]) < 0, $"Out of order at {i}: {visited[i - 1]} then {visited[i]}");
        }

        Assert.DoesNotContain(inserted.Where(l => l.CompanyName!.StartsWith("AAA", StringComparison.Ordinal)), l => ids.Contains(l.Id));
        Assert.Contains(inserted.Where(l => l.CompanyName!.StartsWith("ZZZ", StringComparison.Ordinal)), l => ids.Contains(l.Id));
    }

    [StoreFact]
    public async Task QueryAsync_LimitAndCursor_ContinueWhereAPageEnded()
    {
        var (store, ws, all) = await SeedQueryDataAsync();
        var sort = SortSpec.Parse("company:desc,name");
        var expected = all.Order<Lead>(sort.ToComparer()).Select(l => l.Id).ToList();

        var first = await ReadAsync(store, ws, u => u.Leads.PageAsync(new RecordQuery(sort: sort), 4));
        var limited = await ReadAsync(store, ws, u => ToListAsync(u.Leads.QueryAsync(new RecordQuery(sort: sort, limit: 3))));
        var next = await ReadAsync(store, ws, u => ToListAsync(u.Leads.QueryAsync(new RecordQuery(sort: sort, limit: 3, after: first.NextCursor))));
        var rest = await ReadAsync(store, ws, u => ToListAsync(u.Leads.QueryAsync(new RecordQuery(sort: sort, after: first.NextCursor))));

        Assert.Equal(expected.Take(4), first.Items.Select(l => l.Id));
        Assert.Equal(expected.Take(3), limited.Select(l => l.Id));
        Assert.Equal(expected.Skip(4).Take(3), next.Select(l => l.Id));
        Assert.Equal(expected.Skip(4), rest.Select(l => l.Id));
    }

    [StoreFact]
    public async Task PageAsync_LastPage_HasNoCursor()
    {
        var (store, ws, all) = await SeedQueryDataAsync();

        var page = await ReadAsync(store, ws, u => u.Leads.PageAsync(RecordQuery.All, all.Count));
        var empty = await ReadAsync(store, ws, u => u.Leads.PageAsync(new RecordQuery(Filter.Parse("company = \"Nobody\"")), 5));

        Assert.Equal(all.Count, page.Items.Count);
        Assert.Null(page.NextCursor);
        Assert.Empty(empty.Items);
        Assert.Null(empty.NextCursor);
    }

    [StoreFact]
    public async Task PageAsync_PageSizeOutOfRange_Throws()
    {
        var (store, ws) = await NewWorkspaceAsync();

        await using var unit = await store.BeginAsync(ws);
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => unit.Leads.PageAsync(RecordQuery.All, 0));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => unit.Leads.PageAsync(RecordQuery.All, RecordQuery.MaxLimit + 1));
    }

    [StoreFact]
    public async Task Contacts_QueryAndCount_UseTheSameLanguage()
    {
        var (store, ws) = await NewWorkspaceAsync();
        var a = NewContact("Ada Lovelace");
        a.SetCompanyName("Contoso");
        var b = NewContact("Grace Hopper");
        b.AddEmail(EmailEntry.Business("grace@example.org"));
        await InUnitAsync(store, ws, u => u.Contacts.AddAsync([a, b]));

        var contoso = await ReadAsync(store, ws, u => ToListAsync(u.Contacts.QueryAsync(new RecordQuery(Filter.Parse("company = \"CONTOSO\"")))));
        var byEmail = await ReadAsync(store, ws, u => u.Contacts.CountAsync(Filter.Parse("email ends-with \"example.org\"")));
        var sorted = await ReadAsync(store, ws, u => ToListAsync(u.Contacts.QueryAsync(new RecordQuery(sort: SortSpec.Parse("name:desc")))));

        Assert.Equal([a.Id], contoso.Select(c => c.Id));
        Assert.Equal(1, byEmail);
        Assert.Equal([b.Id, a.Id], sorted.Select(c => c.Id));
    }

    private async Task<(ILeadKitStore Store, WorkspaceId Workspace, List<Lead> All)> SeedQueryDataAsync()
    {
        var (store, ws) = await NewWorkspaceAsync();
        var owner = new WorkspaceUser(UserId.New(), "Owner");
        var mixedNumber = new CustomFieldDefinition(RecordKind.Lead, "Mixed", CustomFieldType.WholeNumber);
        var mixedText = new CustomFieldDefinition(RecordKind.Lead, "Mixed", CustomFieldType.Text);
        var mixedDate = new CustomFieldDefinition(RecordKind.Lead, "Mixed", CustomFieldType.Date);
        var mixedBool = new CustomFieldDefinition(RecordKind.Lead, "Mixed", CustomFieldType.YesNo);

        var ada = NewLead("Ada Lovelace", "Contoso");
        ada.AddEmail(EmailEntry.Business("ada@example.com"));
        ada.AddPhone(new PhoneNumber(PhoneKind.Business, "+1 (555) 010-0001"));
        ada.AddAddress(new PostalAddress(AddressKind.Business, city: "London", postalCode: "SW1A 1AA", country: "UK", isMailing: true));
        ada.SetManualScore(4);
        ada.SetSource(new LeadSource("Web"));
        ada.SetRating(new Rating("Hot"));
        ada.CheckCriterion(new CriterionId("budget"), Start);
        ada.SetCustomField(Employees, CustomFieldValue.FromWholeNumber(120));
        ada.SetCustomField(Industry, CustomFieldValue.FromChoice("Software"));
        ada.SetCustomField(Budget, CustomFieldValue.FromCurrency(2500m));
        ada.SetCustomField(mixedNumber, CustomFieldValue.FromWholeNumber(7));
        ada.SetAssignedTo(owner.Id);

        var grace = NewLead("Grace Brewster Hopper", "Fabrikam");
        grace.SetJobTitle("Senior Engineer");
        grace.AddEmail(EmailEntry.Business("grace@example.org"));
        grace.AddEmail(new EmailEntry(EmailKind.Personal, EmailAddress.Parse("amazing.grace@example.net")));
        grace.AddPhone(new PhoneNumber(PhoneKind.Mobile, "+1 555 010 0002"));
        grace.AddAddress(new PostalAddress(AddressKind.Business, city: "Paris", country: "France"));
        grace.AddAddress(new PostalAddress(AddressKind.Home, city: "Arlington", state: "VA", country: "USA"));
        grace.SetSource(new LeadSource("Trade Show"));
        grace.SetRating(new Rating("Warm"));
        grace.SetCustomField(Employees, CustomFieldValue.FromWholeNumber(50));
        grace.SetCustomField(Industry, CustomFieldValue.FromChoice("Health care"));
        grace.SetCustomField(NextCall, CustomFieldValue.FromDate(new LocalDate(2026, 12, 24)));
        grace.SetCustomField(Newsletter, CustomFieldValue.FromYesNo(true));
        grace.SetCustomField(mixedText, CustomFieldValue.FromText("seven"));
        grace.SetComments("Urgent: call back");

        var alan = NewLead("Alan Turing", "contoso");
        alan.SetManualScore(2);
        alan.SetJobTitle("Engineer");
        alan.SetFileAs(FileAsFormat.LastFirst);
        alan.SetSource(new LeadSource("Web"));
        alan.CheckCriterion(new CriterionId("budget"), Start);
        alan.CheckCriterion(new CriterionId("authority"), Start);
        alan.SetCustomField(Employees, CustomFieldValue.FromWholeNumber(5000));
        alan.SetCustomField(Newsletter, CustomFieldValue.FromYesNo(false));
        alan.SetCustomField(Budget, CustomFieldValue.FromCurrency(99.99m));
        alan.SetCustomField(mixedDate, CustomFieldValue.FromDate(new LocalDate(2026, 6, 1)));
        alan.SetInitiatedBy(InitiatedBy.FromUser(owner.Id, "Charles Babbage"));
        alan.SetWebPage(new Uri("https://example.com/alan"));

        var linus = NewLead("Linus Torvalds");
        linus.AddAddress(new PostalAddress(AddressKind.Other, street: "1 Kernel Way"));
        linus.SetManualScore(5);
        linus.SetAutomaticScore();
        linus.LinkAccount(new AccountReference(AccountId.New(), "Acme Holdings"));
        linus.SetAreaOfInterest("Analytical engines and kernels");
        linus.SetCustomField(mixedBool, CustomFieldValue.FromYesNo(true));
        linus.SetCustomField(Budget, CustomFieldValue.FromCurrency(1000.5m));

        var margaret = NewLead("Margaret H. Hamilton", "Apollo");
        margaret.SetManualScore(3);
        margaret.SetRating(new Rating("Cold"));
        margaret.AddEmail(EmailEntry.Business("margaret@example.com"));
        margaret.MarkConverted(Contacts.ContactId.New());
        margaret.SetCustomField(mixedNumber, CustomFieldValue.FromWholeNumber(-3));

        var barbara = NewLead("Barbara Liskov", "Fabrikam");
        barbara.SetSource(new LeadSource("web"));
        barbara.SetJobTitle("Professor");
        barbara.SetCustomField(Employees, CustomFieldValue.FromWholeNumber(50));
        barbara.SetCustomField(Industry, CustomFieldValue.FromChoice("Retail"));
        barbara.SetCustomField(mixedText, CustomFieldValue.FromText("Eight"));

        var edsger = NewLead("Edsger Dijkstra", "Contoso");
        edsger.SetManualScore(3);
        edsger.SetSource(new LeadSource("Web"));

        var plain = NewLead("Zoe");

        // The detail fields (territory, birthday, the do-not-contact flags, the preferred contact method, the active flag).
        ada.SetTerritory("North");
        ada.SetBirthday(new LocalDate(1815, 12, 10));
        ada.SetPreferredContactMethod(PreferredContactMethod.Letter);
        ada.SetDoNotCall(true);
        grace.SetTerritory("south-east");
        grace.SetBirthday(new LocalDate(1906, 12, 9));
        grace.SetPreferredContactMethod(PreferredContactMethod.Email);
        grace.SetDepartment("Research");
        grace.SetPhoneticName(new PhoneticName(last: "Hopper"));
        alan.SetTerritory("north");
        alan.SetBirthday(new LocalDate(1912, 6, 23));
        alan.SetActive(false);
        alan.SetDoNotEmail(true);
        alan.SetPreferredContactMethod(PreferredContactMethod.Phone);
        linus.SetTerritory("West");
        linus.SetBirthday(new LocalDate(1969, 12, 28));
        linus.SetAnniversary(new LocalDate(1996, 1, 1));
        linus.SetDoNotCall(true);
        linus.SetNickname("Tux");
        linus.SetImAddress("linus@im.example.org");
        margaret.SetActive(false);
        margaret.SetDoNotFax(true);
        margaret.SetDoNotCall(true);
        margaret.SetPreferredContactMethod(PreferredContactMethod.Email);
        margaret.SetAnniversary(new LocalDate(1969, 7, 20));
        barbara.SetTerritory("North");
        barbara.SetPhoneticName(new PhoneticName(last: "Liskov"));

        var all = new List<Lead> { ada, grace, alan, linus, margaret, barbara, edsger, plain };
        await InUnitAsync(store, ws, async u =>
        {
            await u.Users.AddAsync(owner);
            await u.Leads.AddAsync(all.Take(4).ToList());
        });
        await AddLeadsAsync(store, ws, [.. all.Skip(4)]);
        var stored = await ReadAsync(store, ws, u => ToListAsync(u.Leads.QueryAsync(RecordQuery.All)));
        return (store, ws, stored);
    }
}
