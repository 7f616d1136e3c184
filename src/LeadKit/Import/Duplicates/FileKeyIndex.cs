using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.InteropServices;
using LeadKit.Leads;

namespace LeadKit.Import.Duplicates;

/// <summary>
/// The import's index of the rows it has created so far, to find a later row of the same file that
/// duplicates one: what <see cref="DuplicateIndex{TId}"/> answers for the file's rows, held compactly
/// because it grows with every row of the file. Each row gets an ordinal (0, 1, 2, … in the order
/// added); its row number, lead id and keys are written as bytes (one byte per character of an
/// ASCII key) into 64 KiB blocks, and each of its keys puts a 32-bit hash and the ordinal in one
/// 8-byte slot of an open-addressing table. No object is made per row or per key, so the garbage
/// collector has nothing to trace in it: about 0.2 KB a row for a row of four keys.
/// </summary>
/// <remarks>
/// A hash hit is always confirmed against the stored key: two different keys that hash alike never
/// match (the hash only finds candidates). The answer is the one <see cref="DuplicateIndex{TId}.Find(IEnumerable{MatchKey})"/>
/// gives first: the ordinal that shares the strongest rule's key, the earliest added among equals,
/// with every key it shares.
/// </remarks>
internal sealed class FileKeyIndex
{
    private const int BlockSize = 64 * 1024;

    /// <summary>Marks a key stored as UTF-16 code units (any key with a character beyond ASCII).</summary>
    private const byte Wide = 0x80;

    /// <summary>Ends a row's keys in the blocks.</summary>
    private const byte End = 0xFF;

    private readonly Func<DuplicateRule, string, uint> _hash;
    private readonly List<byte[]> _blocks = [];

    /// <summary>Per ordinal: where its row number, lead and keys start in <see cref="_blocks"/> (block index in the high 32 bits, offset in the low).</summary>
    private long[] _rows = new long[16];

    /// <summary>The hash table, probed linearly: per slot a key's hash (high 32 bits) and its row's ordinal + 1 (low 32 bits); 0 is a free slot.</summary>
    private ulong[] _slots = new ulong[64];
    private int _used;
    private int _blockUsed = BlockSize;

    /// <summary>Creates an empty index.</summary>
    /// <param name="hash">How keys are hashed; the default is <see cref="HashCode"/> (seeded per process). Tests pass a poor hash to make keys collide.</param>
    public FileKeyIndex(Func<DuplicateRule, string, uint>? hash = null) => _hash = hash ?? Hash;

    /// <summary>Gets how many rows are indexed.</summary>
    public int Count { get; private set; }

    /// <summary>Gets the memory the index holds, in bytes (its arrays and blocks).</summary>
    public long Size => (_rows.Length * sizeof(long)) + (_slots.Length * sizeof(ulong)) + _blocks.Sum(b => (long)b.Length);

    /// <summary>Gets the row number an ordinal was added with.</summary>
    public long RowOf(int ordinal)
    {
        var (block, at) = Locate(ordinal);
        ReadVar(block, at, out var row);
        return row;
    }

    /// <summary>Gets the lead an ordinal was added with.</summary>
    public LeadId LeadOf(int ordinal)
    {
        var (block, at) = Locate(ordinal);
        at = ReadVar(block, at, out _);
        return new(new Guid(block.AsSpan(at, 16)));
    }

    /// <summary>Indexes a row's lead under its keys (distinct, as <see cref="MatchKeys.For"/> gives them).</summary>
    /// <returns>The row's ordinal.</returns>
    public int Add(long row, LeadId lead, IReadOnlyList<MatchKey> keys)
    {
        var ordinal = Count;
        if (ordinal == _rows.Length)
        {
            Array.Resize(ref _rows, ordinal * 2);
        }

        _rows[ordinal] = Store(row, lead, keys);
        Count++;
        foreach (var key in keys)
        {
            Insert(_hash(key.Rule, key.Value), ordinal);
        }

        return ordinal;
    }

    /// <summary>The indexed row that shares the strongest rule's key with <paramref name="keys"/> (the earliest among equals), with every key it shares; <see langword="null"/> when none shares one.</summary>
    public DuplicateMatch<int>? Find(IReadOnlyList<MatchKey> keys)
    {
        var best = -1;
        var bestRule = DuplicateRule.NameAndCompany;
        var mask = _slots.Length - 1;
        foreach (var key in keys)
        {
            var hash = _hash(key.Rule, key.Value);
            for (var i = (int)(hash & (uint)mask); _slots[i] != 0; i = (i + 1) & mask)
            {
                var ordinal = (int)(_slots[i] & 0xFFFF_FFFF) - 1;
                if ((uint)(_slots[i] >> 32) != hash || !Holds(ordinal, key))
                {
                    continue;
                }

                if (best < 0 || key.Rule < bestRule || (key.Rule == bestRule && ordinal < best))
                {
                    (best, bestRule) = (ordinal, key.Rule);
                }
            }
        }

        if (best < 0)
        {
            return null;
        }

        var shared = new List<MatchKey>(1);
        foreach (var key in keys)
        {
            if (Holds(best, key) && !shared.Contains(key))
            {
                shared.Add(key);
            }
        }

        shared.Sort(static (a, b) => a.Rule != b.Rule ? a.Rule.CompareTo(b.Rule) : string.CompareOrdinal(a.Value, b.Value));
        return new DuplicateMatch<int>(best, shared);
    }

