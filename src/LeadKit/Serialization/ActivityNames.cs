using System;
using System.Collections.Generic;
using System.Linq;
using LeadKit.History;

namespace LeadKit.Serialization;

/// <summary>The JSON names of <see cref="ActivityKind"/> values: camelCase, like every LeadKit enum.</summary>
internal static class ActivityNames
{
    private static readonly Dictionary<ActivityKind, string> Names = Enum.GetValues<ActivityKind>()
        .ToDictionary(k => k, k => char.ToLowerInvariant(k.ToString()[0]) + k.ToString()[1..]);

    /// <summary>Gets every name, in declaration order.</summary>
    public static IEnumerable<string> All => Names.Values;

    /// <summary>Returns the name of an activity.</summary>
    public static string Format(ActivityKind activity) => Names[activity];

    /// <summary>Returns the activity with that name (exactly), or <see langword="null"/>.</summary>
    public static ActivityKind? Parse(string name)
    {
        foreach (var (kind, text) in Names)
        {
            if (string.Equals(text, name, StringComparison.Ordinal))
            {
                return kind;
            }
        }

        return null;
    }
}
