using LeadKit.Contacts;
using LeadKit.History;
using LeadKit.Leads;
using LeadKit.Validation;

namespace LeadKit.Tests.Domain;

/// <summary>The six GUID-based identifiers share one contract; each is checked here.</summary>
public sealed class IdentifierTests
{
    private const string Text = "0192f0c1-7a4e-7c3b-9d2e-1234567890ab";
    private const string Smaller = "0192f0c1-7a4e-7c3b-9d2e-1234567890aa";

    public static TheoryData<string> Names => new() { "LeadId", "ContactId", "UserId", "AccountId", "HistoryItemId", "OpportunityId" };

    [Theory]
    [MemberData(nameof(Names))]
    public void Constructor_EmptyGuid_IsRefusedWithEmpty(string name)
    {
        var ex = Assert.Throws<LeadKitValidationException>(() => Id(name).Create(Guid.Empty));

        var error = Assert.Single(ex.Errors);
        Assert.Equal(string.Empty, error.PropertyPath);
        Assert.Equal($"LeadKit.{name}.Empty", error.ErrorCode);
        Assert.Equal(name, ex.TypeName);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Constructor_Guid_KeepsTheValue(string name)
    {
        var guid = Guid.Parse(Text);

        Assert.Equal(guid, Id(name).Value(Id(name).Create(guid)));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void New_IsANonEmptyUniqueVersion7Guid(string name)
    {
        var a = Id(name).Value(Id(name).New());
        var b = Id(name).Value(Id(name).New());

        Assert.NotEqual(Guid.Empty, a);
        Assert.NotEqual(a, b);
        Assert.Equal(7, a.Version);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Parse_ToString_RoundTrips(string name)
    {
        var id = Id(name).Parse(Text);

        Assert.Equal(Text, id.ToString());
        Assert.Equal(id, Id(name).Parse(id.ToString()!));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Parse_OtherGuidFormats_AreAccepted(string name)
    {
        var expected = Id(name).Parse(Text);

        Assert.Equal(expected, Id(name).Parse("{" + Text.ToUpperInvariant() + "}"));
        Assert.Equal(expected, Id(name).Parse(Text.Replace("-", string.Empty, StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Parse_Garbage_IsRefusedWithSyntax(string name)
    {
        foreach (var text in new[] { "not-a-guid", string.Empty, "  ", Guid.Empty.ToString() })
        {
            var ex = Assert.Throws<LeadKitValidationException>(() => Id(name).Parse(text));

            var error = Assert.Single(ex.Errors);
            Assert.Equal($"LeadKit.{name}.Syntax", error.ErrorCode);
            Assert.Equal(text, error.AttemptedValue);
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Parse_Null_ThrowsArgumentNull(string name)
    {
        Assert.Throws<ArgumentNullException>(() => Id(name).Parse(null!));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void TryParse_AcceptsWhatParseAccepts(string name)
    {
        Assert.True(Id(name).TryParse(Text, out var id));
        Assert.Equal(Id(name).Parse(Text), id);

        foreach (var text in new[] { null, string.Empty, "nope", Guid.Empty.ToString() })
        {
            Assert.False(Id(name).TryParse(text, out var none));
            Assert.Equal(Guid.Empty, Id(name).Value(none!));
        }
    }

    [Fact]
    public void Operators_OrderByTheGuid()
    {
        AssertOrdering(LeadId.Parse(Smaller), LeadId.Parse(Text), (a, b) => a < b, (a, b) => a <= b, (a, b) => a > b, (a, b) => a >= b);
        AssertOrdering(ContactId.Parse(Smaller), ContactId.Parse(Text), (a, b) => a < b, (a, b) => a <= b, (a, b) => a > b, (a, b) => a >= b);
        AssertOrdering(UserId.Parse(Smaller), UserId.Parse(Text), (a, b) => a < b, (a, b) => a <= b, (a, b) => a > b, (a, b) => a >= b);
        AssertOrdering(AccountId.Parse(Smaller), AccountId.Parse(Text), (a, b) => a < b, (a, b) => a <= b, (a, b) => a > b, (a, b) => a >= b);
        AssertOrdering(HistoryItemId.Parse(Smaller), HistoryItemId.Parse(Text), (a, b) => a < b, (a, b) => a <= b, (a, b) => a > b, (a, b) => a >= b);
        AssertOrdering(OpportunityId.Parse(Smaller), OpportunityId.Parse(Text), (a, b) => a < b, (a, b) => a <= b, (a, b) => a > b, (a, b) => a >= b);
    }

    [Fact]
    public void New_IdsCreatedLater_SortLast()
    {
        var ids = Enumerable.Range(0, 50).Select(_ => LeadId.New()).ToList();

        // Compare the 48-bit millisecond timestamps only: ids of the same millisecond are in no particular order.
        Assert.Equal(ids.Select(i => i.Value.ToString("N")[..12]), ids.Order().Select(i => i.Value.ToString("N")[..12]));
    }

    [Fact]
    public void New_ManyIds_HaveTheVersion7LayoutTheCurrentTimeAndNoRepeats()
    {
        // More than one refill of the per-thread random buffer (256 ids).
        var before = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var ids = Enumerable.Range(0, 1_000).Select(_ => LeadId.New().Value).ToList();
        var after = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

        Assert.Equal(ids.Count, ids.Distinct().Count());
        Span<byte> bytes = stackalloc byte[16];
        foreach (var id in ids)
        {
            Assert.True(id.TryWriteBytes(bytes, bigEndian: true, out _));
            var milliseconds = System.Buffers.Binary.BinaryPrimitives.ReadInt64BigEndian(bytes) >>> 16;
            Assert.InRange(milliseconds, before, after);
            Assert.Equal(7, id.Version);
            Assert.Equal(0b10, bytes[8] >> 6);
        }

        // The random bits are not the same from one id to the next (74 bits: a repeat would be a broken buffer).
        Assert.Equal(ids.Count, ids.Select(i => i.ToString("N")[13..]).Distinct().Count());
    }

    [Fact]
    public void Equals_SameGuid_IsEqual()
    {
        Assert.Equal(LeadId.Parse(Text), new LeadId(Guid.Parse(Text)));
        Assert.True(LeadId.Parse(Text) == new LeadId(Guid.Parse(Text)));
        Assert.NotEqual(LeadId.Parse(Text), LeadId.Parse(Smaller));
    }

    private static void AssertOrdering<T>(T low, T high, Func<T, T, bool> lt, Func<T, T, bool> le, Func<T, T, bool> gt, Func<T, T, bool> ge)
        where T : IComparable<T>
    {
        Assert.True(lt(low, high));
        Assert.False(lt(high, low));
        Assert.False(lt(low, low));
        Assert.True(le(low, high));
        Assert.True(le(low, low));
        Assert.False(le(high, low));
        Assert.True(gt(high, low));
        Assert.False(gt(low, high));
        Assert.False(gt(high, high));
        Assert.True(ge(high, low));
        Assert.True(ge(high, high));
        Assert.False(ge(low, high));
        Assert.True(low.CompareTo(high) < 0);
        Assert.Equal(0, low.CompareTo(low));
    }

    private static IdKind Id(string name) => name switch
    {
        "LeadId" => new(g => new LeadId(g), () => LeadId.New(), t => LeadId.Parse(t), (string? t, out object? id) => { var ok = LeadId.TryParse(t, out var v); id = v; return ok; }, o => ((LeadId)o).Value),
        "ContactId" => new(g => new ContactId(g), () => ContactId.New(), t => ContactId.Parse(t), (string? t, out object? id) => { var ok = ContactId.TryParse(t, out var v); id = v; return ok; }, o => ((ContactId)o).Value),
        "UserId" => new(g => new UserId(g), () => UserId.New(), t => UserId.Parse(t), (string? t, out object? id) => { var ok = UserId.TryParse(t, out var v); id = v; return ok; }, o => ((UserId)o).Value),
        "AccountId" => new(g => new AccountId(g), () => AccountId.New(), t => AccountId.Parse(t), (string? t, out object? id) => { var ok = AccountId.TryParse(t, out var v); id = v; return ok; }, o => ((AccountId)o).Value),
        "HistoryItemId" => new(g => new HistoryItemId(g), () => HistoryItemId.New(), t => HistoryItemId.Parse(t), (string? t, out object? id) => { var ok = HistoryItemId.TryParse(t, out var v); id = v; return ok; }, o => ((HistoryItemId)o).Value),
        _ => new(g => new OpportunityId(g), () => OpportunityId.New(), t => OpportunityId.Parse(t), (string? t, out object? id) => { var ok = OpportunityId.TryParse(t, out var v); id = v; return ok; }, o => ((OpportunityId)o).Value),
    };

    private delegate bool TryParser(string? text, out object? id);

    /// <summary>One identifier type's operations, boxed, so one test covers all six types.</summary>
    private sealed record IdKind(Func<Guid, object> Create, Func<object> New, Func<string, object> Parse, TryParser TryParseCore, Func<object, Guid> Value)
    {
        public bool TryParse(string? text, out object? id) => TryParseCore(text, out id);
    }
}
