using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace LeadKit.Querying;

/// <summary>What <see cref="AndFilter"/> and <see cref="OrFilter"/> share: flattening and hashing their operands.</summary>
internal static class Connective
{
    internal static ImmutableArray<Filter> Flatten<T>(IEnumerable<Filter> operands, Func<T, ImmutableArray<Filter>> children, string paramName)
        where T : Filter
    {
        ArgumentNullException.ThrowIfNull(operands, paramName);
        var builder = ImmutableArray.CreateBuilder<Filter>();
        foreach (var operand in operands)
        {
            switch (operand)
            {
                case null:
                    throw new ArgumentException("An operand is null.", paramName);
                case T same:
                    builder.AddRange(children(same));
                    break;
                default:
                    builder.Add(operand);
                    break;
            }
        }

        if (builder.Count < 2)
        {
            throw new ArgumentException($"A connective needs at least two operands; it has {builder.Count}.", paramName);
        }

        return builder.ToImmutable();
    }

    internal static int Hash(int seed, ImmutableArray<Filter> operands)
    {
        var hash = new HashCode();
        hash.Add(seed);
        foreach (var operand in operands)
        {
            hash.Add(operand);
        }

        return hash.ToHashCode();
    }
}
