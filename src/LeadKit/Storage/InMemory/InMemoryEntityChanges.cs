using System;
using System.Collections.Generic;
using System.Linq;

namespace LeadKit.Storage.InMemory;

/// <summary>
/// Staged adds, replacements and deletions of simple keyed entities (history items,
/// opportunities): last write wins within a unit of work;
/// at commit, adds must still be new and replacements must still find their entity.
/// </summary>
internal sealed class InMemoryEntityChanges<TKey, TValue>
    where TKey : notnull
    where TValue : class
{
    private readonly Dictionary<TKey, (TValue? Value, bool IsNew)> _pending;
    private readonly Func<InMemoryWorkspaceState, Dictionary<TKey, TValue>> _select;
    private readonly string _typeName;

    public InMemoryEntityChanges(Func<InMemoryWorkspaceState, Dictionary<TKey, TValue>> select, string typeName)
    {
        _select = select;
        _typeName = typeName;
        _pending = [];
    }

    public IEnumerable<TValue> Merge(IEnumerable<KeyValuePair<TKey, TValue>> committed) =>
        committed.Where(kv => !_pending.ContainsKey(kv.Key)).Select(kv => kv.Value)
            .Concat(_pending.Values.Where(p => p.Value is not null).Select(p => p.Value!));

    public bool TryGetPending(TKey key, out TValue? value)
    {
        var found = _pending.TryGetValue(key, out var p);
        value = p.Value;
        return found;
    }

    public void StageAdd(TKey key, TValue value) => _pending[key] = (value, !_pending.TryGetValue(key, out var p) || p.IsNew);

    public void StageReplace(TKey key, TValue value) => _pending[key] = (value, _pending.TryGetValue(key, out var p) && p.IsNew);

    public void StageRemove(TKey key) => _pending[key] = (null, _pending.TryGetValue(key, out var p) && p.IsNew);

    public void Verify(InMemoryWorkspaceState state, Func<TKey, string> describe)
    {
        var committed = _select(state);
        foreach (var (key, (value, isNew)) in _pending)
        {
            var exists = committed.ContainsKey(key);
            if (isNew && exists && value is not null)
            {
                throw new ConcurrencyConflictException(_typeName, describe(key), 0, 1);
            }
        }
    }

    public void Apply(InMemoryWorkspaceState state)
    {
        var committed = _select(state);
        foreach (var (key, (value, _)) in _pending)
        {
            if (value is null)
            {
                committed.Remove(key);
            }
            else
            {
                committed[key] = value;
            }
        }
    }
}
