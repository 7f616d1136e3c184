using System.Text.Json;
using LeadKit.History;
using LeadKit.Leads;
using LeadKit.Serialization;
using LeadKit.Validation;
using NodaTime;

namespace LeadKit.Tests.Operations;

public sealed class ActivityEntryTests
{
    private static readonly RecordReference Lead = RecordReference.To(new LeadId(Guid.Parse("0193b6a1-0000-7000-8000-000000000001")));
    private static readonly RecordReference Contact = RecordReference.To(new Contacts.ContactId(Guid.Parse("0193b6a1-0000-7000-8000-000000000001")));
    private static readonly HistoryItemId Id = new(Guid.Parse("0193b6a1-0000-7000-8000-0000000000aa"));
    private static readonly UserId Ann = new(Guid.Parse("0193b6a1-0000-7000-8000-000000000003"));
    private static readonly Instant At = Instant.FromUtc(2026, 11, 27, 9, 30);

    [Fact]
    public void Create_HoldsTheActivity()
    {
        var entry = Assigned();

        Assert.Equal((ActivityKind.Assigned, At, At, Ann), (entry.Activity, entry.OccurredAt, entry.CreatedAt, entry.CreatedBy));
        Assert.Equal("Assigned: Assigned to Ann Lee (was Bob Roe)", entry.ToString());
        Assert.Null(entry.Snapshot);
    }

    [Fact]
    public void Create_Refusals()
    {
        Assert.Throws<LeadKitValidationException>(() => new ActivityEntry(Id, Lead, (ActivityKind)99, "x", At));
        Assert.Throws<LeadKitValidationException>(() => new ActivityEntry(Id, Lead, ActivityKind.Edited, "x", At, changes: [null!]));
        Assert.Throws<LeadKitValidationException>(() => new ActivityEntry(Id, Lead, ActivityKind.Edited, " ", At));
    }

    [Fact]
    public void Equality_ComparesTheChangesInOrder_AndRelinkKeepsEverythingElse()
    {
        var entry = Assigned();
        var relinked = entry.RelinkTo(Contact);

        Assert.Equal(Assigned(), entry);
        Assert.Equal(Assigned().GetHashCode(), entry.GetHashCode());
        Assert.NotEqual(entry, new ActivityEntry(Id, Lead, ActivityKind.Assigned, entry.Subject, At, Ann, entry.Changes.Reverse()));
        Assert.Equal(entry with { }, entry);
        Assert.Equal(new ActivityEntry(Id, Contact, ActivityKind.Assigned, entry.Subject, At, Ann, entry.Changes), relinked);
    }

    [Fact]
    public void Json_RoundTripsAsAHistoryItemAndAsItself()
    {
        var entry = new ActivityEntry(Id, Lead, ActivityKind.Deleted, "Deleted lead Ann Lee", At, Ann, [new FieldChange("a", null, "b")], "Not interested", Contact, "{\"x\":1}");

        var json = JsonSerializer.Serialize<HistoryItem>(entry, LeadKitJsonOptions.Default);

        Assert.Equal(json, JsonSerializer.Serialize(entry, LeadKitJsonOptions.Default));
        Assert.Contains("\"kind\":\"activity\"", json, StringComparison.Ordinal);
        Assert.Contains("\"activity\":\"deleted\"", json, StringComparison.Ordinal);
        Assert.Contains("\"changes\":[{\"field\":\"a\",\"new\":\"b\"}]", json, StringComparison.Ordinal);
        Assert.Equal(entry, JsonSerializer.Deserialize<HistoryItem>(json, LeadKitJsonOptions.Default));
        Assert.Equal(entry, JsonSerializer.Deserialize<ActivityEntry>(json, LeadKitJsonOptions.Default));
        Assert.Equal(Assigned(), JsonSerializer.Deserialize<HistoryItem>(JsonSerializer.Serialize<HistoryItem>(Assigned(), LeadKitJsonOptions.Default), LeadKitJsonOptions.Default));
    }

    [Fact]
    public void Json_RefusesAnUnknownActivityAndMembersOfOtherKinds()
    {
        var json = JsonSerializer.Serialize<HistoryItem>(Assigned(), LeadKitJsonOptions.Default);

        var unknown = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<HistoryItem>(json.Replace("\"assigned\"", "\"promoted\"", StringComparison.Ordinal), LeadKitJsonOptions.Default));
        var foreign = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<HistoryItem>(json.Replace("\"kind\":\"activity\"", "\"kind\":\"activity\",\"location\":\"Paris\"", StringComparison.Ordinal), LeadKitJsonOptions.Default));
        var note = JsonSerializer.Serialize<HistoryItem>(new BusinessNote(Id, Lead, "Note", null, At), LeadKitJsonOptions.Default);
        var noteWithActivity = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<HistoryItem>(note.Replace("\"kind\":\"note\"", "\"kind\":\"note\",\"activity\":\"assigned\"", StringComparison.Ordinal), LeadKitJsonOptions.Default));
        var missingField = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<HistoryItem>(json.Replace("\"field\":\"assignedTo\",", string.Empty, StringComparison.Ordinal), LeadKitJsonOptions.Default));

        Assert.Contains("'promoted' is not an activity", unknown.Message, StringComparison.Ordinal);
        Assert.Equal("$.location", foreign.Path);
        Assert.Equal("$.activity", noteWithActivity.Path);
        Assert.Equal("$.changes[0].field", missingField.Path);
    }

    private static ActivityEntry Assigned() =>
        new(Id, Lead, ActivityKind.Assigned, "Assigned to Ann Lee (was Bob Roe)", At, Ann, [new FieldChange("assignedTo", "b", "a"), new FieldChange("x", "1", "2")]);
}
