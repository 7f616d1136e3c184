using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LeadKit.Import.Duplicates;
using LeadKit.Leads;
using LeadKit.Testing;
using PhoneNumbers;

namespace LeadKit.Tests.Import.Duplicates;

/// <summary>
/// The laws of duplicate matching: keys do not see case, white space or accents; sharing a key is
/// symmetric; the index's answer depends on the keys alone (and on insertion order only for ties,
/// as documented); a record finds itself; keys of different rules never meet. A failure prints
/// FsCheck's replay seed: <c>[Property(Replay = "(seed,gamma)")]</c> (docs/property-testing.md).
/// </summary>
[Properties(Arbitrary = new[] { typeof(LeadKitArbitraries) }, MaxTest = 300)]
public sealed class DuplicatePropertyTests
{
    private static readonly MatchKeys Keys = MatchKeys.Default;

    private static readonly string[] CompanyWords =
    [
        "Acme", "Contoso", "Fabrikam", "Müller", "Söhne", "Straße", "Ærø", "Fisk", "Łódź", "Zoë's", "Café", "O'Reilly", "İstanbul",
        "株式会社テスト", "Ромашка", "Ελλάδα", "Ÿ", "Ǆemal", "ﬁnance", "Ⅻ", "R&D", "A/S", "—", "Smith-Jones", "naïve", "Media",
    ];

    private static readonly string[] LegalForms = ["", "", "Inc.", "Inc", "LLC", "Ltd", "Limited", "GmbH", "AG", "S.A.", "SARL", "B.V.", "NV", "plc", "Corp.", "Corporation", "Co.", "Co., Ltd."];

    /// <summary>Company names as people type them: one to three words, perhaps a comma, perhaps a legal form.</summary>
    private static readonly Gen<string> CompanyText =
        from n in Gen.Choose(1, 3)
        from words in Gen.ArrayOf(Gen.Elements(CompanyWords), n)
        from comma in Gen.Elements(" ", ", ", " & ")
        from form in Gen.Elements(LegalForms)
        select form.Length == 0 ? string.Join(' ', words) : string.Join(' ', words) + comma + form;

    /// <summary>How a text may be retyped without changing who it names.</summary>
    private static readonly Gen<Retyping> Retypings =
        from casing in Gen.Elements(Casing.AsIs, Casing.Upper, Casing.Lower, Casing.Alternating)
        from stripAccents in Gen.Elements(false, true)
        from decompose in Gen.Elements(false, true)
        from spaces in Gen.Elements(" ", "  ", "\t", " \u00A0", "\u2003")
        from padding in Gen.Elements(string.Empty, " ", "\t ", "\u00A0")
        select new Retyping(casing, stripAccents, decompose, spaces, padding);

    private static readonly Gen<Person> People = PeopleFromPools();

    [Property]
    public Property NameAndCompany_IsInvariantUnderCaseWhiteSpaceAndAccents() =>
        Prop.ForAll(Arb.From(LeadKitGenerators.PersonNameText()), Arb.From(CompanyText), Arb.From(Gen.Zip(Retypings, Retypings)), (name, company, retypings) =>
        {
            var (forName, forCompany) = retypings;
            var original = Keys.NameAndCompany(name, company);
            var retyped = Keys.NameAndCompany(forName.Apply(name), forCompany.Apply(company));

            Assert.Equal(original, retyped);
        });

    [Property]
    public Property NameAndCompany_OfAnyTypedName_IsNormalised() =>
        Prop.ForAll(Arb.From(LeadKitGenerators.PersonNameText()), Arb.From(CompanyText), (name, company) =>
        {
            if (Keys.NameAndCompany(name, company) is not { } key)
            {
                return;
            }

            var parts = key.Value.Split(" | ");
            Assert.Equal(2, parts.Length);
            foreach (var part in parts)
            {
                Assert.NotEmpty(part);
                Assert.Equal(part.Trim(), part);
                Assert.DoesNotContain("  ", part, StringComparison.Ordinal);
                Assert.Equal(part, MatchKeys.NormaliseText(part));
                Assert.Equal(part, part.ToLowerInvariant());
            }

            Assert.Equal(parts[1], MatchKeys.NormaliseCompany(parts[1]));
        });

