using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using LeadKit.Leads;
using LeadKit.Serialization;
using LeadKit.Storage;
using NodaTime;

namespace LeadKit.Operations;

/// <summary>
/// Writes and reads the <see cref="OperationUndoEntry.Before"/> documents: the previous values of an
/// operation's fields, put onto a blank holder lead and written in LeadKit's JSON format, so that
/// every value goes through the JSON format, whose round trip is exact.
/// </summary>
/// <remarks>
/// The holder always has the same placeholder identity (<see cref="NewHolder"/>), so the document of a
/// holder with nothing restored onto it (<see cref="Blank"/>) is a constant. What is stored is the
/// compact form: only the top-level members in which the holder's document differs from that blank
/// one (<c>{"jobTitle":"Buyer"}</c>, a few dozen bytes instead of a whole lead document of several
/// hundred). Reading puts those members back onto the blank document. A document that has a
/// <c>schemaVersion</c> member is a whole holder document (written before the compact form, or when
/// a restored value removed a member the blank document has) and is read as it is. The blank
/// document is therefore part of the stored format (schema version 1): a later format that changes
/// what a blank lead writes must keep expanding compact entries against this one.
/// </remarks>
internal static class UndoDocuments
{
    /// <summary>The document of a holder with nothing restored onto it.</summary>
    private static readonly byte[] Blank = JsonSerializer.SerializeToUtf8Bytes(NewHolder(), LeadKitJsonTypes.Of<Lead>());

    /// <summary>The top-level members of <see cref="Blank"/>.</summary>
    private static readonly List<Member> BlankMembers = Members(Blank) ?? throw new InvalidOperationException("A lead document has escaped member names.");

    /// <summary>
    /// Writes the previous state of a lead: <paramref name="restore"/> puts the previous values onto a
    /// blank holder, and the members in which its document differs from the blank one are kept.
    /// </summary>
    public static string Write(Action<Lead> restore)
    {
        var holder = NewHolder();
        restore(holder);
        var full = JsonSerializer.SerializeToUtf8Bytes(holder, LeadKitJsonTypes.Of<Lead>());
        return Compact(full) ?? Encoding.UTF8.GetString(full);
    }

    /// <summary>
    /// Writes the previous state of a lead given as field states, like <see cref="Write(Action{Lead})"/>, through a
    /// memo of the documents already written for the same states in this operation: many leads of a
    /// bulk edit had the same previous values ("New", an empty field). Only states whose equality means
    /// the same JSON are memoised (text, numbers, booleans, enumeration values, nothing); other states
    /// are always written.
    /// </summary>
    /// <param name="memo">The operation's memo (see <see cref="NewMemo"/>).</param>
    /// <param name="states">The previous field states.</param>
    /// <param name="restore">Puts <paramref name="states"/> onto a blank holder.</param>
    /// <returns>The document.</returns>
    public static string Write(Dictionary<StatesKey, string> memo, object?[] states, Action<Lead> restore)
    {
        if (!StatesKey.IsMemoisable(states))
        {
            return Write(restore);
        }

        var key = new StatesKey(states);
        if (!memo.TryGetValue(key, out var document))
        {
            document = Write(restore);
            if (memo.Count >= MemoCapacity)
            {
                memo.Clear();
            }

            memo[key] = document;
        }

        return document;
    }

    /// <summary>Creates an empty memo for <see cref="Write(Dictionary{StatesKey, string}, object[], Action{Lead})"/>.</summary>
    public static Dictionary<StatesKey, string> NewMemo() => [];

    /// <summary>How many distinct states a memo keeps before it starts over (it holds short strings only).</summary>
    private const int MemoCapacity = 1024;

    /// <summary>Reads a document written by <see cref="Write(Action{Lead})"/> (compact or whole).</summary>
    public static Lead Read(string json)
    {
        var utf8 = Encoding.UTF8.GetBytes(json);
        var members = Members(utf8);
        var whole = members is null || members.Exists(m => Name(utf8, m).SequenceEqual(SchemaVersionBytes)) ? utf8 : Expand(utf8, members);
        return JsonSerializer.Deserialize(whole, LeadKitJsonTypes.Of<Lead>()) ?? throw new JsonException("An undo document is null.");
    }

    /// <summary>The member every whole LeadKit record document has and a compact undo document never has.</summary>
    private static ReadOnlySpan<byte> SchemaVersionBytes => "schemaVersion"u8;

    /// <summary>A holder: a lead with a fixed placeholder identity and no other value.</summary>
    private static Lead NewHolder() =>
        Lead.Restore(new LeadId(new Guid("00000000-0000-7000-8000-000000000001")), new PersonName("-"), Instant.FromUnixTimeSeconds(0));

