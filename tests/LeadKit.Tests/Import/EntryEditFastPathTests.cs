using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LeadKit.BulkEdit;
using LeadKit.Import;
using LeadKit.Leads;
using LeadKit.Querying;
using LeadKit.Validation;

namespace LeadKit.Tests.Import;

/// <summary>
/// An import's e-mail and phone entries are built from their parts (kind prefix, address or number,
/// display name) without the text round trip when the text would read them back unchanged. The law:
/// the edit, or the refusal, is always the one <see cref="FieldEdit.Parse"/> makes of the entry's text form.
/// </summary>
[Properties(MaxTest = 3_000)]
public sealed class EntryEditFastPathTests
{
    private static readonly string[] Prefixes = ["", "", "business:", "personal:", "other:", "mobile:", "home:", "businessFax:", "Mobile:", " mobile:", " mobile :", "2:", " 2:", "0:", ":", "x:", "business"];

    private static readonly Gen<string> Piece =
        Gen.Elements("ann", "Bob.Lee", "@", "@example.com", "example.org", " ", "  ", ":", "<", ">", "\"", "\\", "x", "+1", " (212) ", "200-0001", " x12", "é", "mailto:", "personal:", "Ann <", "a@b", ".", ",", "\t");

    private static readonly Gen<string> Value =
        Gen.OneOf(
            from count in Gen.Choose(1, 5)
            from pieces in Gen.ArrayOf(Piece, count)
            select string.Concat(pieces),
            from name in Gen.Elements("ann", "bob.lee", "chloé", "d")
            from space in Gen.Elements("", " ", "  ")
            from domain in Gen.Elements("example.com", "contoso.example", "b.co", "x")
            select space + name + "@" + domain + space,
            from plus in Gen.Elements("", "+1 ", "+44 ")
            from length in Gen.Choose(4, 14)
            from digits in Gen.ArrayOf(Gen.Elements("0123456789-() .".ToCharArray()), length)
            from ext in Gen.Elements("", "", " x12", " ext. 5")
            select plus + new string(digits) + ext)
        .Where(v => !string.IsNullOrWhiteSpace(v));

    private static readonly Gen<string?> Display =
        Gen.OneOf(
            Gen.Constant<string?>(null),
            from count in Gen.Choose(1, 4)
            from pieces in Gen.ArrayOf(Gen.Elements("Ann", " ", "Lee", "\"", "\\", "<", ">", ":", "(ann@example.com)", "é", ","), count)
            select (string?)string.Concat(pieces))
        .Where(d => d is null || !string.IsNullOrWhiteSpace(d));

    [Property]
    public Property EntryEdit_Email_IsWhatTheTextFormParsesTo() =>
        Prop.ForAll(Arb.From(Gen.Elements(Prefixes)), Arb.From(Value), Arb.From(Display), (prefix, value, display) => Same(RecordField.Email, prefix, value, display));

    [Property]
    public Property EntryEdit_Phone_IsWhatTheTextFormParsesTo() =>
        Prop.ForAll(Arb.From(Gen.Elements(Prefixes)), Arb.From(Value), (prefix, value) => Same(RecordField.Phone, prefix, value, null));

    [Theory]
    [InlineData("business:", "ann@example.com", "Ann Lee (ann@example.com)")]
    [InlineData("", " ann@example.com ", null)]
    [InlineData("personal:", "ann@example.com", "\"Ann\" \\ <x>")]
    [InlineData("", "personal:ann@example.com", null)]
    [InlineData("", "Ann <ann@example.com>", null)]
    [InlineData("other:", "ann@", null)]
    public void EntryEdit_Email_Examples_AreWhatTheTextFormParsesTo(string prefix, string value, string? display) =>
        Same(RecordField.Email, prefix, value, display);

    [Theory]
    [InlineData("mobile:", "+1 (917) 200-0001")]
    [InlineData("", "+1 (212) 200-0001 x12")]
    [InlineData("", "mobile:+1 212 200 0001")]
    [InlineData("home:", "abc")]
    public void EntryEdit_Phone_Examples_AreWhatTheTextFormParsesTo(string prefix, string value) =>
        Same(RecordField.Phone, prefix, value, null);

    private static void Same(RecordField field, string prefix, string value, string? display)
    {
        var text = RowBinder.EntryText(prefix, value, display);
        var expected = Record.Exception(() => FieldEdit.Parse(field, EditOperation.Add, text));
        var actual = Record.Exception(() => RowBinder.EntryEdit(field, prefix, value, display));
        if (expected is not null || actual is not null)
        {
            Assert.IsType<LeadKitValidationException>(expected);
            Assert.IsType<LeadKitValidationException>(actual);
            Assert.Equal(expected.Message, actual.Message);
            return;
        }

        var parsed = FieldEdit.Parse(field, EditOperation.Add, text);
        var built = RowBinder.EntryEdit(field, prefix, value, display);
        Assert.Same(parsed.Field, built.Field);
        Assert.Equal(parsed.Operation, built.Operation);
        Assert.Equal(parsed.Value, built.Value);
        Assert.Equal(parsed.NamesUser, built.NamesUser);
        Assert.Equal(field.FormatValue(parsed.Value!), field.FormatValue(built.Value!));
    }
}
