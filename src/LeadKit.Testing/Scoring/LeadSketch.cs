using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using LeadKit.CustomFields;
using LeadKit.Leads;
using LeadKit.Scoring;
using NodaTime;

namespace LeadKit.Testing;

/// <summary>
/// The part of a lead the scoring laws vary — score type, manual stars, checks, and the fields the
/// generated rules test — as immutable data, so a case can build a fresh <see cref="Lead"/> whenever a
/// law needs to change one, and shrink field by field.
/// </summary>
internal sealed record LeadSketch(
    Guid Id,
    Instant CreatedAt,
    string? Source,
    string? Company,
    ImmutableArray<string> Emails,
    string? Phone,
    long? Employees,
    string? Industry,
    ScoreType ScoreType,
    int? ManualStars,
    CriterionStates Checks)
{
    internal static readonly CustomFieldDefinition EmployeesField =
        LeadKitGenerators.SampleSchema.Single(d => d.RecordKind == RecordKind.Lead && d.Name == "Employees");

    internal static readonly CustomFieldDefinition IndustryField =
        LeadKitGenerators.SampleSchema.Single(d => d.RecordKind == RecordKind.Lead && d.Name == "Industry");

    /// <summary>Builds a fresh lead (laws may change it freely).</summary>
    internal Lead Build()
    {
        var lead = Lead.Restore(new LeadId(Id), new PersonName("Ann Lee"), CreatedAt);
        lead.SetSource(Source is null ? null : new LeadSource(Source));
        lead.SetCompanyName(Company);
        foreach (var email in Emails)
        {
            lead.AddEmail(new EmailEntry(EmailKind.Business, EmailAddress.Parse(email)));
        }

        if (Phone is not null)
        {
            lead.AddPhone(new PhoneNumber(PhoneKind.Business, Phone));
        }

        if (Employees is { } employees)
        {
            lead.SetCustomField(EmployeesField, CustomFieldValue.FromWholeNumber(employees));
        }

        if (Industry is not null)
        {
            lead.SetCustomField(IndustryField, CustomFieldValue.FromChoice(Industry));
        }

        foreach (var (id, at) in Checks)
        {
            lead.CheckCriterion(id, at);
        }

        if (ManualStars is { } stars)
        {
            lead.SetManualScore(stars);
        }

        if (ScoreType == ScoreType.Automatic)
        {
            lead.SetAutomaticScore();
        }

        return lead;
    }

    /// <summary>Simpler sketches: fewer checks and (when <paramref name="fields"/>) fields, an automatic score.</summary>
    internal IEnumerable<LeadSketch> Shrink(bool fields = true)
    {
        if (Checks.Count > 0)
        {
            yield return this with { Checks = CriterionStates.Empty };
            foreach (var id in Checks.Keys)
            {
                yield return this with { Checks = Checks.Uncheck(id) };
            }
        }

        if (ScoreType == ScoreType.Manual)
        {
            yield return this with { ScoreType = ScoreType.Automatic };
        }

        if (ManualStars is > 0)
        {
            yield return this with { ManualStars = ScoreType == ScoreType.Manual ? 0 : null };
        }
        else if (ManualStars is not null && ScoreType == ScoreType.Automatic)
        {
            yield return this with { ManualStars = null };
        }

        if (!fields)
        {
            yield break;
        }

        if (Source is not null)
        {
            yield return this with { Source = null };
        }

        if (Company is not null)
        {
            yield return this with { Company = null };
        }

        if (Emails.Length > 0)
        {
            yield return this with { Emails = [] };
        }

        if (Phone is not null)
        {
            yield return this with { Phone = null };
        }

        if (Employees is not null)
        {
            yield return this with { Employees = null };
        }

        if (Industry is not null)
        {
            yield return this with { Industry = null };
        }
    }

    /// <summary>Describes the lead in one line: score type, checks and the fields that are set.</summary>
    public override string ToString()
    {
        var builder = new StringBuilder();
        builder.Append(ScoreType == ScoreType.Manual
            ? string.Create(CultureInfo.InvariantCulture, $"Manual ({ManualStars} stars)")
            : ManualStars is { } kept ? string.Create(CultureInfo.InvariantCulture, $"Automatic (manual {kept} kept)") : "Automatic");
        builder.Append(Checks.Count == 0 ? "; nothing checked" : "; checked " + string.Join(", ", Checks.Select(c => $"{c.Key} at {c.Value}")));
        builder.Append("; created ").Append(CreatedAt);
        if (Source is not null)
        {
            builder.Append("; source \"").Append(Source).Append('"');
        }

        if (Company is not null)
        {
            builder.Append("; company \"").Append(Company).Append('"');
        }

        if (Emails.Length > 0)
        {
            builder.Append("; e-mail ").Append(string.Join(", ", Emails));
        }

        if (Phone is not null)
        {
            builder.Append("; phone ").Append(Phone);
        }

        if (Employees is { } employees)
        {
            builder.Append(CultureInfo.InvariantCulture, $"; Employees {employees}");
        }

        if (Industry is not null)
        {
            builder.Append("; Industry ").Append(Industry);
        }

        return builder.ToString();
    }
}
