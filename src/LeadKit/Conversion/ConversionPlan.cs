using System.Collections.Generic;
using System.Linq;
using LeadKit.CustomFields;
using LeadKit.Leads;
using LeadKit.Operations;
using NodaTime;

namespace LeadKit.Conversion;

/// <summary>
/// The preview of a conversion (<see cref="LeadConverter.PlanAsync"/>): for every selected lead,
/// what will happen. Nothing is written until it is passed to <see cref="LeadConverter.CommitAsync"/>,
/// which converts exactly the planned leads, refusing any changed since. Immutable.
/// </summary>
public sealed class ConversionPlan
{
    internal ConversionPlan(IEnumerable<LeadConversion> leads, ConversionOptions options, IEnumerable<CustomFieldDefinition> contactFields, Instant plannedAt)
    {
        Leads = [.. leads];
        Options = options;
        ContactFields = [.. contactFields];
        PlannedAt = plannedAt;
    }

    /// <summary>Gets the plan of every selected lead, in selection order.</summary>
    public IReadOnlyList<LeadConversion> Leads { get; }

    /// <summary>Gets the options the plan was made with.</summary>
    public ConversionOptions Options { get; }

    /// <summary>Gets when the plan was made.</summary>
    public Instant PlannedAt { get; }

    /// <summary>Gets a value indicating whether committing would convert something: every lead can be converted, or some can and the policy skips the others.</summary>
    public bool CanCommit =>
        Leads.Any(l => l.CanConvert) && (Options.Policy == FailurePolicy.SkipFailed || Leads.All(l => l.CanConvert));

    /// <summary>Gets the plan as a dry-run report: changed (with the contact as target) or failed, per lead.</summary>
    public OperationReport Preview => new(
        Leads.Select(l => l.CanConvert
            ? RecordOutcome.Changed(RecordReference.To(l.Lead), [new History.FieldChange("convertedTo", null, l.Contact.ToString())], RecordReference.To(l.Contact))
            : RecordOutcome.Failed(RecordReference.To(l.Lead), l.RefusedReason!, l.Problems)),
        isCommitted: false,
        isDryRun: true);

    /// <summary>Gets the business contacts' custom-field definitions the plan was made against.</summary>
    internal IReadOnlyList<CustomFieldDefinition> ContactFields { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Leads.Count(l => l.CanConvert)} of {Leads.Count} leads can be converted";
}
