using FsCheck;
using FsCheck.Fluent;
using LeadKit.Contacts;
using LeadKit.CustomFields;
using LeadKit.Leads;
using LeadKit.Querying;
using LeadKit.Scoring;
using LeadKit.Storage;
using NodaTime;

namespace LeadKit.Tests.Querying;

/// <summary>
/// Generators for the filter language's properties: filters over every field and operator (with
/// literals drawn from the same small pools as the records, so conditions often match), records,
/// and sorts. Only valid values are built: the constructors throw on anything else.
/// </summary>
#if LEADKIT_STORE_KIT
internal static class QueryGenerators
#else
public static class QueryGenerators
#endif
{
    private static readonly Instant Base = Instant.FromUtc(2026, 11, 27, 9, 0);

    private static readonly string[] Texts =
        ["Ann", "ann lee", "Lee", "Contoso", "contoso ltd", "Web", "Trade Show", "Good", "Poor", "", "a\"b\\c", "Lyon", "FR", "@contoso.com", "é", "Manager"];

    private static readonly string[] PhoneTexts = ["555", "+1 555", "(555) 123-4567", "020 7946", "0000", "+44"];

    private static readonly string[] CriterionIds = ["budget", "timeline", "authority"];

    private static readonly CustomFieldDefinition LeadSize = new(RecordKind.Lead, "Size", CustomFieldType.WholeNumber);
    private static readonly CustomFieldDefinition ContactSize = new(RecordKind.BusinessContact, "Size", CustomFieldType.Text);
    private static readonly CustomFieldDefinition LeadSince = new(RecordKind.Lead, "Since", CustomFieldType.Date);
    private static readonly CustomFieldDefinition LeadOptIn = new(RecordKind.Lead, "Opt in", CustomFieldType.YesNo);

    private static RecordField[] CustomFields { get; } =
    [
        RecordField.Custom("Size"), RecordField.Custom("since"), RecordField.Custom("Opt in"), RecordField.Custom("Absent"),

        // Fields of LeadKitGenerators.SampleSchema, which the shared domain generators fill.
        RecordField.Custom("Employees"), RecordField.Custom("Region"), RecordField.Custom("Next call"), RecordField.Custom("Newsletter"),
    ];

    /// <summary>The built-in fields conditions can test (not the edit-only ones).</summary>
    private static RecordField[] Filterable { get; } = [.. RecordField.BuiltIn.Where(f => f.Supports(FieldCapabilities.Filter))];

    private static Gen<FilterValue> Number { get; } =
        Gen.Elements(-1m, 0m, 1m, 2m, 2.5m, 3m, 4.00m, 5m, 10m, 120m).Select(FilterValue.FromDecimal);

    private static Gen<FilterValue> Date { get; } =
        Gen.Choose(0, 3).Select(days => FilterValue.FromLocalDate(new LocalDate(2026, 11, 26).PlusDays(days)));

    private static Gen<Guid> Guids { get; } =
        from a in Gen.Choose(0, 65535)
        from b in Gen.Choose(0, 65535)
        from c in Gen.Choose(0, 65535)
        from d in Gen.Choose(1, 65535)
        select new Guid($"{a:x4}{b:x4}-0000-7000-8000-{c:x4}0000{d:x4}");

    /// <summary>Gets a generator of instants a few minutes apart, so sorts see ties.</summary>
    public static Gen<Instant> Instants { get; } =
        from minutes in Gen.Choose(0, 4)
        from nanos in Gen.Elements(0L, 1L, 999_999_999L)
        select Base + Duration.FromMinutes(minutes) + Duration.FromNanoseconds(nanos);

    /// <summary>Gets a generator of literals of every kind.</summary>
    public static Gen<FilterValue> AnyLiteral { get; } = Gen.OneOf(
        Gen.Elements(Texts).Select(FilterValue.FromString),
        Number,
        Gen.Elements(true, false).Select(FilterValue.FromBoolean),
        Date,
        Instants.Select(FilterValue.FromInstant));

    /// <summary>Gets a generator of single conditions on every field.</summary>
    public static Gen<Filter> Condition { get; } = Gen.Frequency(
        (4, Gen.Elements(Filterable).Or(Gen.Elements(CustomFields)).SelectMany(ComparisonOn)),
        (2, Gen.Elements(Filterable.Where(f => f.ValueType == FieldValueType.Text && f != RecordField.Id).Concat(CustomFields).ToArray()).SelectMany(TextOn)),
        (1, from field in Gen.Elements(Filterable.Concat(CustomFields).ToArray())
            from negated in Gen.Elements(true, false)
            select (Filter)new EmptinessFilter(field, negated)),
        (2, Gen.Elements(Filterable).Or(Gen.Elements(CustomFields)).SelectMany(InOn)));

    /// <summary>Gets a generator of <c>=</c> conditions.</summary>
    public static Gen<ComparisonFilter> Equality { get; } =
        from field in Gen.Elements(Filterable.Concat(CustomFields).ToArray())
        from value in LiteralFor(field)
        select new ComparisonFilter(field, ComparisonOperator.Equal, value);

    /// <summary>Gets a generator of filter trees, sized.</summary>
    public static Gen<Filter> FilterTree { get; } = Gen.Sized(size => Tree(Math.Min(size, 16)));

    /// <summary>Gets a generator of some of the detail fields (territory, birthday, the do-not-contact flags, the preferred contact method, the active flag).</summary>
    private static Gen<DetailsSpec> Details { get; } =
        from territory in OrNull(Gen.Elements("North", "north", "South", "Île-de-France"))
        from department in OrNull(Gen.Elements("Sales", "IT"))
        from birthday in Gen.Frequency((1, Gen.Constant<LocalDate?>(null)), (2, Date.Select(d => (LocalDate?)d.AsDate)))
        from doNotCall in Gen.Elements(true, false)
        from doNotEmail in Gen.Elements(true, false)
        from method in Gen.Elements(Enum.GetValues<PreferredContactMethod>())
        from active in Gen.Elements(true, false)
        select new DetailsSpec(territory, department, birthday, doNotCall, doNotEmail, method, active);

    /// <summary>Gets a generator of leads and business contacts with most fields sometimes set.</summary>
    public static Gen<ContactRecord> Record { get; } =
        from kind in Gen.Choose(0, 2)
        from id in Guids
        from name in Gen.Elements("Ann Lee", "ann lee", "Bob Smith", "Chloé Müller", "Zoë", "Dr. Ann Marie Lee Jr.")
        from company in OrNull(Gen.Elements("Contoso", "contoso ltd", "Fabrikam"))
        from source in OrNull(Gen.Elements("Web", "Trade Show", "Partner"))
        from rating in OrNull(Gen.Elements("Good", "Poor", "Fair"))
        from emails in Gen.SubListOf("ann@contoso.com", "bob@fabrikam.com", "x@example.org")
        from phones in Gen.SubListOf("+1 (555) 123-4567", "020 7946 0000", "555 0000 x12")
        from cities in Gen.SubListOf("Lyon", "Paris", "lyon")
        from stars in Gen.Choose(-1, 5)
        from automatic in Gen.Elements(true, false)
        from checks in Gen.SubListOf(CriterionIds)
        from created in Instants
        from modifiedLater in Gen.Choose(0, 2)
        from size in Gen.Choose(-1, 3)
        from since in Gen.Frequency((1, Gen.Constant<LocalDate?>(null)), (2, Date.Select(d => (LocalDate?)d.AsDate)))
        from optIn in Gen.Choose(-1, 1)
        from comments in OrNull(Gen.Elements(Texts.Where(t => t.Trim().Length > 0).ToArray()))
        from details in Details
        select Build(new RecordSpec(kind, id, name, company, source, rating, emails, phones, cities, stars, automatic, checks, created, modifiedLater, size, since, optIn, comments, details));

    /// <summary>Gets a generator of small sets of records (a few share values, so filters and sorts see ties).</summary>
    public static Gen<RecordSample> Sample { get; } =
        from count in Gen.Choose(0, 6)
        from records in Gen.ArrayOf(Record, count)
        select new RecordSample(records);

    /// <summary>Gets a generator of sorts on one to three distinct sortable fields.</summary>
    public static Gen<SortSpec> Sort { get; } =
        from fields in Gen.Shuffle(RecordField.BuiltIn.Where(f => f.IsSortable).Concat(CustomFields).ToArray())
        from count in Gen.Choose(0, 3)
        from downward in Gen.ArrayOf(Gen.Elements(true, false), 3)
        select SortSpec.By(fields.Take(count).Select((f, i) => new SortKey(f, downward[i] ? SortDirection.Descending : SortDirection.Ascending)));

    /// <summary>Gets a generator of valid custom field names: 1–64 letters, digits, spaces and <c>_ - . / ( )</c>, trimmed.</summary>
    public static Gen<string> CustomFieldName { get; } =
        from length in Gen.Choose(1, 64)
        from chars in Gen.ArrayOf(Gen.Elements("aZé9 _-./()ßX".ToCharArray()), length)
        let name = new string(chars).Trim()
        where name.Length > 0
        select name;

    /// <summary>The shrinker: a connective shrinks to its operands and to itself with one operand fewer; a condition to <c>all</c>.</summary>
    public static IEnumerable<Filter> Shrink(Filter filter) => filter switch
    {
        AllFilter => [],
        NotFilter not => [not.Operand, .. Shrink(not.Operand).Select(f => new NotFilter(f))],
        AndFilter and => ShrinkConnective(and.Operands, operands => new AndFilter(operands)),
        OrFilter or => ShrinkConnective(or.Operands, operands => new OrFilter(operands)),
        _ => [Filter.All],
    };

    private static IEnumerable<Filter> ShrinkConnective(IReadOnlyList<Filter> operands, Func<IEnumerable<Filter>, Filter> rebuild)
    {
        foreach (var operand in operands)
        {
            yield return operand;
        }

        if (operands.Count > 2)
        {
            for (var i = 0; i < operands.Count; i++)
            {
                yield return rebuild(operands.Where((_, j) => j != i));
            }
        }

        for (var i = 0; i < operands.Count; i++)
        {
            foreach (var smaller in Shrink(operands[i]))
            {
                yield return rebuild(operands.Select((o, j) => j == i ? smaller : o));
            }
        }
    }

    private static Gen<Filter> Tree(int size)
    {
        if (size <= 1)
        {
            return Gen.Frequency((9, Condition), (1, Gen.Constant(Filter.All)));
        }

        var child = Tree(size / 2);
        return Gen.Frequency(
            (4, Condition),
            (1, Gen.Constant(Filter.All)),
            (2, from count in Gen.Choose(2, 3) from operands in Gen.ArrayOf(child, count) select (Filter)new AndFilter(operands)),
            (2, from count in Gen.Choose(2, 3) from operands in Gen.ArrayOf(child, count) select (Filter)new OrFilter(operands)),
            (1, child.Select(f => (Filter)new NotFilter(f))));
    }

    private static Gen<FilterValue> LiteralFor(RecordField field)
    {
        if (field == RecordField.Phone)
        {
            return Gen.Elements(PhoneTexts).Select(FilterValue.FromString);
        }

        if (field == RecordField.ScoreType)
        {
            return Gen.Elements("Automatic", "Manual", "manual").Select(FilterValue.FromString);
        }

        if (field == RecordField.PreferredContactMethod)
        {
            return Gen.Elements("Any", "Email", "phone", "Fax", "LETTER").Select(FilterValue.FromString);
        }

        if (field == RecordField.Checked)
        {
            return Gen.Elements(CriterionIds).Select(FilterValue.FromString);
        }

        if (field == RecordField.Id)
        {
            return Guids.Select(g => FilterValue.FromString(g.ToString()));
        }

        if (field == RecordField.AssignedTo)
        {
            // Ids: a display name must name a user of the workspace (else the query is refused).
            return Guids.Select(g => FilterValue.FromString(g.ToString()));
        }

        return field.ValueType switch
        {
            FieldValueType.Text => Gen.Elements(Texts).Select(FilterValue.FromString),
            FieldValueType.Number => Number,
            FieldValueType.Boolean => Gen.Elements(true, false).Select(FilterValue.FromBoolean),
            FieldValueType.Instant => Instants.Select(FilterValue.FromInstant),
            FieldValueType.Date => Date,
            _ => AnyLiteral.Where(v => v.Kind != FilterValueKind.Instant),
        };
    }

    private static Gen<Filter> ComparisonOn(RecordField field) =>
        from value in LiteralFor(field)
        from comparison in value.Kind == FilterValueKind.Boolean || field == RecordField.Id
            ? Gen.Elements(ComparisonOperator.Equal, ComparisonOperator.NotEqual)
            : Gen.Elements(Enum.GetValues<ComparisonOperator>())
        select (Filter)new ComparisonFilter(field, comparison, value);

    private static Gen<Filter> TextOn(RecordField field) =>
        from textOperator in Gen.Elements(Enum.GetValues<TextOperator>())
        from text in field == RecordField.Phone ? Gen.Elements(PhoneTexts) : Gen.Elements(Texts)
        select (Filter)new TextFilter(field, textOperator, text);

    private static Gen<Filter> InOn(RecordField field) =>
        from first in LiteralFor(field)
        from rest in Gen.ListOf(LiteralFor(field).Where(v => v.Kind == first.Kind), 2)
        from count in Gen.Choose(0, 2)
        select (Filter)new InFilter(field, rest.Take(count).Prepend(first));

    private static Gen<T?> OrNull<T>(Gen<T> gen)
        where T : class =>
        Gen.Frequency((1, Gen.Constant<T?>(null)), (2, gen.Select(v => (T?)v)));

    private static ContactRecord Build(RecordSpec spec)
    {
        var name = PersonName.Parse(spec.Name);
        var lead = Lead.Restore(new LeadId(spec.Id), name, spec.Created);
        ContactRecord record = lead;
        if (spec.Kind == 2)
        {
            record = BusinessContact.Restore(new ContactId(spec.Id), name, spec.Created);
        }

        record.SetCompanyName(spec.Company);
        record.SetSource(spec.Source is null ? null : new LeadSource(spec.Source));
        record.SetRating(spec.Rating is null ? null : new Rating(spec.Rating));
        foreach (var email in spec.Emails)
        {
            record.AddEmail(EmailEntry.Business(email));
        }

        foreach (var phone in spec.Phones)
        {
            record.AddPhone(new PhoneNumber(PhoneKind.Business, phone));
        }

        foreach (var city in spec.Cities)
        {
            record.AddAddress(new PostalAddress(AddressKind.Business, city: city, country: "FR"));
        }

        if (spec.Stars >= 0)
        {
            record.SetManualScore(spec.Stars);
            if (spec.Automatic)
            {
                record.SetAutomaticScore();
            }
        }

        foreach (var check in spec.Checks)
        {
            record.CheckCriterion(new CriterionId(check), spec.Created);
        }

        record.SetComments(spec.Comments);
        record.SetTerritory(spec.Details.Territory);
        record.SetDepartment(spec.Details.Department);
        record.SetBirthday(spec.Details.Birthday);
        record.SetDoNotCall(spec.Details.DoNotCall);
        record.SetDoNotEmail(spec.Details.DoNotEmail);
        record.SetPreferredContactMethod(spec.Details.Method);
        record.SetActive(spec.Details.Active);
        if (record is Lead)
        {
            if (spec.Size >= 0)
            {
                record.SetCustomField(LeadSize, CustomFieldValue.FromWholeNumber(spec.Size * 60));
            }

            if (spec.Since is { } since)
            {
                record.SetCustomField(LeadSince, CustomFieldValue.FromDate(since));
            }

            if (spec.OptIn >= 0)
            {
                record.SetCustomField(LeadOptIn, CustomFieldValue.FromYesNo(spec.OptIn == 1));
            }
        }
        else if (spec.Size >= 0)
        {
            // The same custom field name holds text on contacts: filters must cope with both types.
            record.SetCustomField(ContactSize, CustomFieldValue.FromText(spec.Size.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        if (spec.Kind == 1)
        {
            lead.MarkConverted(new ContactId(spec.Id));
        }

        StoreRecords.MarkSaved(record, spec.Created + Duration.FromMinutes(spec.ModifiedLater), null, spec.ModifiedLater);
        return record;
    }

    private sealed record RecordSpec(
        int Kind,
        Guid Id,
        string Name,
        string? Company,
        string? Source,
        string? Rating,
        IEnumerable<string> Emails,
        IEnumerable<string> Phones,
        IEnumerable<string> Cities,
        int Stars,
        bool Automatic,
        IEnumerable<string> Checks,
        Instant Created,
        int ModifiedLater,
        int Size,
        LocalDate? Since,
        int OptIn,
        string? Comments,
        DetailsSpec Details);

    private sealed record DetailsSpec(string? Territory, string? Department, LocalDate? Birthday, bool DoNotCall, bool DoNotEmail, PreferredContactMethod Method, bool Active);
}
