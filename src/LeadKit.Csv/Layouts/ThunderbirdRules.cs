using System;
using System.Globalization;
using System.Linq;

namespace LeadKit.Csv.Layouts;

/// <summary>
/// Mozilla Thunderbird's address book export (CSV, "comma separated"). Its header ends with a
/// comma, so the last column has a blank name; the birthday comes in three columns, which the
/// normaliser joins into one <c>birthday</c> (<c>yyyy-MM-dd</c>, or <c>--MM-dd</c> without a year).
/// </summary>
internal sealed class ThunderbirdRules : LayoutRules
{
    internal ThunderbirdRules()
        : base("thunderbird", "Mozilla Thunderbird", Table())
    {
    }

    protected override (string Key, string Value)? Adjust(string key, int group, string value, CsvRow row, ColumnBinding?[] columns)
    {
        if (key is not ("birthday.year" or "birthday.month" or "birthday.day"))
        {
            return (key, value);
        }

        // The three parts give one value, at the first of them that has one.
        var year = CellOf(row, columns, "birthday.year", 0)?.Trim() ?? string.Empty;
        var month = CellOf(row, columns, "birthday.month", 0)?.Trim() ?? string.Empty;
        var day = CellOf(row, columns, "birthday.day", 0)?.Trim() ?? string.Empty;
        var first = year.Length > 0 ? "birthday.year" : month.Length > 0 ? "birthday.month" : "birthday.day";
        if (key != first)
        {
            return null;
        }

        if (int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 12
            && int.TryParse(day, NumberStyles.None, CultureInfo.InvariantCulture, out var d) && d is >= 1 and <= 31)
        {
            var monthDay = string.Create(CultureInfo.InvariantCulture, $"{m:00}-{d:00}");
            return int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1 and <= 9999
                ? ("birthday", string.Create(CultureInfo.InvariantCulture, $"{y:0000}-{monthDay}"))
                : ("birthday", "--" + monthDay);
        }

        // Not a date the parts make: keep what was written, for the import to report.
        return ("birthday", string.Join('-', new[] { year, month, day }.Where(p => p.Length > 0)));
    }

    private static (string Header, string Key)[] Table() =>
    [
        ("First Name", "first"), ("Last Name", "last"), ("Display Name", "name"), ("Nickname", "nickname"),
        ("Primary Email", "email|1"), ("Secondary Email", "email|2"), ("Screen Name", "im"),
        ("Work Phone", "phone:business"), ("Home Phone", "phone:home"), ("Fax Number", "phone:businessFax"),
        ("Pager Number", "phone:pager"), ("Mobile Number", "phone:mobile"),
        ("Home Address", "address:home.street"), ("Home Address 2", "address:home.street2"), ("Home City", "address:home.city"),
        ("Home State", "address:home.state"), ("Home ZipCode", "address:home.postalCode"), ("Home Country", "address:home.country"),
        ("Work Address", "address:business.street"), ("Work Address 2", "address:business.street2"), ("Work City", "address:business.city"),
        ("Work State", "address:business.state"), ("Work ZipCode", "address:business.postalCode"), ("Work Country", "address:business.country"),
        ("Job Title", "title"), ("Department", "department"), ("Organization", "company"),
        ("Web Page 1", "webPage"), ("Web Page 2", "webPage:personal"),
        ("Birth Year", "birthday.year"), ("Birth Month", "birthday.month"), ("Birth Day", "birthday.day"),
        ("Custom 1", "user1"), ("Custom 2", "user2"), ("Custom 3", "user3"), ("Custom 4", "user4"), ("Notes", "comments"),
    ];
}