    /// <summary>Any text at all, lone surrogates included: normalising never throws and ignores case and white space.</summary>
    [Property]
    public Property NormaliseText_OfAnyText_IsIdempotentAndIgnoresCase() =>
        Prop.ForAll(Arb.From(ArbMap.Default.GeneratorFor<string>().Where(s => s is not null)), Arb.From(Retypings), (text, retyping) =>
        {
            var once = MatchKeys.NormaliseText(text);

            Assert.Equal(once, MatchKeys.NormaliseText(once));
            Assert.Equal(once, MatchKeys.NormaliseText((retyping with { StripAccents = false, Decompose = false }).Apply(text)));
            Assert.Equal(MatchKeys.NormaliseText(text.ToUpperInvariant()), MatchKeys.NormaliseText(text.ToLowerInvariant()));
        });

    [Property]
    public void Email_IsInvariantUnderCaseAndSurroundingWhiteSpace(EmailAddress address)
    {
        var key = Keys.Email(address.Value);

        Assert.NotNull(key);
        Assert.Equal(key, Keys.Email(" " + address.Value.ToUpperInvariant() + "\t"));
        Assert.Equal(key, Keys.Email(address.Value.ToLowerInvariant()));
        Assert.Equal(key, Keys.Email(key.Value.Value));
    }

    [Property]
    public Property Phone_IsInvariantUnderWhiteSpaceAndItsOwnE164Form() =>
        Prop.ForAll(Arb.From(LeadKitGenerators.PhoneText()), Arb.From(Retypings), (text, retyping) =>
        {
            var key = Keys.Phone(text);
            var retyped = retyping.Spaces + text.Replace(" ", retyping.Spaces, StringComparison.Ordinal) + retyping.Padding;

            Assert.Equal(key, Keys.Phone(retyped));
            if (key is not { } value)
            {
                return;
            }

            Assert.StartsWith("+", value.Value, StringComparison.Ordinal);
            Assert.True(value.Value.Skip(1).All(char.IsAsciiDigit), value.Value);

            // A valid number's E.164 form reads back as itself in any region. A merely possible one
            // need not: libphonenumber reads "+95 0005-5256-54" as +95005525654, and that as +9505525654.
            var phones = PhoneNumberUtil.GetInstance();
            if (phones.IsValidNumber(phones.Parse(text, "US")))
            {
                Assert.Equal(key, Keys.Phone(value.Value));
                Assert.Equal(key, new MatchKeys(new DuplicateMatchOptions { DefaultRegion = "JP" }).Phone(value.Value));
            }
        });

    [Property]
    public void For_GeneratedLead_GivesDistinctKeysInRuleOrderThatFindTheLead(Lead lead)
    {
        var keys = Keys.For(lead);
        var index = new DuplicateIndex<LeadId>();
        index.Add(lead.Id, lead);

        Assert.Equal(keys.Distinct(), keys);
        Assert.Equal(keys.OrderBy(k => k.Rule), keys);
        Assert.Equal(lead.Emails.Select(e => e.Address.Value.ToLowerInvariant()).Distinct().Count(), keys.Count(k => k.Rule == DuplicateRule.Email));
        Assert.True(keys.Count(k => k.Rule == DuplicateRule.NameAndCompany) <= 1);
        if (keys.Count > 0)
        {
            var self = Assert.Single(index.Find(keys));
            Assert.Equal(lead.Id, self.Id);
            Assert.Equal(keys.OrderBy(k => k.Rule).ThenBy(k => k.Value, StringComparer.Ordinal), self.Keys);
        }
        else
        {
            Assert.Empty(index.Find(lead));
        }
    }

    [Property]
    public Property Find_OnARecordsOwnKeys_ReturnsThatRecord() =>
        Prop.ForAll(Arb.From(Crowd(1)), people =>
        {
            var (index, keys) = Indexed(people, Enumerable.Range(0, people.Length));
            for (var i = 0; i < people.Length; i++)
            {
                if (keys[i].Count == 0)
                {
                    continue;
                }

                var self = Assert.Single(index.Find(keys[i]), m => m.Id == i);
                Assert.Equal(keys[i].Count, self.Keys.Count);
            }
        });

