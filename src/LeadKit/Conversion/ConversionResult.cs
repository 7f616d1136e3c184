using System.Collections.Generic;
using LeadKit.Operations;

namespace LeadKit.Conversion;

/// <summary>The result of a conversion: the per-lead report, the leads converted and the plan it carried out.</summary>
public sealed class ConversionResult
{
    internal ConversionResult(OperationReport report, IReadOnlyList<ConvertedLead> converted, ConversionPlan plan)
    {
        Report = report;
        Converted = converted;
        Plan = plan;
    }

    /// <summary>Gets one outcome per planned lead: changed (with the contact as <see cref="RecordOutcome.Target"/>), failed or skipped.</summary>
    public OperationReport Report { get; }

    /// <summary>Gets the leads converted (empty when nothing was written).</summary>
    public IReadOnlyList<ConvertedLead> Converted { get; }

    /// <summary>Gets the plan that was carried out.</summary>
    public ConversionPlan Plan { get; }

    /// <inheritdoc />
    public override string ToString() => Report.ToString();
}
