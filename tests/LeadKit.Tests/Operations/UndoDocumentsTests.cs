using System.Text.Json;
using LeadKit.Leads;
using LeadKit.Operations;
using LeadKit.Serialization;
using NodaTime;

namespace LeadKit.Tests.Operations;

/// <summary>The persisted undo documents: compact (only what differs from a blank holder), and whole ones still read.</summary>
public sealed class UndoDocumentsTests
{
    [Fact]
    public void Write_OneRestoredValue_KeepsOnlyThatMember()
    {
        var document = UndoDocuments.Write(holder => holder.SetJobTitle("Buyer \"A\" ü"));

        Assert.Equal("{\"jobTitle\":\"Buyer \\\"A\\\" ü\"}", document);
        Assert.Equal("Buyer \"A\" ü", UndoDocuments.Read(document).JobTitle);
    }

    [Fact]
    public void Write_NothingRestored_IsAnEmptyObjectThatReadsAsABlankHolder()
    {
        var document = UndoDocuments.Write(_ => { });

        Assert.Equal("{}", document);
        var holder = UndoDocuments.Read(document);
        Assert.Null(holder.JobTitle);
        Assert.Empty(holder.Emails);
    }

    [Fact]
    public void Write_ValuesOfSeveralKinds_RoundTripThroughTheCompactForm()
    {
        var user = UserId.New();
        var document = UndoDocuments.Write(holder =>
        {
            holder.SetCompanyName("Contoso");
            holder.SetAssignedTo(user);
            holder.AddEmail(EmailEntry.Business("ann@example.com"));
            holder.SetDoNotCall(true);
            holder.SetBirthday(new LocalDate(1990, 2, 3));
        });

        Assert.DoesNotContain("schemaVersion", document, StringComparison.Ordinal);
        var holder = UndoDocuments.Read(document);
        Assert.Equal(("Contoso", user, "ann@example.com", true, new LocalDate(1990, 2, 3)), (holder.CompanyName, holder.AssignedTo, holder.Emails.Single().Address.Value, holder.DoNotCall, holder.Birthday));
    }

    [Fact]
    public void Read_AWholeHolderDocument_AsWrittenBeforeTheCompactForm_ReadsAsItIs()
    {
        var old = Lead.Restore(LeadId.New(), PersonName.Parse("Ann Lee"), Instant.FromUtc(2026, 11, 27, 9, 0));
        old.SetJobTitle("Buyer");

        var holder = UndoDocuments.Read(JsonSerializer.Serialize(old, LeadKitJsonOptions.Default));

        Assert.Equal(("Buyer", "Ann Lee"), (holder.JobTitle, holder.Name.FullName));
    }

    [Fact]
    public void Write_TheMemo_GivesEachDistinctStateItsOwnDocument()
    {
        var memo = UndoDocuments.NewMemo();
        string Write(string? title) => UndoDocuments.Write(memo, [title], holder => holder.SetJobTitle(title));

        var (a, b, again, none) = (Write("Buyer"), Write("Clerk"), Write("Buyer"), Write(null));

        Assert.Equal(("Buyer", "Clerk", "Buyer", (string?)null), (UndoDocuments.Read(a).JobTitle, UndoDocuments.Read(b).JobTitle, UndoDocuments.Read(again).JobTitle, UndoDocuments.Read(none).JobTitle));
        Assert.Same(a, again);
    }
}
