using LeadKit.Contacts;
using LeadKit.Leads;
using NodaTime;
using NodaTime.Testing;

namespace LeadKit.Tests.Domain;

/// <summary>The field-reference fields every lead and business contact has (ContactRecord.Details.cs).</summary>
public sealed class ContactRecordDetailsTests
{
    private static readonly FakeClock Clock = new(Instant.FromUtc(2026, 11, 27, 9, 0));

    public static TheoryData<string> TextFields => new()
    {
        "Department", "Office", "Profession", "ManagerName", "AssistantName", "Nickname", "Spouse", "ImAddress", "Territory",
    };

    [Fact]
    public void NewRecord_HasNoDetailsAndIsActive()
    {
        var lead = Lead.Create(PersonName.Parse("Ann Lee"), Clock);

        Assert.True(lead.IsActive);
        Assert.Equal(PreferredContactMethod.Any, lead.PreferredContactMethod);
        Assert.False(lead.DoNotCall || lead.DoNotEmail || lead.DoNotFax || lead.DoNotSendLetter);
        foreach (var field in new[] { "Department", "Office", "Profession", "ManagerName", "AssistantName", "Nickname", "Spouse", "ImAddress", "Territory" })
        {
            Assert.Null(Read(lead, field));
        }

        Assert.Null(lead.PhoneticName);
        Assert.Null(lead.Birthday);
        Assert.Null(lead.Anniversary);
    }

    [Theory]
    [MemberData(nameof(TextFields))]
    public void SetText_TrimsAndBlankClears(string field)
    {
        var lead = Lead.Create(PersonName.Parse("Ann Lee"), Clock);

        Set(lead, field, "  Sales  ");
        Assert.Equal("Sales", Read(lead, field));
        Set(lead, field, " \t");
        Assert.Null(Read(lead, field));
    }

    [Theory]
    [MemberData(nameof(TextFields))]
    public void SetText_AtTheLimit_IsAccepted(string field)
    {
        var contact = BusinessContact.Create(PersonName.Parse("Ann Lee"), Clock);

        Set(contact, field, new string('a', ContactRecord.MaxTextLength));

        Assert.Equal(ContactRecord.MaxTextLength, Read(contact, field)!.Length);
    }

    [Theory]
    [MemberData(nameof(TextFields))]
    public void SetText_TooLong_IsRefusedNamingTheFieldAndLeavesTheValue(string field)
    {
        var lead = Lead.Create(PersonName.Parse("Ann Lee"), Clock);
        Set(lead, field, "Before");

        ValidationAssert.Single(() => Set(lead, field, new string('a', ContactRecord.MaxTextLength + 1)), field, $"LeadKit.Record.{field}TooLong");

        Assert.Equal("Before", Read(lead, field));
    }

    [Fact]
    public void SetPreferredContactMethod_Undefined_IsRefused()
    {
        var lead = Lead.Create(PersonName.Parse("Ann Lee"), Clock);
        lead.SetPreferredContactMethod(PreferredContactMethod.Letter);

        ValidationAssert.Single(() => lead.SetPreferredContactMethod((PreferredContactMethod)9), "PreferredContactMethod", "LeadKit.Record.PreferredContactMethod");

        Assert.Equal(PreferredContactMethod.Letter, lead.PreferredContactMethod);
    }

    [Fact]
    public void SetPhoneticName_EmptyValue_ClearsIt()
    {
        var lead = Lead.Create(PersonName.Parse("Ann Lee"), Clock);
        lead.SetPhoneticName(new PhoneticName(last: "リー"));
        Assert.Equal("リー", lead.PhoneticName!.Last);

        lead.SetPhoneticName(new PhoneticName(" ", null, ""));

        Assert.Null(lead.PhoneticName);
    }

    [Theory]
    [InlineData("First", 101)]
    [InlineData("Last", 101)]
    [InlineData("Company", 256)]
    public void PhoneticName_PartTooLong_IsRefused(string part, int length)
    {
        var text = new string('ア', length);
        Func<object?> create = part switch
        {
            "First" => () => new PhoneticName(first: text),
            "Last" => () => new PhoneticName(last: text),
            _ => () => new PhoneticName(company: text),
        };

        ValidationAssert.Single(create, part, "LeadKit.PhoneticName.PartTooLong");
    }

    [Fact]
    public void PhoneticName_AtTheLimits_IsAccepted()
    {
        var name = new PhoneticName(new string('ア', 100), new string('リ', 100), new string('コ', 255));

        Assert.False(name.IsEmpty);
        Assert.True(new PhoneticName().IsEmpty);
        Assert.Equal(new PhoneticName("アン"), new PhoneticName(" アン "));
    }

    [Fact]
    public void Flags_AreIndependent()
    {
        var lead = Lead.Create(PersonName.Parse("Ann Lee"), Clock);

        lead.SetDoNotCall(true);
        lead.SetDoNotSendLetter(true);
        lead.SetActive(false);

        Assert.Equal((true, false, false, true, false), (lead.DoNotCall, lead.DoNotEmail, lead.DoNotFax, lead.DoNotSendLetter, lead.IsActive));
    }

    [Fact]
    public void Copy_KeepsEveryField()
    {
        var lead = Lead.Create(PersonName.Parse("Ann Lee"), Clock);
        lead.SetDepartment("Sales");
        lead.SetBirthday(new LocalDate(1980, 2, 29));
        lead.SetPhoneticName(new PhoneticName("アン", "リー"));
        lead.SetDoNotFax(true);
        lead.SetActive(false);

        Assert.Empty(LeadKit.Testing.RecordComparer.Differences(lead, lead.Copy()));
    }

    [Theory]
    [MemberData(nameof(TextFields))]
    public void Validator_TextTooLongSetOutsideTheSetter_IsReported(string field)
    {
        // The validator re-checks what the setters guard, for records built by other code.
        var lead = Lead.Create(PersonName.Parse("Ann Lee"), Clock);
        typeof(ContactRecord).GetProperty(field)!.SetValue(lead, new string('a', ContactRecord.MaxTextLength + 1));

        var result = new LeadValidator().Validate(lead);

        Assert.Equal($"LeadKit.Record.{field}TooLong", Assert.Single(result.Errors).ErrorCode);
    }

    private static void Set(ContactRecord record, string field, string? value)
    {
        try
        {
            typeof(ContactRecord).GetMethod("Set" + field)!.Invoke(record, [value]);
        }
        catch (System.Reflection.TargetInvocationException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
        }
    }

    private static string? Read(ContactRecord record, string field) => (string?)typeof(ContactRecord).GetProperty(field)!.GetValue(record);
}
