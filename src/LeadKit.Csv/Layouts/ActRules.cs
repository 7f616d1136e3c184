namespace LeadKit.Csv.Layouts;

/// <summary>
/// ACT! (Sage ACT!, Act!) contacts exported as text-delimited with field names. The column order is
/// the user's, so only names count; ACT! writes "Phone Ext-" for the field "Phone Ext." and its
/// "Title" is the job title (unlike Outlook's).
/// </summary>
internal sealed class ActRules : LayoutRules
{
    internal ActRules()
        : base("act", "ACT!", Table())
    {
    }

    private static (string Header, string Key)[] Table() =>
    [
        ("Contact", "name"), ("Company", "company"), ("First Name", "first"), ("Middle Name", "middle"), ("Last Name", "last"),
        ("Surname", "last"), ("Name Prefix", "prefix"), ("Name Suffix", "suffix"), ("Salutation", "salutation"), ("Title", "title"),
        ("Department", "department"),
        ("Phone", "phone:business"), ("Phone Ext-", "phone:business.extension"), ("Phone Ext.", "phone:business.extension"), ("Extension", "phone:business.extension"),
        ("Fax", "phone:businessFax"), ("Fax Phone", "phone:businessFax"), ("Fax Extension", "phone:businessFax.extension"),
        ("Mobile Phone", "phone:mobile"), ("Mobile Extension", "phone:mobile.extension"),
        ("Home Phone", "phone:home"), ("Home Extension", "phone:home.extension"),
        ("Alt Phone", "phone:other"), ("Alternate Phone", "phone:other"), ("Alternate Extension", "phone:other.extension"),
        ("Pager Phone", "phone:pager"), ("Pager Extension", "phone:pager.extension"), ("Car Phone", "phone:car"),
        ("Asst. Phone", "phone:assistant"), ("Assistant", "assistant"),
        ("E-mail", "email:business|1"), ("E-mail Login", "email:business|2"), ("E-Mail 2", "email|3"),
        ("Web Site", "webPage"),
        ("Address", "address:business.street"), ("Address 1", "address:business.street"), ("Address 2", "address:business.street2"),
        ("Address 3", "address:business.street3"), ("City", "address:business.city"), ("State", "address:business.state"),
        ("Zip", "address:business.postalCode"), ("ZIP Code", "address:business.postalCode"), ("Country", "address:business.country"),
        ("Home Address 1", "address:home.street"), ("Home Address 2", "address:home.street2"), ("Home Address 3", "address:home.street3"),
        ("Home City", "address:home.city"), ("Home State", "address:home.state"), ("Home Zip", "address:home.postalCode"),
        ("Home ZIP Code", "address:home.postalCode"), ("Home Country", "address:home.country"),
        ("ID/Status", "categories"), ("Referred By", "referredBy"), ("Birth Date", "birthday"), ("Birthday", "birthday"),
        ("Spouse", "spouse"), ("Messenger ID", "im"), ("Owner", "owner"), ("Record Manager", "owner"),
        ("Notes", "comments"), ("Comments", "comments"), ("Create Date", "created"), ("Edit Date", "modified"),
        ("Industry", "industry"), ("Hobbies", "hobby"),
        ("User 1", "user1"), ("User 2", "user2"), ("User 3", "user3"), ("User 4", "user4"), ("User 5", "user5"),
        ("User 6", "user6"), ("User 7", "user7"), ("User 8", "user8"), ("User 9", "user9"), ("User 10", "user10"),
    ];
}
