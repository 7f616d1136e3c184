using LeadKit.Email;
using LeadKit.Leads;
using NodaTime;
using NodaTime.Testing;

namespace LeadKit.Email.Tests;

/// <summary>Shared set-up of the <see cref="EmailLeadCapture"/> tests, split by concern into partial files.</summary>
public sealed partial class EmailLeadCaptureTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 9, 1, 8, 0);

    private static FakeClock Clock => new(Now);

    private static LeadDraft Header(string value) => EmailLeadCapture.FromHeader(value, Clock);

    private static void AssertName(PersonName name, string fullName, string? first, string? middle, string? last, string? prefix = null, string? suffix = null)
    {
        Assert.Equal(fullName, name.FullName);
        Assert.Equal(first, name.First);
        Assert.Equal(middle, name.Middle);
        Assert.Equal(last, name.Last);
        Assert.Equal(prefix, name.Prefix);
        Assert.Equal(suffix, name.Suffix);
    }

    private static void AssertWarnings(LeadDraft draft, params CaptureWarningKind[] kinds) =>
        Assert.Equal(kinds, draft.Warnings.Select(w => w.Kind).ToArray());
}
