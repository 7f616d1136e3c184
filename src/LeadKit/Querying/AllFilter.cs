using System.Text;

namespace LeadKit.Querying;

/// <summary>The filter that matches every record, written <c>all</c>; get it from <see cref="Filter.All"/>.</summary>
public sealed record AllFilter : Filter
{
    private AllFilter()
    {
    }

    internal static AllFilter Instance { get; } = new();

    internal override void WriteTo(StringBuilder builder) => builder.Append("all");
}
