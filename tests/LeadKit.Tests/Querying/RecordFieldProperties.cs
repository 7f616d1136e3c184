using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using LeadKit.CustomFields;
using LeadKit.Leads;
using LeadKit.Querying;
using LeadKit.Scoring;
using LeadKit.Testing;
using LeadKit.Tests.Properties;
using NodaTime;
using NodaTime.Text;

namespace LeadKit.Tests.Querying;

/// <summary>
/// One name means one thing: for every field a bulk edit can change and a filter can test, a value
/// the edit sets is found by <c>field = FormatValue(value)</c>; and every field's text form reads
/// back what it writes, <c>ParseValue(FormatValue(v)) == v</c> (a person's name compares by its full
/// name: parsing decides the parts). Values come from LeadKit.Testing's generators, except texts
/// with surrounding white space or none, which have no text form (it is trimmed; clear instead);
/// the edit is the field's own edit behaviour, the per-record step of a bulk edit.
/// </summary>
public sealed class RecordFieldProperties
{
    private const int Runs = 300;

    private static readonly FieldCatalog Catalog = FieldCatalog.For(LeadKitGenerators.SampleSchema);

    private static readonly Instant Now = Instant.FromUtc(2026, 11, 27, 9, 0);

    /// <summary>Short trimmed texts, letters, digits, punctuation and a few non-ASCII letters.</summary>
    private static readonly Gen<string> Text =
        from length in Gen.Choose(1, 24)
        from chars in Gen.ArrayOf(Gen.Elements("aZé9 _-.,&'/()ßX\"ü@".ToCharArray()), length)
        let text = new string(chars).Trim()
        where text.Length > 0
        select text;

    /// <summary>Calendar dates from 1900 to 2099.</summary>
    private static readonly Gen<LocalDate> Date =
        from day in Gen.Choose(0, 200 * 365)
        select new LocalDate(1900, 1, 1).PlusDays(day);

    [Fact]
    public void Property_EditedValue_IsFoundByEqualityOnItsTextForm()
    {
        var fields = Catalog.Supporting(FieldCapabilities.Filter).Where(f => f.Supports(FieldCapabilities.Set) || f.Supports(FieldCapabilities.Add)).ToArray();
        Assert.Contains(RecordField.Account, fields);
        Assert.Contains(RecordField.InitiatedBy, fields);
        Assert.Contains(fields, f => f.IsCustom);
        var cases = Arb.From(
            from field in Gen.Elements(fields)
            from value in ValueOf(field)
            from lead in LeadKitGenerators.Lead()
            select new EditCase(field, value, lead));

        PropertyRunner.Check(Runs, Prop.ForAll(cases, FoundByItsTextForm));
    }

    [Fact]
    public void Property_ParseValueOfFormatValue_GivesTheValueBack()
    {
        var fields = Catalog.Where(f => f.Supports(FieldCapabilities.Export) && f.Supports(FieldCapabilities.Import)).ToArray();
        var cases = Arb.From(
            from field in Gen.Elements(fields)
            from value in ValueOf(field)
            select (field, value));

        PropertyRunner.Check(Runs, Prop.ForAll(cases, c =>
        {
            var text = c.field.FormatValue(c.value);
            var parsed = c.field.ParseValue(text);
            return (Same(c.value, parsed) && c.field.FormatValue(parsed) == text).Label($"{c.field}: '{text}' read back as '{c.field.FormatValue(parsed)}'");
        }));
    }

    private static Property FoundByItsTextForm(EditCase c)
    {
        var lead = c.Lead;
        var operation = c.Field.Supports(FieldCapabilities.Set) ? FieldCapabilities.Set : FieldCapabilities.Add;
        try
        {
            if (c.Field == RecordField.ScoreType)
            {
                lead.SetManualScore(3);
            }

            c.Field.Editor!.Apply(lead, operation, c.Value, Now);
        }
        catch (LeadKitException e)
        {
            // The record refuses the value (a 51st e-mail address, …): nothing to find.
            return true.Classify(true, "refused: " + e.GetType().Name);
        }

        var text = c.Field.FormatValue(c.Value);
        var condition = c.Field.EqualTo(Literal(c.Field, c.Value, text));
        return condition.Matches(lead).Label($"{condition} does not match the lead it was set on").Classify(true, c.Field.Name);
    }

