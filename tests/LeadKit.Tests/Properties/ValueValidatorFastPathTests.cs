using FluentValidation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LeadKit.Leads;
using LeadKit.Utility;
using LeadKit.Validation;

namespace LeadKit.Tests.Properties;

/// <summary>
/// The value constructors accept a value through a hand-written check (<c>Accepts</c>) and run their
/// FluentValidation validator only for a value it refuses. The law: the check and the validator agree
/// on every value, so the fast path never lets an invalid value through, and a valid value never pays
/// for the validator. Values that are invalid are built inside <see cref="Preconditions.TrustedRead{T}"/>,
/// which skips validation, so both can be asked about them.
/// </summary>
[Properties(MaxTest = 2_000)]
public sealed class ValueValidatorFastPathTests
{
    /// <summary>Phone-like text: digits, the allowed punctuation, extension markers, letters and odd white space.</summary>
    private static readonly Arbitrary<string> PhoneText = Text("0123456789 +-().//xXeEtT#a\u00A0\t", 0, 70);

    /// <summary>Domain-like text: letters of both cases, digits, dots and hyphens (IDN's <c>xn--</c> too), and what IDNA maps or refuses.</summary>
    private static readonly Arbitrary<string> DomainText = Arb.From(
        Gen.OneOf(
            Chars("abcZ09-.", 0, 20),
            Chars("ab-.xn", 0, 16),
            Chars("ab.-_ü\u00DF\u3002\u00AD\u2163 ", 0, 12),
            Gen.Elements("example.com", "EXAMPLE.COM", "xn--bcher-kva.example", "xn--zz.example", "ab--cd.example", "a-.b", "-a.b", "a.b.", ".a.b", "a..b", "a.123", "123.a1", "localhost", "bücher.example", "b\u00FCcher.example", "ex\u3002com")
),
        Shrink);

    /// <summary>Text for a length limit: blank, white space, or a run of letters around the limit.</summary>
    private static Gen<string?> AroundLimit(int limit) =>
        Gen.OneOf(
            Gen.Constant<string?>(null),
            Gen.Elements<string?>(string.Empty, "  ", "\t", "Ann"),
            Gen.Choose(limit - 2, limit + 2).Select(n => (string?)new string('a', n)));

    private static Gen<T> Kinds<T>()
        where T : struct, Enum =>
        Gen.OneOf(Gen.Elements(Enum.GetValues<T>()), Gen.Elements(-1, 99).Select(n => (T)(object)n));

    [Property]
    public Property PhoneNumber_FastCheck_AgreesWithTheValidator() =>
        Prop.ForAll(PhoneText, Arb.From(Kinds<PhoneKind>()), (text, kind) =>
            AssertAgree(() => new PhoneNumber(kind, text), PhoneNumberValidator.Instance, PhoneNumberValidator.Accepts));

    [Property]
    public Property EmailAddress_AsciiDomainCheck_AgreesWithTheIdnaMapping() =>
        Prop.ForAll(DomainText, domain =>
            Assert.Equal(EmailAddressValidator.IsDomainThroughIdn(domain), EmailAddressValidator.IsValid("ann", domain)));

    [Property]
    public Property EmailAddress_FastCheck_AgreesWithTheValidator() =>
        Prop.ForAll(Text("aB0.!#+-_ ü\u00DF", 0, 10), DomainText, (local, domain) =>
            AssertAgree(() => EmailAddress.Parse(local + "@" + domain), EmailAddressValidator.Instance, a => EmailAddressValidator.IsValid(a.LocalPart, a.Domain)));

    [Property]
    public Property EmailEntry_FastCheck_AgreesWithTheValidator() =>
        Prop.ForAll(Arb.From(Kinds<EmailKind>()), Arb.From(AroundLimit(EmailEntry.MaxDisplayNameLength)), (kind, display) =>
            AssertAgree(() => new EmailEntry(kind, EmailAddress.Parse("ann@example.com"), display), EmailEntryValidator.Instance, EmailEntryValidator.Accepts));

    [Property]
    public Property PostalAddress_FastCheck_AgreesWithTheValidator() =>
        Prop.ForAll(
            Arb.From(Kinds<AddressKind>()),
            Arb.From(Gen.ArrayOf(AroundLimit(PostalAddress.MaxComponentLength), 6)),
            (kind, parts) =>
                AssertAgree(() => new PostalAddress(kind, parts[0], parts[1], parts[2], parts[3], parts[4], parts[5]), PostalAddressValidator.Instance, PostalAddressValidator.Accepts));

    [Property]
    public Property PersonName_FastCheck_AgreesWithTheValidator() =>
        Prop.ForAll(
            Arb.From(AroundLimit(PersonNameValidator.MaxFullNameLength)),
            Arb.From(Gen.ArrayOf(AroundLimit(PersonNameValidator.MaxPartLength), 5)),
            (full, parts) =>
                AssertAgree(() => new PersonName(full!, parts[0], parts[1], parts[2], parts[3], parts[4]), PersonNameValidator.Instance, PersonNameValidator.Accepts));

    [Fact]
    public void Constructors_InvalidValue_ThrowTheValidatorsErrors()
    {
        var error = Assert.Throws<LeadKitValidationException>(() => new PhoneNumber((PhoneKind)99, "12"));

        Assert.Equal(["LeadKit.PhoneNumber.Kind", "LeadKit.PhoneNumber.TooFewDigits"], error.Errors.Select(e => e.ErrorCode));
        Assert.Equal("PhoneNumber", error.TypeName);
    }

    /// <summary>
    /// Builds the value without validation, then checks that the fast check and the validator agree,
    /// and that the real constructor accepts it exactly when they do, refusing it with the validator's codes.
    /// </summary>
    private static void AssertAgree<T>(Func<T> build, IValidator<T> validator, Func<T, bool> accepts)
    {
        var value = Preconditions.TrustedRead(build, static b => b());
        var result = validator.Validate(value);
        Assert.Equal(result.IsValid, accepts(value));
        if (result.IsValid)
        {
            build();
        }
        else
        {
            var error = Assert.Throws<LeadKitValidationException>(() => build());
            Assert.Equal(result.Errors.Select(e => e.ErrorCode), error.Errors.Select(e => e.ErrorCode));
        }
    }

    private static Arbitrary<string> Text(string alphabet, int min, int max) => Arb.From(Chars(alphabet, min, max), Shrink);

    private static Gen<string> Chars(string alphabet, int min, int max) =>
        from length in Gen.Choose(min, max)
        from chars in Gen.ArrayOf(Gen.Elements(alphabet.ToCharArray()), length)
        select new string(chars);

    /// <summary>Shrinks text by dropping one character.</summary>
    private static IEnumerable<string> Shrink(string text) =>
        Enumerable.Range(0, text.Length).Select(i => text.Remove(i, 1));
}
