using System.IO;

namespace LeadKit.Csv.Tests;

/// <summary>Every shared sample file, read in place: layout, row count and selected cells.</summary>
public sealed class SampleFileTests
{
    private static async Task<(Csv.Table Table, CsvLayoutMatch Match)> ReadSampleAsync(string name)
    {
        await using var file = File.OpenRead(Path.Combine(Csv.SamplesFolder, name));
        var table = await Csv.ReadAsync(file);
        return (table, CsvLayouts.Detect(table.Header));
    }

    [Fact]
    public void SamplesFolder_HoldsTheThreeSamples()
    {
        var names = Directory.GetFiles(Csv.SamplesFolder, "*.csv").Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal<string>(["outlook_email_columns_only.csv", "salesforce_demo_leads.csv", "thunderbird_plain.csv"], names);
    }

    [Fact]
    public async Task OutlookEmailColumnsOnly_IsOutlook_WithThreeAddressesInGroups()
    {
        var (table, match) = await ReadSampleAsync("outlook_email_columns_only.csv");

        Assert.Same(CsvLayouts.Outlook, match.Layout);
        Assert.Equal(1.0, match.Confidence);
        Assert.Equal(',', table.Delimiter);
        var row = Assert.Single(table.Rows);
        Assert.Equal(2, row.RowNumber);
        Assert.Equal("test2@domain.tld", row["E-mail 2 Address"]);
        var values = match.Layout.Normalize(row);
        Assert.Equal(
            [("email", "test1@domain.tld", 1), ("email", "test2@domain.tld", 2), ("email", "test3@domain.tld", 3)],
            values.Select(v => (v.Key, v.Value, v.Group)));
    }

    [Fact]
    public async Task SalesforceDemoLeads_IsSalesforce_With22LeadsAndQuotedCommas()
    {
        var (table, match) = await ReadSampleAsync("salesforce_demo_leads.csv");

        Assert.Same(CsvLayouts.Salesforce, match.Layout);
        Assert.Equal(1.0, match.Confidence);
        Assert.Contains("LeadSource", match.DistinctiveHeaders);
        Assert.Equal(22, table.Header.Count);
        Assert.Equal(22, table.Rows.Count);
        Assert.Equal(Enumerable.Range(2, 22).Select(n => (long)n), table.Rows.Select(r => r.RowNumber));
        Assert.All(table.Rows, r => Assert.Empty(r.Problems));

        var betty = table.Rows[0];
        Assert.Equal("VP, Administration", betty["Title"]);
        Assert.Equal("bblair@abankingco.com", betty["Email"]);
        var values = match.Layout.Normalize(betty).ToDictionary(v => v.Key, v => v.Value);
        Assert.Equal("Ms", values["prefix"]);
        Assert.Equal("Betty", values["first"]);
        Assert.Equal("Bair", values["last"]);
        Assert.Equal("VP, Administration", values["title"]);
        Assert.Equal("(610) 265-9100", values["phone:business"]);
        Assert.Equal("PA", values["address:business.state"]);
        Assert.Equal("Purchased List", values["source"]);
        Assert.False(values.ContainsKey("address:business.city"));   // blank cells give no value

        var jeff = table.Rows.Single(r => r["LastName"] == "Glimpse");
        Assert.Equal("886-2-25474189", jeff["Phone"]);
        Assert.Equal("Taiwan", jeff["Country"]);
    }

    [Fact]
    public async Task ThunderbirdPlain_IsThunderbird_TrailingBlankColumnAndBirthdayJoined()
    {
        var (table, match) = await ReadSampleAsync("thunderbird_plain.csv");

        Assert.Same(CsvLayouts.Thunderbird, match.Layout);
        Assert.Equal(1.0, match.Confidence);
        Assert.Equal(38, table.Header.Count);
        Assert.Equal("#38", table.Header.Keys[37]);           // the header ends with a comma
        var row = Assert.Single(table.Rows);
        Assert.Equal(2, row.RowNumber);
        Assert.Equal("Displayname", row["Display Name"]);
        var values = match.Layout.Normalize(row).ToLookup(v => v.Key, v => v.Value);
        Assert.Equal("1970-11-15", Assert.Single(values["birthday"]));
        Assert.Equal(["test@domain.tld", "next@domain.tld"], values["email"]);
        Assert.Equal("mobile", Assert.Single(values["phone:mobile"]));
        Assert.Equal("Wcity", Assert.Single(values["address:business.city"]));
        Assert.Equal("http://page.com", Assert.Single(values["webPage"]));
    }
}
