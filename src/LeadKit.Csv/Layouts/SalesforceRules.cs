using System;

namespace LeadKit.Csv.Layouts;

/// <summary>
/// Salesforce Lead records as Data Loader, Workbench or a report export write them: API field names
/// (matched ignoring case, since Data Loader versions upper- or lower-case them), custom fields
/// ending in <c>__c</c> as <c>custom.Name</c>, system columns under <c>salesforce.Name</c>.
/// </summary>
internal sealed class SalesforceRules : LayoutRules
{
    private static readonly string[] SystemColumns =
    [
        "IsDeleted", "MasterRecordId", "Latitude", "Longitude", "GeocodeAccuracy", "Address", "PhotoUrl", "IsUnreadByOwner",
        "ConvertedAccountId", "ConvertedContactId", "ConvertedOpportunityId", "CreatedById", "LastModifiedById", "SystemModstamp",
        "LastActivityDate", "LastViewedDate", "LastReferencedDate", "Jigsaw", "JigsawContactId", "CleanStatus", "CompanyDunsNumber",
        "DandbCompanyId", "EmailBouncedReason", "EmailBouncedDate", "IndividualId", "ActionCadenceId",
    ];

    internal SalesforceRules()
        : base("salesforce", "Salesforce leads", Table())
    {
    }

    public override System.Collections.Generic.IReadOnlyDictionary<string, string> Patterns { get; } =
        new System.Collections.Generic.Dictionary<string, string> { ["{Name}__c"] = "custom.{Name}" };

    protected override ColumnBinding? BindPattern(string header)
    {
        if (header.Length > 3 && header.EndsWith("__c", StringComparison.OrdinalIgnoreCase))
        {
            var key = "custom." + header[..^3];
            return new ColumnBinding(key, 0, ColumnRole.Value, key);
        }

        return null;
    }

    private static (string Header, string Key)[] Table()
    {
        (string, string)[] fields =
        [
            ("Id", "externalId"), ("Salutation", "prefix"), ("FirstName", "first"), ("MiddleName", "middle"), ("LastName", "last"),
            ("Suffix", "suffix"), ("Name", "name"), ("Title", "title"), ("Company", "company"),
            ("Street", "address:business.street"), ("City", "address:business.city"), ("State", "address:business.state"),
            ("PostalCode", "address:business.postalCode"), ("Country", "address:business.country"),
            ("Phone", "phone:business"), ("MobilePhone", "phone:mobile"), ("Fax", "phone:businessFax"), ("Email", "email:business"),
            ("Website", "webPage"), ("Description", "comments"), ("LeadSource", "source"), ("Status", "status"), ("Industry", "industry"),
            ("Rating", "rating"), ("AnnualRevenue", "annualRevenue"), ("NumberOfEmployees", "employees"), ("OwnerId", "owner"),
            ("IsConverted", "converted"), ("ConvertedDate", "convertedDate"), ("CreatedDate", "created"), ("LastModifiedDate", "modified"),
            ("HasOptedOutOfEmail", "emailOptOut"), ("HasOptedOutOfFax", "faxOptOut"), ("DoNotCall", "doNotCall"),
        ];
        return [.. fields, .. Array.ConvertAll(SystemColumns, c => (c, "salesforce." + c))];
    }
}
