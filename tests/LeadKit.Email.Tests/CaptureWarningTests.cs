using LeadKit.Email;
using NodaTime;

namespace LeadKit.Email.Tests;

public sealed class CaptureWarningTests
{
    [Fact]
    public void Constructor_BlankMessage_IsRefused() =>
        Assert.Throws<ArgumentException>("message", () => new CaptureWarning(CaptureWarningKind.NameFromAddress, " "));

    [Fact]
    public void Equality_IsByKindAndMessage()
    {
        var a = new CaptureWarning(CaptureWarningKind.NameFromAddress, "No display name.");

        Assert.Equal(a, new CaptureWarning(CaptureWarningKind.NameFromAddress, "No display name."));
        Assert.Equal(a.GetHashCode(), new CaptureWarning(CaptureWarningKind.NameFromAddress, "No display name.").GetHashCode());
        Assert.NotEqual(a, new CaptureWarning(CaptureWarningKind.NameNotSplit, "No display name."));
        Assert.NotEqual(a, new CaptureWarning(CaptureWarningKind.NameFromAddress, "No display name!"));
        Assert.False(a.Equals(null));
        Assert.Equal("NameFromAddress: No display name.", a.ToString());
    }

    [Fact]
    public void EmailMessageInfo_BlankTexts_AreNull()
    {
        var info = new EmailMessageInfo("  ", "\t", null);

        Assert.Null(info.MessageId);
        Assert.Null(info.Subject);
        Assert.Equal(new EmailMessageInfo(null, null, null), info);
        Assert.NotEqual(new EmailMessageInfo("a@b", null, null), info);
        Assert.NotEqual(new EmailMessageInfo(null, null, Instant.FromUnixTimeSeconds(0)), info);
        Assert.Equal(info.GetHashCode(), new EmailMessageInfo(null, null, null).GetHashCode());
    }

    [Fact]
    public void EmailCaptureException_KeepsItsContext()
    {
        var inner = new FormatException("x");

        var error = new EmailCaptureException(EmailCaptureFailure.MalformedSender, "Bad.", "From", "Ann <ann@>", inner);

        Assert.Equal(EmailCaptureFailure.MalformedSender, error.Failure);
        Assert.Equal("From", error.HeaderName);
        Assert.Equal("Ann <ann@>", error.HeaderValue);
        Assert.Same(inner, error.InnerException);
        Assert.IsAssignableFrom<LeadKitException>(error);
    }
}
