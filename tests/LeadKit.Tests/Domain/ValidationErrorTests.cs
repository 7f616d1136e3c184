using LeadKit.Validation;

namespace LeadKit.Tests.Domain;

public sealed class ValidationErrorTests
{
    [Fact]
    public void Constructor_KeepsEveryPart()
    {
        var error = new ValidationError("Emails[1].Address", "LeadKit.Record.DuplicateEmail", "Twice.", "ann@example.com");

        Assert.Equal("Emails[1].Address", error.PropertyPath);
        Assert.Equal("LeadKit.Record.DuplicateEmail", error.ErrorCode);
        Assert.Equal("Twice.", error.Message);
        Assert.Equal("ann@example.com", error.AttemptedValue);
        Assert.Null(new ValidationError(string.Empty, "C", "M").AttemptedValue);
    }

    [Fact]
    public void Constructor_NullPart_ThrowsArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => new ValidationError(null!, "C", "M"));
        Assert.Throws<ArgumentNullException>(() => new ValidationError("P", null!, "M"));
        Assert.Throws<ArgumentNullException>(() => new ValidationError("P", "C", null!));
    }

    [Theory]
    [InlineData("Address", "Emails[1]", "Emails[1].Address")]
    [InlineData("", "Emails[1]", "Emails[1]")]
    [InlineData("[2]", "Choices", "Choices[2]")]
    [InlineData("[2].Name", "Lines", "Lines[2].Name")]
    [InlineData("City", "Addresses[0]", "Addresses[0].City")]
    [InlineData("Address", "", "Address")]
    [InlineData("", "", "")]
    public void Within_ComposesThePath(string path, string prefix, string expected)
    {
        var error = new ValidationError(path, "LeadKit.X.Y", "Message.", "v");

        var located = error.Within(prefix);

        Assert.Equal(expected, located.PropertyPath);
        Assert.Equal("LeadKit.X.Y", located.ErrorCode);
        Assert.Equal("Message.", located.Message);
        Assert.Equal("v", located.AttemptedValue);
    }

    [Fact]
    public void Within_Nested_ComposesFromTheInsideOut()
    {
        var error = new ValidationError("Address", "C", "M");

        Assert.Equal("Contacts[3].Emails[1].Address", error.Within("Emails[1]").Within("Contacts[3]").PropertyPath);
    }

    [Fact]
    public void Within_EmptyPrefix_ReturnsTheSameError()
    {
        var error = new ValidationError("Address", "C", "M");

        Assert.Same(error, error.Within(string.Empty));
    }

    [Fact]
    public void Within_NullPrefix_ThrowsArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => new ValidationError("P", "C", "M").Within(null!));
    }

    [Fact]
    public void ToString_ShowsPathMessageAndCode()
    {
        Assert.Equal("Name: The name is required. (LeadKit.Record.NameRequired)", new ValidationError("Name", "LeadKit.Record.NameRequired", "The name is required.").ToString());
        Assert.Equal("Bad. (LeadKit.X.Y)", new ValidationError(string.Empty, "LeadKit.X.Y", "Bad.").ToString());
    }

    [Fact]
    public void Equals_SameParts_IsEqual()
    {
        Assert.Equal(new ValidationError("P", "C", "M", "v"), new ValidationError("P", "C", "M", "v"));
        Assert.NotEqual(new ValidationError("P", "C", "M", "v"), new ValidationError("P", "C", "M"));
    }
}
