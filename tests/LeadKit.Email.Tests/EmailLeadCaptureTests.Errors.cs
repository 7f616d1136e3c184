using System.IO;
using LeadKit.Email;
using MimeKit;

namespace LeadKit.Email.Tests;

/// <content>Every error path: arguments, missing and malformed senders, unreadable messages.</content>
public sealed partial class EmailLeadCaptureTests
{
    [Fact]
    public void FromHeader_NullArguments_AreRefused()
    {
        Assert.Throws<ArgumentNullException>("fromHeaderValue", () => EmailLeadCapture.FromHeader(null!, Clock));
        Assert.Throws<ArgumentNullException>("clock", () => EmailLeadCapture.FromHeader("ann@example.com", null!));
        Assert.Throws<ArgumentNullException>("parserOptions", () => EmailLeadCapture.FromHeader("ann@example.com", Clock, null!));
    }

    [Fact]
    public void FromMessage_NullArguments_AreRefused()
    {
        using var message = new MimeMessage();

        Assert.Throws<ArgumentNullException>("message", () => EmailLeadCapture.FromMessage(null!, Clock));
        Assert.Throws<ArgumentNullException>("clock", () => EmailLeadCapture.FromMessage(message, null!));
    }

    [Fact]
    public async Task FromStreamAsync_NullArguments_AreRefused()
    {
        using var stream = new MemoryStream();

        await Assert.ThrowsAsync<ArgumentNullException>("eml", () => EmailLeadCapture.FromStreamAsync(null!, Clock));
        await Assert.ThrowsAsync<ArgumentNullException>("clock", () => EmailLeadCapture.FromStreamAsync(stream, null!));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\r\n\t")]
    [InlineData("From:")]
    [InlineData("From:   ")]
    public void FromHeader_EmptyValue_IsAMissingSender(string value)
    {
        var error = Assert.Throws<EmailCaptureException>(() => Header(value));

        Assert.Equal(EmailCaptureFailure.MissingSender, error.Failure);
        Assert.Equal("From", error.HeaderName);
        Assert.Equal(value, error.HeaderValue);
        Assert.Equal("The From: header value is empty: there is no sender to make a lead from.", error.Message);
    }

    [Theory]
    [InlineData("undisclosed-recipients:;")]
    [InlineData("Sales Team: ;")]
    public void FromHeader_EmptyGroup_IsAMissingSender(string value)
    {
        var error = Assert.Throws<EmailCaptureException>(() => Header(value));

        Assert.Equal(EmailCaptureFailure.MissingSender, error.Failure);
        Assert.Equal(value, error.HeaderValue);
        Assert.Equal($"The message has no sender to make a lead from: the From: header \"{value}\" names no mailbox, and there is no Sender: header.", error.Message);
    }

    [Theory]
    [InlineData("Ann Lee", "cannot be read as an address (MimeKit: ")]
    [InlineData("Ann Lee <ann.lee@>", "cannot be read as an address (MimeKit: ")]
    [InlineData("Ann Lee <ann lee@example.com>", "cannot be read as an address (MimeKit: ")]
    [InlineData("<>", "cannot be read as an address (MimeKit: ")]
    [InlineData("Ann Lee <ann.lee>", "has no valid e-mail address (\"Ann Lee <ann.lee>\": 'ann.lee' is not a valid e-mail address: ")]
    [InlineData("Ann Lee <\"ann lee\"@example.com>", "has no valid e-mail address (\"Ann Lee <\"ann lee\"@example.com>\": '\"ann lee\"@example.com' is not a valid e-mail address: ")]
    [InlineData("Ann Lee <ann@localhost>", "has no valid e-mail address (")]
    [InlineData("Ann Lee <ann@[192.0.2.1]>", "has no valid e-mail address (")]
    [InlineData("Ann <ann>, Bob <bob>", "has no valid e-mail address (\"Ann <ann>\": 'ann' is not a valid e-mail address: ")]
    public void FromHeader_NoUsableAddress_IsAMalformedSenderQuotingTheValue(string value, string reason)
    {
        var error = Assert.Throws<EmailCaptureException>(() => Header(value));

        Assert.Equal(EmailCaptureFailure.MalformedSender, error.Failure);
        Assert.Equal("From", error.HeaderName);
        Assert.Equal(value, error.HeaderValue);
        Assert.StartsWith($"The message has no usable sender to make a lead from: the From: header \"{value}\" ", error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.EndsWith(", and there is no Sender: header.", error.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<LeadKitException>(error);
    }

    [Fact]
    public void FromMessage_NoFromAndNoSender_IsAMissingSender()
    {
        using var message = MimeMessage.Load(Bytes("Subject: Hello\r\n\r\nbody\r\n"));

        var error = Assert.Throws<EmailCaptureException>(() => EmailLeadCapture.FromMessage(message, Clock));

        Assert.Equal(EmailCaptureFailure.MissingSender, error.Failure);
        Assert.Null(error.HeaderValue);
        Assert.Equal("The message has no sender to make a lead from: there is no From: header, and there is no Sender: header.", error.Message);
    }

    [Fact]
    public void FromMessage_NewMimeMessageWithoutFrom_IsAMissingSender()
    {
        // MimeKit gives every new message an empty From: header.
        using var message = new MimeMessage();

        var error = Assert.Throws<EmailCaptureException>(() => EmailLeadCapture.FromMessage(message, Clock));

        Assert.Equal(EmailCaptureFailure.MissingSender, error.Failure);
        Assert.Equal("The message has no sender to make a lead from: the From: header is empty, and there is no Sender: header.", error.Message);
    }

    [Fact]
    public void FromMessage_MalformedFromAndMalformedSender_NamesBoth()
    {
        using var message = MimeMessage.Load(Bytes("From: Ann Lee <ann@>\r\nSender: Bob <bob@>\r\n\r\nbody\r\n"));

        var error = Assert.Throws<EmailCaptureException>(() => EmailLeadCapture.FromMessage(message, Clock));

        Assert.Equal(EmailCaptureFailure.MalformedSender, error.Failure);
        Assert.Equal("Ann Lee <ann@>", error.HeaderValue);
        Assert.Contains("the From: header \"Ann Lee <ann@>\" cannot be read", error.Message, StringComparison.Ordinal);
        Assert.Contains("and the Sender: header \"Bob <bob@>\" cannot be read", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromMessage_MissingFromAndMalformedSender_IsAMalformedSender()
    {
        using var message = MimeMessage.Load(Bytes("Sender: Bob <bob>\r\n\r\nbody\r\n"));

        var error = Assert.Throws<EmailCaptureException>(() => EmailLeadCapture.FromMessage(message, Clock));

        Assert.Equal(EmailCaptureFailure.MalformedSender, error.Failure);
        Assert.Null(error.HeaderValue);
        Assert.StartsWith("The message has no usable sender to make a lead from: there is no From: header, and the Sender: header \"Bob <bob>\" has no valid e-mail address", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromMessage_EmptyFromHeader_IsAMissingSender()
    {
        using var message = MimeMessage.Load(Bytes("From: \r\nSubject: x\r\n\r\nbody\r\n"));

        var error = Assert.Throws<EmailCaptureException>(() => EmailLeadCapture.FromMessage(message, Clock));

        Assert.Equal(EmailCaptureFailure.MissingSender, error.Failure);
        Assert.Contains("the From: header is empty", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("This is a note, not an e-mail message.")]
    public async Task FromStreamAsync_NotAMessage_IsAnUnreadableMessage(string content)
    {
        using var stream = Bytes(content);

        var error = await Assert.ThrowsAsync<EmailCaptureException>(() => EmailLeadCapture.FromStreamAsync(stream, Clock));

        Assert.Equal(EmailCaptureFailure.UnreadableMessage, error.Failure);
        Assert.Null(error.HeaderName);
        Assert.IsType<FormatException>(error.InnerException);
        Assert.StartsWith("The stream is not an e-mail message: its headers cannot be read (", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FromStreamAsync_Cancelled_Throws()
    {
        using var stream = Bytes("From: Ann Lee <ann@example.com>\r\n\r\nbody\r\n");
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => EmailLeadCapture.FromStreamAsync(stream, Clock, cancellation.Token));
    }

    [Fact]
    public void FromHeader_ParseError_IsTheInnerExceptionAndIsQuoted()
    {
        var error = Assert.Throws<EmailCaptureException>(() => Header("Ann Lee <ann@>"));

        Assert.IsType<ParseException>(error.InnerException);
        Assert.Contains("MimeKit: Invalid domain token at offset", error.Message, StringComparison.Ordinal);
    }

    private static MemoryStream Bytes(string text) => new(System.Text.Encoding.UTF8.GetBytes(text));
}
