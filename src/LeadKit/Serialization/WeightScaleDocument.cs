using LeadKit.Scoring;

namespace LeadKit.Serialization;

/// <summary>The JSON shape of a <see cref="WeightScale"/>: <c>{"low": 1, "normal": 2, "high": 3}</c>.</summary>
internal sealed class WeightScaleDocument : IDocument<WeightScaleDocument, WeightScale>
{
    public int? Low { get; set; }

    public int? Normal { get; set; }

    public int? High { get; set; }

    public static WeightScaleDocument From(WeightScale value) => new() { Low = value.Low, Normal = value.Normal, High = value.High };

    public WeightScale ToValue(DocumentPath path)
    {
        var low = path.Property("low").RequiredValue(Low);
        var normal = path.Property("normal").RequiredValue(Normal);
        var high = path.Property("high").RequiredValue(High);
        return path.Build(() => new WeightScale(low, normal, high));
    }
}
