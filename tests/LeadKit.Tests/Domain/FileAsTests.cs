using LeadKit.Leads;

namespace LeadKit.Tests.Domain;

public sealed class FileAsTests
{
    private static readonly PersonName Ann = PersonName.Parse("Dr. Ann B. Lee Jr.");

    [Theory]
    [InlineData(FileAsFormat.LastFirst, "Lee, Ann")]
    [InlineData(FileAsFormat.FirstLast, "Ann Lee")]
    [InlineData(FileAsFormat.Company, "Contoso")]
    [InlineData(FileAsFormat.LastFirstCompany, "Lee, Ann (Contoso)")]
    [InlineData(FileAsFormat.CompanyLastFirst, "Contoso (Lee, Ann)")]
    public void Compose_EveryFormatWithCompany_FollowsTheFormat(FileAsFormat format, string expected)
    {
        Assert.Equal(expected, FileAs.Compose(format, Ann, "Contoso"));
    }

    [Theory]
    [InlineData(FileAsFormat.LastFirst, "Lee, Ann")]
    [InlineData(FileAsFormat.FirstLast, "Ann Lee")]
    [InlineData(FileAsFormat.Company, "Lee, Ann")]
    [InlineData(FileAsFormat.LastFirstCompany, "Lee, Ann")]
    [InlineData(FileAsFormat.CompanyLastFirst, "Lee, Ann")]
    public void Compose_MissingCompany_FallsBackToTheName(FileAsFormat format, string expected)
    {
        Assert.Equal(expected, FileAs.Compose(format, Ann, null));
        Assert.Equal(expected, FileAs.Compose(format, Ann, "   "));
    }

    [Fact]
    public void Compose_CompanyWithSpaces_IsTrimmed()
    {
        Assert.Equal("Lee, Ann (Contoso)", FileAs.Compose(FileAsFormat.LastFirstCompany, Ann, "  Contoso "));
    }

    [Theory]
    [InlineData(FileAsFormat.LastFirst, "Cher")]
    [InlineData(FileAsFormat.FirstLast, "Cher")]
    [InlineData(FileAsFormat.Company, "Acme")]
    [InlineData(FileAsFormat.LastFirstCompany, "Cher (Acme)")]
    [InlineData(FileAsFormat.CompanyLastFirst, "Acme (Cher)")]
    public void Compose_OnlyAFirstName_UsesIt(FileAsFormat format, string expected)
    {
        Assert.Equal(expected, FileAs.Compose(format, PersonName.Parse("Cher"), "Acme"));
    }

    [Theory]
    [InlineData(FileAsFormat.LastFirst, "Lee")]
    [InlineData(FileAsFormat.FirstLast, "Lee")]
    [InlineData(FileAsFormat.LastFirstCompany, "Lee")]
    public void Compose_OnlyALastName_UsesIt(FileAsFormat format, string expected)
    {
        Assert.Equal(expected, FileAs.Compose(format, PersonName.FromParts(null, null, null, "Lee", null), null));
    }

    [Theory]
    [InlineData(FileAsFormat.LastFirst)]
    [InlineData(FileAsFormat.FirstLast)]
    [InlineData(FileAsFormat.Company)]
    public void Compose_NoNameParts_UsesTheFullName(FileAsFormat format)
    {
        Assert.Equal("Contoso Ltd purchasing", FileAs.Compose(format, new PersonName("Contoso Ltd purchasing"), null));
    }

    [Fact]
    public void Compose_FirstNameWithPrefix_FirstLastKeepsTheFullName()
    {
        // Without a family name "First Last" has nothing to reorder, so the displayed name is kept as is.
        var name = PersonName.Parse("Dr. Cher");

        Assert.Equal("Dr. Cher", FileAs.Compose(FileAsFormat.FirstLast, name, null));
        Assert.Equal("Cher", FileAs.Compose(FileAsFormat.LastFirst, name, null));
    }

    [Fact]
    public void Compose_UnknownFormat_ThrowsArgumentOutOfRange()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => FileAs.Compose((FileAsFormat)99, Ann, null));
    }

    [Fact]
    public void Compose_NullName_ThrowsArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => FileAs.Compose(FileAsFormat.LastFirst, null!, null));
    }
}