    /// <summary>The default hash: <see cref="HashCode"/> of the rule and the key's characters.</summary>
    private static uint Hash(DuplicateRule rule, string value)
    {
        var hash = default(HashCode);
        hash.Add((int)rule);
        hash.AddBytes(MemoryMarshal.AsBytes(value.AsSpan()));
        return unchecked((uint)hash.ToHashCode());
    }

    private void Insert(uint hash, int ordinal)
    {
        // At most four in five slots used: a search for a key that is not there (most rows) probes a few slots in a row.
        if ((_used + 1) * 5L > _slots.Length * 4L)
        {
            Grow();
        }

        Put(_slots, ((ulong)hash << 32) | (uint)(ordinal + 1));
        _used++;
    }

    private static void Put(ulong[] slots, ulong slot)
    {
        var mask = slots.Length - 1;
        var i = (int)((slot >> 32) & (uint)mask);
        while (slots[i] != 0)
        {
            i = (i + 1) & mask;
        }

        slots[i] = slot;
    }

    private void Grow()
    {
        var old = _slots;
        _slots = new ulong[old.Length * 2];
        foreach (var slot in old)
        {
            if (slot != 0)
            {
                Put(_slots, slot);
            }
        }
    }

    /// <summary>
    /// Writes a row to the blocks: its row number (7 bits a byte), its lead's 16 bytes, then per key
    /// its rule (with <see cref="Wide"/>), its length in bytes (7 bits a byte) and its bytes; then <see cref="End"/>.
    /// </summary>
    /// <returns>Where it starts: the block index in the high 32 bits, the offset in the low 32.</returns>
    private long Store(long row, LeadId lead, IReadOnlyList<MatchKey> keys)
    {
        var size = VarLength(row) + 16 + 1;
        foreach (var key in keys)
        {
            var length = Length(key.Value);
            size += 1 + VarLength(length) + length;
        }

        if (_blockUsed + size > BlockSize || _blocks.Count == 0)
        {
            _blocks.Add(new byte[Math.Max(BlockSize, size)]);
            _blockUsed = 0;
        }

        var block = _blocks[^1];
        var start = _blockUsed;
        var at = WriteVar(block, start, row);
        lead.Value.TryWriteBytes(block.AsSpan(at, 16));
        at += 16;
        foreach (var key in keys)
        {
            var wide = !System.Text.Ascii.IsValid(key.Value);
            block[at++] = (byte)((byte)key.Rule | (wide ? Wide : 0));
            at = WriteVar(block, at, Length(key.Value));
            at += Encode(key.Value, block.AsSpan(at));
        }

        block[at++] = End;
        _blockUsed = block.Length > BlockSize ? BlockSize : at;
        return ((long)(_blocks.Count - 1) << 32) | (uint)start;
    }

    /// <summary>Whether an ordinal's stored keys include exactly <paramref name="key"/>.</summary>
    private bool Holds(int ordinal, MatchKey key)
    {
        var (block, at) = Locate(ordinal);
        at = ReadVar(block, at, out _) + 16;
        Span<byte> wanted = stackalloc byte[0];
        byte[]? rented = null;
        var length = Length(key.Value);
        try
        {
            wanted = length <= 512 ? stackalloc byte[length] : (rented = System.Buffers.ArrayPool<byte>.Shared.Rent(length)).AsSpan(0, length);
            Encode(key.Value, wanted);
            var tag = (byte)((byte)key.Rule | (System.Text.Ascii.IsValid(key.Value) ? 0 : Wide));
            while (block[at] != End)
            {
                var stored = block[at++];
                at = ReadVar(block, at, out var read);
                var storedLength = (int)read;
                if (stored == tag && storedLength == length && block.AsSpan(at, storedLength).SequenceEqual(wanted))
                {
                    return true;
                }

                at += storedLength;
            }

            return false;
        }
        finally
        {
            if (rented is not null)
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private (byte[] Block, int At) Locate(int ordinal)
    {
        var location = _rows[ordinal];
        return (_blocks[(int)(location >> 32)], (int)(location & 0xFFFF_FFFF));
    }

    /// <summary>The stored length of a key: one byte per character when it is ASCII, two (its UTF-16 code units, exactly) otherwise.</summary>
    private static int Length(string value) => System.Text.Ascii.IsValid(value) ? value.Length : value.Length * 2;

    private static int Encode(string value, Span<byte> destination)
    {
        if (System.Text.Ascii.IsValid(value))
        {
            for (var i = 0; i < value.Length; i++)
            {
                destination[i] = (byte)value[i];
            }

            return value.Length;
        }

        MemoryMarshal.AsBytes(value.AsSpan()).CopyTo(destination);
        return value.Length * 2;
    }

    private static int VarLength(long value)
    {
        var length = 1;
        while (value >= 0x80)
        {
            value >>= 7;
            length++;
        }

        return length;
    }

    private static int WriteVar(byte[] block, int at, long value)
    {
        while (value >= 0x80)
        {
            block[at++] = (byte)((value & 0x7F) | 0x80);
            value >>= 7;
        }

        block[at++] = (byte)value;
        return at;
    }

    private static int ReadVar(byte[] block, int at, out long value)
    {
        value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = block[at++];
            value |= (long)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return at;
            }
        }
    }
}
