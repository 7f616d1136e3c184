using System;
using System.Collections.Generic;
using LeadKit.Reports;

namespace LeadKit.Storage;

/// <summary>
/// When two group keys are the same group: text ignoring case (as the filter language compares
/// it), numbers by value whatever their scale, other values by equality; keys of different types
/// (a custom field with numbers on some records and text on others) are different groups.
/// </summary>
internal sealed class GroupKeys : IEqualityComparer<object?>, IEqualityComparer<object?[]>
{
    private GroupKeys()
    {
    }

    public static GroupKeys Instance { get; } = new();

    /// <summary>The key as groups keep it: numbers at their smallest scale, whole numbers as decimals.</summary>
    public static object? Normalise(object? key) => key switch
    {
        decimal number => ReportText.Normalise(number),
        int number => (decimal)number,
        long number => (decimal)number,
        _ => key,
    };

    public new bool Equals(object? x, object? y) => (x, y) switch
    {
        (null, null) => true,
        (null, _) or (_, null) => false,
        (string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase),
        _ => x.Equals(y),
    };

    public int GetHashCode(object? obj) => obj switch
    {
        null => 0,
        string text => StringComparer.OrdinalIgnoreCase.GetHashCode(text),
        _ => obj.GetHashCode(),
    };

    public bool Equals(object?[]? x, object?[]? y)
    {
        if (x is null || y is null || x.Length != y.Length)
        {
            return ReferenceEquals(x, y);
        }

        for (var i = 0; i < x.Length; i++)
        {
            if (!Equals(x[i], y[i]))
            {
                return false;
            }
        }

        return true;
    }

    public int GetHashCode(object?[] obj)
    {
        var hash = new HashCode();
        foreach (var key in obj)
        {
            hash.Add(GetHashCode(key));
        }

        return hash.ToHashCode();
    }
}
