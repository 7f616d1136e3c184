using LeadKit.CustomFields;
using LeadKit.Import.Duplicates;
using LeadKit.Leads;
using LeadKit.Merging;
using LeadKit.Querying;
using NodaTime;

namespace LeadKit.Tests.Merging;

/// <summary>The winner rules of a merge on leads in memory: comments, custom fields the workspace no longer defines, and the request's own checks.</summary>
public sealed class MergeRulesTests
{
    private static readonly Instant Start = Instant.FromUtc(2026, 11, 27, 9, 0);

    [Fact]
    public void Apply_Comments_AreAppendedAsParagraphs_WithoutRepeatingTextTheyHold()
    {
        var (master, first, second) = (Lead("Met at the fair."), Lead("Wants a demo."), Lead("Met at the fair."));

        var notTaken = Apply(master, [first, second]);

        Assert.Equal("Met at the fair.\nWants a demo.", master.Comments);
        Assert.DoesNotContain(notTaken, v => v.Field == "comments");
    }

    [Fact]
    public void Apply_CommentsPreferred_KeepsThatLeadsCommentsAlone_AndListsTheOthers()
    {
        var (master, other) = (Lead("Met at the fair."), Lead("Wants a demo."));

        var notTaken = Apply(master, [other], new Dictionary<string, Lead> { [RecordField.Comments.Editor!.StateKey] = other });

        Assert.Equal("Wants a demo.", master.Comments);
        Assert.Equal([new ValueNotTaken("comments", "Met at the fair.", master.Id)], notTaken);
    }

    [Fact]
    public void Apply_CommentsTooLongTogether_IsRefused_NamingTheLead()
    {
        var half = new string('x', (ContactRecord.MaxCommentsLength / 2) + 1);
        var (master, other) = (Lead(half), Lead(new string('y', half.Length)));

        var error = Assert.Throws<MergeRefusedException>(() => Apply(master, [other]));

        Assert.Equal((MergeRefusal.CommentsTooLong, (LeadId?)other.Id, "comments"), (error.Reason, error.Lead, error.Field));
    }

    [Fact]
    public void Apply_ValuesOfCustomFieldsNoLongerDefined_AreKeptByName_TheMastersFirst()
    {
        var (master, first, second) = (Lead(null), Lead(null), Lead(null));
        var legacy = new CustomFieldDefinition(RecordKind.Lead, "Legacy", CustomFieldType.Text);
        var old = new CustomFieldDefinition(RecordKind.Lead, "Old", CustomFieldType.WholeNumber);
        master.SetCustomField(legacy, CustomFieldValue.FromText("mine"));
        first.SetCustomField(legacy, CustomFieldValue.FromText("theirs"));
        first.SetCustomField(old, CustomFieldValue.FromWholeNumber(7));
        second.SetCustomField(old, CustomFieldValue.FromWholeNumber(8));

        var notTaken = Apply(master, [first, second]);

        Assert.Equal(CustomFieldValue.FromText("mine"), master.CustomFields["Legacy"]);
        Assert.Equal(CustomFieldValue.FromWholeNumber(7), master.CustomFields["Old"]);
        Assert.Contains(new ValueNotTaken("custom.Legacy", "theirs", first.Id), notTaken);
        Assert.Contains(new ValueNotTaken("custom.Old", "8", second.Id), notTaken);
    }

    [Fact]
    public void IsPreferable_SingleValuedEditableFieldsOnly()
    {
        Assert.True(MergeRules.IsPreferable(RecordField.JobTitle));
        Assert.True(MergeRules.IsPreferable(RecordField.Comments));
        Assert.True(MergeRules.IsPreferable(RecordField.ManualStars));
        Assert.False(MergeRules.IsPreferable(RecordField.Email));
        Assert.False(MergeRules.IsPreferable(RecordField.Checked));
        Assert.False(MergeRules.IsPreferable(RecordField.Created));
        Assert.False(MergeRules.IsPreferable(RecordField.FileAs));
    }

    [Fact]
    public void Request_IsImmutable_AndChecksItsArguments()
    {
        var (a, b) = (LeadId.New(), LeadId.New());
        var request = new MergeRequest(a, [b]);

        var preferring = request.Prefer(" title ", b).Prefer(RecordField.Company, a);

        Assert.Empty(request.Preferences);
        Assert.Equal([new FieldPreference("title", b), new FieldPreference("company", a)], preferring.Preferences);
        Assert.Equal($"Merge {b} into {a} preferring title={b}, company={a}", preferring.ToString());
        Assert.Throws<ArgumentException>(() => new FieldPreference(" ", a));
        Assert.Throws<ArgumentNullException>(() => new MergeRequest(a, null!));
        Assert.Throws<ArgumentNullException>(() => new MergeRequest(a, [b], [null!]));
        Assert.Throws<ArgumentNullException>(() => new LeadMerger(null!));
    }

    private static List<ValueNotTaken> Apply(Lead master, IReadOnlyList<Lead> others, Dictionary<string, Lead>? preferred = null) =>
        MergeRules.Apply(master, others, FieldCatalog.BuiltIn, preferred ?? [], MatchKeys.Default);

    private static Lead Lead(string? comments)
    {
        var lead = LeadKit.Leads.Lead.Restore(LeadId.New(), new PersonName("Ann Lee"), Start);
        lead.SetComments(comments);
        return lead;
    }
}