    /// <summary>The literal a user writes for a value's text: quoted text, or a number, date or true/false where the field compares those.</summary>
    private static FilterValue Literal(RecordField field, object value, string text) => (field.ValueType, value) switch
    {
        (FieldValueType.Number, _) => FilterValue.FromDecimal(decimal.Parse(text, CultureInfo.InvariantCulture)),
        (FieldValueType.Date, _) => FilterValue.FromLocalDate(LocalDatePattern.Iso.Parse(text).Value),
        (FieldValueType.Boolean, _) => FilterValue.FromBoolean(bool.Parse(text)),
        (FieldValueType.Dynamic, CustomFieldValue { Type: CustomFieldType.WholeNumber or CustomFieldType.Decimal or CustomFieldType.Currency }) => FilterValue.FromDecimal(decimal.Parse(text, CultureInfo.InvariantCulture)),
        (FieldValueType.Dynamic, CustomFieldValue { Type: CustomFieldType.Date }) => FilterValue.FromLocalDate(LocalDatePattern.Iso.Parse(text).Value),
        (FieldValueType.Dynamic, CustomFieldValue { Type: CustomFieldType.YesNo }) => FilterValue.FromBoolean(bool.Parse(text)),
        _ => FilterValue.FromString(text),
    };

    private static bool Same(object expected, object actual) => (expected, actual) switch
    {
        (PersonName a, PersonName b) => a.FullName == b.FullName,
        _ => Equals(expected, actual),
    };

    private static Gen<object> ValueOf(RecordField field)
    {
        if (field.CustomField is { } definition)
        {
            // Text forms are trimmed, and a blank value is written by clearing: such texts have no text form.
            return LeadKitGenerators.ValueFor(definition)
                .Where(v => v.Type is not (CustomFieldType.Text or CustomFieldType.Choice) || (v.AsText.Length > 0 && v.AsText == v.AsText.Trim()))
                .Select(v => (object)v);
        }

        return field.Name switch
        {
            // Names written as text: a PersonName built from parts (a single 255-character last name)
            // can have a full name that PersonName.Parse reads differently, or refuses.
            "name" => LeadKitGenerators.PersonNameText().Select(t => (object)PersonName.Parse(t)),
            "fileAsFormat" => Gen.Elements(Enum.GetValues<FileAsFormat>()).Select(v => (object)v),
            "title" or "company" or "areaOfInterest" or "comments" or "department" or "office" or "profession" or "manager" or "assistant" or "nickname"
                or "phoneticFirst" or "phoneticLast" or "phoneticCompany" or "spouse" or "imAddress" or "territory" => Text.Select(v => (object)v),
            "birthday" or "anniversary" => Date.Select(v => (object)v),
            "doNotCall" or "doNotEmail" or "doNotFax" or "doNotSendLetter" or "active" => Gen.Elements(true, false).Select(v => (object)v),
            "preferredContactMethod" => Gen.Elements(Enum.GetValues<PreferredContactMethod>()).Select(v => (object)v),
            "account" => LeadKitGenerators.AccountReference().Select(v => (object)v),
            "assignedTo" => LeadKitGenerators.UserId().Select(v => (object)v),
            "source" => LeadKitGenerators.LeadSource().Select(v => (object)v),
            "rating" => LeadKitGenerators.Rating().Select(v => (object)v),
            "initiatedBy" => LeadKitGenerators.InitiatedBy().Select(v => (object)v),
            "photo" => LeadKitGenerators.Photo().Select(v => (object)v),
            "email" => LeadKitGenerators.EmailEntry().Select(v => (object)v),
            "phone" => LeadKitGenerators.PhoneNumber().Select(v => (object)v),
            "webPage" => LeadKitGenerators.WebPage().Select(v => (object)v),
            "scoreType" => Gen.Elements(ScoreType.Automatic, ScoreType.Manual).Select(v => (object)v),
            "manualStars" => Gen.Choose(0, ContactRecord.MaxManualStars).Select(v => (object)v),
            "checked" => LeadKitGenerators.CriterionId().Select(v => (object)v),
            _ => throw new ArgumentException($"No generator for '{field.Name}': add one.", nameof(field)),
        };
    }

    /// <summary>A field, a value of it, and the lead the value is set on.</summary>
    private sealed record EditCase(RecordField Field, object Value, Lead Lead)
    {
        public override string ToString() => $"{Field} = {Field.FormatValue(Value)} on lead {Lead.Id}";
    }
}
