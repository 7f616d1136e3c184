using System.Text.Json;
using LeadKit.Leads;
using LeadKit.Serialization;
using static LeadKit.Tests.Serialization.SerializationFixtures;

namespace LeadKit.Tests.Serialization;

/// <summary>
/// <see cref="LeadKitJsonOptions.StoredDocuments"/>: what a store reads back its own documents with.
/// Same format and same structural checks as <see cref="LeadKitJsonOptions.Default"/>; only the value
/// types' validators are not run again.
/// </summary>
public sealed class StoredDocumentsTests
{
    private const string Head = "{'schemaVersion':1,'id':'0193b6a1-0000-7000-8000-000000000001','name':{'fullName':'Ann Lee'},";
    private const string Tail = "'createdAt':'2026-11-27T09:00:00Z','modifiedAt':'2026-11-27T09:00:00Z','version':3}";

    [Fact]
    public void Read_AValidDocument_GivesTheSameLeadAsTheDefaultOptions()
    {
        var json = Json(Head + "'jobTitle':'Buyer','emails':[{'kind':'business','address':'ann@example.com'}],'phones':[{'kind':'mobile','number':'+33 6 12 34 56 78'}]," + Tail);

        var stored = JsonSerializer.Deserialize<Lead>(json, LeadKitJsonOptions.StoredDocuments)!;
        var checkedRead = JsonSerializer.Deserialize<Lead>(json, LeadKitJsonOptions.Default)!;

        Assert.Equal(JsonSerializer.Serialize(checkedRead, LeadKitJsonOptions.Default), JsonSerializer.Serialize(stored, LeadKitJsonOptions.Default));
        Assert.Equal(("Buyer", 3L, "ann@example.com"), (stored.JobTitle, stored.Version, stored.Emails.Single().Address.Value));
    }

    [Fact]
    public void Read_AValueTheValidatorsRefuse_IsTrustedOnlyByTheStoredDocumentsOptions()
    {
        // Not something LeadKit writes: it shows which checks the stored-documents read leaves out.
        var json = Json(Head + "'emails':[{'kind':'business','address':'ann@'}]," + Tail);

        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Lead>(json, LeadKitJsonOptions.Default));
        Assert.Equal("ann@", JsonSerializer.Deserialize<Lead>(json, LeadKitJsonOptions.StoredDocuments)!.Emails.Single().Address.Value);
    }

    [Fact]
    public void Read_StructuralErrors_AreStillRefused()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Lead>(Json("{'id':'0193b6a1-0000-7000-8000-000000000001','name':{'fullName':'Ann Lee'}," + Tail), LeadKitJsonOptions.StoredDocuments));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Lead>(Json(Head + "'emails':[{'kind':'nonsense','address':'ann@example.com'}]," + Tail), LeadKitJsonOptions.StoredDocuments));
    }

    [Fact]
    public void Read_AfterATrustedRead_TheDefaultOptionsValidateAgain()
    {
        var bad = Json(Head + "'emails':[{'kind':'business','address':'ann@'}]," + Tail);
        JsonSerializer.Deserialize<Lead>(bad, LeadKitJsonOptions.StoredDocuments);

        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Lead>(bad, LeadKitJsonOptions.Default));
        Assert.ThrowsAny<Validation.LeadKitValidationException>(() => EmailAddress.Parse("ann@"));
    }
}
