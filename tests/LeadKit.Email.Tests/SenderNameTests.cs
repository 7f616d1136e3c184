using LeadKit.Email;

namespace LeadKit.Email.Tests;

public sealed class SenderNameTests
{
    [Theory]
    [InlineData("ann.lee", "Ann Lee")]
    [InlineData("ann_lee", "Ann Lee")]
    [InlineData("ANN.LEE", "Ann Lee")]
    [InlineData("ann.lee+newsletter", "Ann Lee")]
    [InlineData("ann.lee42", "Ann Lee")]
    [InlineData("2026.ann.lee", "Ann Lee")]
    [InlineData("mary-jane.smith-jones", "Mary-Jane Smith-Jones")]
    [InlineData("o'neil", "O'Neil")]
    [InlineData("McDonald", "McDonald")]
    [InlineData("zoë.ødegård", "Zoë Ødegård")]
    [InlineData("jsmith", "Jsmith")]
    [InlineData("12345", "12345")]
    [InlineData("+tag", "+tag")]
    [InlineData("..._", "..._")]
    [InlineData("a.b.c", "A B C")]
    public void NameFromLocalPart_LocalPart_GivesAReadableName(string localPart, string expected) =>
        Assert.Equal(expected, SenderName.NameFromLocalPart(localPart));

    [Theory]
    [InlineData(null, "")]
    [InlineData("  Ann \t Lee \r\n ", "Ann Lee")]
    public void Collapse_Whitespace_IsOneSpace(string? text, string expected) =>
        Assert.Equal(expected, SenderName.Collapse(text));
}
