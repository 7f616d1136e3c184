using LeadKit.Leads;
using LeadKit.Validation;

namespace LeadKit.Tests.Domain;

public sealed class LeadKitValidationExceptionTests
{
    [Fact]
    public void Message_ListsEveryError()
    {
        var ex = new LeadKitValidationException("Lead",
        [
            new ValidationError("Name", "LeadKit.Record.NameRequired", "The name is required."),
            new ValidationError("Emails[1].Address", "LeadKit.Record.DuplicateEmail", "Twice."),
            new ValidationError(string.Empty, "LeadKit.Lead.Other", "Something else."),
        ]);

        Assert.Equal(
            "Lead is invalid: Name: The name is required. (LeadKit.Record.NameRequired); Emails[1].Address: Twice. (LeadKit.Record.DuplicateEmail); Something else. (LeadKit.Lead.Other)",
            ex.Message);
        Assert.Equal("Lead", ex.TypeName);
        Assert.Equal(3, ex.Errors.Count);
    }

    [Fact]
    public void Message_OfARealRefusal_NamesEveryFailedRule()
    {
        var ex = Assert.Throws<LeadKitValidationException>(() => new PhoneNumber(PhoneKind.Business, "ab"));

        Assert.Equal(2, ex.Errors.Count);
        Assert.All(ex.Errors, e => Assert.Contains(e.ErrorCode, ex.Message, StringComparison.Ordinal));
        Assert.StartsWith("PhoneNumber is invalid: ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_EnumeratesTheErrorsOnce()
    {
        var calls = 0;
        IEnumerable<ValidationError> Errors()
        {
            calls++;
            yield return new ValidationError("P", "C", "M");
        }

        var ex = new LeadKitValidationException("T", Errors());

        Assert.Single(ex.Errors);
        Assert.Single(ex.Errors);
        Assert.Equal(1, calls);
    }

    [Fact]
    public void Constructor_NoError_ThrowsArgument()
    {
        Assert.Throws<ArgumentException>(() => new LeadKitValidationException("Lead", []));
    }

    [Fact]
    public void Constructor_NullErrors_ThrowsArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => new LeadKitValidationException("Lead", null!));
    }

    [Fact]
    public void IsALeadKitException()
    {
        var ex = new LeadKitValidationException("Lead", [new ValidationError("P", "C", "M")]);

        Assert.IsAssignableFrom<LeadKitException>(ex);
    }

    [Fact]
    public void LeadKitException_Constructors_KeepMessageAndCause()
    {
        var cause = new InvalidOperationException("inner");

        Assert.Equal("A LeadKit operation failed.", new LeadKitException().Message);
        Assert.Equal("boom", new LeadKitException("boom").Message);
        Assert.Same(cause, new LeadKitException("boom", cause).InnerException);
    }
}
