using LeadKit.Import;
using LeadKit.Leads;

namespace LeadKit.Csv.Tests;

/// <summary>Every shared sample file imported through <see cref="LeadImport"/> on the in-memory store, read in place: counts, fields, what was not imported.</summary>
public sealed class SampleImportTests
{
    [Fact]
    public async Task OutlookEmailColumnsOnly_OneLeadNamedByItsFirstAddress_WithThreeAddresses()
    {
        var ws = await Workspace.CreateAsync();

        var result = await ws.ImportSampleAsync("outlook_email_columns_only.csv");

        Workspace.AssertAccounted(result);
        Assert.Equal(("outlook", 1L, 1L), (result.Format, result.Rows, result.Imported));
        Assert.Empty(result.NotImported);
        var lead = Assert.Single(await ws.LeadsAsync());
        Assert.Equal("test1@domain.tld", lead.Name.FullName);
        Assert.Equal(["test1@domain.tld", "test2@domain.tld", "test3@domain.tld"], lead.Emails.Select(e => e.Address.Value));
        Assert.Equal([("E-mail Address", "email"), ("E-mail 2 Address", "email"), ("E-mail 3 Address", "email")], result.Columns.Select(c => (c.Key, c.Value)));
    }

    [Fact]
    public async Task SalesforceDemoLeads_22Leads_WithTheirFields_AndEveryUnheldColumnReported()
    {
        var ws = await Workspace.CreateAsync();

        var result = await ws.ImportSampleAsync("salesforce_demo_leads.csv");

        Workspace.AssertAccounted(result);
        Assert.Equal(("salesforce", 22L, 22L, 0L, 0L, 0L), (result.Format, result.Rows, result.Imported, result.Merged, result.Skipped, result.Rejected));
        var leads = await ws.LeadsAsync();
        Assert.Equal(22, leads.Count);

        var betty = Assert.Single(leads, l => l.Name.Last == "Bair");
        Assert.Equal(("Ms", "Betty", "Ms Betty Bair"), (betty.Name.Prefix, betty.Name.First, betty.Name.FullName));
        Assert.Equal(("VP, Administration", "American Banking Corp."), (betty.JobTitle, betty.CompanyName));
        Assert.Equal("Purchased List", betty.Source!.Name);
        var email = Assert.Single(betty.Emails);
        Assert.Equal((EmailKind.Business, "bblair@abankingco.com"), (email.Kind, email.Address.Value));
        var phone = Assert.Single(betty.Phones);
        Assert.Equal((PhoneKind.Business, "(610) 265-9100"), (phone.Kind, phone.Number));
        var address = Assert.Single(betty.Addresses);
        Assert.Equal((AddressKind.Business, null, "PA", "USA"), (address.Kind, address.City, address.State, address.Country));
        Assert.Null(betty.Rating);

        var jack = Assert.Single(leads, l => l.Name.Last == "Rogers");
        Assert.Equal("Mr.", jack.Name.Prefix);
        Assert.Equal("Warm", jack.Rating!.Name);
        Assert.Equal([(PhoneKind.Business, "(336) 222-7000"), (PhoneKind.BusinessFax, "(336) 222-8000")], jack.Phones.Select(p => (p.Kind, p.Number)));
        var burlington = Assert.Single(jack.Addresses);
        Assert.Equal(("525 S. Lexington Ave", "Burlington", "NC", "27215", "USA"), (burlington.Street, burlington.City, burlington.State, burlington.PostalCode, burlington.Country));

        Assert.Equal("886-2-25474189", Assert.Single(leads, l => l.Name.Last == "Glimpse").Phones.Single().Number);
        Assert.Equal("Dadio Jr", Assert.Single(leads, l => l.Name.First == "Bill").Name.Last);

        // Nothing is dropped silently: each column no lead field holds is counted, with its first row.
        var lost = result.NotImported.ToDictionary(n => n.Column);
        Assert.Equal(["AnnualRevenue", "CreatedDate", "Id", "Industry", "IsConverted", "NumberOfEmployees", "Status"], lost.Keys.Order(StringComparer.Ordinal));
        Assert.Equal((22L, 2L, "externalId"), (lost["Id"].Count, lost["Id"].FirstRow, lost["Id"].Key));
        Assert.Equal((22L, 2L), (lost["Status"].Count, lost["Status"].FirstRow));
        Assert.Equal((2L, 3L), (lost["Industry"].Count, lost["Industry"].FirstRow));
        Assert.Equal((1L, 20L), (lost["NumberOfEmployees"].Count, lost["NumberOfEmployees"].FirstRow));
        Assert.Contains("read-only", lost["IsConverted"].Reason, StringComparison.Ordinal);
        Assert.Contains("read-only", lost["CreatedDate"].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SalesforceDemoLeads_ImportedTwice_SecondTimeEveryRowIsADuplicate()
    {
        var ws = await Workspace.CreateAsync();
        await ws.ImportSampleAsync("salesforce_demo_leads.csv");

        var again = await ws.ImportSampleAsync("salesforce_demo_leads.csv");

        Workspace.AssertAccounted(again);
        Assert.Equal((22L, 0L, 22L), (again.Rows, again.Imported, again.Skipped));
        Assert.All(again.Outcomes, o => Assert.Contains("duplicate of lead", o.Reason, StringComparison.Ordinal));
        Assert.Equal(22, (await ws.LeadsAsync()).Count);
    }

    [Fact]
    public async Task ThunderbirdPlain_PlaceholderPhonesRejectTheRow_NamingRowAndColumn()
    {
        var ws = await Workspace.CreateAsync();

        var result = await ws.ImportSampleAsync("thunderbird_plain.csv");

        Workspace.AssertAccounted(result);
        Assert.Equal(("thunderbird", 1L, 0L, 1L), (result.Format, result.Rows, result.Imported, result.Rejected));
        var rejected = Assert.Single(result.Rejections);
        Assert.Equal((2L, "Work Phone"), (rejected.Row, rejected.Column));
        Assert.Contains("'phone work' is not a phone number", rejected.Reason, StringComparison.Ordinal);
        Assert.Contains("'mobile' is not a phone number", rejected.Reason, StringComparison.Ordinal);
        Assert.Empty(await ws.LeadsAsync());
    }

    [Fact]
    public async Task ThunderbirdPlain_PhoneColumnsIgnored_ImportsTheRestOfTheRow()
    {
        var ws = await Workspace.CreateAsync();
        var map = FieldMap.Automatic.Ignore("Work Phone").Ignore("Home Phone").Ignore("Fax Number").Ignore("Pager Number").Ignore("Mobile Number");

        var result = await ws.ImportSampleAsync("thunderbird_plain.csv", ImportOptions.Default with { Map = map });

        Workspace.AssertAccounted(result);
        Assert.Equal((1L, 1L), (result.Rows, result.Imported));
        var lead = Assert.Single(await ws.LeadsAsync());
        Assert.Equal(("Displayname", "Firstname", "Lastname"), (lead.Name.FullName, lead.Name.First, lead.Name.Last));
        Assert.Equal("Nick", lead.Nickname);
        Assert.Equal(["test@domain.tld", "next@domain.tld"], lead.Emails.Select(e => e.Address.Value));
        Assert.Equal(("title", "department", "Organization"), (lead.JobTitle, lead.Department, lead.CompanyName));
        Assert.Equal("http://page.com/", lead.WebPage!.ToString());
        Assert.Equal(new NodaTime.LocalDate(1970, 11, 15), lead.Birthday);
        var home = Assert.Single(lead.Addresses, a => a.Kind == AddressKind.Home);
        Assert.Equal(("Priv address", "City", "region", "xx-xxx", "USA"), (home.Street, home.City, home.State, home.PostalCode, home.Country));
        var work = Assert.Single(lead.Addresses, a => a.Kind == AddressKind.Business);
        Assert.Equal(("Addr work", "Wcity", "Wstate", "33-333", "Poland"), (work.Street, work.City, work.State, work.PostalCode, work.Country));

        // The ignored columns and the second web page are reported, never dropped silently.
        Assert.Equal(5, result.NotImported.Count(n => n.Reason.Contains("ignores", StringComparison.Ordinal)));
        var second = Assert.Single(result.NotImported, n => n.Column == "Web Page 2");
        Assert.Contains("one 'webPage'", second.Reason, StringComparison.Ordinal);
    }
}