    [Property]
    public Property Find_IsSymmetric() =>
        Prop.ForAll(Arb.From(Crowd(2)), people =>
        {
            var (index, keys) = Indexed(people, Enumerable.Range(0, people.Length));
            var found = Enumerable.Range(0, people.Length).Select(i => index.Find(keys[i]).ToDictionary(m => m.Id, m => m.Keys)).ToList();
            for (var a = 0; a < people.Length; a++)
            {
                for (var b = 0; b < people.Length; b++)
                {
                    Assert.Equal(found[a].ContainsKey(b), found[b].ContainsKey(a));
                    if (found[a].TryGetValue(b, out var shared))
                    {
                        Assert.Equal(shared, found[b][a]);
                    }
                }
            }
        });

    /// <summary>
    /// Whatever the insertion order, each look-up finds the same ids with the same keys; the order
    /// of the answer is strongest rule first, then insertion order — the model below.
    /// </summary>
    [Property]
    public Property Find_DependsOnInsertionOrderOnlyForTies() =>
        Prop.ForAll(Arb.From(Crowd(1).SelectMany(p => Permutation(p.Length).Select(order => (p, order)))), input =>
        {
            var (people, order) = input;
            var (inOrder, keys) = Indexed(people, Enumerable.Range(0, people.Length));
            var (shuffled, _) = Indexed(people, order);
            foreach (var query in keys)
            {
                var a = inOrder.Find(query);
                var b = shuffled.Find(query);

                Assert.Equal(a.Select(m => (m.Id, Keys: string.Join(", ", m.Keys))).OrderBy(m => m.Id), b.Select(m => (m.Id, Keys: string.Join(", ", m.Keys))).OrderBy(m => m.Id));
                Assert.Equal(Model(keys, order, query), b.Select(m => m.Id));
            }
        });

    [Property]
    public Property Find_NeverMatchesAcrossRules() =>
        Prop.ForAll(Arb.From(Crowd(1)), Arb.From(Gen.Elements(Enum.GetValues<DuplicateRule>())), (people, other) =>
        {
            var (index, keys) = Indexed(people, Enumerable.Range(0, people.Length));
            foreach (var query in keys)
            {
                foreach (var match in index.Find(query))
                {
                    Assert.All(match.Keys, k => Assert.Contains(k, query));
                    Assert.All(match.Keys, k => Assert.Contains(k, keys[match.Id]));
                }

                // The same values under another rule find nothing (values of different rules never coincide here).
                var moved = query.Where(k => k.Rule != other).Select(k => new MatchKey(other, k.Value)).ToList();
                Assert.DoesNotContain(index.Find(moved), m => m.Keys.Any(k => !keys[m.Id].Contains(k)));
                Assert.All(index.Find(moved), m => Assert.All(m.Keys, k => Assert.Equal(other, k.Rule)));
            }
        });

    [Property]
    public Property Remove_LeavesTheIndexOfTheRest() =>
        Prop.ForAll(Arb.From(Crowd(1).SelectMany(p => Gen.ArrayOf(Gen.Elements(false, true), p.Length).Select(drop => (p, drop)))), input =>
        {
            var (people, drop) = input;
            var (index, keys) = Indexed(people, Enumerable.Range(0, people.Length));
            var kept = Enumerable.Range(0, people.Length).Where(i => !drop[i]).ToList();
            foreach (var i in Enumerable.Range(0, people.Length).Where(i => drop[i]))
            {
                Assert.True(index.Remove(i));
            }

            var (fresh, _) = Indexed(people, kept);
            Assert.Equal(kept.Count, index.Count);
            foreach (var query in keys)
            {
                Assert.Equal(fresh.Find(query).Select(m => m.ToString()), index.Find(query).Select(m => m.ToString()));
            }
        });

    private static (DuplicateIndex<int> Index, List<IReadOnlyList<MatchKey>> Keys) Indexed(IReadOnlyList<Person> people, IEnumerable<int> order)
    {
        var keys = people.Select(p => Keys.For(p.ToLead())).ToList();
        var index = new DuplicateIndex<int>();
        foreach (var i in order)
        {
            index.Add(i, keys[i]);
        }

        return (index, keys);
    }

