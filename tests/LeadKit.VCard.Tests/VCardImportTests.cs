using System.IO;
using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LeadKit.Import;
using LeadKit.Leads;
using LeadKit.Operations;
using LeadKit.Serialization;
using LeadKit.Testing;
using NodaTime;
using NodaTime.Testing;

namespace LeadKit.VCard.Tests;

/// <summary>
/// vCard through the import pipeline (<see cref="VCardImportSource"/> into <see cref="LeadImport"/>,
/// in-memory store) and back out (<see cref="VCardExportTarget"/>): every shared sample with its
/// counts and values, the accounting identity, maps, undo, and properties. A failing property prints
/// FsCheck's replay seed: <c>[Property(Replay = "(seed,gamma)")]</c>.
/// </summary>
public sealed class VCardImportTests
{
    private static readonly FakeClock Clock = new(Instant.FromUtc(2026, 9, 1, 8, 0));

    [Theory]
    [InlineData("ezvcard_John_Doe_ANDROID.vcf", 6, 5, 1)]
    [InlineData("ezvcard_John_Doe_IPHONE.vcf", 1, 1, 0)]
    [InlineData("ezvcard_John_Doe_LOTUS_NOTES.vcf", 1, 1, 0)]
    [InlineData("ezvcard_John_Doe_MS_OUTLOOK.vcf", 1, 1, 0)]
    [InlineData("ezvcard_gmail-single.vcf", 1, 1, 0)]
    [InlineData("ezvcard_issue114.vcf", 1, 1, 0)]
    [InlineData("ezvcard_outlook-2003.vcf", 1, 0, 1)]
    [InlineData("ezvcard_outlook-2007.vcf", 1, 1, 0)]
    [InlineData("ezvcard_rfc2426-example.vcf", 2, 2, 0)]
    [InlineData("ezvcard_rfc6350-example.vcf", 1, 1, 0)]
    [InlineData("ezvcard_thunderbird-MoreFunctionsForAddressBook-extension.vcf", 1, 1, 0)]
    public async Task Import_EachSample_GivesItsCountsAndAccountsForEveryCard(string file, long rows, long imported, long rejected)
    {
        var ws = await ImportWorkspace.CreateAsync();

        var result = await ws.ImportSampleAsync(file);

        Assert.Equal("vcard", result.Format);
        Assert.Equal((rows, imported, 0L, 0L, rejected), (result.Rows, result.Imported, result.Merged, result.Skipped, result.Rejected));
        Assert.Equal(result.Rows, result.Imported + result.Merged + result.Skipped + result.Rejected);
        Assert.Equal(imported, (await ws.LeadsAsync()).Count);
        Assert.Equal((await Samples.ReadAsync(file)).Select(c => (long)c.LineNumber).Where(l => result.Rejections.Any(r => r.Row == l)), result.Rejections.Select(r => r.Row!.Value));
        Assert.All(result.NotImported, n => Assert.True(n.Count > 0 && n.FirstRow >= 1, n.ToString()));
    }

