using System;
using System.Collections.Generic;
using LeadKit.Export;
using LeadKit.Import;

namespace LeadKit.Csv.Writing;

/// <summary>
/// How one layout places an exported record's keyed values (<see cref="ExportRecord.Cells"/>) in its
/// columns. Created per export (the header depends on the <see cref="ExportShape"/>); a value with no
/// column is reported through <see cref="Unwritten"/>, never written elsewhere.
/// </summary>
internal abstract class ExportLayout
{
    /// <summary>Fields every lead has a value for, with the value a lead has unless someone changed it: such a default left out loses nothing.</summary>
    private static readonly Dictionary<string, string> Defaults = new(StringComparer.Ordinal)
    {
        ["active"] = "true", ["doNotCall"] = "false", ["doNotEmail"] = "false", ["doNotFax"] = "false", ["doNotSendLetter"] = "false",
        ["preferredContactMethod"] = "Any", ["scoreType"] = "Automatic", ["fileAsFormat"] = "LastFirst",
    };

    private readonly Dictionary<string, long> _unwritten = new(StringComparer.Ordinal);

    /// <summary>Gets the header.</summary>
    public abstract IReadOnlyList<string> Header { get; }

    /// <summary>Gets the values left out so far, by key without its kind (<c>source</c>, <c>email.displayName</c>, <c>custom.Budget</c>); a field's default value (<c>active</c> = true, the do-not flags off, <c>scoreType</c> = Automatic…) left out is not counted.</summary>
    public IReadOnlyDictionary<string, long> Unwritten => _unwritten;

    /// <summary>Places a record's values; <paramref name="row"/> is cleared (all null) and has one slot per header column.</summary>
    /// <param name="record">The record.</param>
    /// <param name="row">The cells to fill.</param>
    public abstract void Fill(ExportRecord record, string?[] row);

    /// <summary>Counts a value no column holds, unless it is its field's default.</summary>
    /// <param name="cell">The value's cell.</param>
    protected void Drop(ImportCell cell)
    {
        if (Defaults.TryGetValue(cell.Key!, out var value) && string.Equals(value, cell.Value, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        Drop(cell.Key!);
    }

    /// <summary>Counts a value no column holds.</summary>
    /// <param name="key">The value's key.</param>
    protected void Drop(string key)
    {
        var field = WithoutKind(key);
        _unwritten[field] = _unwritten.TryGetValue(field, out var n) ? n + 1 : 1;
    }

    /// <summary>Sets a cell when it is still empty, else counts the value as left out.</summary>
    /// <param name="row">The row.</param>
    /// <param name="index">The column, or -1 for none.</param>
    /// <param name="cell">The value's cell.</param>
    protected void Set(string?[] row, int index, ImportCell cell)
    {
        if (index >= 0 && row[index] is null)
        {
            row[index] = cell.Value;
        }
        else
        {
            Drop(cell);
        }
    }

    /// <summary>Splits a key into stem, kind and part: <c>address:home.city</c> → (<c>address</c>, <c>home</c>, <c>city</c>).</summary>
    /// <param name="key">The key.</param>
    /// <returns>The pieces; kind and part are null when absent.</returns>
    protected static (string Stem, string? Kind, string? Part) Split(string key)
    {
        if (key.StartsWith("custom.", StringComparison.Ordinal))
        {
            return (key, null, null);
        }

        var colon = key.IndexOf(':', StringComparison.Ordinal);
        var dot = key.IndexOf('.', colon < 0 ? 0 : colon);
        var stemEnd = colon >= 0 ? colon : dot >= 0 ? dot : key.Length;
        var stem = key[..stemEnd];
        string? kind = colon >= 0 ? key[(colon + 1)..(dot >= 0 ? dot : key.Length)] : null;
        string? part = dot >= 0 ? key[(dot + 1)..] : null;
        return (stem, string.IsNullOrEmpty(kind) ? null : kind, string.IsNullOrEmpty(part) ? null : part);
    }

    /// <summary>A key without its kind: <c>email:business.displayName</c> → <c>email.displayName</c>, <c>checked:budget</c> → <c>checked</c>.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The key without the kind.</returns>
    internal static string WithoutKind(string key)
    {
        var (stem, kind, part) = Split(key);
        return kind is null ? key : part is null ? stem : stem + "." + part;
    }
}
