using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace LeadKit.Storage.InMemory;

/// <summary>
/// The values of the in-memory store's small repositories (users, settings, saved reports,
/// operations, assignment rules) under the keys of <see cref="KeyValueRepositories{TState}"/>: an
/// immutable snapshot, replaced (never changed) by each commit. Each workspace keeps its values by
/// table, a key's first segment (<c>user</c>, <c>operation</c>, <c>entries</c>, …), so that reading
/// the keys of a prefix reads one table of one workspace, not every key of the store.
/// </summary>
internal sealed class InMemoryKeyValues
{
    private readonly ImmutableDictionary<WorkspaceId, ImmutableDictionary<string, ImmutableDictionary<string, object>>> _workspaces;

    private InMemoryKeyValues(ImmutableDictionary<WorkspaceId, ImmutableDictionary<string, ImmutableDictionary<string, object>>> workspaces)
    {
        _workspaces = workspaces;
    }

    /// <summary>Gets the state with no values.</summary>
    public static InMemoryKeyValues Empty { get; } = new(ImmutableDictionary<WorkspaceId, ImmutableDictionary<string, ImmutableDictionary<string, object>>>.Empty);

    /// <summary>Reads a workspace's value under a key.</summary>
    public T? Read<T>(WorkspaceId workspace, string key)
        where T : class =>
        Table(workspace, key) is { } table && table.TryGetValue(key, out var value) ? (T)value : null;

    /// <summary>Reads a workspace's keys that start with <paramref name="prefix"/>, with their values.</summary>
    public IEnumerable<KeyValuePair<string, T>> Scan<T>(WorkspaceId workspace, string prefix) =>
        Table(workspace, prefix) is { } table
            ? table.Where(kv => kv.Key.StartsWith(prefix, StringComparison.Ordinal)).Select(kv => KeyValuePair.Create(kv.Key, (T)kv.Value))
            : [];

    /// <summary>Tells whether any workspace keeps a value under a key.</summary>
    public bool IsUsed(string key)
    {
        var name = TableOf(key);
        return _workspaces.Values.Any(tables => tables.TryGetValue(name, out var table) && table.ContainsKey(key));
    }

    /// <summary>Returns the state with a workspace's value under a key set, or removed when <paramref name="value"/> is <see langword="null"/>.</summary>
    public InMemoryKeyValues Put(WorkspaceId workspace, string key, object? value)
    {
        var tables = _workspaces.GetValueOrDefault(workspace) ?? ImmutableDictionary<string, ImmutableDictionary<string, object>>.Empty;
        var name = TableOf(key);
        var table = tables.GetValueOrDefault(name) ?? NewTable;
        var changed = value is null ? table.Remove(key) : table.SetItem(key, value);
        return ReferenceEquals(changed, table) ? this : new(_workspaces.SetItem(workspace, tables.SetItem(name, changed)));
    }

    /// <summary>An empty table: ordinal keys, and a value counts as changed unless it is the same object.</summary>
    private static ImmutableDictionary<string, object> NewTable { get; } = ImmutableDictionary.Create<string, object>(StringComparer.Ordinal, ReferenceEqualityComparer.Instance);

    private static string TableOf(string key) => key.IndexOf('/', StringComparison.Ordinal) is var slash and >= 0 ? key[..slash] : key;

    private ImmutableDictionary<string, object>? Table(WorkspaceId workspace, string key) =>
        _workspaces.TryGetValue(workspace, out var tables) ? tables.GetValueOrDefault(TableOf(key)) : null;
}
