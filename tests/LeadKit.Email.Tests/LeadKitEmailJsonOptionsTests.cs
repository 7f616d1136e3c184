using System.IO;
using System.Text.Json;
using LeadKit.Email;
using LeadKit.Email.Serialization;
using LeadKit.Leads;
using LeadKit.Serialization;
using NodaTime;
using NodaTime.Testing;

namespace LeadKit.Email.Tests;

public sealed class LeadKitEmailJsonOptionsTests
{
    private static readonly FakeClock Clock = new(Instant.FromUtc(2026, 9, 1, 8, 0));

    [Fact]
    public void Serialize_Draft_WritesTheLeadAndWhatWasFound()
    {
        var draft = EmailLeadCapture.FromHeader("\"Lee, Dr. Ann\" <ann.lee@example.com>, bob@example.com", Clock);

        var json = JsonSerializer.Serialize(draft, new JsonSerializerOptions().ConfigureForLeadKitEmail());

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var name = root.GetProperty("lead").GetProperty("name");
        Assert.Equal("Dr. Ann Lee", name.GetProperty("fullName").GetString());
        Assert.Equal("Dr.", name.GetProperty("prefix").GetString());
        Assert.Equal("Ann", name.GetProperty("first").GetString());
        Assert.Equal("Lee", name.GetProperty("last").GetString());
        var email = root.GetProperty("lead").GetProperty("emails")[0];
        Assert.Equal("ann.lee@example.com", email.GetProperty("address").GetString());
        Assert.Equal("business", email.GetProperty("kind").GetString());
        Assert.Equal("Lee, Dr. Ann", email.GetProperty("displayName").GetString());
        Assert.Equal("ann.lee@example.com", root.GetProperty("address").GetString());
        Assert.Equal("Lee, Dr. Ann", root.GetProperty("displayName").GetString());
        Assert.Equal("displayName", root.GetProperty("nameSource").GetString());
        Assert.Equal("from", root.GetProperty("header").GetString());
        Assert.Equal("\"Lee, Dr. Ann\" <ann.lee@example.com>, bob@example.com", root.GetProperty("headerValue").GetString());
        Assert.False(root.TryGetProperty("message", out _));
        Assert.False(root.TryGetProperty("organization", out _));
        var warning = Assert.Single(root.GetProperty("warnings").EnumerateArray());
        Assert.Equal("moreThanOneAuthor", warning.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Serialize_DraftFromAMessage_WritesTheMessage()
    {
        await using var stream = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Messages", "plain.eml"));
        var draft = await EmailLeadCapture.FromStreamAsync(stream, Clock);

        var json = JsonSerializer.Serialize(draft, new JsonSerializerOptions { WriteIndented = true }.ConfigureForLeadKitEmail());

        using var document = JsonDocument.Parse(json);
        var message = document.RootElement.GetProperty("message");
        Assert.Equal("plain-1@mail.contoso.com", message.GetProperty("messageId").GetString());
        Assert.Equal("Quote for 20 licences", message.GetProperty("subject").GetString());
        Assert.Equal("2026-09-01T07:30:00Z", message.GetProperty("sentAt").GetString());
        Assert.Equal("Contoso Ltd.", document.RootElement.GetProperty("organization").GetString());
        Assert.Equal("Contoso Ltd.", document.RootElement.GetProperty("lead").GetProperty("companyName").GetString());
        Assert.Empty(document.RootElement.GetProperty("warnings").EnumerateArray());
    }

    [Fact]
    public void Serialize_DraftsLeadMember_ReadsBackAsTheSameLead()
    {
        var draft = EmailLeadCapture.FromHeader("=?ISO-8859-1?Q?Moore=2C_Keith?= <keith@example.com>", Clock);
        var options = new JsonSerializerOptions().ConfigureForLeadKitEmail();

        using var document = JsonDocument.Parse(JsonSerializer.Serialize(draft, options));
        var lead = document.RootElement.GetProperty("lead").Deserialize<Lead>(LeadKitJsonOptions.Default)!;

        Assert.Equal(draft.Lead.Id, lead.Id);
        Assert.Equal(draft.Name, lead.Name);
        Assert.Equal(draft.Lead.Emails, lead.Emails);
    }

    [Fact]
    public void Deserialize_Draft_IsNotSupported()
    {
        var options = new JsonSerializerOptions().ConfigureForLeadKitEmail();

        var error = Assert.Throws<NotSupportedException>(() => JsonSerializer.Deserialize<LeadDraft>("{}", options));

        Assert.Contains("ConfigureForLeadKit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ConfigureForLeadKitEmail_Twice_AddsOneConverter()
    {
        var options = new JsonSerializerOptions();

        var returned = options.ConfigureForLeadKitEmail().ConfigureForLeadKitEmail();

        Assert.Same(options, returned);
        Assert.Single(options.Converters, c => c.CanConvert(typeof(LeadDraft)));
    }

    [Fact]
    public void ConfigureForLeadKitEmail_Null_IsRefused() =>
        Assert.Throws<ArgumentNullException>("options", () => LeadKitEmailJsonOptions.ConfigureForLeadKitEmail(null!));

    [Fact]
    public void Serialize_WithoutReflection_StillWritesTheDraft()
    {
        var options = new JsonSerializerOptions { TypeInfoResolver = System.Text.Json.Serialization.Metadata.JsonTypeInfoResolver.Combine() }.ConfigureForLeadKitEmail();
        var draft = EmailLeadCapture.FromHeader("Ann Lee <ann@example.com>", Clock);

        var json = JsonSerializer.Serialize(draft, options);

        Assert.Contains("\"address\":\"ann@example.com\"", json, StringComparison.Ordinal);
    }
}
