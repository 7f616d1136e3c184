using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace LeadKit.EntityFrameworkCore.Sql;

/// <summary>
/// The top-level members in which two JSON documents of one record differ: the members to set (with
/// their new JSON text) and the members to remove. Applying it to the first document member by
/// member (SQLite's <c>json_set</c> / <c>json_remove</c>) gives a document that reads back as the
/// second: every member of the second is either set or already holds the same JSON text; every
/// member only the first has is removed. Only member order can differ (a member added is appended),
/// which JSON objects do not mean.
/// </summary>
internal sealed class DocumentPatch
{
    private DocumentPatch(List<(string Member, string Json)> set, List<string> removed)
    {
        Set = set;
        Removed = removed;
    }

    /// <summary>Gets the members to set, in the second document's order, with their JSON text.</summary>
    public List<(string Member, string Json)> Set { get; }

    /// <summary>Gets the members to remove.</summary>
    public List<string> Removed { get; }

    /// <summary>Whether the patch sets or removes <paramref name="member"/>.</summary>
    public bool Touches(string member)
    {
        foreach (var (name, _) in Set)
        {
            if (name == member)
            {
                return true;
            }
        }

        return Removed.Contains(member);
    }

    /// <summary>
    /// Compares two documents (UTF-8 JSON objects) member by member. Returns <see langword="null"/>
    /// when a member name could not be used in a JSON path as it is (escaped, or anything but ASCII
    /// letters, digits and underscores): the caller then writes the whole document.
    /// </summary>
    public static DocumentPatch? Between(ReadOnlySpan<byte> before, ReadOnlySpan<byte> after)
    {
        // Scratch lists reused call after call (a bulk update compares thousands of documents on one thread).
        var scratch = Scratch ??= new();
        var old = Members(before, scratch.Before);
        var now = Members(after, scratch.After);
        if (old is null || now is null)
        {
            return null;
        }

        var set = new List<(string, string)>();
        var removed = new List<string>();
        var matched = scratch.Matched;
        matched.Clear();
        matched.AddRange(Enumerable.Repeat(false, old.Count));
        for (var i = 0; i < now.Count; i++)
        {
            var member = now[i];
            var name = after.Slice(member.NameStart, member.NameLength);
            var found = Find(old, before, name, i);
            if (found >= 0)
            {
                matched[found] = true;
                var previous = old[found];
                if (before.Slice(previous.ValueStart, previous.ValueLength).SequenceEqual(after.Slice(member.ValueStart, member.ValueLength)))
                {
                    continue;
                }
            }

            set.Add((Encoding.UTF8.GetString(name), Encoding.UTF8.GetString(after.Slice(member.ValueStart, member.ValueLength))));
        }

        for (var i = 0; i < old.Count; i++)
        {
            if (!matched[i])
            {
                removed.Add(Encoding.UTF8.GetString(before.Slice(old[i].NameStart, old[i].NameLength)));
            }
        }

        return new DocumentPatch(set, removed);
    }

    /// <summary>The JSON text of a top-level member of a document, or <see langword="null"/> when it has no such member.</summary>
    public static string? MemberJson(ReadOnlySpan<byte> json, string member)
    {
        var members = Members(json, []) ?? throw new ArgumentException("Not a JSON object with plain member names.", nameof(json));
        var found = Find(members, json, Encoding.UTF8.GetBytes(member), 0);
        return found < 0 ? null : Encoding.UTF8.GetString(json.Slice(members[found].ValueStart, members[found].ValueLength));
    }

    /// <summary>
    /// How a member's new value (JSON text as LeadKit's writer wrote it) is bound in a patch: a string
    /// whose JSON text holds no escape as the string itself (<see cref="ColumnType.Text"/>; written back as
    /// a JSON string it is the same text: nothing in it needs escaping), an integer that fits a
    /// <see cref="long"/> and reads back as the same text as that number (<see cref="ColumnType.Int64"/>),
    /// anything else as its JSON text (<see cref="ColumnType.Json"/>).
    /// </summary>
    public static (object Value, ColumnType Type) Binding(string json)
    {
        if (json.Length >= 2 && json[0] == '"' && json[^1] == '"' && json.AsSpan(1, json.Length - 2).IndexOfAny('"', '\\') < 0)
        {
            return (json[1..^1], ColumnType.Text);
        }

        if (IsPlainInteger(json) && long.TryParse(json, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            return (number, ColumnType.Int64);
        }

        return (json, ColumnType.Json);
    }

    /// <summary>Whether JSON text is an integer written the one way a <see cref="long"/> is written: an optional minus, then 0 or digits without a leading zero (not -0).</summary>
    private static bool IsPlainInteger(string json)
    {
        var digits = json.AsSpan(json.StartsWith('-') ? 1 : 0);
        if (digits.IsEmpty || digits.Length > 19 || (digits[0] == '0' && (digits.Length > 1 || json.Length > 1)))
        {
            return false;
        }

        foreach (var c in digits)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The index of the member named <paramref name="name"/>, looked for first where the other document has it (both come from one writer, so the orders mostly agree).</summary>
    private static int Find(List<Member> members, ReadOnlySpan<byte> json, ReadOnlySpan<byte> name, int hint)
    {
        for (var k = 0; k < members.Count; k++)
        {
            var i = (hint + k) % members.Count;
            if (json.Slice(members[i].NameStart, members[i].NameLength).SequenceEqual(name))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Where each top-level member's name and value lie, or <see langword="null"/> for a document this cannot patch.</summary>
    private static List<Member>? Members(ReadOnlySpan<byte> json, List<Member> members)
    {
        members.Clear();
        var reader = new Utf8JsonReader(json);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueIsEscaped || !IsPlainName(reader.ValueSpan))
            {
                return null;
            }

            // The name's bytes lie just after its opening quote.
            var nameStart = (int)reader.TokenStartIndex + 1;
            var nameLength = reader.ValueSpan.Length;
            reader.Read();
            var valueStart = (int)reader.TokenStartIndex;
            reader.Skip();
            members.Add(new Member(nameStart, nameLength, valueStart, (int)reader.BytesConsumed - valueStart));
        }

        return members;
    }

    /// <summary>Whether a member name can stand in a JSON path (<c>$.name</c>) and an SQL string literal as it is.</summary>
    private static bool IsPlainName(ReadOnlySpan<byte> name)
    {
        if (name.IsEmpty)
        {
            return false;
        }

        foreach (var b in name)
        {
            if (!(b is (>= (byte)'a' and <= (byte)'z') or (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'0' and <= (byte)'9') or (byte)'_'))
            {
                return false;
            }
        }

        return true;
    }

    [ThreadStatic]
    private static Lists? Scratch;

    private readonly record struct Member(int NameStart, int NameLength, int ValueStart, int ValueLength);

    /// <summary>The scratch lists of <see cref="Between"/>.</summary>
    private sealed class Lists
    {
        public List<Member> Before { get; } = new(32);

        public List<Member> After { get; } = new(32);

        public List<bool> Matched { get; } = new(32);
    }
}
