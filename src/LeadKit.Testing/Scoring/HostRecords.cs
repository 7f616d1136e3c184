using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using LeadKit.Scoring;

namespace LeadKit.Testing;

/// <summary>
/// Records of a host's own type from the host's own arbitrary, for the laws: how to generate and
/// shrink them, and how to give one a law's scoring state. Typed as <see cref="object"/> so that a
/// <see cref="ScoringCase"/> stays one type whatever the host's record type is.
/// </summary>
internal sealed class HostRecords
{
    private readonly Func<object, IEnumerable<object>> _shrink;
    private readonly Func<object, ScoringState, IScorableRecord> _withState;

    private HostRecords(string typeName, Gen<object> generator, Func<object, IEnumerable<object>> shrink, Func<object, ScoringState, IScorableRecord> withState)
    {
        TypeName = typeName;
        Generator = generator;
        _shrink = shrink;
        _withState = withState;
    }

    /// <summary>Gets the name of the host's record type, for messages.</summary>
    internal string TypeName { get; }

    /// <summary>Gets the host's generator, its records boxed.</summary>
    internal Gen<object> Generator { get; }

    internal static HostRecords Create<TRecord>(Arbitrary<TRecord> records, Func<TRecord, ScoringState, TRecord> withState)
        where TRecord : IScorableRecord
    {
        var name = typeof(TRecord).Name;
        return new HostRecords(
            name,
            records.Generator.Select(record => (object)(record ?? throw new InvalidOperationException($"The arbitrary of {name} given to ScoringLawOptions.ScoreFrom generated null."))),
            record => records.Shrinker((TRecord)record).Where(smaller => smaller is not null).Select(smaller => (object)smaller!),
            (record, state) => withState((TRecord)record, state) ?? throw new InvalidOperationException($"The withState function of {name} given to ScoringLawOptions.ScoreFrom returned null."));
    }

    /// <summary>Simpler records, from the host's shrinker.</summary>
    internal IEnumerable<object> Shrink(object record) => _shrink(record);

    /// <summary>The host's record with a law's scoring state.</summary>
    internal IScorableRecord WithState(object record, ScoringState state) => _withState(record, state);
}