    /// <summary>The documented answer: every id sharing a key, strongest shared rule first, then insertion order.</summary>
    private static IEnumerable<int> Model(List<IReadOnlyList<MatchKey>> keys, IReadOnlyList<int> order, IReadOnlyList<MatchKey> query) =>
        order
            .Select((id, position) => (id, position, shared: keys[id].Intersect(query).ToList()))
            .Where(x => x.shared.Count > 0)
            .OrderBy(x => x.shared.Min(k => k.Rule))
            .ThenBy(x => x.position)
            .Select(x => x.id);

    private static Gen<Person[]> Crowd(int min) =>
        from n in Gen.Choose(min, 8)
        from people in Gen.ArrayOf(People, n)
        select people;

    private static Gen<int[]> Permutation(int count) =>
        Gen.ArrayOf(Gen.Choose(0, 1_000_000), count).Select(weights => Enumerable.Range(0, count).OrderBy(i => weights[i]).ThenBy(i => i).ToArray());

    /// <summary>People drawn from small pools, written in several ways, so that many share keys.</summary>
    private static Gen<Person> PeopleFromPools()
    {
        string[] names = ["Jane Doe", "Doe, Jane", "JANE DOE", "Dr. Jane Doe", "Zoë Ångström", "Zoe Angstrom", "John Roe", "Ann Lee"];
        string?[] companies = [null, "Acme", "ACME, Inc.", "Acme GmbH", "Globex", "Globex Corporation"];
        string[] emails = ["jane@example.com", "JANE@EXAMPLE.COM", "zoe@example.org", "john@example.net", "ann@example.com"];
        string[] phones = ["(415) 555-0123", "+1 415 555 0123", "415.555.0199", "+44 20 7946 0958", "12345", "555-0123"];
        return
            from name in Gen.Elements(names)
            from company in Gen.Elements(companies)
            from emailCount in Gen.Choose(0, 2)
            from email in Gen.ArrayOf(Gen.Elements(emails), emailCount)
            from phoneCount in Gen.Choose(0, 2)
            from phone in Gen.ArrayOf(Gen.Elements(phones), phoneCount)
            select new Person(name, company, email.Distinct(StringComparer.Ordinal).ToArray(), phone);
    }

    internal enum Casing
    {
        AsIs,
        Upper,
        Lower,
        Alternating,
    }

    /// <summary>One generated person, printed readably in a counterexample.</summary>
    internal sealed record Person(string Name, string? Company, string[] Emails, string[] Phones)
    {
        public Lead ToLead() => DuplicateSamples.Lead(Name, Company, Emails, Phones);

        public override string ToString() =>
            $"{Name} | {Company ?? "(no company)"} | [{string.Join(", ", Emails)}] | [{string.Join(", ", Phones)}]";
    }

    /// <summary>A way of retyping a text: case, accents, Unicode form, the white space between and around words.</summary>
    internal sealed record Retyping(Casing Casing, bool StripAccents, bool Decompose, string Spaces, string Padding)
    {
        public string Apply(string text)
        {
            var result = Casing switch
            {
                Casing.Upper => text.ToUpperInvariant(),
                Casing.Lower => text.ToLowerInvariant(),
                Casing.Alternating => string.Concat(text.EnumerateRunes().Select((r, i) => (i % 2 == 0 ? Rune.ToUpperInvariant(r) : Rune.ToLowerInvariant(r)).ToString())),
                _ => text,
            };
            if (StripAccents)
            {
                result = new string(result.Normalize(NormalizationForm.FormD).Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).ToArray());
            }

            if (Decompose)
            {
                result = result.Normalize(NormalizationForm.FormD);
            }

            return Padding + result.Replace(" ", Spaces, StringComparison.Ordinal) + Padding;
        }

        public override string ToString() =>
            $"{Casing}, accents {(StripAccents ? "stripped" : "kept")}, {(Decompose ? "NFD" : "as is")}, spaces U+{string.Join("+", Spaces.Select(c => ((int)c).ToString("X4", CultureInfo.InvariantCulture)))}, padding {Padding.Length}";
    }
}