    /// <summary>The members of a holder's document that differ from <see cref="Blank"/>, as a JSON object; <see langword="null"/> when it lacks one of the blank document's members (or has an escaped name).</summary>
    private static string? Compact(byte[] full)
    {
        if (Members(full) is not { } members)
        {
            return null;
        }

        var matched = 0;
        var buffer = new ArrayBufferWriter<byte>(64);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var member in members)
            {
                var name = Name(full, member);
                var blank = Find(Blank, BlankMembers, name);
                if (blank is { } b)
                {
                    matched++;
                    if (Value(Blank, b).SequenceEqual(Value(full, member)))
                    {
                        continue;
                    }
                }

                writer.WritePropertyName(name);
                writer.WriteRawValue(Value(full, member), skipInputValidation: true);
            }

            writer.WriteEndObject();
        }

        return matched == BlankMembers.Count ? Encoding.UTF8.GetString(buffer.WrittenSpan) : null;
    }

    /// <summary>The whole holder document of a compact one: the blank document's members, each replaced by the compact one's when it has it, then the compact one's other members.</summary>
    private static byte[] Expand(byte[] compact, List<Member> members)
    {
        var buffer = new ArrayBufferWriter<byte>(Blank.Length + compact.Length);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var blank in BlankMembers)
            {
                var name = Name(Blank, blank);
                writer.WritePropertyName(name);
                writer.WriteRawValue(Find(compact, members, name) is { } own ? Value(compact, own) : Value(Blank, blank), skipInputValidation: true);
            }

            foreach (var member in members)
            {
                var name = Name(compact, member);
                if (Find(Blank, BlankMembers, name) is null)
                {
                    writer.WritePropertyName(name);
                    writer.WriteRawValue(Value(compact, member), skipInputValidation: true);
                }
            }

            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static ReadOnlySpan<byte> Name(byte[] json, Member member) => json.AsSpan(member.NameStart, member.NameLength);

    private static ReadOnlySpan<byte> Value(byte[] json, Member member) => json.AsSpan(member.ValueStart, member.ValueLength);

    private static Member? Find(byte[] json, List<Member> members, ReadOnlySpan<byte> name)
    {
        foreach (var member in members)
        {
            if (Name(json, member).SequenceEqual(name))
            {
                return member;
            }
        }

        return null;
    }

    /// <summary>Where each top-level member's name and value lie in a JSON object; <see langword="null"/> when a name is escaped (the document is then only ever used whole).</summary>
    private static List<Member>? Members(byte[] json)
    {
        var members = new List<Member>();
        var reader = new Utf8JsonReader(json);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("An undo document is a JSON object.");
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueIsEscaped)
            {
                return null;
            }

            var nameStart = (int)reader.TokenStartIndex + 1;
            var nameLength = reader.ValueSpan.Length;
            reader.Read();
            var valueStart = (int)reader.TokenStartIndex;
            reader.Skip();
            members.Add(new Member(nameStart, nameLength, valueStart, (int)reader.BytesConsumed - valueStart));
        }

        return members;
    }

    private readonly record struct Member(int NameStart, int NameLength, int ValueStart, int ValueLength);

    /// <summary>Field states compared element by element, for states whose equal values write equal JSON.</summary>
    internal readonly struct StatesKey : IEquatable<StatesKey>
    {
        private readonly object?[] _states;

        public StatesKey(object?[] states)
        {
            _states = states;
        }

        /// <summary>Whether equal states of these kinds always give the same document: text compares ordinally, and numbers, booleans and enumeration values have one JSON form each.</summary>
        public static bool IsMemoisable(object?[] states)
        {
            foreach (var state in states)
            {
                if (state is not (null or string or bool or int or long or Enum))
                {
                    return false;
                }
            }

            return true;
        }

        public bool Equals(StatesKey other)
        {
            if (_states.Length != other._states.Length)
            {
                return false;
            }

            for (var i = 0; i < _states.Length; i++)
            {
                var (a, b) = (_states[i], other._states[i]);
                if (!(a is null ? b is null : b is not null && a.GetType() == b.GetType() && a.Equals(b)))
                {
                    return false;
                }
            }

            return true;
        }

        public override bool Equals(object? obj) => obj is StatesKey other && Equals(other);

        public override int GetHashCode()
        {
            var hash = default(HashCode);
            foreach (var state in _states)
            {
                hash.Add(state);
            }

            return hash.ToHashCode();
        }
    }
}