    [Fact]
    public async Task Import_EverySampleInTheFolder_IsCoveredByTheCountsAbove()
    {
        var covered = typeof(VCardImportTests).GetMethod(nameof(Import_EachSample_GivesItsCountsAndAccountsForEveryCard))!
            .GetCustomAttributes(typeof(InlineDataAttribute), false).Cast<InlineDataAttribute>().Select(a => (string)a.GetData(null!).First()[0]);

        Assert.Equal(Samples.All().Select(Path.GetFileName).Order(StringComparer.Ordinal), covered.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Import_Outlook2007_FillsTheDetailFieldsAndReportsTheRest()
    {
        var ws = await ImportWorkspace.CreateAsync();

        var result = await ws.ImportSampleAsync("ezvcard_outlook-2007.vcf");

        var lead = Assert.Single(await ws.LeadsAsync());
        Assert.Equal(new PersonName("Mr. Michael Angstadt Jr.", "Mr.", "Michael", null, "Angstadt", "Jr."), lead.Name);
        Assert.Equal(("TheCompany", "TheDepartment", "TheJobTitle", "TheProfession", "Mike"), (lead.CompanyName, lead.Department, lead.JobTitle, lead.Profession, lead.Nickname));
        Assert.Equal(("TheSpouse", "TheManagerName", "TheAssistantName", "im@aim.com"), (lead.Spouse, lead.ManagerName, lead.AssistantName, lead.ImAddress));
        Assert.Equal((new LocalDate(1922, 3, 10), new LocalDate(2012, 8, 1)), (lead.Birthday, lead.Anniversary));
        Assert.Equal(
            [(PhoneKind.Business, "(111) 555-1111"), (PhoneKind.Home, "(111) 555-2222"), (PhoneKind.Mobile, "(111) 555-4444"), (PhoneKind.BusinessFax, "(111) 555-3333")],
            lead.Phones.Select(p => (p.Kind, p.Number)));
        Assert.Equal(new PostalAddress(AddressKind.Business, "TheOffice\n222 Broadway", null, "New York", "NY", "99999", "USA", isMailing: true), Assert.Single(lead.Addresses));
        Assert.Equal((EmailKind.Other, "mike.angstadt@gmail.com"), (lead.Emails[0].Kind, lead.Emails[0].Address.Value));
        Assert.Equal("http://mikeangstadt.name", lead.WebPage!.OriginalString);
        Assert.StartsWith("This is the NOTE field\t\nI assume", lead.Comments, StringComparison.Ordinal);
        Assert.Equal(("image/jpeg", 2324), (lead.Photo!.MediaType, lead.Photo.Length));
        Assert.Equal(
            ["FBURL", "KEY", "LABEL", "REV", "URL", "X-MS-OL-DEFAULT-POSTAL-ADDRESS", "X-MS-OL-DESIGN", "X-MS-TEL"],
            result.NotImported.Select(n => n.Column).Order(StringComparer.Ordinal));
        Assert.Equal(("webPage", 1L), result.NotImported.Where(n => n.Column == "URL").Select(n => (n.Key!, n.Count)).Single());
        Assert.All(result.NotImported.Where(n => n.Column != "URL"), n => Assert.Null(n.Key));
    }

    [Fact]
    public async Task Import_Gmail_AppleLabelsGiveKindsSpouseAndAnniversary()
    {
        var ws = await ImportWorkspace.CreateAsync();

        var result = await ws.ImportSampleAsync("ezvcard_gmail-single.vcf");

        var lead = Assert.Single(await ws.LeadsAsync());
        Assert.Equal(("Greg Dartmouth", "Greg", "Dartmouth"), (lead.Name.FullName, lead.Name.First, lead.Name.Last));
        Assert.Equal(("Gman", "MySpouse", "123456789"), (lead.Nickname, lead.Spouse, lead.ImAddress));
        Assert.Equal(new PhoneticName("Grregg", "Dart-mowth", null), lead.PhoneticName);
        Assert.Equal((new LocalDate(1960, 9, 10), new LocalDate(1970, 6, 2)), (lead.Birthday, lead.Anniversary));
        Assert.Equal([(PhoneKind.Mobile, "555 555 1111"), (PhoneKind.Other, "555 555 2222")], lead.Phones.Select(p => (p.Kind, p.Number)));
        Assert.Equal(
            [new PostalAddress(AddressKind.Home, "123 Home St\nHome City, HM 12345"), new PostalAddress(AddressKind.Other, "321 Custom St", null, "Custom City", "TX", "98765", "USA")],
            lead.Addresses);
        Assert.EndsWith("ACustomField: CustomField", lead.Comments, StringComparison.Ordinal);
        Assert.Equal([("X-ABLABEL", 4L), ("X-ABRELATEDNAMES", 1L)], result.NotImported.Select(n => (n.Column, n.Count)));
    }

    [Fact]
    public async Task Import_Android_NamesCardsWithoutANameAndRejectsTheDamagedOne()
    {
        var ws = await ImportWorkspace.CreateAsync();

        var result = await ws.ImportSampleAsync("ezvcard_John_Doe_ANDROID.vcf");

        var leads = await ws.LeadsAsync();
        Assert.Contains(leads, l => l.Name.FullName == "john.doe@company.com" && l.Emails.Single().Address.Value == "john.doe@company.com");
        Assert.Contains(leads, l => l.Name.Last == "Ñ Ñ Ñ Ñ" && l.Phones.Single().Number == "123456789");
        Assert.Contains(leads, l => l.Phones.Select(p => p.Number).SequenceEqual(["123456", "234567", "3456789", "45678901"]));
        var rejected = Assert.Single(result.Rejections);
        Assert.Equal((36L, "PHOTO"), (rejected.Row!.Value, rejected.Column));
        Assert.Contains("line 52", rejected.Reason, StringComparison.Ordinal);
        Assert.Contains(result.NotImported, n => n.Column == "CATEGORIES" && n.Key is null && n.Count == 5 && n.FirstRow == 1);
        Assert.Contains(result.NotImported, n => n.Column == "ORG" && n.Key == "company" && n.Count == 2 && n.FirstRow == 71);
    }

    [Fact]
    public async Task Import_LotusNotes_PropertiesTheGuessWouldMisreadAreReportedNotGuessed()
    {
        var ws = await ImportWorkspace.CreateAsync();

        var result = await ws.ImportSampleAsync("ezvcard_John_Doe_LOTUS_NOTES.vcf");

        var lead = Assert.Single(await ws.LeadsAsync());
        Assert.Equal("Mr. Doe John I Johny", lead.Name.FullName);
        Assert.Null(lead.Source);
        Assert.Equal(("IBM", "SUN", "Generic Accountant", "Counting Money", new LocalDate(1980, 5, 21)), (lead.CompanyName, lead.Department, lead.JobTitle, lead.Profession, lead.Birthday));
        Assert.Equal([EmailKind.Business, EmailKind.Business], lead.Emails.Select(e => e.Kind));
        Assert.Contains(result.NotImported, n => n.Column == "SOURCE" && n.Key == "vcard:SOURCE");
        Assert.Contains(result.NotImported, n => n.Column == "NAME" && n.Key == "vcard:NAME");
        Assert.Contains(result.NotImported, n => n.Column == "X-LONG-STRING" && n.Key is null);
    }

    [Fact]
    public async Task Import_Rfc6350_TelUriExtensionAndABirthdayWithoutAYear()
    {
        var ws = await ImportWorkspace.CreateAsync();

        var result = await ws.ImportSampleAsync("ezvcard_rfc6350-example.vcf");

        var lead = Assert.Single(await ws.LeadsAsync());
        Assert.Equal(new PersonName("Simon Perreault", first: "Simon", last: "Perreault", suffix: "ing. jr, M.Sc."), lead.Name);
        Assert.Equal([(PhoneKind.Business, "+1-418-656-9254 x102"), (PhoneKind.Mobile, "+1-418-262-6501")], lead.Phones.Select(p => (p.Kind, p.Number)));
        Assert.Null(lead.Birthday);
        Assert.Equal(new LocalDate(2009, 8, 8), lead.Anniversary);
        Assert.Contains(result.NotImported, n => n.Column == "BDAY" && n.Key is null);
    }

    [Fact]
    public async Task Import_Outlook2003_TelWordsRejectTheCard_AndAMapThatIgnoresTelLetsItIn()
    {
        var ws = await ImportWorkspace.CreateAsync();

        var rejected = await ws.ImportSampleAsync("ezvcard_outlook-2003.vcf");
        var imported = await ws.ImportSampleAsync("ezvcard_outlook-2003.vcf", ImportOptions.Default with { Map = FieldMap.Automatic.Ignore("TEL") });

        var failure = Assert.Single(rejected.Rejections);
        Assert.Equal((1L, "TEL"), (failure.Row!.Value, failure.Column));
        Assert.Contains("'BusinessPhone' is not a phone number", failure.Reason, StringComparison.Ordinal);
        Assert.Equal(1, imported.Imported);
        Assert.Contains(imported.NotImported, n => n.Column == "TEL" && n.Count == 4 && n.Reason == "the field map ignores this column");
        var lead = Assert.Single(await ws.LeadsAsync());
        Assert.Equal(new PersonName("John Doe III", "Mr.", "John", null, "Doe", "III"), lead.Name);
        Assert.Equal(("Company, The", "TheDepartment", "The Job Title", "TheProfession", "Joey"), (lead.CompanyName, lead.Department, lead.JobTitle, lead.Profession, lead.Nickname));
        Assert.Equal(new LocalDate(1980, 3, 21), lead.Birthday);
        Assert.Equal("This is the note field!!\nSecond line\n\nThird line is empty", lead.Comments);
    }

    [Fact]
    public async Task Import_AMapSendsAPropertyWithNoPlaceToACustomFieldOrAnother()
    {
        var ws = await ImportWorkspace.CreateAsync();
        var file = Encoding.UTF8.GetBytes("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Lee\r\nX-MS-MANAGER:Bob\r\nX-TERRITORY:North\r\nEND:VCARD\r\n");

        var result = await ws.ImportAsync(file, ImportOptions.Default with { Map = FieldMap.Automatic.Map("X-TERRITORY", "territory").Map("X-MS-MANAGER", "assistant") });

        var lead = Assert.Single(await ws.LeadsAsync());
        Assert.Equal(("North", "Bob", null), (lead.Territory, lead.AssistantName, lead.ManagerName));
        Assert.Empty(result.NotImported);
    }

    [Fact]
    public async Task Import_ASecondImportOfTheSameFile_SkipsEveryCardAsADuplicate()
    {
        var ws = await ImportWorkspace.CreateAsync();
        await ws.ImportSampleAsync("ezvcard_rfc2426-example.vcf");

        var again = await ws.ImportSampleAsync("ezvcard_rfc2426-example.vcf");

        Assert.Equal((2L, 0L, 2L), (again.Rows, again.Imported, again.Skipped));
        Assert.All(again.Outcomes, o => Assert.Contains("duplicate of lead", o.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Import_ACardTheReaderCouldNotReadFaithfully_IsRejectedNamingTheLine()
    {
        var ws = await ImportWorkspace.CreateAsync();
        var file = Encoding.UTF8.GetBytes("BEGIN:VCARD\r\nFN:No Version\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ann Lee\r\nthis line has no colon\r\nEND:VCARD\r\n");

        var result = await ws.ImportAsync(file);

        Assert.Equal((2L, 1L, 1L), (result.Rows, result.Imported, result.Rejected));
        var rejected = Assert.Single(result.Rejections);
        Assert.Equal(4L, rejected.Row);
        Assert.Contains("line 7", rejected.Reason, StringComparison.Ordinal);
        Assert.Equal("No Version", Assert.Single(await ws.LeadsAsync()).Name.FullName);
    }

    [Fact]
    public async Task Import_NotAVCardFile_ThrowsTheFormatExceptionAndWritesNothing()
    {
        var ws = await ImportWorkspace.CreateAsync();

        var e = await Assert.ThrowsAsync<VCardFormatException>(() => ws.ImportAsync(Encoding.UTF8.GetBytes("name,email\r\nAnn,ann@example.com\r\n")));

        Assert.Equal(VCardFormatError.NotAVCard, e.Error);
        Assert.Empty(await ws.LeadsAsync());
    }

    [Fact]
    public async Task Import_ALimitOfTheReaderOptions_ThrowsNamingTheLineAndWritesNothing()
    {
        var ws = await ImportWorkspace.CreateAsync();

        var e = await Assert.ThrowsAsync<VCardFormatException>(() => ws.ImportAsync(Samples.Bytes("ezvcard_rfc2426-example.vcf"), readerOptions: new VCardReaderOptions { MaxCards = 1 }));

        Assert.Equal(VCardFormatError.TooManyCards, e.Error);
        Assert.InRange(e.LineNumber, 12, 20);
        Assert.Empty(await ws.LeadsAsync());
    }

    [Fact]
    public async Task Import_ThenUndo_RestoresTheStore()
    {
        var ws = await ImportWorkspace.CreateAsync();
        var existing = Lead.Create(PersonName.Parse("Existing Person"), Clock);
        await ws.AddAsync([existing]);
        var before = await ws.LeadsAsync();

        var result = await ws.ImportSampleAsync("ezvcard_John_Doe_ANDROID.vcf");
        Assert.Equal(6, (await ws.LeadsAsync()).Count);
        var undo = await ws.UndoAsync(result);

        Assert.Equal(OutcomeStatus.Deleted, undo.Report.Outcomes.Select(o => o.Status).Distinct().Single());
        var after = await ws.LeadsAsync();
        Assert.Equal(before.Select(l => (l.Id, l.Version)), after.Select(l => (l.Id, l.Version)));
        Assert.Empty(RecordComparer.Differences(before[0], after[0]));
    }

    [Fact]
    public async Task Import_WithUpdate_MergesTheDetailFieldsIntoTheStoredLead_AndUndoRestoresIt()
    {
        var ws = await ImportWorkspace.CreateAsync();
        var stored = Lead.Create(PersonName.Parse("Mike A"), Clock);
        stored.AddEmail(new EmailEntry(EmailKind.Business, EmailAddress.Parse("mike.angstadt@gmail.com")));
        await ws.AddAsync([stored]);
        var before = Assert.Single(await ws.LeadsAsync());

        var result = await ws.ImportSampleAsync("ezvcard_outlook-2007.vcf", ImportOptions.Default with { Duplicates = DuplicatePolicy.Update });

        Assert.Equal(1, result.Merged);
        var merged = Assert.Single(await ws.LeadsAsync());
        Assert.Equal(("Mike A", "TheSpouse", "TheDepartment"), (merged.Name.FullName, merged.Spouse, merged.Department));
        await ws.UndoAsync(result);
        var differences = RecordComparer.Differences(before, Assert.Single(await ws.LeadsAsync())).Where(d => !d.StartsWith("Version", StringComparison.Ordinal) && !d.StartsWith("Modified", StringComparison.Ordinal));
        Assert.True(!differences.Any(), string.Join("\n", differences));
    }

    /// <summary>The import and <see cref="VCardLeadMapping.ToLead"/> share one card → keyed values step: on every sample card the import takes, they make the same lead.</summary>
    [Fact]
    public async Task ImportAndToLead_OnEverySampleCard_MakeTheSameLead()
    {
        foreach (var file in Samples.All())
        {
            foreach (var card in await Samples.ReadAsync(file))
            {
                var ws = await ImportWorkspace.CreateAsync();
                var result = await ws.ImportAsync(Encoding.UTF8.GetBytes(VCardWriter.Write(card, card.Version)));
                if (result.Imported == 0)
                {
                    continue;
                }

                var imported = Assert.Single(await ws.LeadsAsync());
                var mapped = VCardLeadMapping.ToLead(card, Clock).Lead!;
                var difference = VCardFieldsDiffer(mapped, imported);
                Assert.True(difference is null, $"{Path.GetFileName(file)} line {card.LineNumber}: {difference}");
            }
        }
    }

    [Property(MaxTest = 60)]
    public Property ExportThenImport_Version40_ReproducesTheVCardFields() => ExportThenImport(VCardVersion.Version40);

    [Property(MaxTest = 60)]
    public Property ExportThenImport_Version30_ReproducesTheVCardFields() => ExportThenImport(VCardVersion.Version30);

    [Property(MaxTest = 60)]
    public Property ExportThenImport_Version21_ReproducesTheVCardFields() => ExportThenImport(VCardVersion.Version21);

    /// <summary>Every field vCard holds comes back from ToVCard → write → read → ToLead, in every version, with no issue.</summary>
    [Property(MaxTest = 200)]
    public Property ToVCardThenToLead_ReproducesTheVCardFields() =>
        Prop.ForAll(LeadKitGenerators.Lead().ToArbitrary(), Gen.Elements(Enum.GetValues<VCardVersion>()).ToArbitrary(), (lead, version) =>
        {
            var text = VCardWriter.Write(VCardLeadMapping.ToVCard(lead, version), version);

            var result = VCardLeadMapping.ToLead(Assert.Single(VCardReader.Parse(text)), Clock);

            Assert.True(result.Issues.Count == 0, string.Join("\n", result.Issues) + "\n" + text);
            var difference = VCardFieldsDiffer(lead, result.Lead!);
            Assert.True(difference is null, difference + "\n" + text);
        });

    [Property(MaxTest = 150)]
    public Property Import_DamagedSamples_ThrowNothingButALeadKitException()
    {
        var files = Samples.All().ToArray();
        var damaged =
            from file in Gen.Elements(files)
            from cuts in Gen.Choose(1, 6).SelectMany(n => Gen.ListOf(Gen.Zip(Gen.Choose(0, 1 << 16), Gen.Choose(0, 40)), n))
            from noise in Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b))
            select VCardPropertyTests.Damage(File.ReadAllBytes(file), cuts, noise);
        return Prop.ForAll(damaged.ToArbitrary(), bytes => ImportsOrThrowsLeadKitException(bytes));
    }

    [Property(MaxTest = 150)]
    public Property Import_Garbage_ThrowsNothingButALeadKitException()
    {
        var soup =
            from lines in Gen.ListOf(Gen.OneOf(
                Gen.Elements("BEGIN:VCARD", "END:VCARD", "VERSION:2.1", "VERSION:4.0", "FN:Ann", "N:;;;;", "EMAIL:x", "TEL:tel:;ext=", "ADR:;;;;;;", "BDAY:--00", "PHOTO;ENCODING=b:@@", "ORG:;;", "X-ABLABEL:_$!<Spouse>!$_", "item1.X-ABRELATEDNAMES:", " folded", "=", "URL:http://", "NOTE;ENCODING=QUOTED-PRINTABLE:=C3=", "FN:Ann\uFFFE", "N:Lee\uFFFF;Ann;;;", "ORG:\uFFFEAcme", "EMAIL:ann\uFFFE@example.com"),
                VCardGenerators.Text()))
            select Encoding.UTF8.GetBytes(string.Join("\r\n", lines));
        var bytes = Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b));
        return Prop.ForAll(Gen.OneOf(soup, bytes).ToArbitrary(), b => ImportsOrThrowsLeadKitException(b));
    }

    private static Property ExportThenImport(VCardVersion version) =>
        Prop.ForAll(LeadKitGenerators.Lead().ToArbitrary(), generated =>
        {
            var lead = AsNew(generated);
            var from = ImportWorkspace.CreateAsync().GetAwaiter().GetResult();
            from.AddAsync([lead]).GetAwaiter().GetResult();
            var file = from.ExportAsync(version).GetAwaiter().GetResult();

            var to = ImportWorkspace.CreateAsync().GetAwaiter().GetResult();
            var result = to.ImportAsync(file, ImportOptions.Default with { Duplicates = DuplicatePolicy.Import }).GetAwaiter().GetResult();

            var text = Encoding.UTF8.GetString(file);
            Assert.True(result.Imported == 1, string.Join("\n", result.Outcomes) + "\n" + text);
            Assert.True(result.NotImported.Count == 0, string.Join("\n", result.NotImported) + "\n" + text);
            var difference = VCardFieldsDiffer(lead, Assert.Single(to.LeadsAsync().GetAwaiter().GetResult()));
            Assert.True(difference is null, difference + "\n" + text);
        });

    private static void ImportsOrThrowsLeadKitException(byte[] bytes)
    {
        var ws = ImportWorkspace.CreateAsync().GetAwaiter().GetResult();
        try
        {
            var result = ws.ImportAsync(bytes).GetAwaiter().GetResult();
            Assert.Equal(result.Rows, result.Imported + result.Merged + result.Skipped + result.Rejected);
        }
        catch (LeadKitException)
        {
            // A file that cannot be read at all: a typed error.
        }
    }

    /// <summary>
    /// The fields vCard holds, compared: the name (full and parts), company, department, job title,
    /// profession, manager, assistant, nickname, phonetic names, spouse, IM address, birthday,
    /// anniversary, e-mail addresses (kind and address: vCard has no display name), phone numbers
    /// (kind and number), postal addresses (every part, the kind, the mailing flag), web page,
    /// comments and photo; line breaks as \n. Returns the first difference, or null.
    /// </summary>
    private static string? VCardFieldsDiffer(ContactRecord expected, ContactRecord actual)
    {
        var fields = new (string Name, object? Expected, object? Actual)[]
        {
            ("Name", expected.Name, actual.Name),
            ("CompanyName", expected.CompanyName, actual.CompanyName),
            ("Department", expected.Department, actual.Department),
            ("JobTitle", expected.JobTitle, actual.JobTitle),
            ("Profession", expected.Profession, actual.Profession),
            ("ManagerName", expected.ManagerName, actual.ManagerName),
            ("AssistantName", expected.AssistantName, actual.AssistantName),
            ("Nickname", expected.Nickname, actual.Nickname),
            ("PhoneticName", expected.PhoneticName, actual.PhoneticName),
            ("Spouse", expected.Spouse, actual.Spouse),
            ("ImAddress", expected.ImAddress, actual.ImAddress),
            ("Birthday", expected.Birthday, actual.Birthday),
            ("Anniversary", expected.Anniversary, actual.Anniversary),
            ("Emails", string.Join(" | ", expected.Emails.Select(e => $"{e.Kind}:{e.Address}")), string.Join(" | ", actual.Emails.Select(e => $"{e.Kind}:{e.Address}"))),
            ("Phones", string.Join(" | ", expected.Phones.Select(p => $"{p.Kind}:{p.Number}")), string.Join(" | ", actual.Phones.Select(p => $"{p.Kind}:{p.Number}"))),
            ("Addresses", string.Join(" | ", expected.Addresses.Select(Show)), string.Join(" | ", actual.Addresses.Select(Show))),
            ("WebPage", expected.WebPage?.OriginalString, actual.WebPage?.OriginalString),
            ("Comments", Lf(expected.Comments), actual.Comments),
            ("Photo", expected.Photo, actual.Photo),
        };
        return fields.Where(f => !Equals(f.Expected, f.Actual)).Select(f => $"{f.Name}: expected <{f.Expected}>, actual <{f.Actual}>").FirstOrDefault();

        static string Show(PostalAddress a) => $"{a.Kind}:{Lf(a.Street)};{a.PoBox};{a.City};{a.State};{a.PostalCode};{a.Country};{a.IsMailing}";
    }

    private static string? Lf(string? text) => text?.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    /// <summary>A generated lead as a new one (version 0, no references to other workspaces' users or accounts).</summary>
    private static Lead AsNew(Lead lead)
    {
        var node = JsonSerializer.SerializeToNode(lead, LeadKitJsonOptions.Default)!.AsObject();
        node["version"] = 0;
        node.Remove("modifiedBy");
        node["modifiedAt"] = node["createdAt"]?.DeepClone();
        node.Remove("convertedTo");
        var copy = node.Deserialize<Lead>(LeadKitJsonOptions.Default)!;
        copy.SetAssignedTo(null);
        copy.SetInitiatedBy(null);
        copy.LinkAccount(null);
        return copy;
    }
}
