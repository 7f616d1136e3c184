// A tour of LeadKit's public API: build a few leads and print them in LeadKit's JSON format.
using System;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using LeadKit.CustomFields;
using LeadKit.Leads;
using LeadKit.Scoring;
using LeadKit.Serialization;
using NodaTime;

var clock = SystemClock.Instance;
var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull("Europe/Paris") ?? DateTimeZoneProviders.Tzdb.GetSystemDefault();
var culture = CultureInfo.GetCultureInfo("fr-FR");

// The database's configuration: a user-defined field for leads, and a scoring criterion.
var region = new CustomFieldDefinition(RecordKind.Lead, "Region", CustomFieldType.Choice, choices: ["EMEA", "Americas", "APAC"]);
var budgetConfirmed = new CriterionId("budget-confirmed");

var ann = Lead.Create(PersonName.FromParts("Dr.", "Ann", "Marie", "Lee", null), clock);
ann.SetJobTitle("Head of Purchasing");
ann.SetCompanyName("Contoso SA");
ann.AddEmail(EmailEntry.Business("ann.lee@contoso.example", "Ann Lee (Business)"));
ann.AddEmail(new EmailEntry(EmailKind.Personal, EmailAddress.Parse("ann@example.org")));
ann.AddPhone(new PhoneNumber(PhoneKind.Business, "+33 4 72 00 00 00 ext. 12"));
ann.AddPhone(new PhoneNumber(PhoneKind.Mobile, "+33 6 12 34 56 78"));
ann.AddAddress(new PostalAddress(AddressKind.Business, "1 rue de la République", city: "Lyon", postalCode: "69002", country: "France", isMailing: true));
ann.SetSource(new LeadSource("Trade Show"));
ann.SetRating(new Rating("Good"));
ann.SetCustomField(region, CustomFieldValue.FromChoice("EMEA"));
ann.CheckCriterion(budgetConfirmed, clock.GetCurrentInstant());
ann.AddTimestamp(clock, zone, culture);
ann.AppendComment("Met at the Lyon trade show; wants a demo of the tablets.");

var bo = Lead.Create(PersonName.Parse("Chen, Bo"), clock);
bo.SetCompanyName("Fabrikam Inc.");
bo.AddEmail(EmailEntry.Business("bo.chen@fabrikam.example"));
bo.AddAddress(new PostalAddress(AddressKind.Home, city: "Seattle", state: "WA", country: "USA", isMailing: true));
bo.SetSource(new LeadSource("Web"));
bo.SetRating(new Rating("Average"));
bo.SetCustomField(region, CustomFieldValue.FromChoice("Americas"));
bo.SetManualScore(3);
bo.AddTimestamp(clock, zone, culture);
bo.AppendComment("Asked for a quote through the web form.");

var cy = Lead.Create(PersonName.Parse("Cy Diaz"), clock);
cy.AddPhone(new PhoneNumber(PhoneKind.Mobile, "+34 600 00 00 00"));

// ConfigureForLeadKit adds LeadKit's converters and NodaTime's; indented output for reading, and
// accented letters and '+' written as they are (this goes to a console, not into an HTML page).
var options = new JsonSerializerOptions
{
    WriteIndented = true,
    Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
}.ConfigureForLeadKit();

Lead[] leads = [ann, bo, cy];
var json = JsonSerializer.Serialize(leads, options);
Console.WriteLine(json);

// Reading goes back through the domain's API, so the copies are valid leads again.
var copies = JsonSerializer.Deserialize<Lead[]>(json, options) ?? [];
Console.Error.WriteLine($"Read back {copies.Length} leads; the first is {copies[0].Name} ({copies[0].FileAs}).");
