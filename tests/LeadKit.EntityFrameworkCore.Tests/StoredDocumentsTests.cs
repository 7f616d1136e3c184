using System.Text;
using System.Text.Json;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LeadKit.Contacts;
using LeadKit.EntityFrameworkCore.Sql;
using LeadKit.Leads;
using LeadKit.Serialization;
using LeadKit.Testing;

namespace LeadKit.EntityFrameworkCore.Tests;

/// <summary>
/// The store writes and reads its documents through LeadKit's converters directly, not through
/// <see cref="JsonSerializer"/>: the bytes must be exactly the serializer's, and reading them back
/// must give the same record.
/// </summary>
[Properties(Arbitrary = new[] { typeof(LeadKitArbitraries) }, MaxTest = 200)]
public sealed class StoredDocumentsTests
{
    [Property]
    public void WriteUtf8_OfAnyLead_IsTheSerializersBytes_CopiedOrTransient(Lead lead)
    {
        var expected = JsonSerializer.SerializeToUtf8Bytes(lead, LeadKitJsonOptions.Default);

        Assert.Equal(expected, Documents.WriteUtf8(lead));
        Assert.Equal(expected, Documents.WriteUtf8Transient(lead).ToArray());
    }

    [Property]
    public void Write_OfAnyBusinessContact_IsTheSerializersText(BusinessContact contact) =>
        Assert.Equal(JsonSerializer.Serialize(contact, LeadKitJsonOptions.Default), Documents.Write(contact));

    [Property]
    public void Read_OfWrittenLead_GivesTheSameLead_FromBytesAndFromText(Lead lead)
    {
        var utf8 = Documents.WriteUtf8(lead);

        Assert.Equal(utf8, Documents.WriteUtf8(Documents.Read<Lead>(utf8)));
        Assert.Equal(utf8, Documents.WriteUtf8(Documents.Read<Lead>(Encoding.UTF8.GetString(utf8))));
    }

    [Property]
    public void Read_OfWrittenBusinessContact_GivesTheSameContact(BusinessContact contact)
    {
        var text = Documents.Write(contact);

        Assert.Equal(text, Documents.Write(Documents.Read<BusinessContact>((object)Encoding.UTF8.GetBytes(text))));
    }

    [Fact]
    public void Read_DocumentWithTrailingContent_IsRefused()
    {
        var text = Documents.Write(LeadKitGenerators.Lead().Sample(1)[0]);

        Assert.ThrowsAny<JsonException>(() => Documents.Read<Lead>(text + " {}"));
    }

    [Fact]
    public void Read_EmptyOrNullDocument_IsRefusedNamingTheType()
    {
        Assert.Contains("Lead", Assert.Throws<JsonException>(() => Documents.Read<Lead>("null")).Message, StringComparison.Ordinal);
        Assert.ThrowsAny<JsonException>(() => Documents.Read<Lead>(" "));
    }

    [Fact]
    public void Write_OfTypeWithoutLeadKitConverter_GoesThroughTheSerializer() =>
        Assert.Equal("[1,2]", Documents.Write(new[] { 1, 2 }));
}
