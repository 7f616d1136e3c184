using System.Collections.Generic;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using LeadKit.Import.Duplicates;
using LeadKit.Leads;

namespace LeadKit.Benchmarks;

/// <summary>
/// Duplicate matching over 100 000 leads, as an import against a store of the same size does it:
/// key every stored lead, index it, then look every lead up. The baseline is the least a
/// hand-written import would do — lower-case each e-mail address into a <see cref="HashSet{T}"/>
/// and look each up. LeadKit's e-mail rule alone does the same work through
/// <see cref="MatchKeys"/> and <see cref="DuplicateIndex{TId}"/>; the phone rule adds
/// libphonenumber's parse and E.164 format; the name-and-company rule the Unicode normalisation.
/// </summary>
[MemoryDiagnoser]
public class DuplicateKeyBenchmarks
{
    private static readonly string[] First = ["Ann", "Bob", "Chloé", "Dmitri", "Eva", "Farid", "Grace", "Hiro", "Inès", "Jonas", "Zoë", "Łukasz"];
    private static readonly string[] Last = ["Lee", "Martin", "Novák", "O'Brien", "Petit", "Quinn", "Rossi", "Schmidt", "Tanaka", "Ångström"];
    private static readonly string[] Companies = ["Contoso", "Fabrikam, Inc.", "Northwind Traders", "Tailspin Toys Ltd.", "Wingtip GmbH", "Adventure Works Corp."];
    private static readonly string[] PhoneFormats = ["({0}) {1}-{2}", "{0}.{1}.{2}", "+1 {0} {1} {2}", "1-{0}-{1}-{2} x12"];

    private static readonly MatchKeys EmailOnly = new(new DuplicateMatchOptions { Rules = [DuplicateRule.Email] });
    private static readonly MatchKeys PhoneOnly = new(new DuplicateMatchOptions { Rules = [DuplicateRule.Phone] });
    private static readonly MatchKeys NameOnly = new(new DuplicateMatchOptions { Rules = [DuplicateRule.NameAndCompany] });

    private List<Lead> _leads = [];

    /// <summary>Gets the sizes: 100 000 leads (2 000 in CI's smoke run).</summary>
    public static IEnumerable<int> Sizes => BenchmarkSizes.IsSmokeRun ? [2_000] : [100_000];

    [ParamsSource(nameof(Sizes))]
    public int Leads { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _leads = new List<Lead>(Leads);
        for (var i = 0; i < Leads; i++)
        {
            var first = First[i % First.Length];
            var last = Last[(i / First.Length) % Last.Length];
            var lead = Lead.Create(PersonName.FromParts(null, first, null, last + i.ToString(CultureInfo.InvariantCulture), null), SampleLeads.Clock);
            lead.SetCompanyName(Companies[i % Companies.Length]);
            var email = string.Create(CultureInfo.InvariantCulture, $"{(i % 3 == 0 ? "Lead" : "lead")}.{i}@{(i % 2 == 0 ? "Example.COM" : "example.com")}");
            lead.AddEmail(EmailEntry.Business(email));
            var area = (200 + (i % 700)).ToString(CultureInfo.InvariantCulture);
            var exchange = (200 + (i / 700 % 700)).ToString(CultureInfo.InvariantCulture);
            var line = (i % 10_000).ToString("D4", CultureInfo.InvariantCulture);
            lead.AddPhone(new PhoneNumber(PhoneKind.Business, string.Format(CultureInfo.InvariantCulture, PhoneFormats[i % PhoneFormats.Length], area, exchange, line)));
            _leads.Add(lead);
        }
    }

    /// <summary>The hand-written baseline: lower-cased e-mail addresses in a hash set, then one look-up per lead.</summary>
    [Benchmark(Baseline = true, Description = "baseline: lower-cased e-mails in a HashSet, look up each")]
    public int LowerCasedEmailsInHashSet()
    {
        var seen = new HashSet<string>(_leads.Count);
        foreach (var lead in _leads)
        {
            foreach (var email in lead.Emails)
            {
                seen.Add(email.Address.Value.ToLowerInvariant());
            }
        }

        var found = 0;
        foreach (var lead in _leads)
        {
            foreach (var email in lead.Emails)
            {
                found += seen.Contains(email.Address.Value.ToLowerInvariant()) ? 1 : 0;
            }
        }

        return found;
    }

    [Benchmark(Description = "e-mail rule: keys, index, find each")]
    public int EmailRuleIndexAndFind() => IndexAndFind(EmailOnly);

    [Benchmark(Description = "phone rule: keys only (libphonenumber)")]
    public int PhoneKeys() => KeysOnly(PhoneOnly);

    [Benchmark(Description = "name + company rule: keys only")]
    public int NameAndCompanyKeys() => KeysOnly(NameOnly);

    [Benchmark(Description = "all three rules: keys, index, find each")]
    public int AllRulesIndexAndFind() => IndexAndFind(MatchKeys.Default);

    private int KeysOnly(MatchKeys keys)
    {
        var count = 0;
        foreach (var lead in _leads)
        {
            count += keys.For(lead).Count;
        }

        return count;
    }

    /// <summary>
    /// Keys and indexes every lead (the store), then keys every lead again and looks it up (the
    /// file's rows): twice the keying, as the baseline lower-cases every address twice.
    /// </summary>
    private int IndexAndFind(MatchKeys matchKeys)
    {
        var index = new DuplicateIndex<int>(matchKeys);
        for (var i = 0; i < _leads.Count; i++)
        {
            index.Add(i, _leads[i]);
        }

        var found = 0;
        foreach (var lead in _leads)
        {
            found += index.Find(lead).Count;
        }

        return found;
    }
}
